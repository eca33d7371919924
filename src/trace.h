/*
 * trace.h - naming the calls a policy denies where seccomp user
 * notification cannot be used, through SECCOMP_RET_TRACE with the
 * supervisor as the job's ptrace tracer.
 *
 * User notification fails where an ancestor already holds a listener
 * (seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER) gives EBUSY: nested
 * sandboxes, container runtimes that use seccomp notify) and on kernels
 * without it.  Then, in ENFORCE mode:
 *
 *  - trace_filter.c, before fork: a copy of the policy whose denying
 *    returns (the same ones notify_filter() rewrites) become
 *    SECCOMP_RET_TRACE, behind a prologue in which clone with
 *    CLONE_UNTRACED kills and ptrace always traps.  A process that runs
 *    untraced all the same (clone3(CLONE_UNTRACED): a filter cannot read
 *    clone3's flags) gets ENOSYS from every call the policy denies, the
 *    kernel's answer to SECCOMP_RET_TRACE when no tracer is attached:
 *    the call is never made, so the process is as confined, only neither
 *    killed nor named.  That holds only while the job cannot trace it
 *    (a tracer that resumes a SECCOMP_RET_TRACE call unchanged lets the
 *    kernel run it): the supervisor fails every ptrace call, EPERM where
 *    the policy allows it.
 *
 *  - trace.c: the child waits, first thing, until the supervisor has
 *    seized it (PTRACE_SEIZE, before any privilege is dropped, with
 *    EXITKILL and the fork, vfork and clone events, so that every
 *    descendant and thread is traced from its first instruction).  If
 *    the seize fails the child is told so and loads the plain filter
 *    (violations then go unnamed, as without both mechanisms).
 *
 *  - trace.c, in the supervisor: every ptrace stop is handled.  At a
 *    seccomp stop the call is read with PTRACE_GET_SYSCALL_INFO (arch,
 *    number, six argument registers: no per-architecture register code,
 *    no pointer followed), judged with the original policy by
 *    notify_judge(), and the action carried out: kill the job, fail the
 *    call with its errno (PTRACE_SET_SYSCALL_INFO, Linux 6.16: the call
 *    is skipped, and its return value set at the syscall-exit stop; a
 *    kernel without it cannot do this, and the job is killed instead:
 *    stricter than the policy, never looser), or let it run (LOG).  A
 *    call the policy allows stops here only by another filter's
 *    SECCOMP_RET_TRACE (an outer runtime's): it fails with ENOSYS, as
 *    with no tracer, instead of running.
 *    Signals are passed on, group-stops kept (PTRACE_LISTEN), new
 *    tracees resumed.
 */
#ifndef SCIF_TRACE_H
#define SCIF_TRACE_H

#include <linux/filter.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>

#include "scif.h"

struct notify;

#define TRACE_KILL 1 /* trace_service(): the policy kills the job */
#define TRACE_PENDING 64 /* calls being failed with an errno at once */

struct trace {
	pid_t leader; /* the job's first process, our child */
	int sfd; /* signalfd of SIGCHLD, or -1 */
	sigset_t old; /* the signal mask before trace_open() */
	struct notify *judge;
	int killed; /* the policy killed the job */
	int leader_done; /* the leader was reaped here: */
	int leader_status;
	struct rusage leader_ru;
	struct {
		pid_t pid;
		int err;
	} pending[TRACE_PENDING]; /* pid 0: free */
};

/* ---- trace_filter.c ---- */

/* out: policy for tracing (see above); free with policy_prog_free(). */
int trace_filter(const struct sock_fprog *policy, struct sock_fprog *out,
    struct scif_err *err);

/* ---- trace.c ---- */

/*
 * Before fork: block SIGCHLD (its signalfd tells of every ptrace stop).
 * judge receives the calls.
 */
int trace_open(struct trace *t, struct notify *judge, struct scif_err *err);

/* Restore the signal mask, close the signalfd. */
void trace_close(struct trace *t);

/*
 * After fork: seize pid and tell its child (over report_fd) whether it
 * is traced.  1: traced; 0: not (ptrace refused: the plain filter will
 * be loaded); negative errno when the child could not be told.
 */
int trace_seize(struct trace *t, pid_t pid, int report_fd);

/*
 * In the child, first: wait for the supervisor's word.  *traced is set
 * when it seized us.  0, or -1 with err filled.
 */
int trace_await(int report_fd, int *traced, struct scif_err *err);

/* The fd whose readability means stops may be pending (poll it). */
int trace_fd(const struct trace *t);

/*
 * Handle every pending stop and exit: 0, TRACE_KILL when the policy
 * kills the job (the caller kills it), negative errno on failure.
 */
int trace_service(struct trace *t);

/*
 * Until fd is readable (or hung up), handle the job's stops: the child
 * stops at fork events while it sets up.  0, or -1 with err filled.
 */
int trace_until_readable(struct trace *t, int fd, struct scif_err *err);

#endif
