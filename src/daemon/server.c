/*
 * server.c - scif serve's event loop: one process, poll(2) over the
 * listening socket, a signalfd and the clients.  It reads and checks
 * requests (frames, versions, sizes, descriptors, profile names) and
 * hands each job to a worker (pool.c) when fewer than max_jobs run, else
 * queues it, else answers busy.  A bad client gets an error reply and is
 * dropped; nothing it sends reaches another job.
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
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "daemon/jobtmp.h"
#include "daemon/pool.h"
#include "daemon/proto.h"
#include "daemon/ptable.h"
#include "daemon/server.h"
#include "daemon/stats.h"
#include "daemon/warm.h"
#include "err.h"
#include "identity.h"

#define MAX_CONNS SERVER_MAX_CONNS
#define ACCEPT_RETRY_MS 100

struct conn {
	int fd; /* -1: a free slot */
	uid_t uid;
	int busy; /* its job runs or waits: not read meanwhile */
};

struct srv {
	const struct server_conf *conf;
	int lfd, sfd;
	int draining;
	int accept_paused; /* out of descriptors: until one is freed */
	int tmp_lock; /* held while we live: the base is ours (jobtmp.h) */
	int netns; /* the sandboxes' shared net namespace, or -1 */
	struct ptable pt;
	struct conn conns[MAX_CONNS];
	unsigned nconns;
	struct job **running; /* max_jobs slots */
	unsigned nrunning;
	struct job **queue; /* a ring of conf->queue */
	unsigned qhead, nqueued;
	struct stats st;
	struct warm warm;
	char tmp[PATH_MAX]; /* the workers' private directories */
	unsigned char frame[PROTO_MAX_FRAME];
	struct pollfd pfd[MAX_CONNS + 2];
	int pconn[MAX_CONNS + 2];
};

