/*
 * notify.h - naming the calls a policy denies, through seccomp user
 * notification (SECCOMP_RET_USER_NOTIF).
 *
 * Three parts, one file each:
 *
 *  - notify_filter.c, in the parent before fork: a copy of the compiled
 *    policy whose denying returns become SECCOMP_RET_USER_NOTIF (which
 *    ones depends on the mode), with exit_group always allowed in front.
 *    The original program stays the judge: the supervisor runs it with
 *    bpf_eval() over the notification's struct seccomp_data, the very
 *    numbers the kernel's filter saw, so pointers are never followed.
 *
 *  - notify_exec.c, in the child, in place of "load the filter, execve":
 *    the listener fd must reach the supervisor, but after the filter is
 *    loaded the child may make no call the policy could deny (it would
 *    wait for a supervisor that has no listener yet).  So the child
 *    (the relay) starts the program with CLONE_VM | CLONE_VFORK |
 *    CLONE_FILES, on a stack of its own (notify_page()): the
 *    program loads the filter, whose listener lands in the fd table it
 *    shares with the relay, and execs; exec gives the program a private
 *    table without the close-on-exec listener and wakes the relay, which
 *    sends the listener to the supervisor over the report socket
 *    (SCM_RIGHTS), closes it, and waits for the program to mirror its
 *    end.  Detached (no namespace: the relay is the supervisor's child),
 *    the program is cloned as the supervisor's child (CLONE_PARENT) and
 *    the relay ends at once: the supervisor adopts the program
 *    (REC_ADOPT) and sees its end with no process between.  No call but
 *    execve and exit_group is made under the filter before exec, and
 *    nothing waits on anything but the vfork.  A detached child that
 *    shares the supervisor's memory needs no relay where the filter
 *    lets its own sendmsg of the listener through: notify_exec_outcome().
 *
 *  - notify.c, in the supervisor's poll loop: receive a notification,
 *    judge it with the original policy, check that it is still valid
 *    (SECCOMP_IOCTL_NOTIF_ID_VALID) after reading /proc, report it, then
 *    carry the action out.
 */
#ifndef SCIF_NOTIFY_H
#define SCIF_NOTIFY_H

#include <linux/filter.h>
#include <stdint.h>
#include <sys/types.h>

#include "scif.h"

/* ---- notify_filter.c ---- */

/* The policy's DEFAULT action (its full SECCOMP_RET_* value). */
uint32_t notify_default_action(const struct sock_fprog *policy);

/*
 * out: policy with its denying returns turned into USER_NOTIF.  ENFORCE:
 * KILL_PROCESS, KILL_THREAD, LOG, and the DEFAULT action when it is an
 * ERRNO (TRAP and TRACE are left to the kernel; so are ERRNO rules that
 * the policy states, which are answers, not violations).  AUDIT: every return but ALLOW.  LEARN: LOG
 * (the learning policy is DEFAULT LOG).  Free out with
 * policy_prog_free().
 */
int notify_filter(const struct sock_fprog *policy, enum scif_seccomp_mode mode,
    struct sock_fprog *out, struct scif_err *err);

/*
 * What goes before a policy in a filter made from it: write() fills len
 * instructions that enter the policy by jumping to index len; the
 * policy's returns picked by notify_rewritten() become ret.  what names
 * the filter in errors.
 */
struct notify_prologue {
	void (*write)(struct sock_filter *f);
	size_t len;
	uint32_t ret;
	const char *what;
};

/* The policy behind pro, for mode: the notifying filter (USER_NOTIF)
 * and the tracing one (TRACE, trace_filter.c) are both made so. */
int notify_wrap(const struct sock_fprog *policy, enum scif_seccomp_mode mode,
    const struct notify_prologue *pro, struct sock_fprog *out,
    struct scif_err *err);

/* Whether a return of the policy (k) is to be rewritten for the mode
 * (see notify_filter(); def is the policy's DEFAULT action). */
int notify_rewritten(uint32_t k, enum scif_seccomp_mode mode, uint32_t def);

/* The policy of learn mode: execve allowed, every other call LOG. */
int notify_learn_policy(struct sock_fprog *out, struct scif_err *err);

/*
 * Before fork: *notifying for the mode (len 0: load *filter plainly, as
 * in PLAIN mode or where ENFORCE cannot notify).  In LEARN mode *filter
 * is replaced by the learning policy (*owned set).  AUDIT and LEARN fail
 * without user notification.
 */
