/*
 * run.c - the orchestrator: build the whole plan, fork, apply the layers in
 * the child in one fixed order, exec, supervise.
 *
 * Everything that can fail for a reason the user can fix (a missing
 * program, a bad id, a path, a policy) fails here, before fork.  The child
 * only carries out the plan; its first failure is written to the report
 * pipe and it exits without executing the program.  A successful execve
 * closes the pipe (close-on-exec), which is how the supervisor knows the
 * program runs.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/magic.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "childrec.h"
#include "err.h"
#include "fds.h"
#include "filter.h"
#include "fsrules.h"
#include "held.h"
#include "hygiene.h"
#include "identity.h"
#include "landlock.h"
#include "netns.h"
#include "notify.h"
#include "nsrules.h"
#include "path.h"
#include "policy/policy.h"
#include "rlimit.h"
#include "spec.h"
#include "supervise.h"
#include "trace.h"

struct plan {
	const struct scif_spec *spec;
	char path[PATH_MAX];
	pid_t supervisor;
	struct fds_plan fds;
	struct ns_plan ns;
	struct rlimit_plan rl;
	struct identity_plan id;
	int ruleset_fd; /* Landlock, or -1 */
	int ll_abi;
	struct sock_fprog filter;
	int filter_owned;
	struct sock_fprog notifying; /* notify.h; len 0: load filter */
	struct sock_fprog tracing; /* trace.h, when notifying cannot be */
	void *notify_page;
	uint32_t layers;
	struct held_buf *held; /* a held sandbox's job, or NULL */
	unsigned cloned; /* NS_* the child was cloned into (ns.h) */
	int shared; /* the child shares our memory until it ends (spawn()) */
	int net_async; /* its net namespace comes from us (netns.h) */
	int net_shared; /* and is the spec's shared one (net_shareable()) */
	int one_thread; /* the caller has no other thread (spawn()) */
	struct netns_holder holder; /* making it, from plan_build() on */
	int ruleset_beside; /* the holder builds the ruleset, not us */
	uint64_t start_us; /* the job's start: fork, or the held job's */
};

#define LAYER(l) (1u << (l))

/* One thread: /proc counts a process's threads in its task directory's
 * links (two more).  Unknown counts as more. */
static int
single_threaded(void)
{
	struct stat st;

	return stat("/proc/self/task", &st) == 0 && st.st_nlink == 3;
}

/*
 * Whether spawn() clones the child into its namespaces at once (see there)
 * with a net namespace made beside it: as root, without a user namespace.
 */
static int
net_beside(const struct plan *p)
{
	unsigned long flags;
	unsigned bits = ns_clone_flags(&p->ns, &flags);

	return (bits & (NS_PID | NS_NET)) == (NS_PID | NS_NET) &&
	    (bits & NS_USER) == 0 && p->tracing.len == 0 && geteuid() == 0 &&
	    p->one_thread;
}

/* A /proc of its own, or a path the job is given on a proc file system
 * (a bind of the host's): its net/unix would show the shared net
 * namespace's sockets.  Unsure counts as shown. */
static int
shows_proc(const struct scif_spec *s)
{
	struct statfs fs;
	size_t i;

	if (s->proc)
		return 1;
	for (i = 0; i < s->npaths; i++) {
		if (statfs(s->paths[i].path, &fs) < 0 ||
		    fs.f_type == PROC_SUPER_MAGIC)
			return 1;
	}
	return 0;
}

/*
 * Whether the child may join the spec's shared net namespace rather than
 * have one made (scif_spec_share_netns() says why these conditions).
 * The last, Landlock's scoping, is known once the ruleset is built.
 */
static int
net_shareable(const struct plan *p)
{
	const struct scif_spec *s = p->spec;

	return s->netns_fd >= 0 && (p->ns.want & NS_NET) != 0 &&
	    (p->ns.want & NS_USER) == 0 && geteuid() == 0 &&
	    s->sc_mode == SCIF_SECCOMP_ENFORCE && !shows_proc(s) &&
	    !filter_allows_netlink(&p->filter);
}

