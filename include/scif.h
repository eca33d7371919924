/*
 * scif.h - run one program that handles untrusted data, confined.
 *
 * The model.  A caller describes a job in a struct scif_spec: the program
 * and its arguments, the environment it may see, the identity it runs as,
 * its resource limits and the descriptors it is handed.  Setters only
 * validate and record; nothing happens until scif_run().
 *
 *	struct scif_err err;
 *	struct scif_result res;
 *	struct scif_spec *s = scif_spec_new();
 *	scif_spec_set_argv(s, argv, &err);
 *	scif_spec_set_limit(s, SCIF_LIMIT_AS, 512 << 20, &err);
 *	scif_spec_set_time(s, 30000, &err);
 *	if (scif_run(s, &res, &err) < 0)
 *		fprintf(stderr, "scif: %s\n", err.msg);
 *	scif_spec_free(s);
 *
 * scif_run() forks.  The child applies the layers in this fixed order, each
 * needing what the one before leaves, and execs the program only if every
 * one of them succeeded (fail closed):
 *
 *  1. process hygiene: new session (no TIOCSTI into the caller's tty),
 *     parent-death signal, default signal dispositions and an empty mask,
 *     umask 077, every descriptor but 0, 1, 2 and the passed ones closed;
 *  2. resources: rlimits (address space, CPU, file size, open files,
 *     processes, stack; core dumps always off);
 *  3. identity: when root, setgroups/setresgid/setresuid to the job's ids;
 *     the capability bounding set, ambient, inheritable, permitted and
 *     effective sets emptied;
 *  4. no_new_privs;
 *  5. Landlock: only the planned paths, with the planned rights; TCP bind
 *     and connect denied unless the network is allowed; abstract unix
 *     sockets and signals scoped to the job;
 *  6. seccomp: the syscall filter, last, so that it confines only the
 *     program;
 *  7. execve with an environment built from scratch.
 *
 * The supervisor (the caller of scif_run) waits through a pidfd, enforces
 * the wall-clock limit and, being a child subreaper, kills every process
 * of the job when the program exits or times out, including descendants
 * that double-forked and left the session.  It therefore reaps every child
 * of the calling process: call scif_run() from a process that has no
 * other children.
 *
 * Errors.  Fallible calls return 0 or a negative errno value and, when the
 * caller passes a struct scif_err, fill it with a one-line message and an
 * SCIF_E_* class that maps to a documented exit status of scif(1).
 */
#ifndef SCIF_H
#define SCIF_H

#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SCIF_API __attribute__((visibility("default")))
#else
#define SCIF_API
#endif

/* Error classes; each is one exit status of scif(1). */
enum scif_errclass {
	SCIF_E_NONE = 0,
	SCIF_E_USAGE, /* bad option, value or request: 120 */
	SCIF_E_POLICY, /* bad policy or profile text: 121 */
	SCIF_E_SETUP, /* a layer could not be applied: 125 */
	SCIF_E_EXEC, /* program found but not executable: 126 */
	SCIF_E_NOENT, /* program not found: 127 */
	SCIF_E_INTERNAL /* supervisor failure after the program ran: 125 */
};

#define SCIF_EXIT_USAGE 120
#define SCIF_EXIT_POLICY 121
#define SCIF_EXIT_TIMEOUT 124
#define SCIF_EXIT_SETUP 125
#define SCIF_EXIT_EXEC 126
#define SCIF_EXIT_NOENT 127

/*
 * An error as a value.  msg is complete and printable on one line;
 * file/line/col are set (line > 0) when the error is in a policy or
 * profile text; layer names the confinement layer for SCIF_E_SETUP.
 */
struct scif_err {
	enum scif_errclass cls;
	int sys_errno; /* errno of the failed call, or 0 */
	char layer[32];
	char file[256];
	unsigned line, col;
	char msg[512];
};

/* Map an error class to scif(1)'s exit status. */
SCIF_API int scif_err_exit_status(const struct scif_err *err);

