/*
 * proto.c - frames of scif serve's protocol: building them with typed
 * adders, reading them with typed bounded getters, sending and receiving
 * them with their descriptors.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "daemon/proto.h"

int
proto_buf_init(struct proto_buf *b, uint32_t type, uint32_t id, size_t max)
{
	struct proto_hdr h;

	memset(b, 0, sizeof(*b));
	b->max = max;
	b->cap = 256;
	if ((b->data = malloc(b->cap)) == NULL)
		return -ENOMEM;
	memset(&h, 0, sizeof(h));
	h.type = type;
	h.id = id;
	h.version = PROTO_VERSION;
	memcpy(b->data, &h, sizeof(h));
	b->len = sizeof(h);
	return 0;
}

void
proto_buf_free(struct proto_buf *b)
{
	free(b->data);
	b->data = NULL;
}

static void
add(struct proto_buf *b, const void *p, size_t n)
{
	unsigned char *d;
	size_t cap;

	if (b->failed)
		return;
	if (n > b->max || b->len > b->max - n) {
		b->failed = EMSGSIZE;
		return;
	}
	if (b->len + n > b->cap) {
		cap = b->cap;
		while (cap < b->len + n)
			cap *= 2;
		if ((d = realloc(b->data, cap)) == NULL) {
			b->failed = ENOMEM;
			return;
		}
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void
proto_add_u32(struct proto_buf *b, uint32_t v)
{
	add(b, &v, sizeof(v));
}

void
proto_add_u64(struct proto_buf *b, uint64_t v)
{
	add(b, &v, sizeof(v));
}

void
proto_add_str(struct proto_buf *b, const char *s)
{
	size_t n = strlen(s) + 1;

	if (n > UINT32_MAX) {
		b->failed = EMSGSIZE;
		return;
	}
	proto_add_u32(b, (uint32_t)n);
	add(b, s, n);
}

int
proto_buf_end(struct proto_buf *b)
{
	uint32_t len;

	if (b->failed)
		return -b->failed;
	len = (uint32_t)b->len;
	memcpy(b->data + offsetof(struct proto_hdr, len), &len, sizeof(len));
	return 0;
}

void
proto_rd_init(struct proto_rd *r, const void *payload, size_t len)
{
	r->p = payload;
	r->left = len;
	r->failed = 0;
}

static int
get(struct proto_rd *r, void *out, size_t n)
{
	if (r->failed || r->left < n) {
		r->failed = 1;
		memset(out, 0, n);
		return -1;
	}
	memcpy(out, r->p, n);
	r->p += n;
	r->left -= n;
	return 0;
}

uint32_t
proto_get_u32(struct proto_rd *r)
{
	uint32_t v;

	(void)get(r, &v, sizeof(v));
	return v;
}

uint64_t
proto_get_u64(struct proto_rd *r)
{
	uint64_t v;

	(void)get(r, &v, sizeof(v));
	return v;
}

const char *
proto_get_str(struct proto_rd *r, size_t max)
{
	const char *s;
	uint32_t n = proto_get_u32(r);

	if (r->failed || n == 0 || n - 1 > max || n > r->left) {
		r->failed = 1;
		return NULL;
	}
	s = (const char *)r->p;
	if (memchr(s, '\0', n) != s + n - 1) {
		r->failed = 1;
		return NULL;
	}
	r->p += n;
	r->left -= n;
	return s;
}

int
proto_rd_end(const struct proto_rd *r)
{
	return r->failed || r->left != 0 ? -EBADMSG : 0;
}

int
proto_hdr_parse(const void *frame, size_t len, struct proto_hdr *h)
{
	if (len < PROTO_HDR_LEN)
		return PROTO_E_MALFORMED;
	memcpy(h, frame, sizeof(*h));
	if (h->version != PROTO_VERSION)
		return PROTO_E_VERSION;
	if (h->len != len || h->flags != 0)
		return PROTO_E_MALFORMED;
	return 0;
}

/* The numbers the passed descriptors take in the job: 3 to
 * 3 + PROTO_MAX_PASS - 1, each once. */
static int
pass_parse(struct proto_rd *r, struct proto_run *run)
{
	uint32_t i, k, at;

	run->npass = proto_get_u32(r);
	if (r->failed || run->npass == 0 || run->npass > PROTO_MAX_PASS)
		return -EBADMSG;
	for (i = 0; i < run->npass; i++) {
		at = proto_get_u32(r);
		if (r->failed || at < 3 || at >= 3 + PROTO_MAX_PASS)
			return -EBADMSG;
		for (k = 0; k < i; k++) {
			if (run->pass_at[k] == at)
				return -EBADMSG;
		}
		run->pass_at[i] = at;
	}
	return 0;
}

