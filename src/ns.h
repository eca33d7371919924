/*
 * ns.h - the namespace layer: user, mount, pid, net, ipc, uts, cgroup.
 *
 * Plan in the parent, apply in the child.  The parent decides which
 * namespaces to try and which are required, and plans the mounts (every
 * source resolved and checked there, see mounts.h); the forked child
 * calls ns_apply() right after process hygiene and the closing of
 * descriptors, before rlimits and the identity layer, which then empties
 * the capabilities the namespaces gave it.
 *
 *	struct ns_plan np;
 *	ns_plan_init(&np, NS_AUTO, 0, &err);
 *	ns_plan_add_mount(&np, "/usr", NULL, MNT_RO, &err);
 *	ns_plan_add_mount(&np, jobdir, NULL, MNT_RW, &err);
 *	ns_plan_add_mount(&np, NULL, NULL, MNT_DEV, &err);
 *	ns_plan_set_cwd(&np, jobdir, &err);
 *	... fork (or clone, see below); in the child:
 *	if (ns_apply(&np, 0, &active, &err) < 0)
 *		report err and _exit: this process must not exec;
 *	... the other layers, execve.  In the parent, after fork:
 *	ns_plan_free(&np);
 *
 * Modes.  NS_OFF: nothing.  NS_AUTO: every namespace is tried; one the
 * kernel refuses (EPERM, EACCES, EINVAL, ENOSPC, EUSERS: a container's
 * seccomp filter, an LSM, a sysctl, a limit) is skipped and absent from
 * the active mask, unless it is in the required mask; any other error
 * aborts.  NS_REQUIRE: every namespace is required.  A required namespace
 * that cannot be made is a setup error naming it and the errno; the
 * program is then never executed.
 *
 * Ids.  Not root: a user namespace comes first and maps only the
 * caller's uid and gid, to the same ids inside (not 65534: the kernel
 * shows every unmapped owner as 65534, and the job would take files of
 * others for its own), after "deny" is written to setgroups.  The job
 * thus has no privilege on the host beyond the caller's, and none inside
 * once the identity layer has emptied its capabilities.  Root needs no
 * user namespace to create the others and makes none: one would map the
 * job to host root, and the identity layer's switch to an unprivileged
 * uid needs root's own, global, privilege.
 *
 * Cloned.  Where the host allows every wanted namespace at once, the
 * launcher clones its child straight into them (ns_clone_flags()): the
 * child is then init of its pid namespace, and after the other layers
 * it starts the program as pid 2, reaps as init, and reports the
 * program's end itself (notify.h).  No relay, no extra init: two
 * processes fewer to fork and to wait for at every launch.  (As root
 * the net namespace is then made by the launcher meanwhile, netns.h;
 * a launcher with threads, or one tracing the job, takes the unshared
 * path.)  The holder builds the Landlock ruleset there too.
 *
 * Unshared.  Otherwise (a refusal: each namespace is then tried on its
 * own, as the modes say) the child unshares them one by one.  Only the
 * children of the process that unshares a pid namespace are in it, so
 * ns_apply() forks twice: the launcher's child stays outside as a relay,
 * its child is init (pid 1) and builds the mounts (a new proc must be
 * mounted from inside the namespace, and before the host's proc is
 * detached), and init's child (pid 2) returns from ns_apply() and goes
 * on to exec the program.  The relay and init close every descriptor
 * (so the report pipe reads EOF only at the program's execve), forward
 * SIGTERM, SIGINT, SIGHUP and SIGQUIT, reap, and end as the program
 * ended: its exit status, or death by the same signal (init, whom the
 * kernel protects from its own signals, hands the status to the relay
 * through a shared page).  The supervisor thus sees one process, the
 * relay, end as the program did, and its rusage includes the program's.
 */
#ifndef SCIF_NS_H
#define SCIF_NS_H

#include <stddef.h>
#include <sys/types.h>

#include "mounts.h"
#include "scif.h"

enum ns_mode { NS_OFF = 0, NS_AUTO, NS_REQUIRE };

/* Namespaces, as bits of the required and active masks. */
#define NS_USER 0x01u
#define NS_MOUNT 0x02u
#define NS_PID 0x04u
#define NS_NET 0x08u
#define NS_IPC 0x10u
#define NS_UTS 0x20u
#define NS_CGROUP 0x40u
#define NS_ALL 0x7fu
/* In an active mask only: NS_NET is a shared one (netns.h). */
#define NS_NET_SHARED 0x80u

/* The job's host name in its uts namespace. */
#define NS_HOSTNAME "scif"

struct ns_plan {
	enum ns_mode mode;
	unsigned want; /* NS_* to create */
	unsigned required; /* NS_* whose failure aborts the run */
	char uid_map[32]; /* "inner outer 1\n", made in the parent */
	char gid_map[32];
	struct mount_list mounts;
	int has_proc; /* a MNT_PROC is planned */
	char *cwd; /* the job's working directory, or NULL */
	char hostname[65]; /* in its uts namespace; "" for NS_HOSTNAME */
};

