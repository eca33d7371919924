/*
 * pool.c - one worker per job, forked for it or prepared ahead of it.
 * The worker owns the job from the hand-over on: the server only waits
 * for it.  Whatever goes wrong in it (a
 * request the profile refuses, a layer that cannot be applied, a crash)
 * ends that one job with one reply and leaves the daemon and the other
 * jobs alone.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "daemon/jobtmp.h"
#include "daemon/pool.h"
#include "err.h"
#include "fds.h"
#include "held.h"
#include "identity.h"
#include "report.h"
#include "spec.h"

#ifndef CLOSE_RANGE_UNSHARE
#include <linux/close_range.h>
#endif

/* Whether the job asked for descriptor fd. */
static int
passed(const struct proto_run *run, int fd)
{
	uint32_t i;

	for (i = 0; i < run->npass; i++) {
		if (run->pass_at[i] == (uint32_t)fd)
			return 1;
	}
	return 0;
}

/* The job directory's path, checked to be the directory the client sent. */
static int
job_dir_path(int fd, char *out, size_t len, struct scif_err *err)
{
	char link[64];
	struct stat a, b;
	ssize_t n;

	(void)snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	if ((n = readlink(link, out, len - 1)) < 0)
		return err_set(err, SCIF_E_USAGE, errno, "job directory");
	out[n] = '\0';
	if (out[0] != '/' || fstat(fd, &a) < 0 || stat(out, &b) < 0 ||
	    !S_ISDIR(a.st_mode) || a.st_dev != b.st_dev || a.st_ino != b.st_ino)
		return err_set(err, SCIF_E_USAGE, 0,
		    "the job directory has no path the daemon can reach");
	return 0;
}

/* The request on top of the profile's template; then tighten-only. */
static int
job_spec(const struct job *j, struct pt_entry *e, const char *dir,
    struct scif_err *err)
{
	struct scif_spec *s = e->spec;
	int l;

	if (scif_spec_set_argv(s, (char *const *)j->run.argv, err) < 0)
		return -1;
	for (l = 0; l < SCIF_LIMIT_COUNT_; l++) {
		if (j->run.limits[l] != 0 &&
		    scif_spec_set_limit(
			s, (enum scif_limit)l, j->run.limits[l], err) < 0)
			return -1;
	}
	if (j->run.time_ms != 0 &&
	    scif_spec_set_time(s, j->run.time_ms, err) < 0)
		return -1;
	if (dir != NULL &&
	    (scif_spec_add_path(s, dir, SCIF_ACCESS_RW, err) < 0 ||
		scif_spec_set_cwd(s, dir, err) < 0))
		return -1;
	return profile_check(e->prof, s, 0, err);
}

static int
send_result(
    int conn, uint32_t id, char *const argv[], const struct scif_result *res)
{
	struct proto_buf b;
	char *json = report_json(argv, res);
	int r;

	if (json == NULL)
		return -ENOMEM;
	if ((r = proto_buf_init(&b, PROTO_RESULT, id, PROTO_MAX_REPLY)) < 0) {
		free(json);
		return r;
	}
	proto_add_u32(&b, (uint32_t)res->status);
	proto_add_u32(&b, (uint32_t)res->reason);
	proto_add_str(&b, json);
	free(json);
	if ((r = proto_buf_end(&b)) == 0)
		r = proto_send(conn, &b, NULL, 0);
	proto_buf_free(&b);
	return r;
}

/* The job's reply, sent once: as soon as the job is over (held.h's
 * done), or after run_held() returns. */
struct reply {
	int conn;
	uint32_t id;
	char *const *argv;
	int sent; /* 1 sent, -1 failed, 0 not yet */
};

static void
reply_done(void *arg, const struct scif_result *res)
{
	struct reply *rp = arg;

	if (rp->sent == 0 && rp->conn >= 0)
		rp->sent =
		    send_result(rp->conn, rp->id, rp->argv, res) < 0 ? -1 : 1;
}

/* The worker's exit status, the reply sent. */
static int
reply_end(struct reply *rp, const struct scif_result *res)
{
	reply_done(rp, res);
	return rp->sent < 0 ? POOL_GONE : pool_outcome(res);
}

static int
refuse(int conn, uint32_t id, const struct scif_err *err)
{
	int code = err->cls == SCIF_E_USAGE || err->cls == SCIF_E_POLICY
	    ? PROTO_E_REFUSED
	    : PROTO_E_SETUP;

	return proto_send_error(conn, id, (uint32_t)code,
		   scif_err_exit_status(err), err->msg) < 0
	    ? POOL_GONE
	    : POOL_FAILED;
}

