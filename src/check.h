/*
 * check.h - what confinement this host or container allows, probed.
 *
 * check_probe_all() fills a struct check_result; printing it is the
 * caller's business (src/cli/check_cmd.c).  Every probe that needs a
 * change of process state (no_new_privs, a seccomp filter, Landlock, a
 * namespace) is made for real in a throw-away forked child, so the
 * answer is what the kernel, its LSMs and any seccomp filter or missing
 * capability around us actually allow, not what files suggest.  Only the
 * container detection is a heuristic, and it says so.
 *
 * Probes never fail as a whole: each records its own outcome and errno.
 * The caller must be single-threaded (unshare(CLONE_NEWUSER) in the
 * forked child requires it) and have no SIGCHLD handler that reaps.
 */
#ifndef SCIF_CHECK_H
#define SCIF_CHECK_H

#include <stddef.h>
#include <sys/types.h>

/* The namespaces probed, in reporting order. */
enum check_ns {
	CHECK_NS_USER = 0,
	CHECK_NS_MOUNT,
	CHECK_NS_PID,
	CHECK_NS_NET,
	CHECK_NS_IPC,
	CHECK_NS_UTS,
	CHECK_NS_CGROUP,
	CHECK_NS_TIME,
	CHECK_NS_COUNT_
};

/* How a namespace could be created. */
enum check_how {
	CHECK_HOW_NO = 0, /* not at all */
	CHECK_HOW_DIRECT, /* unshare(flag) */
	CHECK_HOW_USERNS /* only together with a new user namespace */
};

/*
 * The outcome of one probe.  When ok is 0, err is the errno of the call
 * named by what, or sig the signal that killed the probe child (a
 * seccomp filter with a KILL action, typically).
 */
struct check_probe {
	int ok;
	int err;
	int sig;
	char what[48];
};

struct check_nsres {
	enum check_how how;
	struct check_probe direct; /* unshare(flag) */
	struct check_probe userns; /* unshare(CLONE_NEWUSER|flag), tried
					 * only when direct failed with EPERM */
};

#define CHECK_MAX_SIGNALS 8

struct check_container {
	int detected; /* any signal matched; a heuristic */
	unsigned nsignals;
	char signals[CHECK_MAX_SIGNALS][96];
	char pid1[32]; /* pid 1's name (comm), or "" */
};

struct check_result {
	/* The host. */
	char release[65]; /* uname -r */
	char version[65]; /* uname -v */
	char machine[65]; /* uname -m */
	uid_t uid, euid;
	int cap_sys_admin; /* in the effective set */
	int cap_err; /* errno of capget, or 0 */
	int seccomp_mode; /* PR_GET_SECCOMP of this process: 0 or 2 */
	int nnp_set; /* no_new_privs already set on this process */

	/* no_new_privs and seccomp. */
	struct check_probe nnp; /* PR_SET_NO_NEW_PRIVS took effect */
	struct check_probe seccomp; /* an allow-all filter installed */
	struct check_probe notif; /* a user notification listener fd */
	struct check_probe trace; /* a child seized, RET_TRACE available */
	struct check_probe act_kill_process; /* SECCOMP_GET_ACTION_AVAIL */
	struct check_probe act_log;
	struct check_probe act_user_notif;

	/* Landlock. */
	int landlock_abi; /* 0 when unsupported */
	int landlock_err; /* why unsupported: ENOSYS, EOPNOTSUPP */
	struct check_probe landlock; /* a ruleset enforced in a child */

	/* Namespaces. */
	struct check_nsres ns[CHECK_NS_COUNT_];

	/* cgroup v2. */
	int cgroup2; /* a cgroup2 file system is mounted */
	char cgroup2_mount[64]; /* where: /sys/fs/cgroup[/unified] */
	char cgroup_path[512]; /* "0::PATH" of /proc/self/cgroup */
	struct check_probe delegated; /* mkdir+rmdir of a child cgroup */
	char controllers[256]; /* cgroup.controllers of ours */
	char subtree_control[256]; /* cgroup.subtree_control of ours */

	struct check_container container;
};

/* How the calls a policy denies are named: "user_notif", "ptrace" (where
 * user notification is unavailable), or "unnamed". */
const char *check_violations(const struct check_result *res);

/* Probe everything.  Forks several short-lived children and reaps each. */
void check_probe_all(struct check_result *res);

/*
 * The file and environment signals of a container, with root as the
 * file system root ("/" for real, a fake tree in tests) and env the value
 * of the "container" environment variable (or NULL).  Appends to c.
 */
void check_container_files(
    struct check_container *c, const char *root, const char *env);

/* "user", "mount", "pid", "net", "ipc", "uts", "cgroup", "time". */
const char *check_ns_name(enum check_ns ns);

/* "no", "direct", "userns". */
const char *check_how_name(enum check_how how);

/*
 * A one-line account of a failed probe into buf: "what: strerror" or
 * "what: killed by signal N"; "" when the probe succeeded.
 */
void check_probe_why(const struct check_probe *p, char *buf, size_t len);

#endif
