/*
 * proto.h - scif serve's wire protocol (docs/protocol.md): imsg-style
 * frames on a SOCK_SEQPACKET unix socket, one frame per packet, with
 * descriptors passed by SCM_RIGHTS.  Typed readers are bounded and a
 * frame with bytes left over is refused.
 */
#ifndef SCIF_PROTO_H
#define SCIF_PROTO_H

#include <stddef.h>
#include <stdint.h>

#include "scif.h"

#define PROTO_VERSION 1
#define PROTO_HDR_LEN 16
#define PROTO_MAX_FRAME 65536 /* a request; replies may be larger */
#define PROTO_MAX_REPLY (1024 * 1024)
/* A job's passed descriptors keep their numbers, 3 to 3 + PROTO_MAX_PASS
 * - 1, in the job; a request carries stdio, a job directory and these. */
#define PROTO_MAX_PASS 8
#define PROTO_MAX_FDS (4 + PROTO_MAX_PASS)
#define PROTO_MAX_ARGS 256
#define PROTO_MAX_NAME 64

enum proto_type {
	PROTO_RUN = 1, /* request: run a job */
	PROTO_STATS = 2, /* request: the daemon's counters */
	PROTO_RESULT = 0x101, /* reply: status and report */
	PROTO_ERROR = 0x102, /* reply: code and message */
	PROTO_STATS_REPLY = 0x103 /* reply: counters as JSON */
};

enum proto_errcode {
	PROTO_E_MALFORMED = 1,
	PROTO_E_VERSION = 2,
	PROTO_E_TOOBIG = 3,
	PROTO_E_BUSY = 4,
	PROTO_E_DENIED = 5,
	PROTO_E_REFUSED = 6, /* a valid request scif refuses, e.g. loosening */
	PROTO_E_SETUP = 7, /* the job could not start */
	PROTO_E_DRAINING = 8
};

/* The header, in host byte order (the socket never leaves the host). */
struct proto_hdr {
	uint32_t type;
	uint32_t len; /* of the whole frame, header included */
	uint32_t id; /* the request id, echoed in the reply */
	uint16_t version;
	uint16_t flags; /* 0 */
};

/* A frame being built. */
struct proto_buf {
	unsigned char *data;
	size_t len, cap, max;
	int failed; /* an add did not fit: the frame is not sent */
};

/* A frame being read. */
struct proto_rd {
	const unsigned char *p;
	size_t left;
	int failed;
};

/* The RUN request's payload, pointing into the frame. */
struct proto_run {
	const char *profile;
	const char *argv[PROTO_MAX_ARGS + 1];
	size_t argc;
	uint64_t limits[SCIF_LIMIT_COUNT_]; /* 0: the profile's */
	uint64_t time_ms; /* 0: the profile's */
	uint32_t flags; /* PROTO_RUN_JOBDIR, PROTO_RUN_PASS */
	uint32_t npass; /* with PROTO_RUN_PASS: 1 to PROTO_MAX_PASS */
	uint32_t pass_at[PROTO_MAX_PASS]; /* each one's number in the job */
};

#define PROTO_RUN_JOBDIR 1u /* a job directory after stdio */
#define PROTO_RUN_PASS 2u /* npass descriptors after those */

/* Where a request's descriptors start: stdio, then the job directory. */
#define PROTO_RUN_PASS_FIRST(run) \
	(((run)->flags & PROTO_RUN_JOBDIR) != 0 ? 4 : 3)

int proto_buf_init(struct proto_buf *b, uint32_t type, uint32_t id, size_t max);
void proto_buf_free(struct proto_buf *b);
void proto_add_u32(struct proto_buf *b, uint32_t v);
void proto_add_u64(struct proto_buf *b, uint64_t v);
void proto_add_str(struct proto_buf *b, const char *s);
/* Write the length into the header: 0, or -EMSGSIZE/-ENOMEM. */
int proto_buf_end(struct proto_buf *b);

void proto_rd_init(struct proto_rd *r, const void *payload, size_t len);
uint32_t proto_get_u32(struct proto_rd *r);
uint64_t proto_get_u64(struct proto_rd *r);
/* A string: u32 length, then that many bytes, the last one NUL and no
 * other; at most max bytes before the NUL.  Points into the frame. */
const char *proto_get_str(struct proto_rd *r, size_t max);
/* 0 when every read fit and nothing is left over, else -EBADMSG. */
int proto_rd_end(const struct proto_rd *r);

/* Parse a header: 0, or a PROTO_E_* code. */
int proto_hdr_parse(const void *frame, size_t len, struct proto_hdr *h);

/* Parse a RUN payload: 0 or -EBADMSG. */
int proto_run_parse(const void *payload, size_t len, struct proto_run *run);

/* Send one frame with fds (nfd may be 0): 0 or a negative errno. */
int proto_send(int sock, const struct proto_buf *b, const int *fds, int nfd);

/*
 * Receive one frame into buf (cap bytes): its length, 0 at end of file,
 * -EMSGSIZE when it did not fit (or more than maxfd descriptors came: all
 * closed), another negative errno on failure.  Descriptors arrive
 * close-on-exec in fds, *nfd of them.
 */
ssize_t proto_recv(
    int sock, void *buf, size_t cap, int *fds, int maxfd, int *nfd);

/* Send an error reply: the code, the exit status scif run --via ends
 * with, the message.  0 or a negative errno. */
int proto_send_error(
    int sock, uint32_t id, uint32_t code, int status, const char *msg);

#endif