static uint64_t
mono_us(void)
{
	struct timespec ts;

	(void)clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static void
logmsg(const char *what, const char *detail)
{
	(void)fprintf(stderr, "scif serve: %s%s\n", what, detail);
}

static void
conn_close(struct srv *s, int c)
{
	unsigned i, k;
	struct job *j;

	if (s->conns[c].fd < 0)
		return;
	/* Its running job is aborted (the worker's scif_run reads SIGTERM
	 * and kills the whole job); a waiting one is dropped. */
	for (i = 0; i < s->conf->max_jobs; i++) {
		if ((j = s->running[i]) != NULL && j->conn == c) {
			j->conn = -1;
			(void)kill(j->pid, SIGTERM);
		}
	}
	for (i = 0; i < s->nqueued; i++) {
		k = (s->qhead + i) % s->conf->queue;
		if (s->queue[k] != NULL && s->queue[k]->conn == c) {
			pool_job_free(s->queue[k]);
			s->queue[k] = NULL; /* skipped when dequeued */
		}
	}
	(void)close(s->conns[c].fd);
	s->conns[c].fd = -1;
	s->conns[c].busy = 0;
	s->nconns--;
	s->accept_paused = 0;
}

/* An error reply, then the client is dropped. */
static void
reject(struct srv *s, int c, uint32_t id, int code, const char *msg)
{
	int status = code == PROTO_E_BUSY || code == PROTO_E_DRAINING
	    ? SCIF_EXIT_SETUP
	    : SCIF_EXIT_USAGE;

	s->st.rejected++;
	(void)proto_send_error(s->conns[c].fd, id, (uint32_t)code, status, msg);
	conn_close(s, c);
}

/* A prepared sandbox of e's profile, if one is ready and the job needs
 * no job directory (which a sandbox prepared ahead cannot have). */
static pid_t
job_take_warm(struct srv *s, struct job *j, struct pt_entry *e)
{
	pid_t pid;
	int chan;

	if ((j->run.flags & PROTO_RUN_JOBDIR) != 0 ||
	    (pid = warm_take(&s->warm, (size_t)(e - s->pt.e), &chan)) < 0)
		return -1;
	if (pool_hand(chan, j) < 0) {
		(void)kill(pid, SIGKILL); /* reaped as a stranger */
		pid = -1;
	}
	(void)close(chan);
	return pid;
}

static void
job_start(struct srv *s, struct job *j)
{
	struct pt_entry *e = ptable_find(&s->pt, j->run.profile);
	unsigned i;
	int c = j->conn;
	pid_t pid = -1;

	if (e != NULL && (pid = job_take_warm(s, j, e)) > 0)
		s->st.pooled++;
	if (e == NULL || (pid < 0 && (pid = pool_start(j, e, s->tmp)) < 0)) {
		uint32_t id = j->id;

		pool_job_free(j);
		reject(s, c, id, e == NULL ? PROTO_E_REFUSED : PROTO_E_SETUP,
		    e == NULL ? "the profile is gone (reloaded)"
			      : "cannot fork a worker");
		return;
	}
	j->pid = pid;
	/* The worker holds the client's descriptors now. */
	for (i = 0; i < (unsigned)j->nfd; i++) {
		(void)close(j->fds[i]);
		j->fds[i] = -1;
	}
	s->accept_paused = 0;
	for (i = 0; i < s->conf->max_jobs; i++) {
		if (s->running[i] == NULL) {
			s->running[i] = j;
			s->nrunning++;
			return;
		}
	}
}

static void
dequeue(struct srv *s)
{
	struct job *j;

	while (s->nqueued > 0 && s->nrunning < s->conf->max_jobs) {
		j = s->queue[s->qhead];
		s->queue[s->qhead] = NULL;
		s->qhead = (s->qhead + 1) % s->conf->queue;
		s->nqueued--;
		if (j != NULL)
			job_start(s, j);
	}
}

static void
reap(struct srv *s)
{
	struct job *j;
	unsigned i;
	pid_t pid;
	int st, c;

	while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
		jobtmp_remove(s->tmp, pid);
		if (warm_reaped(&s->warm, pid, st))
			continue;
		for (i = 0; i < s->conf->max_jobs; i++) {
			if ((j = s->running[i]) == NULL || j->pid != pid)
				continue;
			stats_job(&s->st, WIFEXITED(st) ? WEXITSTATUS(st) : -1,
			    mono_us() - j->t0_us);
			/* A prepared worker that could not take the job. */
			if (WIFEXITED(st) && WEXITSTATUS(st) == POOL_IDLE &&
			    j->conn >= 0)
				(void)proto_send_error(s->conns[j->conn].fd,
				    j->id, PROTO_E_SETUP, SCIF_EXIT_SETUP,
				    "the prepared sandbox was gone");
			else if (!WIFEXITED(st) ||
			    (WEXITSTATUS(st) & ~POOL_VIOLATED) > POOL_GONE)
				logmsg("a worker died: ",
				    WIFSIGNALED(st) ? strsignal(WTERMSIG(st))
						    : "bad exit status");
			/* Gone from the table before its client may be
			 * closed: its pid is free for reuse now. */
			c = j->conn;
			s->running[i] = NULL;
			s->nrunning--;
			pool_job_free(j);
			if (c >= 0) {
				s->conns[c].busy = 0;
				if (s->draining)
					conn_close(s, c);
			}
		}
	}
	dequeue(s);
}

static int
allowed(const struct server_conf *conf, const struct ucred *cr)
{
	size_t i;

	if (conf->nuids == 0 && conf->ngids == 0)
		return cr->uid == geteuid();
	for (i = 0; i < conf->nuids; i++) {
		if (conf->uids[i] == cr->uid)
			return 1;
	}
	for (i = 0; i < conf->ngids; i++) {
		if (conf->gids[i] == cr->gid)
			return 1;
	}
	return 0;
}

/* The connections uid holds, the one just accepted included. */
static unsigned
conns_of(const struct srv *s, uid_t uid)
{
	unsigned n = 0;
	int c;

	for (c = 0; c < MAX_CONNS; c++)
		n += s->conns[c].fd >= 0 && s->conns[c].uid == uid;
	return n;
}

/*
 * Out of descriptors, a pending connection keeps the listening socket
 * readable: polling it would spin.  It is left alone until a client
 * leaves, a job takes its descriptors away, or ACCEPT_RETRY_MS pass
 * (accept_paused).
 */
