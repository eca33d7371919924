/*
 * run.c - the orchestrator: build the whole plan, fork, apply the layers in
 * the child in one fixed order, exec, supervise.
 *
 * Everything that can fail for a reason the user can fix (a missing
 * program, a bad id, a path) fails here, before fork.  The child only
 * carries out the plan; its first failure is written to the report pipe
 * and it exits without executing the program.  A successful execve closes
 * the pipe (close-on-exec), which is how the supervisor knows the program
 * runs.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "err.h"
#include "fds.h"
#include "fsrules.h"
#include "hygiene.h"
#include "identity.h"
#include "landlock.h"
#include "path.h"
#include "rlimit.h"
#include "spec.h"
#include "supervise.h"

struct plan {
	char path[PATH_MAX];
	char *const *argv;
	char *const *envp;
	const int *pass;
	size_t npass;
	pid_t supervisor;
	struct fds_plan fds;
	struct rlimit_plan rl;
	struct identity_plan id;
	int ruleset_fd; /* Landlock, or -1 */
	uint32_t layers;
};

#define LAYER(l) (1u << (l))

static int
plan_build(const struct scif_spec *spec, struct plan *p, struct scif_err *err)
{
	memset(p, 0, sizeof(*p));
	p->ruleset_fd = -1;
	if (spec->argv == NULL)
		return err_set(err, SCIF_E_USAGE, 0, "no program given");
	if (path_resolve(spec->argv[0], spec_getenv(spec, "PATH"), p->path,
		sizeof(p->path), err) < 0)
		return -1;
	p->argv = spec->argv;
	p->envp = spec->env;
	p->pass = spec->pass_fds;
	p->npass = spec->npass;
	p->supervisor = getpid();
	if (rlimit_plan_init(&p->rl, spec, err) < 0 ||
	    identity_plan_init(&p->id, spec, err) < 0)
		return -1;
	p->layers = LAYER(SCIF_LAYER_HYGIENE) | LAYER(SCIF_LAYER_FDS) |
	    LAYER(SCIF_LAYER_ENV) | LAYER(SCIF_LAYER_RLIMIT) |
	    LAYER(SCIF_LAYER_CAPS) | LAYER(SCIF_LAYER_NNP);
	if (spec->time_ms != 0)
		p->layers |= LAYER(SCIF_LAYER_WALLCLOCK);
	if (p->id.switch_ids)
		p->layers |= LAYER(SCIF_LAYER_UID);
	if (p->id.drop_bnd)
		p->layers |= LAYER(SCIF_LAYER_CAPBND);
	/* Last: it opens a descriptor that plan_free() must close. */
	return fsrules_build(spec, &p->ruleset_fd, &p->layers, err);
}

static void
plan_free(struct plan *p)
{
	if (p->ruleset_fd >= 0)
		close(p->ruleset_fd);
	p->ruleset_fd = -1;
}

/* In the child: report the failure to the supervisor and never exec. */
static void __attribute__((noreturn))
child_fail(int report_fd, const struct scif_err *err, int status)
{
	ssize_t r;

	do {
		r = write(report_fd, err, sizeof(*err));
	} while (r < 0 && errno == EINTR);
	_exit(status);
}

/*
 * The layers, in the order scif.h documents.  Each needs what the one
 * before leaves: rlimits and the bounding set need privileges that the
 * uid switch takes away; no_new_privs must precede the Landlock and
 * seccomp filters, which come last so that they confine only the program.
 */
static void __attribute__((noreturn))
child_run(const struct plan *p, int report_fd)
{
	struct scif_err err;
	int e;

	err_clear(&err);
	if (hygiene_apply(p->supervisor, &err) < 0 ||
	    fds_apply(&p->fds, &err) < 0 || rlimit_apply(&p->rl, &err) < 0 ||
	    identity_apply(&p->id, &err) < 0 || nnp_apply(&err) < 0)
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	if (p->ruleset_fd >= 0 && landlock_restrict(p->ruleset_fd, &err) < 0)
		child_fail(report_fd, &err, SCIF_EXIT_SETUP);
	execve(p->path, p->argv, p->envp);
	e = errno;
	err_set(&err, e == ENOENT ? SCIF_E_NOENT : SCIF_E_EXEC, e, "execve %s",
	    p->path);
	child_fail(report_fd, &err, scif_err_exit_status(&err));
}

/* 0 once the program runs; -1 with err filled when setup failed. */
static int
read_child_report(int fd, struct scif_err *err)
{
	struct scif_err child;
	ssize_t r;

	do {
		r = read(fd, &child, sizeof(child));
	} while (r < 0 && errno == EINTR);
	if (r == 0)
		return 0;
	if (r != (ssize_t)sizeof(child))
		return err_set(err, SCIF_E_SETUP, r < 0 ? errno : EPROTO,
		    "reading the child's report");
	child.msg[sizeof(child.msg) - 1] = '\0';
	child.layer[sizeof(child.layer) - 1] = '\0';
	if (err != NULL)
		*err = child;
	return -1;
}

static int
start(struct plan *p, pid_t *pidp, struct scif_err *err)
{
	struct rusage ru;
	int pipefd[2], internal[2], r;
	pid_t pid = -1;

	if (pipe2(pipefd, O_CLOEXEC) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "pipe");
	internal[0] = pipefd[1];
	internal[1] = p->ruleset_fd;
	fds_plan_init(&p->fds, p->pass, p->npass, internal, 2);
	pid = fork();
	if (pid < 0) {
		close(pipefd[0]);
		close(pipefd[1]);
		return err_set(err, SCIF_E_SETUP, errno, "fork");
	}
	if (pid == 0) {
		close(pipefd[0]);
		child_run(p, pipefd[1]);
	}
	close(pipefd[1]);
	r = read_child_report(pipefd[0], err);
	close(pipefd[0]);
	if (r < 0) {
		memset(&ru, 0, sizeof(ru));
		supervise_reap_all(pid, &ru);
		return -1;
	}
	*pidp = pid;
	return 0;
}

int
scif_run(
    const struct scif_spec *spec, struct scif_result *res, struct scif_err *err)
{
	struct supervise_opts o;
	sigset_t stop, old;
	struct plan p;
	pid_t pid = -1;
	int r;

	err_clear(err);
	memset(res, 0, sizeof(*res));
	if (plan_build(spec, &p, err) < 0) {
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
	o.start_us = now_us();
	o.time_ms = spec->time_ms;
	o.stop = &stop;
	o.cpu_limit_s =
	    spec->lim[SCIF_LIMIT_CPU].set ? spec->lim[SCIF_LIMIT_CPU].value : 0;
	r = start(&p, &pid, err);
	plan_free(&p);
	if (r == 0)
		r = supervise(pid, &o, res, err);
	(void)sigprocmask(SIG_SETMASK, &old, NULL);
	if (r < 0)
		return err != NULL && err->sys_errno ? -err->sys_errno : -EIO;
	res->layers = p.layers;
	return 0;
}
