/*
 * client.c - scif_client_run(): a job sent to a scif serve daemon over
 * its socket, with the caller's descriptors, and its one reply.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "client.h"
#include "daemon/proto.h"
#include "err.h"
#include "scif.h"

_Static_assert(SCIF_CLIENT_MAX_PASS == PROTO_MAX_PASS, "scif.h's limit");

void
scif_client_job_init(struct scif_client_job *job)
{
	memset(job, 0, sizeof(*job));
	job->fds[0] = 0;
	job->fds[1] = 1;
	job->fds[2] = 2;
	job->job_dir_fd = -1;
}

static int
build(const struct scif_client_job *job, struct proto_buf *b)
{
	uint32_t n = 0, i;
	int r;

	if ((r = proto_buf_init(b, PROTO_RUN, 1, PROTO_MAX_FRAME)) < 0)
		return r;
	proto_add_str(b, job->profile);
	while (job->argv[n] != NULL)
		n++;
	proto_add_u32(b, n);
	for (i = 0; i < n; i++)
		proto_add_str(b, job->argv[i]);
	for (i = n = 0; i < SCIF_LIMIT_COUNT_; i++)
		n += job->limits[i] != 0;
	proto_add_u32(b, n);
	for (i = 0; i < SCIF_LIMIT_COUNT_; i++) {
		if (job->limits[i] != 0) {
			proto_add_u32(b, i);
			proto_add_u64(b, job->limits[i]);
		}
	}
	proto_add_u64(b, job->time_ms);
	proto_add_u32(b,
	    (job->job_dir_fd >= 0 ? PROTO_RUN_JOBDIR : 0) |
		(job->npass != 0 ? PROTO_RUN_PASS : 0));
	if (job->npass != 0) {
		proto_add_u32(b, (uint32_t)job->npass);
		for (i = 0; i < job->npass; i++)
			proto_add_u32(b, (uint32_t)job->pass_fds[i]);
	}
	return proto_buf_end(b);
}

static int
dial(const char *path, struct scif_err *err)
{
	struct sockaddr_un sa;
	int fd, e;

	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sa.sun_path))
		return err_set(err, SCIF_E_USAGE, ENAMETOOLONG, "%s", path);
	memcpy(sa.sun_path, path, strlen(path) + 1);
	if ((fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0)) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "socket");
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		e = errno;
		(void)close(fd);
		return err_set(err, SCIF_E_SETUP, e, "connecting to %s", path);
	}
	return fd;
}

/* The reply: RESULT or ERROR, with the request's id. */
static int
reply(const unsigned char *buf, size_t n, int *status, char **report,
    struct scif_err *err)
{
	struct proto_hdr h;
	struct proto_rd r;
	const char *s;
	uint32_t code, st;

	/* Id 0: refused before the request was read (not allowed). */
	if (proto_hdr_parse(buf, n, &h) != 0 ||
	    (h.id != 1 && !(h.id == 0 && h.type == PROTO_ERROR)))
		return err_set(err, SCIF_E_SETUP, EPROTO, "a bad reply");
	proto_rd_init(&r, buf + PROTO_HDR_LEN, n - PROTO_HDR_LEN);
	if (h.type == PROTO_ERROR) {
		code = proto_get_u32(&r);
		st = proto_get_u32(&r);
		s = proto_get_str(&r, PROTO_MAX_FRAME);
		if (proto_rd_end(&r) < 0 || st > 255)
			return err_set(
			    err, SCIF_E_SETUP, EPROTO, "a bad reply");
		*status = (int)st;
		(void)err_set(err,
		    code == PROTO_E_REFUSED || code == PROTO_E_DENIED
			? SCIF_E_USAGE
			: SCIF_E_SETUP,
		    0, "daemon: %s", s);
		return code == PROTO_E_BUSY ? -EBUSY : -EPERM;
	}
	if (h.type != PROTO_RESULT)
		return err_set(err, SCIF_E_SETUP, EPROTO, "a bad reply");
	st = proto_get_u32(&r);
	(void)proto_get_u32(&r); /* the reason, also in the report */
	s = proto_get_str(&r, PROTO_MAX_REPLY);
	if (proto_rd_end(&r) < 0 || st > 255)
		return err_set(err, SCIF_E_SETUP, EPROTO, "a bad reply");
	*status = (int)st;
	if (report != NULL && (*report = strdup(s)) == NULL)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "the report");
	return 0;
}

