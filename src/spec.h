/* spec.h - the recorded job description behind the opaque struct scif_spec. */
#ifndef SCIF_SPEC_H
#define SCIF_SPEC_H

#include <linux/filter.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "scif.h"

#define SPEC_MAX_PASS_FDS 64

struct spec_limit {
	int set;
	uint64_t value;
};

struct spec_path {
	char *path;
	enum scif_access access;
};

struct scif_spec {
	char **argv; /* NULL-terminated, owned */
	char **env; /* "NAME=VALUE", NULL-terminated, owned */
	size_t nenv;
	uid_t uid;
	gid_t gid;
	int ids_set; /* the caller asked for specific ids */
	struct spec_limit lim[SCIF_LIMIT_COUNT_];
	uint64_t time_ms;
	int pass_fds[SPEC_MAX_PASS_FDS];
	size_t npass;
	struct spec_path *paths;
	size_t npaths;
	int no_default_paths;
	int allow_network;
	uint32_t required; /* 1u << enum scif_layer */
	struct sock_fprog policy; /* compiled; len 0: scif's default */
	enum scif_seccomp_mode sc_mode;
	scif_syscall_fn *sc_fn;
	void *sc_arg;
	enum scif_ns_mode ns_mode;
	char **tmpfs; /* NULL-terminated, owned */
	size_t ntmpfs;
	char **links; /* path, target, path, target, ...; NULL-terminated */
	size_t nlinks; /* pairs */
	int proc;
	char *cwd;
	char hostname[65]; /* "" for scif's default */
	int netns_fd; /* scif_spec_share_netns(), or -1 */
};

/* The value of NAME in the job's environment, or NULL. */
const char *spec_getenv(const struct scif_spec *spec, const char *name);

#endif
