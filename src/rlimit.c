/* rlimit.c - rlimits: the bounds that work everywhere, even in Docker. */
#include <errno.h>
#include <sys/resource.h>

#include "err.h"
#include "rlimit.h"

static const int resource_of[SCIF_LIMIT_COUNT_] = {
	[SCIF_LIMIT_AS] = RLIMIT_AS,
	[SCIF_LIMIT_CPU] = RLIMIT_CPU,
	[SCIF_LIMIT_FSIZE] = RLIMIT_FSIZE,
	[SCIF_LIMIT_NOFILE] = RLIMIT_NOFILE,
	[SCIF_LIMIT_NPROC] = RLIMIT_NPROC,
	[SCIF_LIMIT_STACK] = RLIMIT_STACK,
};

static int
add(struct rlimit_plan *p, int res, rlim_t soft, rlim_t hard,
    struct scif_err *err)
{
	struct rlimit cur;

	if (getrlimit(res, &cur) < 0)
		return err_layer(err, "rlimit", errno, "getrlimit(%d)", res);
	if (cur.rlim_max != RLIM_INFINITY && hard > cur.rlim_max)
		hard = cur.rlim_max;
	if (soft > hard)
		soft = hard;
	p->res[p->n] = res;
	p->rl[p->n].rlim_cur = soft;
	p->rl[p->n].rlim_max = hard;
	p->n++;
	return 0;
}

int
rlimit_plan_init(
    struct rlimit_plan *p, const struct scif_spec *spec, struct scif_err *err)
{
	rlim_t v;
	int i;

	p->n = 0;
	if (add(p, RLIMIT_CORE, 0, 0, err) < 0)
		return -1;
	for (i = 0; i < SCIF_LIMIT_COUNT_; i++) {
		if (!spec->lim[i].set)
			continue;
		v = (rlim_t)spec->lim[i].value;
		/* SIGXCPU at the limit, SIGKILL a second later if ignored. */
		if (i == SCIF_LIMIT_CPU &&
		    add(p, RLIMIT_CPU, v, v + 1, err) < 0)
			return -1;
		if (i != SCIF_LIMIT_CPU &&
		    add(p, resource_of[i], v, v, err) < 0)
			return -1;
	}
	return 0;
}

int
rlimit_apply(const struct rlimit_plan *p, struct scif_err *err)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		if (setrlimit(p->res[i], &p->rl[i]) < 0)
			return err_layer(
			    err, "rlimit", errno, "setrlimit(%d)", p->res[i]);
	}
	return 0;
}
