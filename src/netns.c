/*
 * netns.c - the net namespace, made by the supervisor while the child
 * builds its file system (see netns.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "childrec.h"
#include "err.h"
#include "netns.h"
#include "ns.h"

/* A process that only holds the namespace until its parent has opened
 * it; killed right after, or with its parent. */
static void __attribute__((noreturn)) hold(pid_t parent)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0 ||
	    getppid() != parent)
		_exit(1);
	for (;;)
		(void)pause();
}

/* A new net namespace as a descriptor, or -errno. */
static int
make(void)
{
	char path[64];
	pid_t self = getpid(), h;
	int fd, e, st;

	h = (pid_t)syscall(
	    SYS_clone, CLONE_NEWNET | SIGCHLD, NULL, NULL, NULL, NULL);
	if (h < 0)
		return -errno;
	if (h == 0)
		hold(self);
	(void)snprintf(path, sizeof(path), "/proc/%d/ns/net", (int)h);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	e = errno;
	(void)kill(h, SIGKILL);
	while (waitpid(h, &st, __WALL) < 0 && errno == EINTR)
		;
	return fd < 0 ? -e : fd;
}

int
netns_send(int report_fd)
{
	struct child_record rec;
	int fd = make(), r;

	memset(&rec, 0, sizeof(rec));
	rec.kind = REC_NETNS;
	if (fd < 0)
		(void)err_layer(
		    &rec.err, "net namespace", -fd, "clone(CLONE_NEWNET)");
	r = childrec_send(report_fd, &rec, fd);
	if (fd >= 0)
		(void)close(fd);
	return r;
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
	if (fd >= 0 && setns(fd, CLONE_NEWNET) == 0)
		r = 0;
	else
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
