/*
 * landlock.h - the Landlock layer: file system, TCP and scope rules.
 *
 * Plan in the parent, apply in the child.  The parent builds a struct
 * landlock_plan before fork: each path is opened there with O_PATH, so a
 * missing path is reported before anything runs and the child does no
 * path lookup at all.  The forked child calls landlock_apply(), which only
 * makes system calls (no allocation, no stdio), after no_new_privs is set
 * and before the seccomp filter is loaded and the program executed.
 *
 *	struct landlock_plan lp;
 *	int abi = landlock_abi();
 *	if (abi > 0 && landlock_plan_init(&lp, abi) == 0) {
 *		landlock_plan_add_path(&lp, "/usr", LL_RO, &err);
 *		landlock_plan_add_path(&lp, jobdir, LL_RW, &err);
 *		landlock_plan_set_options(&lp, LL_OPT_NO_NETWORK, &err);
 *		... fork; in the child, after PR_SET_NO_NEW_PRIVS:
 *		landlock_apply(&lp, &err);
 *		... in the parent, after fork:
 *		landlock_plan_free(&lp);
 *	}
 *
 * The ruleset handles every access right the kernel's ABI knows, so
 * whatever the plan does not grant is denied.  The plan's descriptors are
 * O_CLOEXEC: they must survive in the child until landlock_apply() (a
 * step that closes descriptors must spare them, see landlock_plan_fd())
 * and vanish at execve.
 */
#ifndef SCIF_LANDLOCK_H
#define SCIF_LANDLOCK_H

#include <stddef.h>
#include <stdint.h>

#include "scif.h"

/*
 * The highest ABI whose rights this file knows.  A newer kernel is driven
 * at this ABI: rights added later are not handled, hence not denied, until
 * they are added here (ABI 7 added audit flags, no access right).
 */
#define LL_ABI_KNOWN 7

/* What a path gives access to (argument access_kind). */
enum landlock_kind {
	LL_RO = 1, /* read files, list dirs, execute */
	LL_RO_NOEXEC, /* read files, list dirs */
	LL_RW, /* LL_RO_NOEXEC, write, truncate, create, remove,
			 * rename within (REFER); never execute */
	LL_DEV /* a device: read, write, ioctl (IOCTL_DEV) */
};

/* Options (landlock_plan_set_options). */
#define LL_OPT_NO_NETWORK 0x1u /* deny TCP bind and connect (ABI >= 4) */
#define LL_OPT_SCOPE \
	0x2u /* scope abstract unix sockets and signals
				 * to the sandbox (ABI >= 6) */

struct landlock_rule {
	int fd; /* O_PATH, O_CLOEXEC, from the parent */
	uint64_t access; /* rights fitted to the ABI and to a file
				 * or a directory */
	char *path; /* for messages */
};

struct landlock_plan {
	int abi; /* 1 .. LL_ABI_KNOWN */
	uint64_t handled_fs; /* every file system right of the ABI */
	uint64_t handled_net; /* TCP rights when LL_OPT_NO_NETWORK */
	uint64_t scoped; /* scopes when LL_OPT_SCOPE */
	unsigned opts; /* options in force */
	struct landlock_rule *rules;
	size_t nrules, cap;
};

/*
 * The kernel's Landlock ABI version, clamped to LL_ABI_KNOWN; 0 when
 * Landlock is unavailable, errno then telling why (ENOSYS: not built in,
 * EOPNOTSUPP: built in but not enabled at boot).
 */
int landlock_abi(void);

/* An empty plan for the ABI abi (> 0, as returned by landlock_abi()).
 * Returns 0 or -EINVAL. */
int landlock_plan_init(struct landlock_plan *p, int abi);

/*
 * Allow access_kind (enum landlock_kind) beneath path, a directory, or on
 * path itself when it is a file: a file gets only the file rights of the
 * kind.  The path is opened now.  Returns 0 or a negative errno (-ENOENT
 * for a missing path, whose message names it; -EINVAL for an unknown kind
 * or LL_DEV on a regular file; -ENOMEM).
 */
int landlock_plan_add_path(struct landlock_plan *p, const char *path,
    unsigned access_kind, struct scif_err *err);

/*
 * Turn on LL_OPT_* options.  An option the plan's ABI cannot enforce is
 * not recorded and makes the call return -EOPNOTSUPP with err filled,
 * after recording the others: the caller decides whether that aborts
 * the run (a required layer) or is only reported.
 */
int landlock_plan_set_options(
    struct landlock_plan *p, unsigned opts, struct scif_err *err);

/* The number of descriptors the plan holds and the i-th of them, for a
 * step that closes descriptors in the child before landlock_apply(). */
size_t landlock_plan_nfds(const struct landlock_plan *p);
int landlock_plan_fd(const struct landlock_plan *p, size_t i);

/*
 * In the forked child: create the ruleset, add the plan's rules and
 * restrict the calling thread (and its future children).  The caller must
 * have set PR_SET_NO_NEW_PRIVS before (this function does not: the
 * launcher owns that step), unless it holds CAP_SYS_ADMIN.  Async-signal-
 * safe: system calls only, and err_layer() on failure.  Returns 0, or a
 * negative errno with err naming the step; the process must then not
 * execute the program (fail closed).
 */
int landlock_apply(const struct landlock_plan *p, struct scif_err *err);

/*
 * Split form of landlock_apply(), so that the child does one system call:
 * the supervisor builds the ruleset before fork (this restricts nothing)
 * and gets its close-on-exec descriptor; the child calls
 * landlock_restrict() on it after no_new_privs.
 */
int landlock_ruleset_build(const struct landlock_plan *p, struct scif_err *err);
int landlock_restrict(int ruleset_fd, struct scif_err *err);

/*
 * In the child, before landlock_restrict(): add a rule for a path that
 * exists only there (a tmpfs or proc its mount namespace made).
 */
int landlock_ruleset_add_path(int ruleset_fd, int abi, const char *path,
    unsigned access_kind, struct scif_err *err);

/* Close the plan's descriptors and free it; p can be re-initialised. */
void landlock_plan_free(struct landlock_plan *p);

#endif