/* Resource limits.  Values are bytes, seconds or counts. */
enum scif_limit {
	SCIF_LIMIT_AS = 0, /* address space, bytes (RLIMIT_AS) */
	SCIF_LIMIT_CPU, /* CPU seconds (RLIMIT_CPU) */
	SCIF_LIMIT_FSIZE, /* largest file written, bytes */
	SCIF_LIMIT_NOFILE, /* open descriptors */
	SCIF_LIMIT_NPROC, /* processes of the job's uid */
	SCIF_LIMIT_STACK, /* stack, bytes */
	SCIF_LIMIT_COUNT_
};

/* Layers, as reported in struct scif_result.layers (a bit per layer). */
enum scif_layer {
	SCIF_LAYER_HYGIENE = 0, /* setsid, pdeathsig, signals, umask */
	SCIF_LAYER_FDS, /* descriptors closed */
	SCIF_LAYER_ENV, /* environment from scratch */
	SCIF_LAYER_RLIMIT, /* resource limits */
	SCIF_LAYER_WALLCLOCK, /* wall-clock limit by the supervisor */
	SCIF_LAYER_UID, /* uid/gid/groups switched */
	SCIF_LAYER_CAPS, /* effective/permitted/inheritable/ambient */
	SCIF_LAYER_CAPBND, /* bounding set emptied */
	SCIF_LAYER_NNP, /* no_new_privs */
	SCIF_LAYER_SECCOMP, /* syscall filter */
	SCIF_LAYER_LANDLOCK, /* filesystem: only the planned paths */
	SCIF_LAYER_LANDLOCK_NET, /* TCP bind and connect denied */
	SCIF_LAYER_LANDLOCK_SCOPE, /* abstract unix sockets, signals scoped */
	SCIF_LAYER_USERNS, /* user namespace */
	SCIF_LAYER_MOUNTNS, /* mount namespace, fresh root */
	SCIF_LAYER_NETNS, /* network namespace, no interfaces up */
	SCIF_LAYER_PIDNS, /* pid namespace */
	SCIF_LAYER_IPCNS, /* ipc namespace */
	SCIF_LAYER_UTSNS, /* uts namespace */
	SCIF_LAYER_CGROUPNS, /* cgroup namespace */
	/*
	 * Reported beside SCIF_LAYER_NETNS, never required: that namespace
	 * is one the caller made once and gives every job it runs (scif
	 * serve as root; see scif_spec_share_netns()).  Nothing in it is up;
	 * the jobs share only its abstract unix socket names, which Landlock
	 * scoping keeps each job from reaching in another.
	 */
	SCIF_LAYER_NETNS_SHARED,
	SCIF_LAYER_COUNT_
};

/* The layer's name as printed in reports ("hygiene", "rlimit", ...). */
SCIF_API const char *scif_layer_name(enum scif_layer layer);

/* The layer with that report name, or -1. */
SCIF_API int scif_layer_from_name(const char *name);

/* Why the job ended. */
enum scif_reason {
	SCIF_REASON_EXIT = 0, /* the program exited */
	SCIF_REASON_SIGNAL, /* killed by a signal */
	SCIF_REASON_TIMEOUT, /* wall-clock limit reached */
	SCIF_REASON_CPU, /* CPU limit (SIGXCPU, or SIGKILL past it) */
	SCIF_REASON_FSIZE, /* file size limit (SIGXFSZ) */
	SCIF_REASON_MEMORY, /* out of memory, where it can be known */
	SCIF_REASON_SECCOMP, /* killed by the syscall filter (SIGSYS) */
	SCIF_REASON_ABORTED /* the supervisor was told to stop */
};

SCIF_API const char *scif_reason_name(enum scif_reason reason);

/*
 * One system call, as the supervisor saw it through a seccomp user
 * notification (or a ptrace seccomp stop): what the filter was given (number, architecture, the six
 * argument registers; pointers are never followed) and who made it.
 */
struct scif_syscall {
	int nr;
	uint32_t arch; /* AUDIT_ARCH_* */
	char name[32]; /* from libseccomp, or "" when unknown */
	pid_t pid; /* in the supervisor's pid namespace */
	char comm[16]; /* /proc/PID/comm */
	char exe[256]; /* /proc/PID/exe, or "" when unreadable */
	uint64_t args[6];
	uint32_t action; /* SECCOMP_RET_* the policy gives it */
	int is_default; /* action is the policy's DEFAULT */
	int enforced; /* 1: carried out; 0: audit or learn, let through */
};