/* The Landlock ruleset, built by the net namespace's holder. */
static int
make_ruleset(void *arg, int *fd, uint32_t *bits, struct scif_err *err)
{
	const struct plan *p = arg;

	*bits = 0;
	return fsrules_build(p->spec, fd, bits, err);
}

/* held: the program is not known yet (held.h). */
static int
plan_build(const struct scif_spec *spec, int held, struct plan *p,
    struct scif_err *err)
{
	memset(p, 0, sizeof(*p));
	p->ruleset_fd = -1;
	p->holder.pid = -1;
	p->holder.sock = -1;
	p->spec = spec;
	if (held && (p->held = malloc(sizeof(*p->held))) == NULL)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "held sandbox");
	if (!held && spec->argv == NULL)
		return err_set(err, SCIF_E_USAGE, 0, "no program given");
	if (!held &&
	    path_resolve(spec->argv[0], spec_getenv(spec, "PATH"), p->path,
		sizeof(p->path), err) < 0)
		return -1;
	p->supervisor = getpid();
	if (rlimit_plan_init(&p->rl, spec, err) < 0 ||
	    identity_plan_init(&p->id, spec, err) < 0 ||
	    nsrules_build(spec, &p->ns, err) < 0)
		return -1;
	/* None can be made: no holder to start, no clone to try. */
	if (ns_cap_refused(&p->ns))
		p->ns.want = 0;
	p->layers = LAYER(SCIF_LAYER_HYGIENE) | LAYER(SCIF_LAYER_FDS) |
	    LAYER(SCIF_LAYER_ENV) | LAYER(SCIF_LAYER_RLIMIT) |
	    LAYER(SCIF_LAYER_CAPS) | LAYER(SCIF_LAYER_NNP);
	if (spec->time_ms != 0)
		p->layers |= LAYER(SCIF_LAYER_WALLCLOCK);
	if (p->id.switch_ids)
		p->layers |= LAYER(SCIF_LAYER_UID);
	if (p->id.drop_bnd)
		p->layers |= LAYER(SCIF_LAYER_CAPBND);
	if (filter_plan(spec, &p->filter, &p->filter_owned, err) < 0 ||
	    notify_plan(spec->sc_mode, &p->filter, &p->filter_owned,
		&p->notifying, err) < 0)
		return -1;
	/* Audit and learn let every call through: no syscall layer. */
	if (spec->sc_mode == SCIF_SECCOMP_AUDIT ||
	    spec->sc_mode == SCIF_SECCOMP_LEARN) {
		if (spec->required & LAYER(SCIF_LAYER_SECCOMP))
			return err_set(err, SCIF_E_USAGE, 0,
			    "seccomp is required, but --audit and learn "
			    "let every call through");
	} else
		p->layers |= LAYER(SCIF_LAYER_SECCOMP);
	/* The program's stack where a relay or an init starts it. */
	if ((p->notifying.len != 0 || (p->ns.want & NS_PID) != 0) &&
	    (p->notify_page = notify_page(err)) == NULL)
		return -1;
	if (p->notifying.len == 0 && spec->sc_mode == SCIF_SECCOMP_ENFORCE &&
	    trace_filter(&p->filter, &p->tracing, err) < 0)
		return -1;
	p->ll_abi = landlock_abi();
	p->one_thread = single_threaded();
	p->net_shared = net_shareable(p);
	/* The kernel's longest step starts here, beside the rest, and the
	 * Landlock ruleset with it (netns.h).  Not for a held sandbox: made
	 * ahead of its job, it has no launch to speed up, and its helper
	 * would only take a CPU from the jobs running meanwhile. */
	if (!held && !p->net_shared && net_beside(p)) {
		struct netns_extra x = { REC_RULESET, make_ruleset, p };

		netns_start(&p->holder, &x);
		if ((p->ruleset_beside = p->holder.pid > 0))
			return 0;
	}
	/* Last: it opens a descriptor that plan_free() must close. */
	if (fsrules_build(spec, &p->ruleset_fd, &p->layers, err) < 0)
		return -1;
	if ((p->layers & LAYER(SCIF_LAYER_LANDLOCK_SCOPE)) == 0)
		p->net_shared = 0;
	return 0;
}

