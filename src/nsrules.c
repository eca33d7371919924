/* nsrules.c - what a job's namespaces hold: the same paths Landlock allows. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "defaults.h"
#include "err.h"
#include "util.h"
#include "nsrules.h"

static const struct {
	unsigned ns;
	enum scif_layer layer;
} ns_layers[] = {
	{ NS_USER, SCIF_LAYER_USERNS },
	{ NS_MOUNT, SCIF_LAYER_MOUNTNS },
	{ NS_PID, SCIF_LAYER_PIDNS },
	{ NS_NET, SCIF_LAYER_NETNS },
	{ NS_IPC, SCIF_LAYER_IPCNS },
	{ NS_UTS, SCIF_LAYER_UTSNS },
	{ NS_CGROUP, SCIF_LAYER_CGROUPNS },
};

#define NLAYERS (sizeof(ns_layers) / sizeof(ns_layers[0]))

uint32_t
nsrules_layers(unsigned active)
{
	uint32_t layers = 0;
	size_t i;

	for (i = 0; i < NLAYERS; i++) {
		if (active & ns_layers[i].ns)
			layers |= 1u << ns_layers[i].layer;
	}
	return layers;
}

static unsigned
required_ns(uint32_t required)
{
	unsigned ns = 0;
	size_t i;

	for (i = 0; i < NLAYERS; i++) {
		if (required & (1u << ns_layers[i].layer))
			ns |= ns_layers[i].ns;
	}
	return ns;
}

static enum mount_kind
mount_kind_of(enum scif_access a)
{
	switch (a) {
	case SCIF_ACCESS_RO:
		return MNT_RO;
	case SCIF_ACCESS_RW:
		return MNT_RW;
	case SCIF_ACCESS_DEV:
		return MNT_DEV_NODE;
	case SCIF_ACCESS_RO_NOEXEC:
		break;
	}
	return MNT_RO_NOEXEC;
}

static int
add_defaults(struct ns_plan *np, struct scif_err *err)
{
	const struct default_path *d;
	struct stat st;
	size_t i, n;

	d = default_paths(&n);
	for (i = 0; i < n; i++) {
		/* The devices come as one minimal /dev, below. */
		if (d[i].access == SCIF_ACCESS_DEV || lstat(d[i].path, &st) < 0)
			continue;
		if (ns_plan_add_mount(np, d[i].path, NULL,
			mount_kind_of(d[i].access), err) < 0)
			return -1;
	}
	return ns_plan_add_mount(np, NULL, NULL, MNT_DEV, err);
}

/*
 * The caller's working directory if the job will see it (under one of its
 * bind-mounted paths; a tmpfs is empty), else "/".
 */
static int
set_cwd(const struct scif_spec *spec, struct ns_plan *np, struct scif_err *err)
{
	char cwd[PATH_MAX];
	size_t i;

	if (spec->cwd != NULL)
		return ns_plan_set_cwd(np, spec->cwd, err);
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		return ns_plan_set_cwd(np, "/", err);
	for (i = 0; i < spec->npaths; i++) {
		if (path_is_under(cwd, spec->paths[i].path))
			return ns_plan_set_cwd(np, cwd, err);
	}
	return ns_plan_set_cwd(np, "/", err);
}

static int
add_mounts(
    const struct scif_spec *spec, struct ns_plan *np, struct scif_err *err)
{
	size_t i;

	/* tmpfs first: a path given below one (a job directory under a
	 * private /tmp) is bound on top of it, not hidden by it. */
	for (i = 0; i < spec->ntmpfs; i++) {
		if (ns_plan_add_mount(
			np, NULL, spec->tmpfs[i], MNT_TMPFS, err) < 0)
			return -1;
	}
	if (!spec->no_default_paths && add_defaults(np, err) < 0)
		return -1;
	/* Links before binds: a bind below /lib then lands where the link
	 * leads, and the link is not shadowed by a directory. */
	for (i = 0; i < spec->nlinks; i++) {
		if (ns_plan_add_mount(np, spec->links[2 * i + 1],
			spec->links[2 * i], MNT_LINK, err) < 0)
			return -1;
	}
	for (i = 0; i < spec->npaths; i++) {
		if (ns_plan_add_mount(np, spec->paths[i].path, NULL,
			mount_kind_of(spec->paths[i].access), err) < 0) {
			err->cls = SCIF_E_USAGE;
			return -1;
		}
	}
	if (spec->proc && ns_plan_add_mount(np, NULL, NULL, MNT_PROC, err) < 0)
		return -1;
	return set_cwd(spec, np, err);
}

int
nsrules_build(
    const struct scif_spec *spec, struct ns_plan *np, struct scif_err *err)
{
	enum ns_mode mode = NS_AUTO;
	unsigned req = required_ns(spec->required);

	if (spec->ns_mode == SCIF_NS_OFF)
		mode = NS_OFF;
	else if (spec->ns_mode == SCIF_NS_REQUIRE)
		mode = NS_REQUIRE;
	if (mode == NS_OFF && req != 0)
		return err_set(err, SCIF_E_USAGE, 0,
		    "a namespace is required but namespaces are off");
	/* As root no user namespace is made: do not require one. */
	if (geteuid() == 0)
		req &= ~NS_USER;
	if (ns_plan_init(np, mode, req, err) < 0)
		return -1;
	memcpy(np->hostname, spec->hostname, sizeof(np->hostname));
	if (spec->allow_network && ns_plan_without(np, NS_NET, err) < 0)
		return -1;
	if (mode == NS_OFF)
		return 0;
	return add_mounts(spec, np, err);
}