int
pool_outcome(const struct scif_result *res)
{
	int o = res->reason != SCIF_REASON_EXIT ? POOL_KILLED
	    : res->exit_code == 0               ? POOL_EXITED
						: POOL_NONZERO;

	return res->nviolations > 0 ? o | POOL_VIOLATED : o;
}

_Static_assert(PROTO_MAX_PASS == HELD_MAX_PASS, "held.h carries them all");

/* A fresh worker's connection: above the numbers of the job's own. */
#define WORKER_CONN (3 + PROTO_MAX_PASS)

/*
 * The daemon's shared net namespace (scif_spec_share_netns()), kept open
 * in a worker at this number, above its other descriptors; close-on-exec,
 * and closed in the job's sandbox with all that is not the job's.  The
 * spec, the worker's copy, is pointed at it once fds_place() put it
 * there.  0, or -1 with err.
 */
static int
keep_netns(struct scif_spec *s, int at, struct scif_err *err)
{
	if (s->netns_fd < 0)
		return 0;
	if (fcntl(at, F_SETFD, FD_CLOEXEC) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "pool: net namespace");
	s->netns_fd = at;
	return 0;
}

/* The job's descriptors and their numbers in the job: stdio at 0, 1, 2,
 * then the passed ones (after the job directory, which is not one). */
static void
job_fds(const struct job *j, struct held_fds *f)
{
	int first = PROTO_RUN_PASS_FIRST(&j->run);
	uint32_t i;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < 3 + j->run.npass; i++) {
		f->fd[i] = j->fds[i < 3 ? (int)i : first + (int)i - 3];
		f->at[i] = i < 3 ? (int)i : (int)j->run.pass_at[i - 3];
	}
	f->n = i;
}

/*
 * In the worker: stdio from the client, its passed descriptors at their
 * numbers, the connection on WORKER_CONN, the shared net namespace's
 * above it, nothing else of the daemon's.  The job directory's path is
 * taken before its descriptor goes.
 */
static int
worker_fds(const struct job *j, struct scif_spec *s, char *dir, size_t len,
    struct scif_err *err)
{
	int fd[HELD_MAX_FDS + 2], at[HELD_MAX_FDS + 2], i, r = 0, top;
	struct held_fds f;
	size_t n;

	if ((j->run.flags & PROTO_RUN_JOBDIR) != 0)
		r = job_dir_path(j->fds[3], dir, len, err);
	job_fds(j, &f);
	memcpy(fd, f.fd, f.n * sizeof(int));
	memcpy(at, f.at, f.n * sizeof(int));
	n = f.n;
	fd[n] = j->conn_fd;
	at[n++] = top = WORKER_CONN;
	if (s->netns_fd >= 0) {
		fd[n] = s->netns_fd;
		at[n++] = ++top;
	}
	if (fds_place(fd, at, n, top, err) < 0 || keep_netns(s, top, err) < 0)
		return -1;
	if (syscall(SYS_close_range, top + 1U, ~0U, 0U) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "close_range");
	/* Numbers below the connection that the job was not given. */
	for (i = 3; i < WORKER_CONN; i++) {
		if (!passed(&j->run, i) && close(i) < 0 && errno != EBADF)
			return err_set(err, SCIF_E_SETUP, errno, "close");
	}
	return r;
}

/* The passed descriptors, as the job's spec keeps them open. */
static int
worker_pass(const struct job *j, struct scif_spec *s, struct scif_err *err)
{
	uint32_t i;

	for (i = 0; i < j->run.npass; i++) {
		if (scif_spec_pass_fd(s, (int)j->run.pass_at[i], err) < 0)
			return -1;
	}
	return 0;
}

/* No job directory sent but the profile takes one: the worker's private
 * directory (jobtmp.h), the job's cwd and temporary files.  Into dir. */
static int
private_dir(struct pt_entry *e, const char *tmp, char *dir, size_t len,
    struct scif_err *err)
{
	return jobtmp_make(
	    tmp, getpid(), e->spec->uid, e->spec->gid, dir, len, err);
}