static void
accept_failed(struct srv *s, int e)
{
	if ((e == EMFILE || e == ENFILE) && !s->accept_paused) {
		s->accept_paused = 1;
		logmsg("out of descriptors: accepting paused until one is "
		       "freed",
		    "");
	}
}

static void
accept_all(struct srv *s)
{
	struct ucred cr;
	socklen_t len;
	char msg[96];
	int fd, c;

	for (;;) {
		if ((fd = accept4(s->lfd, NULL, NULL,
			 SOCK_CLOEXEC | SOCK_NONBLOCK)) < 0) {
			accept_failed(s, errno);
			return;
		}
		for (c = 0; c < MAX_CONNS && s->conns[c].fd >= 0; c++)
			;
		if (c == MAX_CONNS) {
			(void)proto_send_error(fd, 0, PROTO_E_BUSY,
			    SCIF_EXIT_SETUP, "busy: too many connections");
			(void)close(fd);
			continue;
		}
		s->conns[c].fd = fd;
		s->conns[c].busy = 0;
		s->nconns++;
		len = sizeof(cr);
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &len) < 0 ||
		    len != sizeof(cr)) {
			reject(s, c, 0, PROTO_E_DENIED, "no peer credentials");
			continue;
		}
		s->conns[c].uid = cr.uid;
		if (!allowed(s->conf, &cr)) {
			(void)snprintf(msg, sizeof(msg),
			    "uid %u gid %u is not allowed to use this daemon",
			    (unsigned)cr.uid, (unsigned)cr.gid);
			reject(s, c, 0, PROTO_E_DENIED, msg);
		} else if (conns_of(s, cr.uid) > s->conf->max_conns_uid) {
			/* One uid must not hold every slot. */
			(void)snprintf(msg, sizeof(msg),
			    "busy: uid %u holds %u connections already",
			    (unsigned)cr.uid, s->conf->max_conns_uid);
			reject(s, c, 0, PROTO_E_BUSY, msg);
		}
	}
}

/*
 * What the request's descriptors are: stdio may not be a directory or a
 * socket; the job directory must be a directory; a passed descriptor must
 * be a regular file or a pipe.  None may be an O_PATH one, which stands
 * for a path more than for an open file.
 */