/*
 * An empty plan.  require_mask (NS_* bits) makes namespaces required in
 * NS_AUTO mode; it must be 0 with NS_OFF, and may not hold NS_USER when
 * running as root (see Ids above).  Returns 0 or -EINVAL (SCIF_E_USAGE).
 */
int ns_plan_init(struct ns_plan *p, enum ns_mode mode, unsigned require_mask,
    struct scif_err *err);

/*
 * Do not create the namespaces in mask (e.g. NS_NET when the job may use
 * the network).  Refused (-EINVAL) for a required one.
 */
int ns_plan_without(struct ns_plan *p, unsigned mask, struct scif_err *err);

/*
 * Map the caller to other ids inside the user namespace (default: its
 * own).  0 is refused.  Only meaningful when not root.
 */
int ns_plan_set_inner_ids(
    struct ns_plan *p, uid_t uid, gid_t gid, struct scif_err *err);

/* Plan a mount; see mounts_add() in mounts.h.  dst NULL: same path. */
int ns_plan_add_mount(struct ns_plan *p, const char *src, const char *dst,
    enum mount_kind kind, struct scif_err *err);

/* The job's working directory, an absolute path in its own view; changed
 * to in the child whether or not a mount namespace came up. */
int ns_plan_set_cwd(struct ns_plan *p, const char *cwd, struct scif_err *err);

/* Free the plan; it can be initialised again. */
void ns_plan_free(struct ns_plan *p);

/*
 * In the forked child, single-threaded, after process hygiene: create the
 * namespaces, set the host name, build the mounts, change to the cwd.
 * Returns 0 in the process that must go on to exec the program, with
 * *active the NS_* that were created; returns -1 with err filled in the
 * process that failed, which must report and _exit without executing
 * anything.  With a pid namespace, the relay and init never return.
 * err must not be NULL.
 */
/*
 * The namespaces p wants as clone(2) flags in *flags; returns them as
 * NS_* bits.  A child cloned with them passes those bits to ns_apply().
 */
unsigned ns_clone_flags(const struct ns_plan *p, unsigned long *flags);

/*
 * 1 when a child would make none of the namespaces p wants, none being
 * required: each one is refused (as in Docker, whose seccomp profile
 * refuses them all).  Asked in a short-lived child that tries them as
 * ns_apply() would, with our privileges; 0 when one is made there, or
 * fails otherwise, or the child cannot be made.
 */
int ns_none_allowed(const struct ns_plan *p);

/*
 * 1 when p wants namespaces, none required, that capabilities alone
 * refuse, with no child needed to tell: without a user namespace to own
 * them, every one needs CAP_SYS_ADMIN, which we lack (root in Docker).
 * Else 0: ns_none_allowed() may still find each one refused.
 */
int ns_cap_refused(const struct ns_plan *p);

/*
 * In the child: create the namespaces (unless cloned, the NS_* bits the
 * child was cloned with), build the file system, enter the cwd.  Without
 * cloned, a pid namespace is entered by forking: the caller stays outside
 * as a relay, and the init of the namespace forks the process that
 * returns.  Cloned with CLONE_NEWPID, the caller is init itself and must
 * reap as one (ns_init_wait).  *active gets the namespaces made.
 */
int ns_apply(const struct ns_plan *p, unsigned cloned, unsigned *active,
    struct scif_err *err);

/*
 * As the init of a pid namespace: wait for child, reaping every orphan
 * and passing on SIGTERM, SIGINT, SIGHUP and SIGQUIT (which, with
 * SIGCHLD, the caller has blocked); *status gets its wait status.  Then
 * kill and reap every other process of the namespace: 0 when none is
 * left, -1 when that could not be made sure of.
 */
int ns_init_wait(pid_t child, int *status);

/* Block what ns_init_wait() waits for, before child exists: 0, or -1
 * with errno. */
int ns_init_block(void);

/* End as wait status st says: the same exit status, or death by the same
 * signal (without a core file).  For relays. */
void ns_mirror(int st) __attribute__((noreturn));

/* End as an init, which no signal of its own can kill, can: st's exit
 * status, or 128 + the signal that ended it. */
void ns_init_exit(int st) __attribute__((noreturn));

/* "user,mount,pid,net,ipc,uts,cgroup" for the bits in mask, or "none". */
const char *ns_names(unsigned mask, char *buf, size_t len);

/* Whether errno e is a host's "not here" (EPERM, EACCES, EINVAL, ENOSPC,
 * EUSERS, ENOSYS), which NS_AUTO skips, rather than a failure. */
int ns_refused(int e);

#endif