static void __attribute__((noreturn))
worker(const struct job *j, struct pt_entry *e, const char *tmp)
{
	struct reply rp = { -1, 0, NULL, 0 };
	struct held h = { NULL, &rp, reply_done };
	const char *jd = NULL;
	char dir[PATH_MAX];
	struct scif_result res;
	struct scif_err err;
	sigset_t term;
	int r;

	err_clear(&err);
	memset(&res, 0, sizeof(res));
	/* SIGTERM (the client hung up) stays blocked: scif_run() reads it
	 * from its signalfd, pending or not, and aborts the job; after the
	 * job it changes nothing. */
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	if (sigprocmask(SIG_SETMASK, &term, NULL) < 0 ||
	    signal(SIGPIPE, SIG_DFL) == SIG_ERR)
		_exit(POOL_FAILED);
	r = worker_fds(j, e->spec, dir, sizeof(dir), &err);
	if (r == 0 && (j->run.flags & PROTO_RUN_JOBDIR) != 0)
		jd = dir;
	else if (r == 0 && e->prof->job_dir &&
	    (r = private_dir(e, tmp, dir, sizeof(dir), &err)) == 0)
		jd = dir;
	if (r == 0)
		r = job_spec(j, e, jd, &err);
	if (r == 0)
		r = worker_pass(j, e->spec, &err);
	rp.conn = WORKER_CONN;
	rp.id = j->id;
	rp.argv = e->spec->argv;
	if (r == 0)
		r = run_held(e->spec, &h, &res, &err);
	if (r < 0)
		_exit(refuse(WORKER_CONN, j->id, &err));
	_exit(reply_end(&rp, &res));
}

/* A prepared worker's state: the job, once the daemon handed it over. */
struct pooled {
	struct reply rp; /* first: held.h's arg is this struct */
	int chan;
	int niced; /* prepared at POOL_NICE */
	struct pt_entry *e;
	struct job j;
	unsigned char frame[PROTO_MAX_FRAME];
};

/* The hand-over: the frame; the connection, stdin, stdout, stderr and
 * the passed descriptors. */
static int
pooled_recv(struct pooled *w, struct scif_err *err)
{
	struct proto_hdr h;
	int got[PROTO_MAX_FDS], n = 0, i;
	ssize_t len;

	len = proto_recv(
	    w->chan, w->frame, sizeof(w->frame), got, PROTO_MAX_FDS, &n);
	if (len > 0 && proto_hdr_parse(w->frame, (size_t)len, &h) == 0 &&
	    proto_run_parse(w->frame + PROTO_HDR_LEN,
		(size_t)len - PROTO_HDR_LEN, &w->j.run) == 0 &&
	    (w->j.run.flags & PROTO_RUN_JOBDIR) == 0 &&
	    n == 4 + (int)w->j.run.npass) {
		w->j.id = h.id;
		w->j.conn_fd = got[0];
		w->rp.conn = got[0];
		w->rp.id = h.id;
		memcpy(w->j.fds, got + 1, (size_t)(n - 1) * sizeof(int));
		w->j.nfd = n - 1;
		return 0;
	}
	for (i = 0; i < n; i++)
		(void)close(got[i]);
	return err_set(err, SCIF_E_SETUP, len < 0 ? (int)-len : EPROTO,
	    "pool: no job came from the daemon");
}

/*
 * A root daemon prepares its sandboxes at nice 19, so that a refill
 * yields the CPU to running jobs; the job itself runs at nice 0: the
 * worker restores its own once prepared (CAP_SYS_NICE), run_held() its
 * sandbox's when the job comes (held_nice_follow).  Without that capability (not root; root in Docker)
 * nothing could restore it, so the daemon prepares at its own priority.
 */
#define POOL_NICE 19

/* 1 when lowered.  Failing, the worker prepares at its priority: slower
 * jobs meanwhile, nothing looser. */
static int
nice_begin(void)
{
	return identity_has_cap(CAP_SYS_NICE) &&
	    getpriority(PRIO_PROCESS, 0) == 0 &&
	    setpriority(PRIO_PROCESS, 0, POOL_NICE) == 0;
}

static int
nice_end(struct scif_err *err)
{
	if (setpriority(PRIO_PROCESS, 0, 0) < 0)
		return err_set(
		    err, SCIF_E_SETUP, errno, "pool: restoring the priority");
	return 0;
}

/* held.h's wait: say ready, then the job or the end of the sandbox. */
static int
pooled_wait(void *arg, int child_fd, struct held_fds *f, struct scif_err *err)
{
	struct pooled *w = arg;
	struct pollfd p[2] = { { w->chan, POLLIN, 0 },
		{ child_fd, POLLIN, 0 } };

	/* The worker waits at normal priority: it must see its sandbox
	 * end before the daemon hands it a job.  The sandbox stays at
	 * POOL_NICE until its job comes (held_nice_follow). */
	if (w->niced && nice_end(err) < 0)
		return -1;
	if (write(w->chan, "R", 1) != 1)
		return err_set(err, SCIF_E_SETUP, errno, "pool: write");
	while (poll(p, 2, -1) < 0) {
		if (errno != EINTR)
			return err_set(err, SCIF_E_SETUP, errno, "pool: poll");
	}
	/* The job first, if it came: its client gets the reply. */
	if ((p[0].revents & POLLIN) == 0)
		return err_set(err, SCIF_E_SETUP, ECHILD,
		    "pool: the prepared sandbox ended");
	if (pooled_recv(w, err) < 0)
		return -1;
	if (p[1].revents != 0)
		return err_set(err, SCIF_E_SETUP, ECHILD,
		    "pool: the prepared sandbox ended");
	job_fds(&w->j, f);
	/* The profile's template, which the sandbox was prepared from,
	 * becomes the job: argv, tighter limits, a shorter wall clock.  The
	 * reply names the job's argv, which only now is the spec's. */
	if (job_spec(&w->j, w->e, NULL, err) < 0)
		return -1;
	w->rp.argv = w->e->spec->argv;
	return 0;
}

