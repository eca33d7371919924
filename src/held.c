/*
 * held.c - handing a job to a sandbox prepared ahead of it (held.h): one
 * SOCK_SEQPACKET packet holding the limits, the descriptors' numbers in
 * the job, the program's path and argv as NUL-terminated strings, with
 * stdin, stdout, stderr and the passed descriptors (SCM_RIGHTS).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "err.h"
#include "fds.h"
#include "held.h"

union held_cmsg {
	struct cmsghdr h;
	char buf[CMSG_SPACE(HELD_MAX_FDS * sizeof(int))];
};

/* Append s and its NUL at *off: 0, or -E2BIG. */
static int
put_str(char *buf, size_t *off, const char *s)
{
	size_t n = strlen(s) + 1;

	if (n > HELD_MAX_BYTES - *off)
		return -E2BIG;
	memcpy(buf + *off, s, n);
	*off += n;
	return 0;
}

int
held_send(int sock, const char *path, char *const argv[],
    const struct rlimit_plan *rl, const struct held_fds *f)
{
	struct held_hdr h;
	struct iovec iov[2];
	struct msghdr m;
	union held_cmsg c;
	size_t off = 0;
	char *strs;
	ssize_t r;

	memset(&h, 0, sizeof(h));
	h.rl = *rl;
	if (f->n < 3 || f->n > HELD_MAX_FDS)
		return -EINVAL;
	h.nfd = f->n;
	memcpy(h.at, f->at, sizeof(int) * f->n);
	if ((strs = malloc(HELD_MAX_BYTES)) == NULL)
		return -ENOMEM;
	r = put_str(strs, &off, path);
	for (h.argc = 0; r == 0 && argv[h.argc] != NULL; h.argc++) {
		if (h.argc == HELD_MAX_ARGS)
			r = -E2BIG;
		else
			r = put_str(strs, &off, argv[h.argc]);
	}
	if (r < 0) {
		free(strs);
		return (int)r;
	}
	iov[0].iov_base = &h;
	iov[0].iov_len = sizeof(h);
	iov[1].iov_base = strs;
	iov[1].iov_len = off;
	memset(&m, 0, sizeof(m));
	memset(&c, 0, sizeof(c));
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = c.buf;
	m.msg_controllen = CMSG_SPACE(f->n * sizeof(int));
	c.h.cmsg_level = SOL_SOCKET;
	c.h.cmsg_type = SCM_RIGHTS;
	c.h.cmsg_len = CMSG_LEN(f->n * sizeof(int));
	memcpy(CMSG_DATA(&c.h), f->fd, f->n * sizeof(int));
	do {
		r = sendmsg(sock, &m, MSG_NOSIGNAL);
	} while (r < 0 && errno == EINTR);
	r = r < 0 ? -errno : r == (ssize_t)(sizeof(h) + off) ? 0 : -EPROTO;
	free(strs);
	return (int)r;
}

/* The descriptors that came with m, in one message, into f. */
static int
take_fds(struct msghdr *m, struct held_fds *f)
{
	struct cmsghdr *h = CMSG_FIRSTHDR(m);
	size_t n;

	f->n = 0;
	if (h == NULL || h->cmsg_level != SOL_SOCKET ||
	    h->cmsg_type != SCM_RIGHTS || h->cmsg_len < CMSG_LEN(0))
		return -1;
	n = (h->cmsg_len - CMSG_LEN(0)) / sizeof(int);
	if (n > HELD_MAX_FDS)
		return -1;
	memcpy(f->fd, CMSG_DATA(h), n * sizeof(int));
	f->n = (uint32_t)n;
	return CMSG_NXTHDR(m, h) == NULL && (m->msg_flags & MSG_CTRUNC) == 0
	    ? 0
	    : -1;
}

