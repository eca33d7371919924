/*
 * pool.h - the daemon's workers: each job gets a worker of its own that
 * builds the job's spec from its profile's template and the request,
 * runs it in a sandbox of its own (destroyed after), sends the reply
 * itself and exits with what happened.  The worker is either forked for
 * the job (scif_run()) or was forked earlier and has prepared its
 * sandbox ahead of the job (run_held(), warm.h).  A worker never serves
 * a second job.
 */
#ifndef SCIF_POOL_H
#define SCIF_POOL_H

#include <stdint.h>
#include <sys/types.h>

#include "daemon/proto.h"
#include "daemon/ptable.h"

/* A request accepted by the server, running or queued. */
struct job {
	uint32_t id;
	int conn; /* the server's connection slot, -1 once it is gone */
	int conn_fd;
	int fds[PROTO_MAX_FDS];
	int nfd;
	unsigned char *frame; /* owned, header included; run points into it */
	size_t frame_len;
	struct proto_run run;
	uint64_t t0_us;
	pid_t pid; /* the worker, once started */
};

/* A worker's exit status: what became of its job. */
enum {
	POOL_EXITED = 0, /* the program exited with 0 */
	POOL_NONZERO = 1, /* the program exited with another status */
	POOL_KILLED = 2, /* killed: signal, limit, policy, aborted */
	POOL_FAILED = 3, /* refused or not started: error reply sent */
	POOL_GONE = 4, /* the reply could not be sent */
	POOL_IDLE = 5 /* a prepared sandbox ended before any job came */
};

/* Fork the job's worker: its pid, or a negative errno.  tmp: the base
 * of the private directories (jobtmp.h), for a profile that takes a job
 * directory when the request brings none. */
pid_t pool_start(const struct job *j, struct pt_entry *e, const char *tmp);

/*
 * Fork a worker that prepares a sandbox of e's profile (held.h), says so
 * with one byte on *chan, then waits there for one job (pool_hand) and
 * runs it as pool_start()'s worker would.  Its pid, or a negative errno.
 */
pid_t pool_prepare(struct pt_entry *e, const char *tmp, int *chan);

/* Hand j to a prepared worker: the frame, the client's connection and
 * the job's descriptors.  0, or a negative errno (the worker is gone). */
int pool_hand(int chan, const struct job *j);

/* Close the job's descriptors and free it. */
void pool_job_free(struct job *j);

#endif