static void
plan_free(struct plan *p)
{
	netns_stop(&p->holder);
	if (p->ruleset_fd >= 0)
		close(p->ruleset_fd);
	p->ruleset_fd = -1;
	if (p->filter_owned)
		policy_prog_free(&p->filter);
	p->filter_owned = 0;
	policy_prog_free(&p->notifying);
	policy_prog_free(&p->tracing);
	notify_page_free(p->notify_page);
	p->notify_page = NULL;
	ns_plan_free(&p->ns);
	free(p->held);
	p->held = NULL;
}

static int
child_record(int report_fd, uint32_t kind, uint32_t ns_active,
    const struct scif_err *err)
{
	struct child_record rec;
	ssize_t r;

	memset(&rec, 0, sizeof(rec));
	rec.kind = kind;
	rec.ns_active = ns_active;
	if (err != NULL)
		rec.err = *err;
	do {
		r = write(report_fd, &rec, sizeof(rec));
	} while (r < 0 && errno == EINTR);
	return r == (ssize_t)sizeof(rec) ? 0 : -1;
}

/* In the child: report the failure to the supervisor and never exec. */
static void __attribute__((noreturn))
child_fail(int report_fd, const struct scif_err *err, int status)
{
	/* Nothing more can be done if even this fails: exit all the same. */
	(void)child_record(report_fd, REC_FAIL, 0, err);
	_exit(status);
}

/*
 * Landlock rules for what exists only in the child's mount namespace: its
 * tmpfs mounts and its /proc.  Added to the ruleset built before (by the
 * supervisor, or by the holder beside us), before it is enforced.
 */
static int
child_paths(
    const struct plan *p, unsigned active, int ruleset, struct scif_err *err)
{
	const struct scif_spec *s = p->spec;
	size_t i;

	if (s->ntmpfs != 0 && (active & NS_MOUNT) == 0)
		return err_layer(err, "mount namespace", EPERM,
		    "--tmpfs needs one, and this host refused it");
	if (ruleset < 0)
		return 0;
	for (i = 0; i < s->ntmpfs; i++) {
		if (landlock_ruleset_add_path(
			ruleset, p->ll_abi, s->tmpfs[i], LL_RW, err) < 0)
			return -1;
	}
	if (s->proc && access("/proc/self", F_OK) == 0 &&
	    landlock_ruleset_add_path(
		ruleset, p->ll_abi, "/proc", LL_RO_NOEXEC, err) < 0)
		return -1;
	return 0;
}

/* The ruleset the holder built (netns.h), passed on by the supervisor
 * before the net namespace; -1 in *fd when Landlock has none here. */
static int
child_ruleset(int report_fd, int *fd, struct scif_err *err)
{
	struct child_record rec;
	int r;

	memset(&rec, 0, sizeof(rec));
	r = childrec_recv(report_fd, &rec, fd);
	if (r > 0 && rec.kind == REC_RULESET)
		return 0;
	if (*fd >= 0)
		(void)close(*fd);
	*fd = -1;
	return err_layer(
	    err, "landlock", r < 0 ? -r : EPROTO, "waiting for the ruleset");
}

/*
 * A child that shares our memory makes it undumpable once it runs as the
 * job's uid, whatever fs.suid_dumpable says: no process of that uid may
 * then trace it or read its memory, which is ours (spawn_shared()).
 */
static int
undumpable(struct scif_err *err)
{
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		return err_layer(err, "hygiene", errno, "PR_SET_DUMPABLE");
	return 0;
}

/*
 * The death signal may have been armed after the supervisor died; where
 * its pid cannot tell (cloned into a pid namespace), the report socket
 * does: the supervisor's end closes with it.
 */
