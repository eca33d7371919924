/* notify_exec.c - load the notifying filter and exec, so that the listener reaches the supervisor (see notify.h). */
#include <errno.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "childrec.h"
#include "err.h"
#include "filter.h"
#include "notify.h"
#include "ns.h"

/*
 * What the program's process leaves for the relay (writing it needs no
 * system call).  It lies at the bottom of the program's stack, in the
 * memory the two share until execve.
 */
struct outcome {
	int listener; /* fd number in the shared table, or -1 */
	int notif_errno; /* why there is no listener */
	int stage; /* 0: executed; else the step that failed */
	int err;
};

enum { ST_OK = 0, ST_SETUP, ST_FILTER, ST_EXEC, ST_SEND };

/* The program's stack until execve: what program() and its calls need,
 * with room to spare for sanitizer builds. */
#define STACK_SIZE (64 * 1024)

struct program_args {
	const struct notify_exec *x;
	struct outcome *o;
	pid_t parent; /* the relay's pid, or detached the supervisor's */
};

/* The program's process: under the filter, only execve and exit_group. */
__attribute__((no_sanitize("address"))) static void __attribute__((noreturn))
program(const struct notify_exec *x, struct outcome *o, pid_t parent)
{
	sigset_t none;
	long fd;

	/* The program leads its session, as it does without the relay, and
	 * gets the signals init blocked to wait for them. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0 ||
	    getppid() != parent || setsid() < 0 || sigemptyset(&none) < 0 ||
	    (x->init && sigprocmask(SIG_SETMASK, &none, NULL) < 0)) {
		o->stage = ST_SETUP;
		o->err = errno;
		_exit(SCIF_EXIT_SETUP);
	}
	fd = -1;
	errno = 0;
	if (x->notifying != NULL)
		fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
		    SECCOMP_FILTER_FLAG_NEW_LISTENER, x->notifying);
	if (fd < 0) {
		o->notif_errno = errno;
		if (x->plain == NULL ||
		    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, x->plain) <
			0) {
			o->stage = ST_FILTER;
			o->err = errno;
			_exit(SCIF_EXIT_SETUP);
		}
	}
	o->listener = (int)fd;
	execve(x->path, x->argv, x->envp);
	o->stage = ST_EXEC;
	o->err = errno;
	_exit(SCIF_EXIT_EXEC);
}

/*
 * Not instrumented: it runs on a stack of its own, and a sanitizer's
 * bookkeeping before _exit would take that for a stack overflow.
 */
__attribute__((no_sanitize("address"))) static int
program_start(void *arg)
{
	const struct program_args *a = arg;

	program(a->x, a->o, a->parent);
}

/* insns: the length of the filter the program loaded first. */
static int
failed(const struct outcome *o, unsigned insns, const char *path,
    struct scif_err *err)
{
	switch (o->stage) {
	case ST_SETUP:
		return err_layer(err, "hygiene", o->err,
		    "PR_SET_PDEATHSIG or setsid (program)");
	case ST_FILTER:
		return err_layer(err, "seccomp", o->err,
		    "loading the filter (%u instructions)", insns);
	case ST_SEND:
		return err_layer(
		    err, "seccomp", o->err, "sending the listener");
	default:
		return err_set(err,
		    o->err == ENOENT ? SCIF_E_NOENT : SCIF_E_EXEC, o->err,
		    "execve %s", path);
	}
}

static unsigned
first_len(const struct notify_exec *x)
{
	return x->notifying != NULL ? x->notifying->len : x->plain->len;
}

int
notify_exec_outcome(const void *page, const char *path, struct scif_err *err)
{
	const struct outcome *o = page;

	/* Only a send or an execve can fail after the load (direct()). */
	if (o->stage == ST_OK)
		return 0;
	return failed(o, 0, path, err);
}

/*
 * Whether the filters let through the calls direct() makes once one is
 * loaded, made with exactly these arguments (notify.h).
 */
static int
direct_ok(const struct notify_exec *x, const struct childrec_msg *cm)
{
	const uint64_t send[6] = { (uint64_t)x->report_fd,
		(uint64_t)(uintptr_t)&cm->m, CHILDREC_SEND_FLAGS, 0, 0, 0 };
	const uint64_t exec[6] = { (uint64_t)(uintptr_t)x->path,
		(uint64_t)(uintptr_t)x->argv, (uint64_t)(uintptr_t)x->envp, 0,
		0, 0 };

	return x->detach && x->shared && !x->init && x->notifying != NULL &&
	    filter_lets_call(x->notifying, SYS_sendmsg, send) &&
	    filter_lets_call(x->notifying, SYS_execve, exec) &&
	    (x->plain == NULL || filter_lets_call(x->plain, SYS_execve, exec));
}

/*
 * The program without a relay (notify.h): under the filter, only the
 * calls direct_ok() asked about, and exit_group.  Returns -1 with err
 * filled only while no filter is loaded.
 */
static int
direct(const struct notify_exec *x, struct outcome *o, struct childrec_msg *cm,
    struct scif_err *err)
{
	struct child_record rec;
	long fd, r;

	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_LISTENER;
	fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
	    SECCOMP_FILTER_FLAG_NEW_LISTENER, x->notifying);
	if (fd >= 0) {
		/* Unchanged arguments: only the memory they point to. */
		childrec_msg(cm, &rec, (int)fd);
		do {
			r = syscall(SYS_sendmsg, x->report_fd, &cm->m,
			    CHILDREC_SEND_FLAGS, 0, 0, 0);
		} while (r < 0 && errno == EINTR);
		if (r != (long)sizeof(rec)) {
			o->stage = ST_SEND;
			o->err = r < 0 ? errno : EPROTO;
			_exit(SCIF_EXIT_SETUP);
		}
	} else if (x->plain == NULL ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, x->plain) < 0) {
		/* No filter holds us: the failure is told as usual. */
		o->stage = ST_FILTER;
		o->err = errno;
		return failed(o, first_len(x), x->path, err);
	}
	(void)syscall(SYS_execve, x->path, x->argv, x->envp, 0, 0, 0);
	o->stage = ST_EXEC;
	o->err = errno;
	_exit(SCIF_EXIT_EXEC);
}

