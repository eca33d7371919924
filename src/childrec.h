/*
 * childrec.h - what the child tells the supervisor over the report socket.
 *
 * A SOCK_SEQPACKET socketpair, close-on-exec at both ends: each record is
 * one packet, read whole; a descriptor travels with its record
 * (SCM_RIGHTS).  End of file means the program was executed (and, with
 * user notification, that its relay has sent the listener), except for a
 * child that is init (REC_RUNNING).
 */
#ifndef SCIF_CHILDREC_H
#define SCIF_CHILDREC_H

#include <stdint.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include "scif.h"

enum {
	REC_NS = 1, /* ns_active: the namespaces the child got */
	REC_FAIL = 2, /* err: the first failure; nothing was executed */
	REC_LISTENER = 3, /* with an fd: the seccomp listener; without: err
			    says why there is none */
	REC_READY = 4, /* held.h: prepared, waiting for the job */
	/* From the supervisor (trace.h): the child is traced, or not. */
	REC_TRACED = 5,
	REC_UNTRACED = 6,
	/* From a child that is init of its pid namespace (ns.h, cloned):
	 * the program runs, and the socket stays open for REC_END. */
	REC_RUNNING = 7,
	/* status, ru: the program's wait status and the rusage of every
	 * process of the job, all of which are gone (ns_init_wait()). */
	REC_END = 8,
	/* From the supervisor (netns.h): a net namespace for the child, as
	 * an fd, or err says why there is none. */
	REC_NETNS = 9,
	/* From the supervisor, before REC_NETNS when the holder built it:
	 * the Landlock ruleset, as an fd. */
	REC_RULESET = 10,
	/* status: the pid of the program, whose relay, sharing the
	 * supervisor's memory until it ended (run.c, spawn()), leaves it to
	 * the supervisor, its subreaper, instead of waiting for it. */
	REC_ADOPT = 11
};

struct child_record {
	uint32_t kind;
	uint32_t ns_active;
	int32_t status;
	struct rusage ru;
	struct scif_err err;
};

/* Send rec, with fd when fd >= 0.  0, or a negative errno. */
int childrec_send(int sock, const struct child_record *rec, int fd);

/*
 * The message childrec_send() sends, for a caller that must make the
 * sendmsg call itself, with arguments it knows in advance (notify_exec.c):
 * sendmsg(sock, &cm->m, CHILDREC_SEND_FLAGS).
 */
union childrec_cmsg {
	struct cmsghdr h;
	char buf[CMSG_SPACE(sizeof(int))];
};

struct childrec_msg {
	struct msghdr m;
	struct iovec iov;
	union childrec_cmsg c;
};

#define CHILDREC_SEND_FLAGS MSG_NOSIGNAL

void childrec_msg(
    struct childrec_msg *cm, const struct child_record *rec, int fd);

/*
 * Receive one record: 1 and rec filled (*fd the descriptor that came
 * with it, close-on-exec, or -1), 0 at end of file, negative errno on a
 * failure or a malformed record.
 */
int childrec_recv(int sock, struct child_record *rec, int *fd);

#endif
