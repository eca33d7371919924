/* supervise.c - the supervisor: pidfd wait, wall clock, killing the whole tree. */
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "childrec.h"
#include "err.h"
#include "notify.h"
#include "supervise.h"
#include "trace.h"

uint64_t
now_us(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
		return 0;
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static uint64_t
tv_us(const struct timeval *tv)
{
	return (uint64_t)tv->tv_sec * 1000000u + (uint64_t)tv->tv_usec;
}

static void
ru_add(struct rusage *acc, const struct rusage *ru)
{
	timeradd(&acc->ru_utime, &ru->ru_utime, &acc->ru_utime);
	timeradd(&acc->ru_stime, &ru->ru_stime, &acc->ru_stime);
	if (ru->ru_maxrss > acc->ru_maxrss)
		acc->ru_maxrss = ru->ru_maxrss;
}

/* The parent pid in /proc/PID/stat, after the command name's last ')'. */
static pid_t
ppid_of(const char *pid)
{
	char path[300], buf[512], *p;
	FILE *f;
	size_t n;
	int ppid;

	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	if ((f = fopen(path, "re")) == NULL)
		return -1;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	if ((p = strrchr(buf, ')')) == NULL ||
	    sscanf(p, ") %*c %d", &ppid) != 1)
		return -1;
	return (pid_t)ppid;
}

/*
 * SIGKILL every direct child.  Orphans of the job are reparented to us
 * (we are a child subreaper), so repeating this until no child is left
 * reaches every descendant, even one that left the session.
 */
static void
kill_children(void)
{
	pid_t self = getpid();
	struct dirent *de;
	DIR *d;

	if ((d = opendir("/proc")) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		if (ppid_of(de->d_name) == self)
			(void)kill((pid_t)atoi(de->d_name), SIGKILL);
	}
	closedir(d);
}

void
supervise_reap_all(pid_t pid, struct rusage *acc)
{
	struct rusage ru;
	pid_t r;
	int st;

	(void)kill(-pid, SIGKILL);
	/* The common case: the job left no process; no /proc scan. */
	for (;;) {
		r = wait4(-1, &st, WNOHANG | __WALL, &ru);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return;
		if (r > 0) {
			ru_add(acc, &ru);
			continue;
		}
		kill_children();
		r = wait4(-1, &st, __WALL, &ru);
		if (r > 0)
			ru_add(acc, &ru);
		else if (r < 0 && errno != EINTR)
			return;
	}
}

enum wait_outcome { W_EXITED, W_TIMEOUT, W_STOPSIG, W_POLICY, W_ENDED };

/* The leader's report of the end (REC_END): W_ENDED with *end filled, or
 * 0 to go on waiting for the leader itself (the socket is done). */
static int
supervise_end(struct pollfd *p, struct child_record *end)
{
	int fd = -1, r;

	r = childrec_recv(p->fd, end, &fd);
	if (fd >= 0)
		(void)close(fd);
	if (r > 0 && end->kind == REC_END)
		return W_ENDED;
	/* Anything else ends the socket: a leader that dies before it
	 * reports ends the job by its own end, which the pidfd shows. */
	p->fd = -1;
	return 0;
}

/* A notification, or the listener's end (no process left under it). */
static int
supervise_notify(struct notify *n, struct pollfd *p)
{
	if ((p->revents & POLLIN) != 0)
		return notify_handle(n);
	p->fd = -1;
	return 0;
}

/* Ptrace stops and exits (trace.h): W_POLICY, W_EXITED, or 0 to go on. */
static int
supervise_trace(struct trace *t, struct scif_err *err)
{
	int r;

	if (!t->killed && (r = trace_service(t)) < 0)
		return err_set(err, SCIF_E_INTERNAL, -r, "tracing the job");
	if (t->killed)
		return W_POLICY;
	return t->leader_done ? W_EXITED : 0;
}

static int
wait_job(int pidfd, int sfd, const struct supervise_opts *o, int *sig,
    struct child_record *end, struct scif_err *err)
{
	struct pollfd pfd[5] = { { pidfd, POLLIN, 0 }, { sfd, POLLIN, 0 },
		{ o->notify != NULL ? o->notify->fd : -1, POLLIN, 0 },
		{ o->trace != NULL ? trace_fd(o->trace) : -1, POLLIN, 0 },
		{ o->end_fd, POLLIN, 0 } };
	struct signalfd_siginfo si;
	uint64_t deadline = o->start_us + o->time_ms * 1000u, now;
	int timeout, r;

	/* The tracer may have killed the job while it set up. */
	if (o->trace != NULL && (r = supervise_trace(o->trace, err)) != 0)
		return r;
	for (;;) {
		timeout = -1;
		if (o->time_ms != 0) {
			now = now_us();
			if (now >= deadline)
				return W_TIMEOUT;
			timeout = (int)((deadline - now + 999) / 1000);
		}
		r = poll(pfd, 5, timeout);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return err_set(err, SCIF_E_INTERNAL, errno, "poll");
		/* A violation first: it may be what ends the program. */
		if (pfd[2].revents != 0 &&
		    (r = supervise_notify(o->notify, &pfd[2])) != 0)
			return r == NOTIFY_KILL ? W_POLICY
						: err_set(err, SCIF_E_INTERNAL,
						      -r, "seccomp listener");
		if (pfd[3].revents != 0 && o->trace != NULL &&
		    (r = supervise_trace(o->trace, err)) != 0)
			return r;
		if (pfd[4].revents != 0 &&
		    (r = supervise_end(&pfd[4], end)) != 0)
			return r;
		if (pfd[0].revents != 0)
			return W_EXITED;
		if (pfd[1].revents != 0) {
			if (read(sfd, &si, sizeof(si)) != sizeof(si))
				return err_set(
				    err, SCIF_E_INTERNAL, errno, "signalfd");
			*sig = (int)si.ssi_signo;
			return W_STOPSIG;
		}
	}
}

static void
classify(int st, int outcome, int stopsig, const struct supervise_opts *o,
    struct scif_result *res)
{
	uint64_t cpu_us = res->user_us + res->sys_us;

	res->exit_code = -1;
	res->signal = 0;
	if (WIFEXITED(st)) {
		res->reason = SCIF_REASON_EXIT;
		res->exit_code = WEXITSTATUS(st);
		res->status = res->exit_code;
	} else if (WIFSIGNALED(st)) {
		res->signal = WTERMSIG(st);
		res->reason = SCIF_REASON_SIGNAL;
		res->status = 128 + res->signal;
		if (res->signal == SIGXCPU ||
		    (res->signal == SIGKILL && o->cpu_limit_s != 0 &&
			cpu_us >= o->cpu_limit_s * 1000000u))
			res->reason = SCIF_REASON_CPU;
		else if (res->signal == SIGXFSZ)
			res->reason = SCIF_REASON_FSIZE;
		else if (res->signal == SIGSYS)
			res->reason = SCIF_REASON_SECCOMP;
	}
	if (outcome == W_TIMEOUT) {
		res->reason = SCIF_REASON_TIMEOUT;
		res->status = SCIF_EXIT_TIMEOUT;
	} else if (outcome == W_POLICY) {
		/* What the kernel's KILL_PROCESS would have given. */
		res->reason = SCIF_REASON_SECCOMP;
		res->signal = SIGSYS;
		res->exit_code = -1;
		res->status = 128 + SIGSYS;
	} else if (outcome == W_STOPSIG) {
		res->reason = SCIF_REASON_ABORTED;
		res->status = 128 + stopsig;
	}
}

/*
 * The leader's end, which the tracer may have collected already.  A
 * tracer must reap every traced thread of the leader before the leader
 * itself can be: then wait for any child, not only for pid.
 */
static pid_t
reap_leader(pid_t pid, const struct trace *t, int *st, struct rusage *ru)
{
	pid_t r;

	if (t != NULL && t->leader_done) {
		*st = t->leader_status;
		*ru = t->leader_ru;
		return pid;
	}
	do {
		r = wait4(t != NULL ? -1 : pid, st, __WALL, ru);
	} while ((r < 0 && errno == EINTR) || (r > 0 && r != pid));
	return r;
}

static int
open_waiters(
    pid_t pid, const sigset_t *stop, int *pidfd, int *sfd, struct scif_err *err)
{
	*pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (*pidfd < 0)
		return err_set(err, SCIF_E_INTERNAL, errno, "pidfd_open");
	*sfd = signalfd(-1, stop, SFD_CLOEXEC);
	if (*sfd < 0) {
		close(*pidfd);
		return err_set(err, SCIF_E_INTERNAL, errno, "signalfd");
	}
	return 0;
}

/* The violations the listener saw, into res. */
static void
add_violations(const struct notify *n, struct scif_result *res)
{
	if (n == NULL || n->count == 0)
		return;
	res->violation = n->first;
	res->nviolations = n->count;
	memcpy(res->distinct, n->distinct, sizeof(res->distinct));
	memcpy(res->distinct_count, n->distinct_count,
	    sizeof(res->distinct_count));
	res->ndistinct = n->ndistinct;
}

static void
fill(struct scif_result *res, pid_t pid, const struct rusage *acc)
{
	res->pid = pid;
	res->user_us = tv_us(&acc->ru_utime);
	res->sys_us = tv_us(&acc->ru_stime);
	res->max_rss_kb = (uint64_t)acc->ru_maxrss;
}

/*
 * The leader reported the end: every process of the job is gone, and
 * the result is complete before the leader's own end, whose namespaces
 * the kernel then tears down while done() already has it.
 */
static int
ended(pid_t pid, const struct supervise_opts *o, const struct child_record *end,
    struct scif_result *res)
{
	struct rusage init;
	int st;

	res->wall_us = now_us() - o->start_us;
	fill(res, pid, &end->ru);
	classify(end->status, W_EXITED, 0, o, res);
	add_violations(o->notify, res);
	res->layers = o->layers;
	if (o->done != NULL)
		o->done(o->done_arg, res);
	/* init first: it is the only process left, and reaping the rest
	 * while it still exits would scan /proc for nothing. */
	memset(&init, 0, sizeof(init));
	(void)reap_leader(pid, NULL, &st, &init);
	supervise_reap_all(pid, &init);
	return 0;
}

int
supervise(pid_t pid, const struct supervise_opts *o, struct scif_result *res,
    struct scif_err *err)
{
	struct child_record end;
	struct rusage acc, ru;
	int pidfd = -1, sfd = -1, outcome, stopsig = 0, st = 0;
	pid_t r;

	memset(&acc, 0, sizeof(acc));
	memset(&end, 0, sizeof(end));
	if (open_waiters(pid, o->stop, &pidfd, &sfd, err) < 0) {
		supervise_reap_all(pid, &acc);
		return -1;
	}
	outcome = wait_job(pidfd, sfd, o, &stopsig, &end, err);
	close(pidfd);
	close(sfd);
	if (outcome == W_ENDED)
		return ended(pid, o, &end, res);
	if (outcome != W_EXITED)
		(void)kill(-pid, SIGKILL), (void)kill(pid, SIGKILL);
	r = reap_leader(pid, o->trace, &st, &ru);
	res->wall_us = now_us() - o->start_us;
	if (r == pid)
		ru_add(&acc, &ru);
	supervise_reap_all(pid, &acc);
	fill(res, pid, &acc);
	if (outcome < 0)
		return -1;
	if (r != pid)
		return err_set(err, SCIF_E_INTERNAL, errno, "wait4");
	classify(st, outcome, stopsig, o, res);
	add_violations(o->notify, res);
	res->layers = o->layers;
	if (o->done != NULL)
		o->done(o->done_arg, res);
	return 0;
}