int
proto_run_parse(const void *payload, size_t len, struct proto_run *run)
{
	struct proto_rd r;
	uint32_t i, n, lim;

	memset(run, 0, sizeof(*run));
	proto_rd_init(&r, payload, len);
	run->profile = proto_get_str(&r, PROTO_MAX_NAME);
	n = proto_get_u32(&r);
	if (r.failed || n == 0 || n > PROTO_MAX_ARGS)
		return -EBADMSG;
	for (i = 0; i < n; i++) {
		if ((run->argv[i] = proto_get_str(&r, PROTO_MAX_FRAME)) == NULL)
			return -EBADMSG;
	}
	run->argv[n] = NULL;
	run->argc = n;
	n = proto_get_u32(&r);
	if (r.failed || n > SCIF_LIMIT_COUNT_)
		return -EBADMSG;
	for (i = 0; i < n; i++) {
		lim = proto_get_u32(&r);
		if (r.failed || lim >= SCIF_LIMIT_COUNT_ ||
		    run->limits[lim] != 0)
			return -EBADMSG;
		run->limits[lim] = proto_get_u64(&r);
		if (run->limits[lim] == 0)
			return -EBADMSG;
	}
	run->time_ms = proto_get_u64(&r);
	run->flags = proto_get_u32(&r);
	if ((run->flags & ~(PROTO_RUN_JOBDIR | PROTO_RUN_PASS)) != 0)
		return -EBADMSG;
	if ((run->flags & PROTO_RUN_PASS) != 0 && pass_parse(&r, run) < 0)
		return -EBADMSG;
	return proto_rd_end(&r);
}

int
proto_send(int sock, const struct proto_buf *b, const int *fds, int nfd)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int) * PROTO_MAX_FDS)];
	} u;
	struct msghdr m;
	struct iovec iov;
	struct cmsghdr *c;
	ssize_t r;

	if (nfd < 0 || nfd > PROTO_MAX_FDS)
		return -EINVAL;
	memset(&m, 0, sizeof(m));
	memset(&u, 0, sizeof(u));
	iov.iov_base = b->data;
	iov.iov_len = b->len;
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	if (nfd > 0) {
		m.msg_control = u.buf;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfd);
		c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfd);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfd);
	}
	do {
		r = sendmsg(sock, &m, MSG_NOSIGNAL);
	} while (r < 0 && errno == EINTR);
	if (r < 0)
		return -errno;
	return r == (ssize_t)b->len ? 0 : -EMSGSIZE;
}

static void
close_fds(int *fds, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (fds[i] >= 0)
			(void)close(fds[i]);
		fds[i] = -1;
	}
}

/* More than a request may carry, so that an excess is seen and refused. */
_Static_assert(PROTO_MAX_FDS < 16, "proto_recv's descriptor buffer");

ssize_t
proto_recv(int sock, void *buf, size_t cap, int *fds, int maxfd, int *nfd)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int) * 16)];
	} u;
	struct msghdr m;
	struct iovec iov;
	struct cmsghdr *c;
	int got[16], ngot = 0, n, bad = 0;
	ssize_t r;

	*nfd = 0;
	memset(&m, 0, sizeof(m));
	iov.iov_base = buf;
	iov.iov_len = cap;
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.buf;
	m.msg_controllen = sizeof(u.buf);
	do {
		r = recvmsg(sock, &m, MSG_CMSG_CLOEXEC);
	} while (r < 0 && errno == EINTR);
	if (r < 0)
		return -errno;
	for (c = CMSG_FIRSTHDR(&m); c != NULL; c = CMSG_NXTHDR(&m, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) {
			bad = 1;
			continue;
		}
		n = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
		if (n > 16 - ngot)
			n = 16 - ngot;
		memcpy(got + ngot, CMSG_DATA(c), sizeof(int) * (size_t)n);
		ngot += n;
	}
	if (bad || (m.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0 ||
	    ngot > maxfd) {
		close_fds(got, ngot);
		return (m.msg_flags & MSG_TRUNC) != 0 || ngot > maxfd
		    ? -EMSGSIZE
		    : -EBADMSG;
	}
	memcpy(fds, got, sizeof(int) * (size_t)ngot);
	*nfd = ngot;
	return r;
}

int
proto_send_error(
    int sock, uint32_t id, uint32_t code, int status, const char *msg)
{
	struct proto_buf b;
	int r;

	if ((r = proto_buf_init(&b, PROTO_ERROR, id, PROTO_MAX_FRAME)) < 0)
		return r;
	proto_add_u32(&b, code);
	proto_add_u32(&b, (uint32_t)status);
	proto_add_str(&b, msg);
	if ((r = proto_buf_end(&b)) == 0)
		r = proto_send(sock, &b, NULL, 0);
	proto_buf_free(&b);
	return r;
}