static const char *
check_fds(const struct job *j)
{
	int i, pass = PROTO_RUN_PASS_FIRST(&j->run), fl;
	struct stat st;

	for (i = 0; i < j->nfd; i++) {
		if (fstat(j->fds[i], &st) < 0 ||
		    (fl = fcntl(j->fds[i], F_GETFL)) < 0)
			return "a descriptor cannot be examined";
		if ((fl & O_PATH) != 0 && (i < 3 || i >= pass))
			return "a descriptor is an O_PATH one";
		if (i < 3 && S_ISDIR(st.st_mode))
			return "stdin, stdout and stderr may not be "
			       "directories";
		if (i < 3 && S_ISSOCK(st.st_mode))
			return "stdin, stdout and stderr may not be sockets";
		if (i == 3 && i < pass && !S_ISDIR(st.st_mode))
			return "the job directory is not a directory";
		if (i >= pass && !S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
			return "a passed descriptor is not a regular file "
			       "or a pipe";
	}
	return NULL;
}

static void
send_stats(struct srv *s, int c, uint32_t id)
{
	struct stats_now now = { s->nrunning, s->nqueued, s->nconns,
		warm_ready(&s->warm), s->draining, s->netns >= 0 };
	char *json = stats_json(&s->st, &now);
	struct proto_buf b;

	if (json == NULL ||
	    proto_buf_init(&b, PROTO_STATS_REPLY, id, PROTO_MAX_FRAME) < 0) {
		free(json);
		conn_close(s, c);
		return;
	}
	proto_add_str(&b, json);
	free(json);
	if (proto_buf_end(&b) < 0 ||
	    proto_send(s->conns[c].fd, &b, NULL, 0) < 0)
		conn_close(s, c);
	proto_buf_free(&b);
}

/* A RUN request: checked whole, then started, queued or refused. */
static void
run_request(
    struct srv *s, int c, const struct proto_hdr *h, size_t n, struct job *j)
{
	const char *why;
	unsigned k;

	j->id = h->id;
	j->conn = c;
	j->conn_fd = s->conns[c].fd;
	j->t0_us = mono_us();
	if ((j->frame = malloc(n + 1)) == NULL) {
		pool_job_free(j);
		reject(s, c, h->id, PROTO_E_SETUP, "out of memory");
		return;
	}
	memcpy(j->frame, s->frame, n);
	j->frame_len = n;
	if (proto_run_parse(
		j->frame + PROTO_HDR_LEN, n - PROTO_HDR_LEN, &j->run) < 0)
		why = "malformed RUN request";
	else if (j->nfd != PROTO_RUN_PASS_FIRST(&j->run) + (int)j->run.npass)
		why = "a RUN request carries stdin, stdout, stderr and, "
		      "as its flags say, a job directory and the passed "
		      "descriptors";
	else
		why = check_fds(j);
	if (why != NULL) {
		pool_job_free(j);
		reject(s, c, h->id, PROTO_E_MALFORMED, why);
		return;
	}
	if (ptable_find(&s->pt, j->run.profile) == NULL) {
		pool_job_free(j);
		reject(s, c, h->id, PROTO_E_REFUSED, "no such profile");
		return;
	}
	s->conns[c].busy = 1;
	if (s->nrunning < s->conf->max_jobs) {
		job_start(s, j);
		return;
	}
	if (s->nqueued == s->conf->queue) {
		pool_job_free(j);
		reject(s, c, h->id, PROTO_E_BUSY,
		    "busy: every job slot and the queue are full");
		return;
	}
	k = (s->qhead + s->nqueued) % s->conf->queue;
	s->queue[k] = j;
	s->nqueued++;
}

/* Whether one more descriptor would fail to open (EMFILE, ENFILE):
 * tried on fd, one of ours that is open. */
static int
out_of_fds(int fd)
{
	fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);

	if (fd >= 0) {
		(void)close(fd);
		return 0;
	}
	return errno == EMFILE || errno == ENFILE;
}

static void
read_request(struct srv *s, int c)
{
	struct proto_hdr h;
	struct job *j;
	ssize_t n;
	int fds[PROTO_MAX_FDS], nfd = 0, i, code;

	n = proto_recv(s->conns[c].fd, s->frame, sizeof(s->frame), fds,
	    PROTO_MAX_FDS, &nfd);
	if (n == -EAGAIN)
		return;
	if (n == -EMSGSIZE) {
		reject(s, c, 0, PROTO_E_TOOBIG, "message too large");
		return;
	}
	/* Descriptors the kernel could not give us, or not SCM_RIGHTS. */
	if (n == -EBADMSG && out_of_fds(s->sfd)) {
		s->accept_paused = 1;
		reject(s, c, 0, PROTO_E_BUSY,
		    "busy: the daemon is out of descriptors");
		return;
	}
	if (n == -EBADMSG) {
		reject(s, c, 0, PROTO_E_MALFORMED, "malformed descriptors");
		return;
	}
	if (n <= 0) {
		conn_close(s, c);
		return;
	}
	code = proto_hdr_parse(s->frame, (size_t)n, &h);
	if (code == 0 && h.type == PROTO_RUN && !s->draining) {
		if ((j = calloc(1, sizeof(*j))) == NULL)
			code = PROTO_E_SETUP;
		else {
			memcpy(j->fds, fds, sizeof(int) * (size_t)nfd);
			j->nfd = nfd;
			run_request(s, c, &h, (size_t)n, j);
			return;
		}
	}
	for (i = 0; i < nfd; i++)
		(void)close(fds[i]);
	if (code == 0 && h.type == PROTO_STATS && n == PROTO_HDR_LEN &&
	    nfd == 0) {
		send_stats(s, c, h.id);
		return;
	}
	if (code == 0 && h.type == PROTO_RUN)
		reject(s, c, h.id, PROTO_E_DRAINING, "shutting down");
	else if (code == PROTO_E_VERSION)
		reject(s, c, h.id, code, "unsupported protocol version");
	else if (code != 0)
		reject(s, c, 0, code, "malformed message");
	else
		reject(s, c, h.id, PROTO_E_MALFORMED,
		    "unknown message type or malformed STATS request");
}