/* The sandbox is prepared with the private directory in it. */
static int
pooled_dir(struct pt_entry *e, const char *tmp, struct scif_err *err)
{
	char dir[PATH_MAX];

	if (!e->prof->job_dir)
		return 0;
	if (private_dir(e, tmp, dir, sizeof(dir), err) < 0 ||
	    scif_spec_add_path(e->spec, dir, SCIF_ACCESS_RW, err) < 0 ||
	    scif_spec_set_cwd(e->spec, dir, err) < 0)
		return -1;
	return profile_check(e->prof, e->spec, 0, err);
}

static void __attribute__((noreturn))
pooled(struct pt_entry *e, const char *tmp, int chan, pid_t daemon)
{
	struct held h = { pooled_wait, NULL, reply_done };
	int fd[2] = { chan, e->spec->netns_fd }, at[2] = { 3, 4 }, r;
	size_t n = fd[1] >= 0 ? 2 : 1;
	struct scif_result res;
	struct scif_err err;
	struct pooled *w;
	sigset_t term;

	/* An idle worker must not outlive the daemon.  The channel on 3,
	 * the shared net namespace on 4, nothing else. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0 ||
	    getppid() != daemon || fds_place(fd, at, n, 4, &err) < 0 ||
	    keep_netns(e->spec, 4, &err) < 0 ||
	    syscall(SYS_close_range, 3U + (unsigned)n, ~0U, 0U) < 0 ||
	    (w = calloc(1, sizeof(*w))) == NULL)
		_exit(POOL_IDLE);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	if (sigprocmask(SIG_SETMASK, &term, NULL) < 0 ||
	    signal(SIGPIPE, SIG_DFL) == SIG_ERR)
		_exit(POOL_IDLE);
	w->chan = 3;
	w->e = e;
	w->j.conn_fd = -1;
	w->rp.conn = -1;
	h.arg = w;
	err_clear(&err);
	memset(&res, 0, sizeof(res));
	w->niced = nice_begin();
	if (pooled_dir(e, tmp, &err) < 0)
		_exit(POOL_IDLE);
	r = run_held(e->spec, &h, &res, &err);
	if (w->j.conn_fd < 0)
		_exit(POOL_IDLE);
	if (r < 0)
		_exit(refuse(w->j.conn_fd, w->j.id, &err));
	_exit(reply_end(&w->rp, &res));
}

pid_t
pool_prepare(struct pt_entry *e, const char *tmp, int *chan)
{
	pid_t pid, daemon = getpid();
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return -errno;
	if ((pid = fork()) < 0) {
		pid = -errno;
		(void)close(sv[0]);
		(void)close(sv[1]);
		return pid;
	}
	if (pid == 0) {
		(void)close(sv[0]);
		pooled(e, tmp, sv[1], daemon);
	}
	(void)close(sv[1]);
	*chan = sv[0];
	return pid;
}

int
pool_hand(int chan, const struct job *j)
{
	struct proto_buf b = { j->frame, j->frame_len, j->frame_len,
		j->frame_len, 0 };
	int fds[PROTO_MAX_FDS], i;

	/* A pooled job has no job directory: stdio and the passed ones. */
	if (j->nfd > PROTO_MAX_FDS - 1)
		return -EINVAL;
	fds[0] = j->conn_fd;
	for (i = 0; i < j->nfd; i++)
		fds[i + 1] = j->fds[i];
	return proto_send(chan, &b, fds, j->nfd + 1);
}

pid_t
pool_start(const struct job *j, struct pt_entry *e, const char *tmp)
{
	pid_t pid;

	if ((pid = fork()) < 0)
		return -errno;
	if (pid == 0)
		worker(j, e, tmp);
	return pid;
}

void
pool_job_free(struct job *j)
{
	int i;

	if (j == NULL)
		return;
	for (i = 0; i < j->nfd; i++) {
		if (j->fds[i] >= 0)
			(void)close(j->fds[i]);
	}
	free(j->frame);
	free(j);
}