/* One frame out, one reply back: its length in *buf, or -1 with err. */
static ssize_t
exchange(const char *path, const struct proto_buf *b, const int *fds, int nfd,
    unsigned char **buf, struct scif_err *err)
{
	int got[PROTO_MAX_FDS], ngot = 0, fd, r, i;
	ssize_t n;

	*buf = NULL;
	if ((fd = dial(path, err)) < 0)
		return -1;
	/* A daemon that refuses the caller replies and closes at once:
	 * the send may fail then, and the reply still be there. */
	if ((r = proto_send(fd, b, fds, nfd)) < 0 && r != -EPIPE &&
	    r != -ECONNRESET) {
		(void)close(fd);
		return err_set(err, SCIF_E_SETUP, -r, "sending to the daemon");
	}
	if ((*buf = malloc(PROTO_MAX_REPLY)) == NULL) {
		(void)close(fd);
		return err_set(err, SCIF_E_SETUP, ENOMEM, "the reply");
	}
	n = proto_recv(fd, *buf, PROTO_MAX_REPLY, got, PROTO_MAX_FDS, &ngot);
	/* A refusing daemon closed with our request unread: the kernel
	 * reports the reset first, then the reply that came before it. */
	if (n == -ECONNRESET)
		n = proto_recv(
		    fd, *buf, PROTO_MAX_REPLY, got, PROTO_MAX_FDS, &ngot);
	(void)close(fd);
	for (i = 0; i < ngot; i++)
		(void)close(got[i]);
	if (n <= 0 || ngot != 0)
		return err_set(err, SCIF_E_SETUP, n < 0 ? (int)-n : EPIPE,
		    "no reply from the daemon");
	return n;
}

int
client_stats(const char *socket_path, char **json, struct scif_err *err)
{
	struct proto_buf b;
	struct proto_hdr h;
	struct proto_rd r;
	unsigned char *buf;
	const char *s = NULL;
	ssize_t n;

	err_clear(err);
	*json = NULL;
	if (proto_buf_init(&b, PROTO_STATS, 1, PROTO_MAX_FRAME) < 0 ||
	    proto_buf_end(&b) < 0) {
		proto_buf_free(&b);
		return err_set(err, SCIF_E_SETUP, ENOMEM, "stats");
	}
	n = exchange(socket_path, &b, NULL, 0, &buf, err);
	proto_buf_free(&b);
	if (n > 0 && proto_hdr_parse(buf, (size_t)n, &h) == 0 &&
	    h.type == PROTO_STATS_REPLY) {
		proto_rd_init(
		    &r, buf + PROTO_HDR_LEN, (size_t)n - PROTO_HDR_LEN);
		s = proto_get_str(&r, PROTO_MAX_FRAME);
		if (proto_rd_end(&r) < 0)
			s = NULL;
	}
	if (s != NULL && (*json = strdup(s)) == NULL)
		s = NULL;
	free(buf);
	if (s == NULL)
		return n < 0
		    ? -EIO
		    : err_set(err, SCIF_E_SETUP, EPROTO, "a bad stats reply");
	return 0;
}

/* What the daemon would refuse as malformed, said here more plainly. */
static int
check_pass(const struct scif_client_job *job, struct scif_err *err)
{
	size_t i, k;
	int fd;

	if (job->npass > SCIF_CLIENT_MAX_PASS)
		return err_set(err, SCIF_E_USAGE, E2BIG,
		    "at most %d descriptors besides stdio",
		    SCIF_CLIENT_MAX_PASS);
	for (i = 0; i < job->npass; i++) {
		fd = job->pass_fds[i];
		if (fd < 3 || fd >= 3 + SCIF_CLIENT_MAX_PASS)
			return err_set(err, SCIF_E_USAGE, EBADF,
			    "descriptor %d: the daemon passes 3 to %d", fd,
			    2 + SCIF_CLIENT_MAX_PASS);
		for (k = 0; k < i; k++) {
			if (job->pass_fds[k] == fd)
				return err_set(err, SCIF_E_USAGE, EINVAL,
				    "descriptor %d given twice", fd);
		}
	}
	return 0;
}

int
scif_client_run(const char *socket_path, const struct scif_client_job *job,
    int *status, char **report, struct scif_err *err)
{
	struct proto_buf b;
	unsigned char *buf;
	int fds[PROTO_MAX_FDS], nfd = 3, r;
	size_t i;
	ssize_t n;

	err_clear(err);
	*status = SCIF_EXIT_SETUP;
	if (report != NULL)
		*report = NULL;
	if (job->profile == NULL || job->argv == NULL || job->argv[0] == NULL)
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "a job needs a profile and a program");
	if ((r = check_pass(job, err)) < 0) {
		*status = SCIF_EXIT_USAGE;
		return r;
	}
	memcpy(fds, job->fds, sizeof(job->fds));
	if (job->job_dir_fd >= 0)
		fds[nfd++] = job->job_dir_fd;
	for (i = 0; i < job->npass; i++)
		fds[nfd++] = job->pass_fds[i];
	if ((r = build(job, &b)) < 0) {
		proto_buf_free(&b);
		*status = SCIF_EXIT_USAGE;
		return err_set(err, SCIF_E_USAGE, -r, "the request");
	}
	n = exchange(socket_path, &b, fds, nfd, &buf, err);
	proto_buf_free(&b);
	r = n < 0 ? -EIO : reply(buf, (size_t)n, status, report, err);
	free(buf);
	return r;
}