static int
supervisor_alive(int report_fd, struct scif_err *err)
{
	struct pollfd pfd = { report_fd, POLLRDHUP, 0 };

	if (poll(&pfd, 1, 0) < 0)
		return err_layer(err, "hygiene", errno, "poll");
	if ((pfd.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0)
		return err_layer(err, "hygiene", ESRCH, "supervisor is gone");
	return 0;
}

/*
 * The layers, in the order scif.h documents.  Each needs what the one
 * before leaves: namespaces and mounts need the privileges (of root, or
 * of the new user namespace) that the identity layer then takes away;
 * rlimits and the bounding set must be set before that too; the uid
 * switch clears the death signal, so it is armed again; no_new_privs
 * must precede the Landlock and seccomp filters, which come last so that
 * they confine only the program.  Returns CHILD_* flags.
 */
#define CHILD_TRACED 1 /* seized: the tracing filter (trace.h) */
#define CHILD_DETACH 2 /* the supervisor's child, in its pid namespace */

static int
child_prepare(const struct plan *p, int report_fd)
{
	struct scif_err err;
	unsigned active = 0;
	pid_t parent;
	int traced = 0, ruleset = p->ruleset_fd;

	err_clear(&err);
	/* Seized before anything is dropped (trace.h). */
	if (p->tracing.len != 0 && trace_await(report_fd, &traced, &err) < 0)
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	/* Cloned into a pid namespace, our parent is outside it: its pid
	 * reads 0 here, and its socket tells whether it lives. */
	parent = (p->cloned & NS_PID) != 0 ? 0 : p->supervisor;
	if (hygiene_apply(parent, &err) < 0 ||
	    (parent == 0 && supervisor_alive(report_fd, &err) < 0) ||
	    fds_apply(&p->fds, &err) < 0 ||
	    ns_apply(&p->ns, p->cloned, &active, &err) < 0 ||
	    (p->ruleset_beside &&
		child_ruleset(report_fd, &ruleset, &err) < 0) ||
	    (p->net_async &&
		netns_enter(report_fd, (p->ns.required & NS_NET) != 0, &active,
		    &err) < 0))
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	/* A supervisor that cannot be told what runs must not see it run. */
	if (child_record(report_fd, REC_NS, active, NULL) < 0)
		_exit(SCIF_EXIT_SETUP);
	/* Unshared, a pid namespace has an init above us, whose end ends
	 * us. */
	if ((active & NS_PID) != 0 && (p->cloned & NS_PID) == 0)
		parent = getppid();
	if (child_paths(p, active, ruleset, &err) < 0 ||
	    rlimit_apply(&p->rl, &err) < 0 ||
	    identity_apply(&p->id, &err) < 0 ||
	    (p->shared && undumpable(&err) < 0) ||
	    hygiene_deathsig(parent, &err) < 0 ||
	    (parent == 0 && supervisor_alive(report_fd, &err) < 0) ||
	    nnp_apply(&err) < 0)
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	if (ruleset >= 0 && landlock_restrict(ruleset, &err) < 0)
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	return (traced ? CHILD_TRACED : 0) |
	    ((active & NS_PID) == 0 ? CHILD_DETACH : 0);
}

/* The syscall filter, last (the tracing one when traced), and the
 * program.  how: child_prepare()'s flags. */
static void __attribute__((noreturn)) child_finish(const struct plan *p,
    const char *path, char *const argv[], int report_fd, int how)
{
	struct scif_err err;
	int e;

	err_clear(&err);
	/* Init of its pid namespace does not become the program either.
	 * Outside any pid namespace of the job we are the supervisor's
	 * child, and the relay leaves the program to it (notify.h). */
	if (p->notifying.len != 0 || (p->cloned & NS_PID) != 0) {
		struct notify_exec x = {
			.notifying =
			    p->notifying.len != 0 ? &p->notifying : NULL,
			.plain = p->notifying.len == 0 ||
				p->spec->sc_mode == SCIF_SECCOMP_ENFORCE
			    ? &p->filter
			    : NULL,
			.init = (p->cloned & NS_PID) != 0,
			.detach = (how & CHILD_DETACH) != 0,
			.shared = p->shared,
			.path = path,
			.argv = argv,
			.envp = p->spec->env,
			.report_fd = report_fd,
			.page = p->notify_page,
		};

		(void)notify_exec(&x, &err);
		child_fail(report_fd, &err, scif_err_exit_status(&err));
	}
	if (filter_apply(
		(how & CHILD_TRACED) ? &p->tracing : &p->filter, &err) < 0)
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	execve(path, argv, p->spec->env);
	e = errno;
	err_set(&err, e == ENOENT ? SCIF_E_NOENT : SCIF_E_EXEC, e, "execve %s",
	    path);
	child_fail(report_fd, &err, scif_err_exit_status(&err));
}

/* A held sandbox waits here for its job (held.h); it may only lower
 * the limits it was prepared with.  The job's descriptors may take the
 * report socket's number: *report_fd is where it went. */
static void
child_take_job(const struct plan *p, int *report_fd)
{
	struct scif_err err;

	err_clear(&err);
	if (child_record(*report_fd, REC_READY, 0, NULL) < 0)
		_exit(SCIF_EXIT_SETUP);
	if (held_take(report_fd, p->held, &err) < 0 ||
	    rlimit_apply(&p->held->rl, &err) < 0)
		child_fail(*report_fd, &err, SCIF_EXIT_SETUP);
}

static void __attribute__((noreturn))
child_run(const struct plan *p, int report_fd)
{
	int how = child_prepare(p, report_fd);

	if (p->held == NULL)
		child_finish(p, p->path, p->spec->argv, report_fd, how);
	child_take_job(p, &report_fd);
	child_finish(p, p->held->path, p->held->argv, report_fd, how);
}

/*
 * 0 once the program runs, with *listener the seccomp listener if one
 * came (2: and the socket stays open for REC_END); 1 when a held sandbox
 * is ready for its job; -1 with err filled when setup failed.
 */
static int
read_child_report(int fd, unsigned *ns_active, int *listener, pid_t *adopt,
    struct trace *tr, struct scif_err *err)
{
	struct child_record rec;
	int r, pfd;

	memset(&rec, 0, sizeof(rec));
	for (;;) {
		/* A traced child stops at each fork while it sets up. */
		if (tr != NULL && trace_until_readable(tr, fd, err) < 0)
			return -1;
		if ((r = childrec_recv(fd, &rec, &pfd)) == 0)
			return 0;
		if (r > 0 && rec.kind == REC_RUNNING && pfd < 0)
			return 2;
		if (r > 0 && rec.kind == REC_LISTENER && pfd >= 0 &&
		    *listener < 0) {
			*listener = pfd;
			continue;
		}
		if (pfd >= 0)
			(void)close(pfd);
		if (r > 0 && rec.kind == REC_LISTENER)
			continue; /* none: violations go unnamed */
		if (r > 0 && rec.kind == REC_NS) {
			*ns_active = rec.ns_active;
			continue;
		}
		if (r > 0 && rec.kind == REC_ADOPT && rec.status > 0 &&
		    *adopt == 0) {
			*adopt = rec.status;
			continue;
		}
		if (r > 0 && rec.kind == REC_READY)
			return 1;
		if (r < 0 || rec.kind != REC_FAIL)
			return err_set(err, SCIF_E_SETUP, r < 0 ? -r : EPROTO,
			    "reading the child's report");
		if (err != NULL)
			*err = rec.err;
		return -1;
	}
}

/*
 * The held sandbox's job, from the wait function, sent to the child: the
 * program found and the limits planned as for a fresh sandbox.
 */
static int
deliver(struct plan *p, const struct held *h, pid_t child, int sock,
    struct scif_err *err)
{
	struct rlimit_plan rl;
	struct held_fds f;
	int r;

	memset(&f, 0, sizeof(f));
	if (h->wait(h->arg, sock, &f, err) < 0 ||
	    held_nice_follow(child, err) < 0)
		return -1;
	if (p->spec->argv == NULL)
		return err_set(err, SCIF_E_USAGE, 0, "no program given");
	if (path_resolve(p->spec->argv[0], spec_getenv(p->spec, "PATH"),
		p->path, sizeof(p->path), err) < 0 ||
	    rlimit_plan_init(&rl, p->spec, err) < 0)
		return -1;
	p->start_us = now_us();
	if ((r = held_send(sock, p->path, p->spec->argv, &rl, &f)) < 0)
		return err_set(
		    err, SCIF_E_SETUP, -r, "held sandbox: sending the job");
	return 0;
}

/* The stack of a child that shares our memory, above a guard page. */
#define SHARED_STACK (256 * 1024)
#define SHARED_GUARD 4096

struct shared_args {
	struct plan *p;
	const int *report; /* the socket pair: ours, the child's */
};

/* Not instrumented: on a stack of its own (as notify_exec.c's program). */
__attribute__((no_sanitize("address"))) static int
shared_child(void *arg)
{
	const struct shared_args *a = arg;

	(void)close(a->report[0]);
	child_run(a->p, a->report[1]);
}

/*
 * Whether a uid switch leaves memory undumpable (fs.suid_dumpable 0 or
 * 2).  With 1, the switch would leave a moment, before undumpable(), in
 * which a process of the job's uid could trace a child sharing our
 * memory.  Unreadable counts as 1.
 */
static int
switch_undumpable(void)
{
	char c = '1';
	int fd = open("/proc/sys/fs/suid_dumpable", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	if (read(fd, &c, 1) != 1)
		c = '1';
	(void)close(fd);
	return c == '0' || c == '2';
}

/*
 * Whether the child may share our memory until it executes or exits
 * (spawn_shared()).  We are suspended meanwhile and cannot answer it: so
 * only where it asks us nothing (no namespace, tracer, held job nor
 * holder) and ends in execve, or as a relay that leaves the program to
 * us (notify_exec.c, detach).  With other threads, one of them could
 * change the memory under the child.  Not under AddressSanitizer, whose
 * bookkeeping cannot follow a child on a stack of its own that calls
 * everything the layers need.
 */
#if defined(__SANITIZE_ADDRESS__)
#define ASAN_BUILD 1
#else
#define ASAN_BUILD 0
#endif

static int
may_share(const struct plan *p)
{
	return !ASAN_BUILD && p->ns.want == 0 && p->tracing.len == 0 &&
	    p->held == NULL && p->holder.pid <= 0 && p->one_thread &&
	    (!p->id.switch_ids || switch_undumpable());
}

/*
 * The child as posix_spawn() makes it: CLONE_VM | CLONE_VFORK, so there
 * is no copy of our memory to make and to tear down, the costliest step
 * of a launch without namespaces (bench/RESULTS.md).  Nothing can reach
 * us through it between its uid switch and its execve: the switch and
 * undumpable() leave the memory it shares with us undumpable, so no
 * process of the job's uid may trace or read it.  We make ours dumpable
 * again, as it was, once the child has executed or ended.
 */
static pid_t
spawn_shared(struct plan *p, const int report[2])
{
	struct shared_args a = { p, report };
	size_t len = SHARED_STACK + SHARED_GUARD;
	int dumpable, e;
	char *stack;
	pid_t pid;

	if ((dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)) < 0)
		return -1;
	stack = mmap(NULL, len, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (stack == MAP_FAILED)
		return -1;
	if (mprotect(stack, SHARED_GUARD, PROT_NONE) < 0) {
		e = errno;
		(void)munmap(stack, len);
		errno = e;
		return -1;
	}
	p->shared = 1;
	pid = clone(
	    shared_child, stack + len, CLONE_VM | CLONE_VFORK | SIGCHLD, &a);
	e = errno;
	(void)munmap(stack, len);
	/* Ignored on failure: undumpable is only stricter. */
	if (pid > 0)
		(void)prctl(PR_SET_DUMPABLE, dumpable, 0, 0, 0);
	errno = e;
	return pid;
}

/*
 * The relay (our child outside any pid namespace, whether it shared our
 * memory or was forked) has handed us the program, cloned as our child
 * (notify_exec.c, detach), and ended: reaped, with the program in its
 * place.  Until then the relay is what *pid names.
 */
static int
adopt_program(pid_t *pid, pid_t program, struct scif_err *err)
{
	pid_t r;
	int st;

	do {
		r = waitpid(*pid, &st, 0);
	} while (r < 0 && errno == EINTR);
	if (r != *pid)
		return err_set(
		    err, SCIF_E_SETUP, errno, "waiting for the relay");
	*pid = program;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return err_set(
		    err, SCIF_E_SETUP, 0, "the relay ended with status %d", st);
	return 0;
}

/* What the child keeps open beside the job's: its report socket and
 * the Landlock ruleset. */
static void
plan_fds(struct plan *p, int report_fd)
{
	int internal[2] = { report_fd, p->ruleset_fd };

	fds_plan_init(&p->fds, p->spec->pass_fds, p->spec->npass, internal, 2);
}

/* pid, or -1 with err filled from errno. */
static pid_t
spawned(pid_t pid, struct scif_err *err)
{
	if (pid < 0)
		(void)err_set(err, SCIF_E_SETUP, errno, "fork");
	return pid;
}

/* No net namespace to come: the holder's ruleset is ours to pass on in
 * the child's plan, not over its socket.  0, or -1 with err. */
static int
no_beside(struct plan *p, int report_fd, struct scif_err *err)
{
	if (!p->ruleset_beside)
		return 0;
	if (netns_take_extra(&p->holder, &p->ruleset_fd, &p->layers, err) < 0)
		return -1;
	p->ruleset_beside = 0;
	plan_fds(p, report_fd);
	return 0;
}

/*
 * The child: cloned straight into every namespace planned, where the host
 * allows them all at once and no tracer must follow it (ns.h, cloned);
 * otherwise forked, to create them one by one.  The raw clone skips the C
 * library's fork bookkeeping (at-fork handlers, the thread id and the
 * list of threads it keeps), which only a single-threaded caller can do
 * without: the child never calls raise() nor takes a lock owned by a
 * thread id, but setresuid() of a process that believes it has threads
 * would signal them all.
 */
static pid_t
spawn(struct plan *p, const int report[2], struct scif_err *err)
{
	unsigned long flags;
	unsigned bits = ns_clone_flags(&p->ns, &flags);
	pid_t pid;

	p->cloned = 0;
	p->net_async = 0;
	if (may_share(p))
		return spawned(spawn_shared(p, report), err);
	if ((bits & NS_PID) != 0 && p->tracing.len == 0 && p->one_thread) {
		/* Root: the net namespace is made beside the child, or is
		 * the shared one. */
		if ((bits & NS_NET) != 0 &&
		    (p->holder.pid > 0 || p->net_shared)) {
			flags &= ~(unsigned long)CLONE_NEWNET;
			bits &= ~NS_NET;
			p->net_async = 1;
		}
		pid = (pid_t)syscall(
		    SYS_clone, flags | SIGCHLD, NULL, NULL, NULL, NULL);
		if (pid == 0)
			p->cloned = bits;
		if (pid >= 0 || !ns_refused(errno))
			return spawned(pid, err);
		p->net_async = 0;
		/* Where each alone is refused too, the child would make
		 * none: it need not be a copy of us. */
		if (ns_none_allowed(&p->ns)) {
			p->ns.want = 0;
			if (no_beside(p, report[1], err) < 0)
				return -1;
			if (may_share(p))
				return spawned(spawn_shared(p, report), err);
		}
	}
	return spawned(fork(), err);
}

static int
start(struct plan *p, const struct held *h, pid_t *pidp, int *listener,
    int *end_fd, struct trace *tr, struct scif_err *err)
{
	struct rusage ru;
	int pipefd[2], r;
	unsigned active = 0;
	pid_t pid = -1, adopt = 0;

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pipefd) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "socketpair");
	plan_fds(p, pipefd[1]);
	p->start_us = now_us();
	pid = spawn(p, pipefd, err);
	if (pid < 0) {
		close(pipefd[0]);
		close(pipefd[1]);
		return -1;
	}
	if (pid == 0) {
		close(pipefd[0]);
		child_run(p, pipefd[1]);
	}
	close(pipefd[1]);
	r = 0;
	/* A refused clone was followed by a fork, whose child makes its own
	 * net namespace: of the holder's work, only the ruleset is taken. */
	if (p->holder.pid > 0)
		r = netns_forward(
		    &p->holder, pipefd[0], p->net_async, &p->layers, err);
	else if (p->net_async)
		r = netns_send_shared(pipefd[0], p->spec->netns_fd, err);
	if (r < 0)
		;
	else if (tr != NULL && (r = trace_seize(tr, pid, pipefd[0])) < 0)
		(void)err_set(err, SCIF_E_SETUP, -r, "telling the child");
	if (r == 0)
		tr = NULL; /* not traced: the plain filter */
	if (r >= 0)
		r = read_child_report(
		    pipefd[0], &active, listener, &adopt, tr, err);
	if (r == 1 && h != NULL && h->wait != NULL &&
	    deliver(p, h, pid, pipefd[0], err) == 0)
		r = read_child_report(
		    pipefd[0], &active, listener, &adopt, tr, err);
	/* A shared child without relay leaves a late failure in memory. */
	if (r == 0 && p->shared && p->notify_page != NULL)
		r = notify_exec_outcome(p->notify_page, p->path, err);
	if (r == 0 && adopt != 0)
		r = adopt_program(&pid, adopt, err);
	else if (r == 1)
		r = -1;
	if (r == 2)
		*end_fd = pipefd[0];
	else
		close(pipefd[0]);
	if (r < 0) {
		if (*listener >= 0)
			(void)close(*listener);
		*listener = -1;
		memset(&ru, 0, sizeof(ru));
		supervise_reap_all(pid, &ru);
		return -1;
	}
	p->layers |= nsrules_layers(active);
	if (active & NS_NET_SHARED)
		p->layers |= LAYER(SCIF_LAYER_NETNS_SHARED);
	/* Inside its own user namespace the child held CAP_SETPCAP. */
	if (active & NS_USER)
		p->layers |= LAYER(SCIF_LAYER_CAPBND);
	*pidp = pid;
	return 0;
}

