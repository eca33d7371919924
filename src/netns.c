/*
 * netns.c - the net namespace, made by a holder process while the
 * supervisor plans and the child builds its file system (see netns.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "childrec.h"
#include "err.h"
#include "netns.h"
#include "ns.h"

/* The namespace's maker: the descriptor up over sock, then its end. */
static void __attribute__((noreturn)) make_one(int sock)
{
	struct child_record rec;
	int fd = -1;

	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_NETNS;
	if (unshare(CLONE_NEWNET) < 0)
		(void)err_layer(
		    &rec.err, "net namespace", errno, "unshare(CLONE_NEWNET)");
	else if ((fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC)) < 0)
		(void)err_layer(
		    &rec.err, "net namespace", errno, "open /proc/self/ns/net");
	_exit(childrec_send(sock, &rec, fd) < 0 ? 1 : 0);
}

/*
 * The holder: does the extra work, then makes the namespace, in its own
 * context, so that the kernel's work runs beside the supervisor's and the
 * child's, and sends both up.  It ends when the namespace is on its way;
 * the descriptor in flight keeps the namespace alive.
 */
static void __attribute__((noreturn))
hold(int sock, const struct netns_extra *x)
{
	struct child_record rec;
	int fd = -1;

	memset(&rec, 0, sizeof(rec));
	rec.kind = x->kind;
	if (x->make(x->arg, &fd, &rec.ns_active, &rec.err) < 0)
		rec.kind = REC_FAIL;
	if (childrec_send(sock, &rec, fd) < 0 || rec.kind == REC_FAIL)
		_exit(1);
	if (fd >= 0)
		(void)close(fd);
	make_one(sock);
}

/*
 * The CPUs other than ours into *set, where the holder should run: a new
 * process starts on its parent's CPU, where it would wait behind the
 * supervisor and then the child.  0 when there are none (or no telling).
 */
static int
elsewhere(cpu_set_t *set)
{
	int cpu = sched_getcpu();

	if (cpu < 0 || cpu >= CPU_SETSIZE ||
	    sched_getaffinity(0, sizeof(*set), set) < 0)
		return 0;
	CPU_CLR(cpu, set);
	return CPU_COUNT(set) > 0;
}

void
netns_start(struct netns_holder *h, const struct netns_extra *x)
{
	cpu_set_t set;
	int sv[2], move;

	h->pid = -1;
	h->sock = -1;
	h->kind = x->kind;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return;
	move = elsewhere(&set);
	h->pid = fork();
	/*
	 * Moved by whichever of the two runs first (in the holder h->pid
	 * is 0: itself); only a placement (an unmoved holder runs here,
	 * later).  A supervisor that has used up its time slice (planning a
	 * profile's mounts does) is preempted by its new child, which would
	 * otherwise do all its work on this CPU before we got it back: 0.8
	 * ms here, while the other CPU idled.
	 */
	if (h->pid >= 0 && move)
		(void)sched_setaffinity(h->pid, sizeof(set), &set);
	if (h->pid == 0) {
		(void)close(sv[0]);
		hold(sv[1], x);
	}
	(void)close(sv[1]);
	if (h->pid < 0) {
		(void)close(sv[0]);
		return;
	}
	h->sock = sv[0];
}

/* Reap the holder: what it had to say came over its socket. */
static void
reap(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, __WALL) < 0 && errno == EINTR)
		;
}

/* Pass one record on to the child; one gone cannot be told, and what it
 * reported (or its end) says why, so that is not our failure. */
static void
pass_on(int report_fd, const struct child_record *rec, int fd)
{
	(void)childrec_send(report_fd, rec, fd);
	if (fd >= 0)
		(void)close(fd);
}

/* The holder's extra record, *fd its descriptor; or -1 with err, the
 * holder ended. */
static int
recv_extra(struct netns_holder *h, struct child_record *rec, int *fd,
    struct scif_err *err)
{
	int r;

	*fd = -1;
	memset(rec, 0, sizeof(*rec));
	r = childrec_recv(h->sock, rec, fd);
	if (r > 0 && rec->kind == h->kind)
		return 0;
	if (*fd >= 0)
		(void)close(*fd);
	*fd = -1;
	if (r > 0 && rec->kind == REC_FAIL)
		*err = rec->err;
	else
		(void)err_set(err, SCIF_E_SETUP, r < 0 ? -r : EPROTO,
		    "the net namespace's holder");
	netns_stop(h);
	return -1;
}