/* Called by scif_run() for each call the job's policy denies (or, in
 * audit mode, would deny), and in learn mode for every call. */
typedef void scif_syscall_fn(void *arg, const struct scif_syscall *call);

#define SCIF_DISTINCT_MAX 16

struct scif_result {
	enum scif_reason reason;
	int exit_code; /* valid for SCIF_REASON_EXIT */
	int signal; /* the signal that ended it, or 0 */
	pid_t pid; /* the program's pid, as seen by the supervisor */
	uint64_t wall_us, user_us, sys_us;
	uint64_t max_rss_kb;
	uint32_t layers; /* 1u << enum scif_layer, for each active layer */
	int status; /* scif(1)'s exit status for this result */
	/* The call that made the policy end the job (reason seccomp), or
	 * else the first one it denied; valid when nviolations > 0. */
	struct scif_syscall violation;
	unsigned long nviolations; /* every denied (or audited) call */
	/* Each distinct denied call (architecture, number, action), the
	 * first of its kind, in order, with how often it came; at most
	 * SCIF_DISTINCT_MAX, the rest counted in nviolations only. */
	struct scif_syscall distinct[SCIF_DISTINCT_MAX];
	unsigned long distinct_count[SCIF_DISTINCT_MAX];
	unsigned ndistinct;
};

struct scif_spec;

/* A new, empty job description, or NULL when out of memory. */
SCIF_API struct scif_spec *scif_spec_new(void);
SCIF_API void scif_spec_free(struct scif_spec *spec);

/*
 * The program and its arguments.  argv[0] is resolved against the job's
 * PATH when it has no slash.  Copied.
 */
SCIF_API int scif_spec_set_argv(
    struct scif_spec *spec, char *const argv[], struct scif_err *err);

/* Set NAME=VALUE in the job's environment (which starts empty but for
 * PATH=/usr/bin:/bin). */
SCIF_API int scif_spec_set_env(struct scif_spec *spec, const char *name,
    const char *value, struct scif_err *err);

/* Copy NAME from the caller's environment, if it is set there. */
SCIF_API int scif_spec_keep_env(
    struct scif_spec *spec, const char *name, struct scif_err *err);

/*
 * The uid and gid the job runs as when scif runs as root (default
 * 65534:65534).  When scif does not run as root, asking for other ids than
 * its own makes scif_run() fail with SCIF_E_SETUP.
 */
SCIF_API int scif_spec_set_ids(
    struct scif_spec *spec, uid_t uid, gid_t gid, struct scif_err *err);

/* Set a resource limit; value 0 for SCIF_LIMIT_NPROC/NOFILE is refused. */
SCIF_API int scif_spec_set_limit(struct scif_spec *spec, enum scif_limit lim,
    uint64_t value, struct scif_err *err);

/* Wall-clock limit in milliseconds; 0 means none. */
SCIF_API int scif_spec_set_time(
    struct scif_spec *spec, uint64_t ms, struct scif_err *err);

/* Keep descriptor fd (> 2, open now) open in the job, same number. */
SCIF_API int scif_spec_pass_fd(
    struct scif_spec *spec, int fd, struct scif_err *err);

/* What a path gives the job (Landlock; bind mounts where namespaces are
 * used). */
enum scif_access {
	SCIF_ACCESS_RO = 1, /* read, list, execute */
	SCIF_ACCESS_RO_NOEXEC, /* read, list */
	SCIF_ACCESS_RW, /* read, write, create, remove; never execute */
	SCIF_ACCESS_DEV /* a device node: read, write, ioctl */
};

/*
 * Give the job access to path (which must exist now).  Everything not
 * given is denied.  Unless scif_spec_set_default_paths(spec, 0) is called,
 * the job also gets the system's program and library directories (/usr,
 * /bin, /sbin, /lib*) read-only with execute, /etc read-only, and
 * /dev/null, zero, full, random and urandom.
 */
SCIF_API int scif_spec_add_path(struct scif_spec *spec, const char *path,
    enum scif_access access, struct scif_err *err);
