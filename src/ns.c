/* ns.c - namespaces, and the relay and init of a pid namespace (see ns.h). */
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "identity.h"
#include "ns.h"

/* Created in this order: the user namespace first, as it owns the
 * others; the pid namespace last, as entering it means forking. */
static const struct {
	unsigned bit;
	int flag;
	const char *name; /* for reports */
	const char *layer; /* for messages */
	const char *call;
} ns_table[] = {
	{ NS_USER, CLONE_NEWUSER, "user", "user namespace",
	    "unshare(CLONE_NEWUSER)" },
	{ NS_MOUNT, CLONE_NEWNS, "mount", "mount namespace",
	    "unshare(CLONE_NEWNS)" },
	{ NS_NET, CLONE_NEWNET, "net", "net namespace",
	    "unshare(CLONE_NEWNET)" },
	{ NS_IPC, CLONE_NEWIPC, "ipc", "ipc namespace",
	    "unshare(CLONE_NEWIPC)" },
	{ NS_UTS, CLONE_NEWUTS, "uts", "uts namespace",
	    "unshare(CLONE_NEWUTS)" },
	{ NS_CGROUP, CLONE_NEWCGROUP, "cgroup", "cgroup namespace",
	    "unshare(CLONE_NEWCGROUP)" },
	{ NS_PID, CLONE_NEWPID, "pid", "pid namespace",
	    "unshare(CLONE_NEWPID)" },
};

#define NS_COUNT (sizeof(ns_table) / sizeof(ns_table[0]))

/* What the relay learns from init: the program's wait status. */
struct ns_status {
	int set;
	int status;
};

int
ns_plan_init(struct ns_plan *p, enum ns_mode mode, unsigned require_mask,
    struct scif_err *err)
{
	memset(p, 0, sizeof(*p));
	if ((require_mask & ~NS_ALL) != 0)
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "unknown namespace bits %#x", require_mask & ~NS_ALL);
	switch (mode) {
	case NS_OFF:
		if (require_mask != 0)
			return err_set(err, SCIF_E_USAGE, EINVAL,
			    "namespaces are off, yet some are required");
		break;
	case NS_AUTO:
		p->want = NS_ALL;
		p->required = require_mask;
		break;
	case NS_REQUIRE:
		p->want = p->required = NS_ALL;
		break;
	default:
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "unknown namespace mode %d", (int)mode);
	}
	p->mode = mode;
	if (geteuid() == 0) {
		if ((require_mask & NS_USER) != 0)
			return err_set(err, SCIF_E_USAGE, EINVAL,
			    "user namespace: not made when running as root");
		p->want &= ~NS_USER;
		p->required &= ~NS_USER;
		return 0;
	}
	return ns_plan_set_inner_ids(p, geteuid(), getegid(), err);
}

int
ns_plan_without(struct ns_plan *p, unsigned mask, struct scif_err *err)
{
	char buf[64];

	if ((mask & p->required) != 0)
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "namespace %s is required",
		    ns_names(mask & p->required, buf, sizeof(buf)));
	p->want &= ~mask;
	return 0;
}

int
ns_plan_set_inner_ids(
    struct ns_plan *p, uid_t uid, gid_t gid, struct scif_err *err)
{
	if (uid == 0 || gid == 0)
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "user namespace: refusing to map the job to uid or gid 0");
	snprintf(p->uid_map, sizeof(p->uid_map), "%u %u 1\n", (unsigned)uid,
	    (unsigned)geteuid());
	snprintf(p->gid_map, sizeof(p->gid_map), "%u %u 1\n", (unsigned)gid,
	    (unsigned)getegid());
	return 0;
}

int
ns_plan_add_mount(struct ns_plan *p, const char *src, const char *dst,
    enum mount_kind kind, struct scif_err *err)
{
	if (mounts_add(&p->mounts, src, dst, kind, err) < 0)
		return err != NULL && err->sys_errno != 0 ? -err->sys_errno
							  : -EINVAL;
	if (kind == MNT_PROC)
		p->has_proc = 1;
	return 0;
}

int
ns_plan_set_cwd(struct ns_plan *p, const char *cwd, struct scif_err *err)
{
	char *s;

	if (cwd == NULL || cwd[0] != '/')
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "working directory %s: not an absolute path",
		    cwd != NULL ? cwd : "(null)");
	if ((s = strdup(cwd)) == NULL)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "working directory");
	free(p->cwd);
	p->cwd = s;
	return 0;
}

void
ns_plan_free(struct ns_plan *p)
{
	mounts_free(&p->mounts);
	free(p->cwd);
	memset(p, 0, sizeof(*p));
}