/* scif_run(), or with h a held sandbox (held.h). */
static int
run(const struct scif_spec *spec, const struct held *h, struct scif_result *res,
    struct scif_err *err)
{
	struct supervise_opts o;
	struct trace tr;
	struct notify n;
	sigset_t stop, old;
	struct plan p;
	pid_t pid = -1;
	int r, end_fd = -1;

	err_clear(err);
	memset(res, 0, sizeof(*res));
	if (plan_build(spec, h != NULL && h->wait != NULL, &p, err) < 0) {
		plan_free(&p);
		return err != NULL && err->sys_errno ? -err->sys_errno
						     : -EINVAL;
	}
	if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) < 0) {
		plan_free(&p);
		return err_set(
		    err, SCIF_E_SETUP, errno, "PR_SET_CHILD_SUBREAPER");
	}
	/* Blocked now, read from a signalfd later: a ^C kills the job. */
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	sigaddset(&stop, SIGQUIT);
	if (sigprocmask(SIG_BLOCK, &stop, &old) < 0) {
		plan_free(&p);
		return err_set(err, SCIF_E_SETUP, errno, "sigprocmask");
	}
	notify_init(&n, spec, &p.filter);
	o.trace = NULL;
	r = 0;
	if (p.tracing.len != 0 && (r = trace_open(&tr, &n, err)) == 0)
		o.trace = &tr;
	if (r == 0)
		r = start(&p, h, &pid, &n.fd, &end_fd, o.trace, err);
	/* After start: a held sandbox's job has just set these. */
	o.start_us = p.start_us;
	o.end_fd = end_fd;
	o.layers = p.layers;
	o.done = h != NULL ? h->done : NULL;
	o.done_arg = h != NULL ? h->arg : NULL;
	o.time_ms = spec->time_ms;
	o.stop = &stop;
	o.cpu_limit_s =
	    spec->lim[SCIF_LIMIT_CPU].set ? spec->lim[SCIF_LIMIT_CPU].value : 0;
	o.notify = &n;
	if (r == 0)
		r = supervise(pid, &o, res, err);
	if (n.fd >= 0)
		(void)close(n.fd);
	if (end_fd >= 0)
		(void)close(end_fd);
	if (o.trace != NULL)
		trace_close(&tr);
	/* After the supervisor: the filter is the judge of notifications. */
	plan_free(&p);
	(void)sigprocmask(SIG_SETMASK, &old, NULL);
	if (r < 0)
		return err != NULL && err->sys_errno ? -err->sys_errno : -EIO;
	return 0;
}

int
scif_run(
    const struct scif_spec *spec, struct scif_result *res, struct scif_err *err)
{
	return run(spec, NULL, res, err);
}

int
run_held(const struct scif_spec *spec, const struct held *h,
    struct scif_result *res, struct scif_err *err)
{
	return run(spec, h, res, err);
}
