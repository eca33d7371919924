/*
 * warm.h - the daemon's side of its pool: per profile, a few workers
 * whose sandboxes are prepared ahead of demand (pool.c, held.h), each
 * waiting for one job on a socket of its own.  A job without a job
 * directory takes a ready one; the slot is refilled in the background
 * (after the round of the event loop that emptied it).  A worker that
 * dies idle is replaced; one that could not prepare its sandbox turns
 * its profile's pool off (jobs then get fresh sandboxes, as without a
 * pool), so that a host that refuses a layer does not make the daemon
 * fork in a loop.
 */
#ifndef SCIF_WARM_H
#define SCIF_WARM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "daemon/ptable.h"

#define WARM_MAX_PER 16 /* --pool N: at most this many per profile */

struct warm_slot {
	pid_t pid; /* 0: empty */
	int chan; /* the daemon's end of its socket */
	int ready; /* it said its sandbox is prepared */
};

struct warm {
	unsigned per; /* sandboxes per profile, 0: no pool */
	size_t nprof;
	struct warm_slot *slot; /* nprof * per */
	unsigned char *off; /* per profile: preparing failed */
	uint64_t taken; /* jobs that ran in a prepared sandbox */
	const char *tmp; /* the private directories' base (jobtmp.h) */
};

/* Empty slots for nprof profiles: 0, or -ENOMEM. */
int warm_init(struct warm *w, size_t nprof, unsigned per, const char *tmp);

/* Kill every idle worker (reaped later, as strangers) and free. */
void warm_free(struct warm *w);

/* Start a worker in each empty slot of a profile whose pool is on. */
void warm_fill(struct warm *w, const struct ptable *pt);

/* A ready worker of profile prof, out of its slot: its pid and *chan
 * (the caller's to close), or -1 when none is ready. */
pid_t warm_take(struct warm *w, size_t prof, int *chan);

/* The daemon reaped pid: 1 if it was an idle worker (its slot is
 * emptied, to be refilled), else 0. */
int warm_reaped(struct warm *w, pid_t pid, int status);

/* Workers ready for a job, over every profile. */
unsigned warm_ready(struct warm *w);

#endif
