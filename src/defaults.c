/* defaults.c - one list of default paths, for Landlock and for mounts. */
#include "defaults.h"

/*
 * What an ordinary dynamically linked program needs to start and run:
 * programs and libraries, read-only configuration, harmless devices.  Not
 * /tmp, /home, /run, /proc or /sys: a shared /tmp holds sockets that lead
 * out of the sandbox, and /proc shows every other process.
 */
static const struct default_path defaults[] = {
	{ "/usr", SCIF_ACCESS_RO },
	{ "/bin", SCIF_ACCESS_RO },
	{ "/sbin", SCIF_ACCESS_RO },
	{ "/lib", SCIF_ACCESS_RO },
	{ "/lib32", SCIF_ACCESS_RO },
	{ "/lib64", SCIF_ACCESS_RO },
	{ "/libx32", SCIF_ACCESS_RO },
	{ "/etc", SCIF_ACCESS_RO_NOEXEC },
	{ "/dev/null", SCIF_ACCESS_DEV },
	{ "/dev/zero", SCIF_ACCESS_DEV },
	{ "/dev/full", SCIF_ACCESS_DEV },
	{ "/dev/random", SCIF_ACCESS_DEV },
	{ "/dev/urandom", SCIF_ACCESS_DEV },
};

const struct default_path *
default_paths(size_t *n)
{
	*n = sizeof(defaults) / sizeof(defaults[0]);
	return defaults;
}