static void
drain(struct srv *s)
{
	unsigned i;
	int c;

	if (s->draining)
		return;
	s->draining = 1;
	warm_free(&s->warm);
	if (s->lfd >= 0)
		(void)close(s->lfd);
	s->lfd = -1;
	if (s->conf->socket_path != NULL)
		(void)unlink(s->conf->socket_path);
	for (i = 0; i < s->nqueued; i++) {
		struct job *j = s->queue[(s->qhead + i) % s->conf->queue];

		if (j != NULL && j->conn >= 0)
			reject(s, j->conn, j->id, PROTO_E_DRAINING,
			    "shutting down");
	}
	/* Each was freed with its client. */
	s->nqueued = 0;
	s->qhead = 0;
	for (c = 0; c < MAX_CONNS; c++) {
		if (s->conns[c].fd >= 0 && !s->conns[c].busy)
			conn_close(s, c);
	}
}

/* Every profile's sandboxes join our net namespace, where run.c finds
 * that sharing exposes nothing (scif_spec_share_netns()). */
static void
share_netns(struct ptable *pt, int fd)
{
	struct scif_err err;
	size_t i;

	for (i = 0; i < pt->n; i++)
		(void)scif_spec_share_netns(pt->e[i].spec, fd, &err);
}

static void
reload(struct srv *s)
{
	struct ptable nt;
	struct scif_err err;

	err_clear(&err);
	if (ptable_load(&nt, s->conf->dirs, &err) < 0) {
		logmsg("reload failed, keeping the old profiles: ", err.msg);
		return;
	}
	/* The prepared sandboxes hold the old profiles. */
	warm_free(&s->warm);
	ptable_free(&s->pt);
	s->pt = nt;
	share_netns(&s->pt, s->netns);
	if (warm_init(&s->warm, nt.n, s->conf->pool, s->tmp) < 0)
		logmsg("reload: out of memory for the pool", "");
	logmsg("profiles reloaded", "");
}