int
netns_take_extra(
    struct netns_holder *h, int *fd, uint32_t *bits, struct scif_err *err)
{
	struct child_record rec;

	if (recv_extra(h, &rec, fd, err) < 0)
		return -1;
	*bits |= rec.ns_active;
	netns_stop(h);
	return 0;
}

int
netns_forward(struct netns_holder *h, int report_fd, int with_netns,
    uint32_t *bits, struct scif_err *err)
{
	struct child_record rec;
	int fd = -1, r;

	/* The extra record first: without it the child must not go on. */
	if (recv_extra(h, &rec, &fd, err) < 0)
		return -1;
	*bits |= rec.ns_active;
	pass_on(report_fd, &rec, fd);
	/* Then the namespace; without one, the child makes its own
	 * (netns_enter). */
	if (with_netns) {
		fd = -1;
		memset(&rec, 0, sizeof(rec));
		r = childrec_recv(h->sock, &rec, &fd);
		if (r <= 0 || rec.kind != REC_NETNS) {
			if (fd >= 0)
				(void)close(fd);
			fd = -1;
			memset(&rec, 0, sizeof(rec));
			rec.kind = REC_NETNS;
			(void)err_layer(&rec.err, "net namespace",
			    r < 0 ? -r : EPROTO, "the holder's");
		}
		pass_on(report_fd, &rec, fd);
	}
	netns_stop(h);
	return 0;
}

void
netns_stop(struct netns_holder *h)
{
	if (h->sock >= 0)
		(void)close(h->sock);
	h->sock = -1;
	if (h->pid > 0) {
		/* Done, or of no more use: its end is the same. */
		(void)kill(h->pid, SIGKILL);
		reap(h->pid);
	}
	h->pid = -1;
}

int
netns_send_shared(int report_fd, int fd, struct scif_err *err)
{
	struct child_record rec;
	int r;

	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_NETNS;
	rec.ns_active = NS_NET_SHARED;
	if ((r = childrec_send(report_fd, &rec, fd)) < 0)
		return err_layer(
		    err, "net namespace", -r, "sending the shared one");
	return 0;
}

int
scif_netns_new(struct scif_err *err)
{
	struct child_record rec;
	int sv[2], fd = -1, r;
	pid_t pid;

	err_clear(err);
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return err_layer(err, "net namespace", errno, "socketpair");
	if ((pid = fork()) == 0) {
		(void)close(sv[0]);
		make_one(sv[1]);
	}
	r = pid < 0 ? -errno : 0;
	(void)close(sv[1]);
	memset(&rec, 0, sizeof(rec));
	if (r == 0)
		r = childrec_recv(sv[0], &rec, &fd);
	(void)close(sv[0]);
	if (pid > 0)
		reap(pid);
	if (r > 0 && rec.kind == REC_NETNS && fd >= 0)
		return fd;
	if (fd >= 0)
		(void)close(fd);
	if (r > 0 && rec.kind == REC_NETNS)
		*err = rec.err;
	else
		(void)err_layer(err, "net namespace", r < 0 ? -r : EPROTO,
		    "making the shared one");
	return -1;
}

int
netns_enter(int report_fd, int required, unsigned *active, struct scif_err *err)
{
	struct child_record rec;
	int fd = -1, r, e;

	memset(&rec, 0, sizeof(rec));
	r = childrec_recv(report_fd, &rec, &fd);
	if (r <= 0 || rec.kind != REC_NETNS) {
		if (fd >= 0)
			(void)close(fd);
		return err_layer(err, "net namespace", r < 0 ? -r : EPROTO,
		    "waiting for the supervisor's");
	}
	/* Refused to the supervisor, or unusable: made here, as on the
	 * unshared path, with the same rules for a refusal. */
	if (fd >= 0 && setns(fd, CLONE_NEWNET) == 0) {
		r = 0;
		*active |= rec.ns_active & NS_NET_SHARED;
	} else
		r = unshare(CLONE_NEWNET);
	e = errno;
	if (fd >= 0)
		(void)close(fd);
	if (r == 0) {
		*active |= NS_NET;
		return 0;
	}
	if (required || !ns_refused(e))
		return err_layer(
		    err, "net namespace", e, "unshare(CLONE_NEWNET) failed");
	return 0;
}