const char *
ns_names(unsigned mask, char *buf, size_t len)
{
	size_t i, n = 0;
	int r;

	if (len == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < NS_COUNT; i++) {
		if ((mask & ns_table[i].bit) == 0)
			continue;
		r = snprintf(buf + n, len - n, "%s%s", n > 0 ? "," : "",
		    ns_table[i].name);
		if (r < 0 || (size_t)r >= len - n)
			break;
		n += (size_t)r;
	}
	if (n == 0)
		snprintf(buf, len, "none");
	return buf;
}

/* The errors by which a kernel, an LSM or a container says "not here";
 * anything else (ENOMEM, ...) is a failure even when optional. */
int
ns_refused(int e)
{
	return e == EPERM || e == EACCES || e == EINVAL || e == ENOSPC ||
	    e == EUSERS || e == ENOSYS;
}

static const char *
hint(int e)
{
	return e == EPERM || e == ENOSYS ? " refused (running in a container?)"
					 : " failed";
}

static int
write_proc(const char *path, const char *text, struct scif_err *err)
{
	size_t n = strlen(text);
	ssize_t w;
	int fd, e;

	if ((fd = open(path, O_WRONLY | O_CLOEXEC)) < 0)
		return err_layer(err, "user namespace", errno, "open %s", path);
	w = write(fd, text, n);
	e = errno;
	(void)close(fd);
	if (w != (ssize_t)n)
		return err_layer(
		    err, "user namespace", w < 0 ? e : EIO, "write %s", path);
	return 0;
}

/*
 * Returns 0, -1 when unshare failed (nothing changed), or -2 when the
 * maps could not be written: there is no way back out of the namespace,
 * so that aborts even in NS_AUTO mode.  setgroups must be denied before
 * an unprivileged process may write gid_map.
 */
static int
write_maps(const struct ns_plan *p, struct scif_err *err)
{
	if (write_proc("/proc/self/setgroups", "deny", err) < 0 ||
	    write_proc("/proc/self/uid_map", p->uid_map, err) < 0 ||
	    write_proc("/proc/self/gid_map", p->gid_map, err) < 0)
		return -2;
	return 0;
}

static int
enter_userns(const struct ns_plan *p, struct scif_err *err)
{
	int e;

	if (unshare(CLONE_NEWUSER) < 0) {
		e = errno;
		(void)err_layer(err, "user namespace", e, "%s%s",
		    "unshare(CLONE_NEWUSER)", hint(e));
		return -1;
	}
	return write_maps(p, err);
}

/* The first required namespace, for a message. */
static const char *
first_required(unsigned required)
{
	size_t i;

	for (i = 0; i < NS_COUNT; i++) {
		if ((required & ns_table[i].bit) != 0)
			return ns_table[i].layer;
	}
	return "namespaces";
}

/*
 * Not root: the user namespace first.  Returns 0 when made (or not
 * planned), 1 when refused and optional: no other namespace can then be
 * made either, and the run goes on without any; -1 on failure.
 */
static int
create_userns(const struct ns_plan *p, unsigned *on, struct scif_err *err)
{
	int r, e;

	if ((p->want & NS_USER) == 0)
		return 0;
	if ((r = enter_userns(p, err)) == 0) {
		*on |= NS_USER;
		return 0;
	}
	e = err->sys_errno;
	if (r == -2 || (p->required & NS_USER) != 0 || !ns_refused(e))
		return -1;
	if (p->required != 0)
		return err_layer(err, first_required(p->required), e,
		    "needs a user namespace: unshare(CLONE_NEWUSER)%s",
		    hint(e));
	err_clear(err);
	return 1;
}

/* In the uts namespace, if one came. */
static int
set_hostname(const struct ns_plan *p, unsigned on, struct scif_err *err)
{
	const char *name = p->hostname[0] != '\0' ? p->hostname : NS_HOSTNAME;

	if ((on & NS_UTS) != 0 && sethostname(name, strlen(name)) < 0)
		return err_layer(err, "uts namespace", errno, "sethostname");
	return 0;
}

/* Create the planned namespaces; *on gets those that were. */
static int
create(const struct ns_plan *p, unsigned *on, struct scif_err *err)
{
	size_t i;
	int e, r;

	if ((r = create_userns(p, on, err)) != 0)
		return r < 0 ? -1 : 0;
	for (i = 1; i < NS_COUNT; i++) {
		if ((p->want & ns_table[i].bit) == 0)
			continue;
		if (unshare(ns_table[i].flag) == 0) {
			*on |= ns_table[i].bit;
			continue;
		}
		e = errno;
		if ((p->required & ns_table[i].bit) != 0 || !ns_refused(e))
			return err_layer(err, ns_table[i].layer, e, "%s%s",
			    ns_table[i].call, hint(e));
	}
	return set_hostname(p, *on, err);
}