static void
signals(struct srv *s)
{
	struct signalfd_siginfo si;

	while (read(s->sfd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		if (si.ssi_signo == SIGCHLD)
			reap(s);
		else if (si.ssi_signo == SIGHUP)
			reload(s);
		else
			drain(s);
	}
	reap(s); /* SIGCHLDs coalesce: look every time */
}

static int
one_round(struct srv *s)
{
	nfds_t n = 0;
	nfds_t i;
	int c, r;

	s->pfd[n].fd = s->sfd;
	s->pfd[n].events = POLLIN;
	s->pconn[n++] = -1;
	if (s->lfd >= 0) {
		s->pfd[n].fd = s->lfd;
		s->pfd[n].events = s->accept_paused ? 0 : POLLIN;
		s->pconn[n++] = -2;
	}
	for (c = 0; c < MAX_CONNS; c++) {
		if (s->conns[c].fd < 0)
			continue;
		s->pfd[n].fd = s->conns[c].fd;
		/* A busy client is only watched for hanging up. */
		s->pfd[n].events = s->conns[c].busy ? 0 : POLLIN;
		s->pconn[n++] = c;
	}
	if (!s->draining)
		warm_fill(&s->warm, &s->pt);
	/* Paused, accepting is tried again when a descriptor is freed, and
	 * at the latest after ACCEPT_RETRY_MS: what freed one may be no
	 * client of ours (a worker's end). */
	r = poll(s->pfd, n, s->accept_paused ? ACCEPT_RETRY_MS : -1);
	if (r < 0)
		return errno == EINTR ? 0 : -errno;
	if (r == 0)
		s->accept_paused = 0;
	for (i = 0; i < n; i++) {
		if (s->pfd[i].revents == 0)
			continue;
		c = s->pconn[i];
		if (c == -1)
			signals(s);
		else if (c == -2 && s->lfd >= 0)
			accept_all(s);
		else if (c >= 0 && s->conns[c].fd == s->pfd[i].fd) {
			if (!s->conns[c].busy &&
			    (s->pfd[i].revents & POLLIN) != 0)
				read_request(s, c);
			else if ((s->pfd[i].revents &
				     (POLLHUP | POLLERR | POLLNVAL)) != 0)
				conn_close(s, c);
		}
	}
	return 0;
}

/* The workers' private directories' base, ours and locked; then the
 * bases that daemons killed before left.  After our own is locked: two
 * daemons starting at once each find the other's base held. */
static int
tmp_init(struct srv *s, struct scif_err *err)
{
	char msg[16];
	int n;

	if (jobtmp_base(s->tmp, sizeof(s->tmp), &s->tmp_lock, err) < 0)
		return -1;
	if ((n = jobtmp_reap_stale()) > 0) {
		(void)snprintf(msg, sizeof(msg), "%d", n);
		logmsg("private directories of daemons killed before: removed ",
		    msg);
	}
	return 0;
}

/*
 * As root, one empty net namespace for all the sandboxes: making one per
 * sandbox, and tearing it down after, is most of what a root daemon's
 * job costs the machine (bench/RESULTS.md).  Without it each sandbox
 * makes its own, as before: slower, no looser.
 */
static void
netns_init(struct srv *s)
{
	struct scif_err err;

	if (geteuid() != 0 || !identity_has_cap(CAP_SYS_ADMIN))
		return;
	if ((s->netns = scif_netns_new(&err)) < 0)
		logmsg("no shared net namespace, one per sandbox: ", err.msg);
	share_netns(&s->pt, s->netns);
}

static int
srv_init(struct srv *s, const struct server_conf *conf, struct scif_err *err)
{
	sigset_t set;
	int c;

	s->conf = conf;
	s->lfd = s->sfd = s->tmp_lock = s->netns = -1;
	for (c = 0; c < MAX_CONNS; c++)
		s->conns[c].fd = -1;
	s->running = calloc(conf->max_jobs, sizeof(struct job *));
	s->queue = calloc(conf->queue, sizeof(struct job *));
	if (s->running == NULL || s->queue == NULL)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "serve");
	if (ptable_load(&s->pt, conf->dirs, err) < 0)
		return -1;
	if (s->pt.n == 0)
		return err_set(
		    err, SCIF_E_USAGE, 0, "serve: no profiles found");
	if (tmp_init(s, err) < 0)
		return -1;
	netns_init(s);
	if (warm_init(&s->warm, s->pt.n, conf->pool, s->tmp) < 0)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "serve");
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0 ||
	    signal(SIGPIPE, SIG_IGN) == SIG_ERR ||
	    (s->sfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK)) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "serve: signals");
	if ((s->lfd = server_listen(conf->socket_path, err)) < 0)
		return -1;
	return 0;
}

static void
srv_free(struct srv *s)
{
	unsigned i;
	int c;

	for (c = 0; c < MAX_CONNS; c++)
		conn_close(s, c);
	for (i = 0; i < s->conf->queue && s->queue != NULL; i++)
		pool_job_free(s->queue[i]);
	free(s->queue);
	free(s->running);
	warm_free(&s->warm);
	ptable_free(&s->pt);
	if (s->tmp[0] != '\0')
		jobtmp_remove_base(s->tmp);
	if (s->tmp_lock >= 0)
		(void)close(s->tmp_lock);
	if (s->netns >= 0)
		(void)close(s->netns);
	if (s->sfd >= 0)
		(void)close(s->sfd);
	if (s->lfd >= 0)
		(void)close(s->lfd);
}

int
server_run(const struct server_conf *conf, struct scif_err *err)
{
	struct srv *s;
	int r = 0;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "serve");
	if (srv_init(s, conf, err) < 0) {
		srv_free(s);
		free(s);
		return -1;
	}
	while (!s->draining || s->nrunning > 0 || s->nqueued > 0) {
		if ((r = one_round(s)) < 0)
			break;
	}
	if (s->lfd >= 0 && conf->socket_path != NULL)
		(void)unlink(conf->socket_path);
	srv_free(s);
	free(s);
	if (r < 0)
		return err_set(err, SCIF_E_SETUP, -r, "serve: poll");
	return 0;
}
