/* trace.c - the supervisor as the job's ptrace tracer (see trace.h). */
#include <errno.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <seccomp.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "childrec.h"
#include "err.h"
#include "notify.h"
#include "policy/policy.h"
#include "trace.h"

/* Linux 6.16's request; older headers lack it, older kernels say EIO. */
#ifndef PTRACE_SET_SYSCALL_INFO
#define PTRACE_SET_SYSCALL_INFO 0x4212
#endif

#define OPTIONS \
	(PTRACE_O_EXITKILL | PTRACE_O_TRACESECCOMP | PTRACE_O_TRACEFORK | \
	    PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_TRACESYSGOOD)

int
trace_open(struct trace *t, struct notify *judge, struct scif_err *err)
{
	sigset_t set;

	memset(t, 0, sizeof(*t));
	t->sfd = -1;
	t->judge = judge;
	if (sigemptyset(&set) < 0 || sigaddset(&set, SIGCHLD) < 0 ||
	    sigprocmask(SIG_BLOCK, &set, &t->old) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "blocking SIGCHLD");
	t->sfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
	if (t->sfd < 0) {
		(void)sigprocmask(SIG_SETMASK, &t->old, NULL);
		return err_set(err, SCIF_E_SETUP, errno, "signalfd");
	}
	return 0;
}

void
trace_close(struct trace *t)
{
	if (t->sfd < 0)
		return;
	(void)close(t->sfd);
	t->sfd = -1;
	(void)sigprocmask(SIG_SETMASK, &t->old, NULL);
}

int
trace_fd(const struct trace *t)
{
	return t->sfd;
}

int
trace_seize(struct trace *t, pid_t pid, int report_fd)
{
	struct child_record rec;
	int traced, r;

	t->leader = pid;
	traced = ptrace(PTRACE_SEIZE, pid, NULL, (void *)(long)OPTIONS) == 0;
	memset(&rec, 0, sizeof(rec));
	rec.kind = traced ? REC_TRACED : REC_UNTRACED;
	if ((r = childrec_send(report_fd, &rec, -1)) < 0)
		return r;
	return traced;
}

int
trace_await(int report_fd, int *traced, struct scif_err *err)
{
	struct child_record rec;
	int r, fd;

	*traced = 0;
	memset(&rec, 0, sizeof(rec));
	r = childrec_recv(report_fd, &rec, &fd);
	if (fd >= 0)
		(void)close(fd);
	if (r <= 0 || (rec.kind != REC_TRACED && rec.kind != REC_UNTRACED))
		return err_layer(err, "seccomp", r < 0 ? -r : EPROTO,
		    "waiting to be traced");
	*traced = rec.kind == REC_TRACED;
	return 0;
}

/* Resume a stopped tracee; one killed meanwhile is no failure. */
static int
resume(pid_t pid, int how, int sig)
{
	if (ptrace(how, pid, NULL, (void *)(long)sig) < 0 && errno != ESRCH)
		return -errno;
	return 0;
}

static int
slot(struct trace *t, pid_t pid)
{
	int i;

	for (i = 0; i < TRACE_PENDING; i++) {
		if (t->pending[i].pid == pid)
			return i;
	}
	return -1;
}

static int
kill_job(struct trace *t, pid_t pid)
{
	(void)kill(pid, SIGKILL);
	t->killed = 1;
	return TRACE_KILL;
}

/*
 * Skip the call now and make it return -e at its exit stop.  Without
 * PTRACE_SET_SYSCALL_INFO (before Linux 6.16) that cannot be done
 * without per-architecture register code: the job is killed instead.
 */
static int
fail_call(struct trace *t, pid_t pid, struct __ptrace_syscall_info *info, int e)
{
	int i = slot(t, 0);

	if (i < 0)
		return kill_job(t, pid);
	info->seccomp.nr = (uint64_t)-1;
	if (ptrace(PTRACE_SET_SYSCALL_INFO, pid, (void *)sizeof(*info), info) <
	    0)
		return errno == ESRCH ? 0 : kill_job(t, pid);
	t->pending[i].pid = pid;
	t->pending[i].err = e;
	return resume(pid, PTRACE_SYSCALL, 0);
}

static int
syscall_exit(struct trace *t, pid_t pid)
{
	struct __ptrace_syscall_info info;
	int i = slot(t, pid);

	if (i < 0)
		return resume(pid, PTRACE_CONT, 0);
	memset(&info, 0, sizeof(info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) <
	    0)
		return errno == ESRCH ? 0 : kill_job(t, pid);
	info.exit.rval = -(int64_t)t->pending[i].err;
	info.exit.is_error = 1;
	t->pending[i].pid = 0;
	if (info.op != PTRACE_SYSCALL_INFO_EXIT ||
	    ptrace(PTRACE_SET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) <
		0)
		return errno == ESRCH ? 0 : kill_job(t, pid);
	return resume(pid, PTRACE_CONT, 0);
}