/* The relay, once the program runs: pass the listener on, then wait. */
static int
send_listener(const struct notify_exec *x, const struct outcome *o)
{
	struct child_record rec;
	int r;

	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_LISTENER;
	if (o->listener < 0)
		(void)err_layer(&rec.err, "seccomp", o->notif_errno,
		    "no user notification: violations go unnamed");
	r = childrec_send(x->report_fd, &rec, o->listener);
	if (o->listener >= 0)
		(void)close(o->listener);
	return r;
}

/*
 * As init (ns.h, cloned): the program's end, once no process of the job
 * is left, with their rusage.  Our other descriptors are the job's (its
 * stdio, passed ones): closed, so that a reader of the program's output
 * sees its end with the program's.  Unsure that the job is gone, init
 * says nothing and ends with the program's status: the supervisor then
 * has the namespace's end, which the kernel makes the end of every
 * process in it.
 */
static void __attribute__((noreturn))
init_relay(const struct notify_exec *x, pid_t pid)
{
	struct child_record rec;
	int st;

	if ((x->report_fd > 0 &&
		syscall(SYS_close_range, 0U, (unsigned)x->report_fd - 1, 0U) <
		    0) ||
	    syscall(SYS_close_range, (unsigned)x->report_fd + 1, ~0U, 0U) < 0)
		_exit(SCIF_EXIT_SETUP);
	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_END;
	if (ns_init_wait(pid, &st) == 0 &&
	    getrusage(RUSAGE_CHILDREN, &rec.ru) == 0) {
		rec.status = st;
		if (childrec_send(x->report_fd, &rec, -1) == 0)
			_exit(0);
	}
	/* Our own end then tells it, as nearly as an exit status can. */
	ns_init_exit(st);
}

static void __attribute__((noreturn)) relay(pid_t pid)
{
	pid_t r;
	int st = 0;

	do {
		r = waitpid(pid, &st, __WALL);
	} while (r < 0 && errno == EINTR);
	if (r != pid)
		_exit(SCIF_EXIT_SETUP);
	ns_mirror(st);
}

void *
notify_page(struct scif_err *err)
{
	/* Private: the relay and the program share it as they share all
	 * memory until execve (CLONE_VM). */
	void *p = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);

	if (p == MAP_FAILED) {
		(void)err_layer(err, "seccomp", errno, "mmap");
		return NULL;
	}
	return p;
}

void
notify_page_free(void *page)
{
	if (page != NULL)
		(void)munmap(page, STACK_SIZE);
}

int
notify_exec(const struct notify_exec *x, struct scif_err *err)
{
	struct outcome *o = x->page;
	/* Detached, the program is the supervisor's child (CLONE_PARENT):
	 * its death signal follows the supervisor, not us. */
	struct program_args a = { x, o, x->detach ? getppid() : getpid() };
	char *top = (char *)x->page + STACK_SIZE;
	struct child_record rec;
	struct childrec_msg cm;
	pid_t pid;
	int r, st;

	memset(o, 0, sizeof(*o));
	o->listener = -1;
	if (direct_ok(x, &cm))
		return direct(x, o, &cm, err);
	/* The program, same uid and no capability, may not ptrace us nor
	 * read or write our memory: we are not under its filter.  Set before
	 * the program exists, which leaves no moment to attach; its execve
	 * makes it dumpable again. */
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		return err_layer(err, "seccomp", errno, "PR_SET_DUMPABLE");
	if (x->init && ns_init_block() < 0)
		return err_layer(err, "pid namespace", errno, "sigprocmask");
	/*
	 * Suspended until the program has executed or exited.  CLONE_VM:
	 * no copy of our memory to make and tear down, as posix_spawn does;
	 * the program runs on its own stack in the mapping, above o.
	 */
	pid = clone(program_start, top,
	    CLONE_VM | CLONE_VFORK | CLONE_FILES |
		(x->detach ? CLONE_PARENT : 0) | SIGCHLD,
	    &a);
	if (pid < 0)
		return err_layer(err, "seccomp", errno, "clone");
	if (o->stage != ST_OK) {
		(void)waitpid(pid, &st, __WALL);
		return failed(o, first_len(x), x->path, err);
	}
	if (x->notifying != NULL && (r = send_listener(x, o)) < 0) {
		(void)kill(pid, SIGKILL);
		return err_layer(err, "seccomp", -r, "sending the listener");
	}
	if (x->detach) {
		memset(&rec, 0, sizeof(rec));
		rec.kind = REC_ADOPT;
		rec.status = pid;
		if (childrec_send(x->report_fd, &rec, -1) < 0) {
			(void)kill(pid, SIGKILL);
			_exit(SCIF_EXIT_SETUP);
		}
		_exit(0);
	}
	if (!x->init) {
		(void)close(x->report_fd);
		relay(pid);
	}
	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_RUNNING;
	if ((r = childrec_send(x->report_fd, &rec, -1)) < 0) {
		(void)kill(pid, SIGKILL);
		return err_layer(
		    err, "pid namespace", -r, "telling the supervisor");
	}
	init_relay(x, pid);
}