SCIF_API int scif_spec_set_default_paths(
    struct scif_spec *spec, int on, struct scif_err *err);

/* Receives one formatted warning, e.g. "p.policy:3:9: warning: ...". */
typedef void scif_warn_fn(void *arg, const char *msg);

/*
 * The syscall policy, in scif's policy language (Kafel's syntax; see
 * scif-policy(5)), compiled now through libseccomp: errors come back with
 * file:line:col and class SCIF_E_POLICY, warnings go to warn (may be
 * NULL).  The filter checks the architecture and kills foreign ABIs (i386,
 * x32).  Without a policy, a job gets scif's default one.  The filter is
 * loaded last, right before execve.
 */
SCIF_API int scif_spec_set_policy_file(struct scif_spec *spec, const char *path,
    scif_warn_fn *warn, void *warn_arg, struct scif_err *err);
SCIF_API int scif_spec_set_policy_string(struct scif_spec *spec,
    const char *text, scif_warn_fn *warn, void *warn_arg, struct scif_err *err);

/*
 * How the syscall filter treats what the policy denies.  ENFORCE (the
 * default): the policy's DEFAULT, KILL, KILL_PROCESS and LOG actions are
 * sent to the supervisor through seccomp user notification, which names
 * the call (to fn) and then carries the action out: it kills the whole
 * job, fails the call with the errno, or lets it through for LOG; where
 * user notification is unavailable (EBUSY under an outer listener, or an
 * older kernel) the same actions reach the supervisor as the job's ptrace
 * tracer (SECCOMP_RET_TRACE), and where ptrace is refused too the plain
 * filter is loaded and calls go unnamed.  PLAIN: the plain filter, always.  AUDIT: every call the
 * policy denies is reported and let through (the seccomp layer is then
 * absent).  LEARN: no policy; every call of every thread is reported
 * and let through.  fn may be NULL; it runs in the supervisor.
 */
enum scif_seccomp_mode {
	SCIF_SECCOMP_ENFORCE = 0,
	SCIF_SECCOMP_PLAIN,
	SCIF_SECCOMP_AUDIT,
	SCIF_SECCOMP_LEARN
};

SCIF_API int scif_spec_set_seccomp_mode(struct scif_spec *spec,
    enum scif_seccomp_mode mode, scif_syscall_fn *fn, void *arg,
    struct scif_err *err);

/*
 * Namespaces.  SCIF_NS_AUTO (the default) creates every namespace this
 * host allows: user (when not root), mount (a fresh root with only the
 * job's paths bind-mounted), pid, net (unless the network is allowed),
 * ipc, uts, cgroup; one the kernel refuses (inside Docker, all) is
 * skipped and absent from the result's layers.  SCIF_NS_REQUIRE makes
 * every one required; scif_spec_require() can require single ones.
 */
enum scif_ns_mode { SCIF_NS_AUTO = 0, SCIF_NS_OFF, SCIF_NS_REQUIRE };

SCIF_API int scif_spec_set_namespaces(
    struct scif_spec *spec, enum scif_ns_mode mode, struct scif_err *err);

/* A private, empty, writable tmpfs at path (needs a mount namespace). */
SCIF_API int scif_spec_add_tmpfs(
    struct scif_spec *spec, const char *path, struct scif_err *err);

/*
 * In the job's mount namespace, a symbolic link at path (absolute) that
 * points to target, as the host's /lib -> usr/lib: a program whose loader
 * or libraries are named through the link finds them without the link's
 * whole target directory being shown.  Without a mount namespace the
 * host's own links are used, and this records nothing the job sees.
 */
SCIF_API int scif_spec_add_symlink(struct scif_spec *spec, const char *target,
    const char *path, struct scif_err *err);

/* Give the job a /proc: its own with a pid namespace, else the host's
 * (read-only).  Off by default. */
SCIF_API int scif_spec_set_proc(
    struct scif_spec *spec, int on, struct scif_err *err);

/* The job's working directory (default: the caller's, if the job can
 * see it, else /). */
SCIF_API int scif_spec_set_cwd(
    struct scif_spec *spec, const char *path, struct scif_err *err);

