/* names.c - the names layers and reasons have in reports and messages. */
#include <string.h>

#include "scif.h"

static const char *const layer_names[SCIF_LAYER_COUNT_] = {
	[SCIF_LAYER_HYGIENE] = "hygiene",
	[SCIF_LAYER_FDS] = "fds",
	[SCIF_LAYER_ENV] = "environment",
	[SCIF_LAYER_RLIMIT] = "rlimit",
	[SCIF_LAYER_WALLCLOCK] = "wallclock",
	[SCIF_LAYER_UID] = "uid",
	[SCIF_LAYER_CAPS] = "capabilities",
	[SCIF_LAYER_CAPBND] = "bounding_set",
	[SCIF_LAYER_NNP] = "no_new_privs",
	[SCIF_LAYER_SECCOMP] = "seccomp",
	[SCIF_LAYER_LANDLOCK] = "landlock",
	[SCIF_LAYER_LANDLOCK_NET] = "landlock_net",
	[SCIF_LAYER_LANDLOCK_SCOPE] = "landlock_scope",
	[SCIF_LAYER_USERNS] = "userns",
	[SCIF_LAYER_MOUNTNS] = "mountns",
	[SCIF_LAYER_NETNS] = "netns",
	[SCIF_LAYER_PIDNS] = "pidns",
	[SCIF_LAYER_IPCNS] = "ipcns",
	[SCIF_LAYER_UTSNS] = "utsns",
	[SCIF_LAYER_CGROUPNS] = "cgroupns",
	[SCIF_LAYER_NETNS_SHARED] = "netns_shared",
};

const char *
scif_layer_name(enum scif_layer layer)
{
	if ((unsigned)layer >= SCIF_LAYER_COUNT_ || layer_names[layer] == 0)
		return "unknown";
	return layer_names[layer];
}

const char *
scif_reason_name(enum scif_reason reason)
{
	switch (reason) {
	case SCIF_REASON_EXIT:
		return "exit";
	case SCIF_REASON_SIGNAL:
		return "signal";
	case SCIF_REASON_TIMEOUT:
		return "timeout";
	case SCIF_REASON_CPU:
		return "cpu";
	case SCIF_REASON_FSIZE:
		return "fsize";
	case SCIF_REASON_MEMORY:
		return "memory";
	case SCIF_REASON_SECCOMP:
		return "seccomp";
	case SCIF_REASON_ABORTED:
		return "aborted";
	}
	return "unknown";
}

int
scif_layer_from_name(const char *name)
{
	int l;

	for (l = 0; l < SCIF_LAYER_COUNT_; l++) {
		if (layer_names[l] != 0 && strcmp(layer_names[l], name) == 0)
			return l;
	}
	return -1;
}
