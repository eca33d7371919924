/* rlimit.h - resource limits of the job. */
#ifndef SCIF_RLIMIT_H
#define SCIF_RLIMIT_H

#include <stddef.h>
#include <sys/resource.h>

#include "scif.h"
#include "spec.h"

#define RLIMIT_PLAN_MAX 8

struct rlimit_plan {
	int res[RLIMIT_PLAN_MAX];
	struct rlimit rl[RLIMIT_PLAN_MAX];
	size_t n;
};

/*
 * The limits the spec asks for, plus core dumps off.  A limit above the
 * caller's own hard limit is lowered to it: scif never loosens a limit.
 */
int rlimit_plan_init(
    struct rlimit_plan *p, const struct scif_spec *spec, struct scif_err *err);

int rlimit_apply(const struct rlimit_plan *p, struct scif_err *err);

#endif