int notify_plan(enum scif_seccomp_mode mode, struct sock_fprog *filter,
    int *owned, struct sock_fprog *notifying, struct scif_err *err);

/*
 * 0 when user notification can be used here: the kernel offers it and
 * no ancestor's filter holds a listener already.
 */
int notify_listener_ok(void);

/* ---- notify_exec.c ---- */

struct notify_exec {
	/* loaded with NEW_LISTENER, or NULL: plain only */
	const struct sock_fprog *notifying;
	const struct sock_fprog *plain; /* fallback, or NULL: none */
	/* The caller is init of its pid namespace (ns.h): it reaps as one
	 * and reports the end (REC_RUNNING, REC_END) instead of mirroring
	 * it.  Signals go to the program, not to init. */
	int init;
	/* The caller is the supervisor's child, in no namespace of its
	 * own: it hands the program over (REC_ADOPT) and exits instead of
	 * relaying the program's end.  A caller that shares the
	 * supervisor's memory (run.c, spawn_shared()) must: the supervisor
	 * waits for its end. */
	int detach;
	/* The caller shares the supervisor's memory until it executes
	 * (run.c, spawn_shared()).  Detached too, it may leave out the
	 * relay: see notify_exec_outcome(). */
	int shared;
	const char *path;
	char *const *argv, *const *envp;
	int report_fd; /* the report socket */
	void *page; /* from notify_page() */
};

/*
 * The program's stack until it executes, with the outcome it leaves for
 * the relay: mapped before fork (after the rlimits an address-space or
 * stack limit may forbid it).  NULL and err filled on failure.
 */
void *notify_page(struct scif_err *err);
void notify_page_free(void *page);

/*
 * In the child, last: run the program as described above.  Never
 * returns when the program was executed (the caller becomes its relay
 * and ends as it ends, or reports its end as init); returns -1 with err
 * filled when it was not.
 */
int notify_exec(const struct notify_exec *x, struct scif_err *err);

/*
 * In the supervisor, once a shared child (above) has executed or ended
 * and its report said nothing more: -1 with err filled when it failed
 * after loading its filter, then able to leave the failure only in the
 * page it shares with us; else 0.
 *
 * Such a child needs no relay where the filter lets through the two
 * calls it then makes, asked with their very arguments: the sendmsg of
 * the listener over the report socket, and execve.  It makes them
 * itself, and the program is one process, our child, from the start
 * (so --nproc 1 leaves it room).  Otherwise any call the filter denies
 * would wait for a listener that we, suspended until the child
 * executes, cannot hold yet: then the relay above.
 */
int notify_exec_outcome(
    const void *page, const char *path, struct scif_err *err);

/* ---- notify.c ---- */

#define NOTIFY_KILL 1 /* notify_handle(): the policy kills the job */

struct notify {
	int fd; /* the listener, or -1 */
	enum scif_seccomp_mode mode;
	const struct sock_fprog *policy; /* the judge; NULL in learn mode */
	uint32_t def_action;
	scif_syscall_fn *fn;
	void *arg;
	struct scif_syscall first; /* the fatal call, or the first one */
	int fatal;
	unsigned long count;
	struct scif_syscall distinct[SCIF_DISTINCT_MAX]; /* scif.h */
	unsigned long distinct_count[SCIF_DISTINCT_MAX];
	unsigned ndistinct;
};

/* Ready for spec's mode, judging by the compiled filter; no listener yet. */
void notify_init(struct notify *n, const struct scif_spec *spec,
    const struct sock_fprog *judge);

/* 0 when this kernel's notification structures fit scif's, else -1. */
int notify_sizes_ok(void);

/*
 * One pending notification: 0 when handled (or gone: its caller died),
 * NOTIFY_KILL when the policy's action is to kill (the caller stays
 * blocked; kill the job), negative errno when the listener failed.
 */
int notify_handle(struct notify *n);

/*
 * The same judgement for a call that reached the supervisor another way
 * (trace.c: a tracer holds pid stopped): record it, then NOTIFY_KILL when
 * the policy kills, else 0 with *action the policy's verdict.
 */
struct seccomp_data;
int notify_judge(struct notify *n, pid_t pid, const struct seccomp_data *d,
    uint32_t *action);

#endif