/* Stdio at 0, 1, 2, then each passed one at its own number, 3 to 10. */
static int
numbers_ok(const struct held_hdr *h, uint32_t n)
{
	uint32_t i, k;

	if (h->nfd != n || n < 3)
		return 0;
	for (i = 0; i < n; i++) {
		if (i < 3 ? h->at[i] != (int32_t)i
			  : h->at[i] < 3 || h->at[i] >= HELD_MAX_FDS)
			return 0;
		for (k = 3; k < i; k++) {
			if (h->at[k] == h->at[i])
				return 0;
		}
	}
	return 1;
}

/* Split the strings: exactly argc + 1 of them, filling len bytes. */
static int
split(struct held_buf *b, size_t len, uint32_t argc)
{
	size_t off = 0, n;
	uint32_t i;

	if (argc == 0 || argc > HELD_MAX_ARGS)
		return -1;
	for (i = 0; i <= argc; i++) {
		if (off >= len ||
		    (n = strnlen(b->data + off, len - off)) == len - off)
			return -1;
		if (i == 0)
			b->path = b->data + off;
		else
			b->argv[i - 1] = b->data + off;
		off += n + 1;
	}
	b->argv[argc] = NULL;
	return off == len ? 0 : -1;
}

/*
 * The descriptors at their numbers, and the socket above them: it is
 * close-on-exec, and so is every other descriptor this child still has
 * (fds_apply() closed the rest), so the job gets these and no other.
 */
static int
install(int *sock, const struct held_hdr *h, struct held_fds *f,
    struct scif_err *err)
{
	int fd[HELD_MAX_FDS + 1], at[HELD_MAX_FDS + 1], r;
	uint32_t i;

	for (i = 0; i < f->n; i++) {
		fd[i] = f->fd[i];
		at[i] = h->at[i];
	}
	fd[f->n] = *sock;
	at[f->n] = -1;
	r = fds_place(fd, at, f->n + 1, HELD_MAX_FDS - 1, err);
	/* Moved even when a later step failed: that failure is told on it. */
	*sock = fd[f->n];
	return r;
}

int
held_take(int *sock, struct held_buf *b, struct scif_err *err)
{
	struct held_hdr h;
	struct iovec iov[2] = { { &h, sizeof(h) },
		{ b->data, sizeof(b->data) } };
	union held_cmsg c;
	struct msghdr m;
	struct held_fds f;
	uint32_t i;
	ssize_t r;

	memset(&m, 0, sizeof(m));
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = c.buf;
	m.msg_controllen = sizeof(c.buf);
	do {
		r = recvmsg(*sock, &m, MSG_CMSG_CLOEXEC);
	} while (r < 0 && errno == EINTR);
	if (r < 0)
		return err_set(
		    err, SCIF_E_SETUP, errno, "held sandbox: recvmsg");
	if (take_fds(&m, &f) < 0 || r < (ssize_t)sizeof(h) ||
	    (m.msg_flags & MSG_TRUNC) != 0 || !numbers_ok(&h, f.n) ||
	    split(b, (size_t)r - sizeof(h), h.argc) < 0 ||
	    h.rl.n > RLIMIT_PLAN_MAX) {
		for (i = 0; i < f.n; i++)
			(void)close(f.fd[i]);
		return err_set(
		    err, SCIF_E_SETUP, EPROTO, "held sandbox: a malformed job");
	}
	b->rl = h.rl;
	return install(sock, &h, &f, err);
}

int
held_nice_follow(pid_t child, struct scif_err *err)
{
	int mine, its;

	errno = 0;
	if (((mine = getpriority(PRIO_PROCESS, 0)) == -1 && errno != 0) ||
	    ((its = getpriority(PRIO_PROCESS, (id_t)child)) == -1 &&
		errno != 0))
		return err_set(err, SCIF_E_SETUP, errno, "held sandbox: nice");
	if (its == mine)
		return 0;
	/* The sandbox's processes share the child's process group (its
	 * setsid): one call reaches them all. */
	if (setpriority(PRIO_PGRP, (id_t)child, mine) < 0 &&
	    (errno != ESRCH ||
		setpriority(PRIO_PROCESS, (id_t)child, mine) < 0))
		return err_set(err, SCIF_E_SETUP, errno,
		    "held sandbox: restoring the nice value");
	return 0;
}