/* The host name in the job's uts namespace (default "scif"). */
SCIF_API int scif_spec_set_hostname(
    struct scif_spec *spec, const char *name, struct scif_err *err);

/* Allow TCP (Landlock); default: denied. */
SCIF_API int scif_spec_set_network(
    struct scif_spec *spec, int allow, struct scif_err *err);

/*
 * A new net namespace with nothing up in it, for scif_spec_share_netns():
 * its descriptor (close-on-exec), or -1 with err.  Needs CAP_SYS_ADMIN.
 */
SCIF_API int scif_netns_new(struct scif_err *err);

/*
 * Put the jobs of this spec into the net namespace fd (scif_netns_new())
 * rather than a new one each: making a net namespace is the longest step
 * of a launch, and tearing it down after the job costs as much again.
 * It is used only where sharing exposes nothing of one job to another:
 * as root without a user namespace (no job can configure it), with
 * Landlock's scoping of abstract unix sockets (their names are the one
 * thing the jobs share, and none can reach another's), without a /proc
 * of its own or a path on the host's (whose net/unix would list the
 * other jobs' sockets), and under an
 * enforced syscall filter that refuses netlink sockets (which would too).
 * Otherwise, and if joining it fails, the job gets its own, as without
 * this call; the report says which (SCIF_LAYER_NETNS_SHARED).  fd stays
 * the caller's; -1 undoes the call.
 */
SCIF_API int scif_spec_share_netns(
    struct scif_spec *spec, int fd, struct scif_err *err);

/*
 * Make a layer required: if it cannot be applied here, scif_run() fails
 * with SCIF_E_SETUP naming it, and the program is not executed.  Without
 * this, a layer the kernel lacks (e.g. Landlock before 5.13) is skipped
 * and absent from struct scif_result.layers.
 */
SCIF_API int scif_spec_require(
    struct scif_spec *spec, enum scif_layer layer, struct scif_err *err);

/*
 * Run the job and wait for it.  Returns 0 when the program ran (whatever
 * its exit status; see res), or a negative errno with err filled when it
 * could not be started.  The program is never executed after a failed
 * setup step.
 */
SCIF_API int scif_run(const struct scif_spec *spec, struct scif_result *res,
    struct scif_err *err);

/* The most descriptors a job for the daemon may be given beyond stdio. */
#define SCIF_CLIENT_MAX_PASS 8

/*
 * A job for a scif serve daemon (scif_client_run).  Start from
 * scif_client_job_init(), which gives the caller's stdin, stdout and
 * stderr, no job directory, no other descriptor and the profile's limits.
 *
 * pass_fds are more input and output files (ImageMagick's fd:N, say): each
 * keeps its number in the job, which must be 3 to 3 + SCIF_CLIENT_MAX_PASS
 * - 1, and must be a regular file or a pipe: the daemon refuses a
 * directory, whose descriptor would open the files under it, and a
 * socket, a way out of the sandbox.
 */
struct scif_client_job {
	const char *profile; /* a profile of the daemon, by name */
	char *const *argv; /* NULL-terminated */
	int fds[3]; /* the job's stdin, stdout, stderr (not sockets) */
	int job_dir_fd; /* an open directory the profile allows, or -1 */
	uint64_t limits[SCIF_LIMIT_COUNT_]; /* 0: the profile's; only lower */
	uint64_t time_ms; /* 0: the profile's; only lower */
	int pass_fds[SCIF_CLIENT_MAX_PASS]; /* open in the job as themselves */
	size_t npass;
};

SCIF_API void scif_client_job_init(struct scif_client_job *job);

/*
 * Send the job to the daemon listening on socket_path, wait for it, and
 * return 0 with *status the exit status scif run would have ended with
 * and, when report is not NULL, *report the JSON report of scif run
 * --report json (free() it).  The daemon picks the sandbox: the job may
 * only tighten the profile.  A refusal (unknown profile, loosening,
 * busy, not allowed) or a failure to reach the daemon returns a negative
 * errno with err filled and *status set to the exit status to use.
 */
SCIF_API int scif_client_run(const char *socket_path,
    const struct scif_client_job *job, int *status, char **report,
    struct scif_err *err);

#ifdef __cplusplus
}
#endif

#endif /* SCIF_H */