/* ns_none_allowed()'s question, and the answer its child leaves. */
struct probe {
	const struct ns_plan *p;
	int any; /* 1 unless every one was refused */
};

/* In a child that shares our memory: create()'s attempts, one at a time,
 * until one is made or fails otherwise than refused. */
__attribute__((no_sanitize("address"))) static int
probe_child(void *arg)
{
	struct probe *pr = arg;
	size_t i;

	if ((pr->p->want & NS_USER) != 0) {
		/* Refused, it leaves create() no other (create_userns). */
		pr->any = unshare(CLONE_NEWUSER) == 0 || !ns_refused(errno);
		_exit(0);
	}
	for (i = 1; i < NS_COUNT; i++) {
		if ((pr->p->want & ns_table[i].bit) != 0 &&
		    (unshare(ns_table[i].flag) == 0 || !ns_refused(errno)))
			_exit(0);
	}
	pr->any = 0;
	_exit(0);
}

int
ns_cap_refused(const struct ns_plan *p)
{
	return p->want != 0 && p->required == 0 && (p->want & NS_USER) == 0 &&
	    !identity_has_cap(CAP_SYS_ADMIN);
}

int
ns_none_allowed(const struct ns_plan *p)
{
	char stack[16 * 1024] __attribute__((aligned(16)));
	struct probe pr = { p, 1 };
	pid_t pid, r;

	if (p->want == 0 || p->required != 0)
		return p->want == 0;
	pid = clone(probe_child, stack + sizeof(stack),
	    CLONE_VM | CLONE_VFORK | SIGCHLD, &pr);
	if (pid < 0)
		return 0;
	do {
		r = waitpid(pid, NULL, __WALL);
	} while (r < 0 && errno == EINTR);
	return r == pid && !pr.any;
}

static void
forwarded(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGCHLD);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGQUIT);
}

/*
 * Wait for child, reaping every other child (init adopts the orphans of
 * the namespace) and passing on the forwarded signals, which the caller
 * has blocked so that they queue even for a pid 1.  Returns the child's
 * wait status.
 */
static int
wait_forwarding(pid_t child)
{
	sigset_t set;
	siginfo_t si;
	pid_t r;
	int st;

	forwarded(&set);
	for (;;) {
		while ((r = waitpid(-1, &st, WNOHANG | __WALL)) > 0) {
			if (r == child)
				return st;
		}
		if (r < 0 && errno != EINTR)
			return SCIF_EXIT_SETUP << 8; /* a wait status: exited */
		if (sigwaitinfo(&set, &si) < 0)
			continue;
		if (si.si_signo != SIGCHLD)
			(void)kill(child, si.si_signo);
	}
}

int
ns_init_block(void)
{
	sigset_t set;

	forwarded(&set);
	return sigprocmask(SIG_BLOCK, &set, NULL);
}

int
ns_init_wait(pid_t child, int *status)
{
	pid_t r;

	*status = wait_forwarding(child);
	/* Every other process of the namespace, before anyone is told the
	 * job is over: the orphans init adopted and any still running.
	 * Each is a descendant of init, and init's child once its parent
	 * is gone: no child left means no process left. */
	for (;;) {
		if (kill(-1, SIGKILL) < 0 && errno != ESRCH)
			return -1;
		do {
			r = waitpid(-1, NULL, __WALL);
		} while (r < 0 && errno == EINTR);
		if (r < 0)
			return errno == ECHILD ? 0 : -1;
	}
}

