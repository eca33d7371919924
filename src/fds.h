/* fds.h - which descriptors the job keeps: 0, 1, 2 and the passed ones. */
#ifndef SCIF_FDS_H
#define SCIF_FDS_H

#include <stddef.h>

#include "scif.h"
#include "spec.h"

struct fds_plan {
	int keep[SPEC_MAX_PASS_FDS + 8]; /* sorted, unique */
	size_t n;
	int inherit
	    [SPEC_MAX_PASS_FDS]; /* passed: their FD_CLOEXEC is cleared */
	size_t ninherit;
};

/*
 * internal: the launcher's own descriptors (report pipe, Landlock ruleset),
 * -1 for none; they stay open until execve closes them (close-on-exec).
 */
void fds_plan_init(struct fds_plan *p, const int *pass, size_t npass,
    const int *internal, size_t ninternal);

/* Close everything not kept; make passed descriptors survive execve. */
int fds_apply(const struct fds_plan *p, struct scif_err *err);

/*
 * Give descriptors the numbers a job expects: fd[i] becomes at[i] (its
 * close-on-exec flag cleared), or with at[i] < 0 only leaves 0 to top,
 * close-on-exec; fd[] is updated.  Every fd[] is first moved above top,
 * so that no number given clobbers another descriptor of the list; each
 * at[] must be at most top, and the fd[] distinct.  0, or -1 with err.
 */
int fds_place(int *fd, const int *at, size_t n, int top, struct scif_err *err);

#endif