/*
 * ptrace, which the tracing filter always sends here (trace_filter.c):
 * the job, whose every process we trace, could only attach to one that
 * escaped us, and would then let the calls its policy denies run.
 */
static int
is_ptrace(const struct seccomp_data *d)
{
	return d->arch == seccomp_arch_native() &&
	    d->nr == seccomp_syscall_resolve_name("ptrace");
}

/* The call, as the filter saw it: numbers only, no pointer followed. */
static int
seccomp_stop(struct trace *t, pid_t pid)
{
	struct __ptrace_syscall_info info;
	struct seccomp_data d;
	uint32_t action;
	int i;

	memset(&info, 0, sizeof(info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) <
	    0)
		return errno == ESRCH ? 0 : kill_job(t, pid);
	if (info.op != PTRACE_SYSCALL_INFO_SECCOMP)
		return kill_job(t, pid);
	memset(&d, 0, sizeof(d));
	d.nr = (int)info.seccomp.nr;
	d.arch = info.arch;
	d.instruction_pointer = info.instruction_pointer;
	for (i = 0; i < 6; i++)
		d.args[i] = info.seccomp.args[i];
	/* The policy's own TRACE: what the kernel does without a tracer. */
	action = bpf_eval(t->judge->policy, &d);
	if ((action & SECCOMP_RET_ACTION_FULL) == SECCOMP_RET_TRACE)
		return fail_call(t, pid, &info, ENOSYS);
	/*
	 * A call the policy allows is no violation.  Here it is ptrace
	 * (never made: EPERM, what the kernel says of a process already
	 * traced) or another filter's SECCOMP_RET_TRACE (an outer runtime's
	 * or the job's own): ENOSYS, the kernel's answer without a tracer;
	 * resumed, it would run.
	 */
	if ((action & SECCOMP_RET_ACTION_FULL) == SECCOMP_RET_ALLOW)
		return fail_call(t, pid, &info, is_ptrace(&d) ? EPERM : ENOSYS);
	if (notify_judge(t->judge, pid, &d, &action) == NOTIFY_KILL)
		return kill_job(t, pid);
	if ((action & SECCOMP_RET_ACTION_FULL) == SECCOMP_RET_ERRNO)
		return fail_call(
		    t, pid, &info, (int)(action & SECCOMP_RET_DATA));
	if (is_ptrace(&d)) /* LOG: named, then refused all the same */
		return fail_call(t, pid, &info, EPERM);
	return resume(pid, PTRACE_CONT, 0); /* LOG */
}

static int
is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
	    sig == SIGTTOU;
}

static int
stopped(struct trace *t, pid_t pid, int st)
{
	int sig = WSTOPSIG(st), event = (unsigned)st >> 16;

	if (sig == (SIGTRAP | 0x80))
		return syscall_exit(t, pid);
	if (sig == SIGTRAP && event == PTRACE_EVENT_SECCOMP)
		return seccomp_stop(t, pid);
	/* A group-stop stays one until SIGCONT; a new tracee's first stop
	 * (or any other PTRACE_EVENT_STOP) is let go. */
	if (event == PTRACE_EVENT_STOP)
		return is_stop_signal(sig) ? resume(pid, PTRACE_LISTEN, 0)
					   : resume(pid, PTRACE_CONT, 0);
	/* fork, vfork, clone: the new process is traced already. */
	if (event != 0)
		return resume(pid, PTRACE_CONT, 0);
	return resume(pid, PTRACE_CONT, sig); /* a signal, delivered */
}

static void
ended(struct trace *t, pid_t pid, int st, const struct rusage *ru)
{
	int i = slot(t, pid);

	if (i >= 0)
		t->pending[i].pid = 0;
	if (pid != t->leader)
		return;
	t->leader_done = 1;
	t->leader_status = st;
	t->leader_ru = *ru;
}

int
trace_service(struct trace *t)
{
	struct signalfd_siginfo si;
	struct rusage ru;
	pid_t pid;
	int st, r;

	while (read(t->sfd, &si, sizeof(si)) == (ssize_t)sizeof(si))
		;
	for (;;) {
		pid = wait4(-1, &st, WNOHANG | __WALL, &ru);
		if (pid == 0 || (pid < 0 && errno == ECHILD))
			return 0;
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid < 0)
			return -errno;
		if (!WIFSTOPPED(st)) {
			ended(t, pid, st, &ru);
			continue;
		}
		if ((r = stopped(t, pid, st)) != 0)
			return r;
	}
}

int
trace_until_readable(struct trace *t, int fd, struct scif_err *err)
{
	struct pollfd p[2] = { { fd, POLLIN, 0 }, { t->sfd, POLLIN, 0 } };
	int r;

	for (;;) {
		r = poll(p, 2, -1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return err_set(err, SCIF_E_INTERNAL, errno, "poll");
		if (p[0].revents != 0)
			return 0;
		/* A kill here ends the child, which closes fd. */
		if (p[1].revents != 0 && (r = trace_service(t)) < 0)
			return err_set(err, SCIF_E_INTERNAL, -r, "tracing");
	}
}