void
ns_init_exit(int st)
{
	_exit(WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
}

/* End as st says: the same exit status, or death by the same signal
 * (without a core file, which is not ours to leave). */
void
ns_mirror(int st)
{
	struct rlimit none = { 0, 0 };
	sigset_t one;
	int sig;

	if (WIFEXITED(st))
		_exit(WEXITSTATUS(st));
	if (!WIFSIGNALED(st))
		_exit(SCIF_EXIT_SETUP);
	sig = WTERMSIG(st);
	(void)setrlimit(RLIMIT_CORE, &none);
	(void)signal(sig, SIG_DFL);
	sigemptyset(&one);
	sigaddset(&one, sig);
	(void)sigprocmask(SIG_UNBLOCK, &one, NULL);
	(void)kill(getpid(), sig);
	_exit(128 + sig);
}

/* The relay and init hold nothing the job must see closed. */
static void
close_all(void)
{
	(void)syscall(SYS_close_range, 0U, ~0U, 0U);
}

/*
 * Fork into the new pid namespace.  The caller (the launcher's child)
 * stays outside as the relay and never returns; its child, pid 1 there,
 * returns 0 with *shared set.  Signals stay blocked in init; its child
 * unblocks them.
 */
static int
enter_pidns(struct ns_status **shared, struct scif_err *err)
{
	struct ns_status *s;
	sigset_t set;
	pid_t pid;
	int st;

	s = mmap(NULL, sizeof(*s), PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (s == MAP_FAILED)
		return err_layer(err, "pid namespace", errno, "mmap");
	forwarded(&set);
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0)
		return err_layer(err, "pid namespace", errno, "sigprocmask");
	if ((pid = fork()) < 0)
		return err_layer(err, "pid namespace", errno, "fork into it");
	if (pid == 0) {
		/* Killed when the relay is: the kernel then kills the
		 * whole namespace. */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
			return err_layer(
			    err, "pid namespace", errno, "PR_SET_PDEATHSIG");
		*shared = s;
		return 0;
	}
	close_all();
	st = wait_forwarding(pid);
	ns_mirror(s->set ? s->status : st);
}

/* In init: fork the program's process, which returns 0; init never
 * returns. */
static int
become_init(struct ns_status *shared, struct scif_err *err)
{
	sigset_t none;
	pid_t pid;
	int st;

	if ((pid = fork()) < 0)
		return err_layer(err, "pid namespace", errno, "fork pid 2");
	if (pid == 0) {
		if (sigemptyset(&none) < 0 ||
		    sigprocmask(SIG_SETMASK, &none, NULL) < 0)
			return err_layer(
			    err, "pid namespace", errno, "sigprocmask");
		if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
			return err_layer(
			    err, "pid namespace", errno, "PR_SET_PDEATHSIG");
		if (getppid() != 1)
			return err_layer(
			    err, "pid namespace", ESRCH, "init is gone");
		(void)munmap(shared, sizeof(*shared));
		return 0;
	}
	close_all();
	st = wait_forwarding(pid);
	/* init cannot kill itself with a signal: hand the status over. */
	shared->status = st;
	shared->set = 1;
	ns_init_exit(st);
}

/*
 * The file system, when a mount namespace came up.  A refusal of the
 * very first mount (an LSM, as Docker's AppArmor profile) leaves the
 * namespace an unchanged copy: unless it is required, go on without.
 */
static int
build_fs(const struct ns_plan *p, unsigned *on, struct scif_err *err)
{
	mode_t old;
	int r;

	if ((*on & NS_MOUNT) == 0)
		return 0;
	if (mounts_private(err) < 0) {
		if ((p->required & NS_MOUNT) != 0 ||
		    !ns_refused(err->sys_errno))
			return -1;
		err_clear(err);
		*on &= ~NS_MOUNT;
		return 0;
	}
	/* Mount points are made for the job to traverse, whoever it is. */
	old = umask(022);
	r = mounts_enter(err);
	if (r == 0)
		r = mounts_build(&p->mounts, (*on & NS_PID) != 0, err);
	if (r == 0)
		r = mounts_leave(err);
	(void)umask(old);
	return r;
}

unsigned
ns_clone_flags(const struct ns_plan *p, unsigned long *flags)
{
	size_t i;

	*flags = 0;
	for (i = 0; i < NS_COUNT; i++) {
		if ((p->want & ns_table[i].bit) != 0)
			*flags |= (unsigned long)ns_table[i].flag;
	}
	return p->want;
}

/* What clone(2) made: only the maps and the host name are left to do. */
static int
finish_cloned(const struct ns_plan *p, unsigned on, struct scif_err *err)
{
	if ((on & NS_USER) != 0 && write_maps(p, err) < 0)
		return -1;
	return set_hostname(p, on, err);
}

int
ns_apply(const struct ns_plan *p, unsigned cloned, unsigned *active,
    struct scif_err *err)
{
	struct ns_status *shared = NULL;
	unsigned on = cloned;

	*active = 0;
	if (cloned != 0 && finish_cloned(p, on, err) < 0)
		return -1;
	if (cloned == 0 && create(p, &on, err) < 0)
		return -1;
	/* Cloned into it, this process is its init already. */
	if (cloned == 0 && (on & NS_PID) != 0 && enter_pidns(&shared, err) < 0)
		return -1;
	if (build_fs(p, &on, err) < 0)
		return -1;
	if (p->cwd != NULL && chdir(p->cwd) < 0)
		return err_layer(err, "cwd", errno, "chdir %s", p->cwd);
	if (shared != NULL && become_init(shared, err) < 0)
		return -1;
	*active = on;
	return 0;
}
