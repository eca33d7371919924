/* fsrules.c - which paths a job may touch: the default set and the spec's. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "defaults.h"
#include "err.h"
#include "fsrules.h"
#include "landlock.h"

#define LAYER(l) (1u << (l))

static unsigned
kind_of(enum scif_access a)
{
	switch (a) {
	case SCIF_ACCESS_RO:
		return LL_RO;
	case SCIF_ACCESS_RO_NOEXEC:
		return LL_RO_NOEXEC;
	case SCIF_ACCESS_RW:
		return LL_RW;
	case SCIF_ACCESS_DEV:
		return LL_DEV;
	}
	return LL_RO_NOEXEC;
}

/*
 * A default path that is a symlink into /usr (merged /usr: /bin ->
 * usr/bin) names what the rule for /usr, with the same rights, already
 * allows (/usr is the first default, defaults.c): a rule of its own
 * would cost five system calls at each launch and add nothing.
 */
static int
in_usr(const char *path, const struct stat *st, unsigned access)
{
	char t[PATH_MAX];
	ssize_t n;

	if (!S_ISLNK(st->st_mode) || access != SCIF_ACCESS_RO ||
	    strchr(path + 1, '/') != NULL)
		return 0;
	if ((n = readlink(path, t, sizeof(t) - 1)) <= 0)
		return 0;
	t[n] = '\0';
	return strstr(t, "..") == NULL &&
	    (strncmp(t, "usr/", 4) == 0 || strncmp(t, "/usr/", 5) == 0);
}

static int
add_paths(struct landlock_plan *lp, const struct scif_spec *spec,
    struct scif_err *err)
{
	const struct default_path *d;
	struct stat st;
	size_t i, nd;

	d = default_paths(&nd);
	for (i = 0; !spec->no_default_paths && i < nd; i++) {
		/* Absent on this system (e.g. /lib32): nothing to allow. */
		if (lstat(d[i].path, &st) < 0 ||
		    in_usr(d[i].path, &st, d[i].access))
			continue;
		if (landlock_plan_add_path(
			lp, d[i].path, kind_of(d[i].access), err) < 0)
			return -1;
	}
	for (i = 0; i < spec->npaths; i++) {
		if (landlock_plan_add_path(lp, spec->paths[i].path,
			kind_of(spec->paths[i].access), err) < 0) {
			/* A path the user named that is not there is bad input. */
			err->cls = SCIF_E_USAGE;
			return -1;
		}
	}
	return 0;
}

/* TCP denial and scoping where the ABI has them; required ones fail. */
static int
add_options(struct landlock_plan *lp, const struct scif_spec *spec,
    uint32_t *layers, struct scif_err *err)
{
	if (!spec->allow_network) {
		if (landlock_plan_set_options(lp, LL_OPT_NO_NETWORK, err) == 0)
			*layers |= LAYER(SCIF_LAYER_LANDLOCK_NET);
		else if (spec->required & LAYER(SCIF_LAYER_LANDLOCK_NET))
			return -1;
	}
	if (landlock_plan_set_options(lp, LL_OPT_SCOPE, err) == 0)
		*layers |= LAYER(SCIF_LAYER_LANDLOCK_SCOPE);
	else if (spec->required & LAYER(SCIF_LAYER_LANDLOCK_SCOPE))
		return -1;
	return 0;
}

int
fsrules_build(const struct scif_spec *spec, int *fd, uint32_t *layers,
    struct scif_err *err)
{
	struct landlock_plan lp;
	int abi, r;

	*fd = -1;
	if ((abi = landlock_abi()) <= 0) {
		if (spec->required &
		    (LAYER(SCIF_LAYER_LANDLOCK) |
			LAYER(SCIF_LAYER_LANDLOCK_NET) |
			LAYER(SCIF_LAYER_LANDLOCK_SCOPE)))
			return err_layer(err, "landlock", errno,
			    "required, but not available here");
		return 0;
	}
	if (landlock_plan_init(&lp, abi) < 0)
		return err_layer(err, "landlock", EINVAL, "ABI %d", abi);
	r = add_paths(&lp, spec, err);
	if (r == 0)
		r = add_options(&lp, spec, layers, err);
	if (r == 0 && (*fd = landlock_ruleset_build(&lp, err)) < 0)
		r = -1;
	landlock_plan_free(&lp);
	if (r < 0)
		return -1;
	*layers |= LAYER(SCIF_LAYER_LANDLOCK);
	return 0;
}
