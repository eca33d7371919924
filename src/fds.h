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

#endif
