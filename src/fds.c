/* fds.c - a job sees only the descriptors it was given. */
#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "err.h"
#include "fds.h"

static void
insert_sorted(struct fds_plan *p, int fd)
{
	size_t i, j;

	for (i = 0; i < p->n && p->keep[i] < fd; i++)
		;
	if (i < p->n && p->keep[i] == fd)
		return;
	for (j = p->n; j > i; j--)
		p->keep[j] = p->keep[j - 1];
	p->keep[i] = fd;
	p->n++;
}

void
fds_plan_init(struct fds_plan *p, const int *pass, size_t npass,
    const int *internal, size_t ninternal)
{
	size_t i;

	p->n = 0;
	p->ninherit = 0;
	insert_sorted(p, 0);
	insert_sorted(p, 1);
	insert_sorted(p, 2);
	for (i = 0; i < ninternal && i < 5; i++) {
		if (internal[i] >= 0)
			insert_sorted(p, internal[i]);
	}
	for (i = 0; i < npass && i < SPEC_MAX_PASS_FDS; i++) {
		insert_sorted(p, pass[i]);
		p->inherit[p->ninherit++] = pass[i];
	}
}

static int
close_from_to(unsigned lo, unsigned hi, struct scif_err *err)
{
	if (lo > hi)
		return 0;
	if (syscall(SYS_close_range, lo, hi, 0) < 0)
		return err_layer(
		    err, "fds", errno, "close_range(%u, %u)", lo, hi);
	return 0;
}

int
fds_apply(const struct fds_plan *p, struct scif_err *err)
{
	unsigned next = 0;
	size_t i;
	int flags;

	for (i = 0; i < p->n; i++) {
		if (p->keep[i] > 0 &&
		    close_from_to(next, (unsigned)p->keep[i] - 1, err) < 0)
			return -1;
		next = (unsigned)p->keep[i] + 1;
	}
	if (close_from_to(next, ~0U, err) < 0)
		return -1;
	for (i = 0; i < p->ninherit; i++) {
		if ((flags = fcntl(p->inherit[i], F_GETFD)) < 0 ||
		    fcntl(p->inherit[i], F_SETFD, flags & ~FD_CLOEXEC) < 0)
			return err_layer(err, "fds", errno,
			    "pass descriptor %d", p->inherit[i]);
	}
	return 0;
}

int
fds_place(int *fd, const int *at, size_t n, int top, struct scif_err *err)
{
	size_t i;
	int up;

	for (i = 0; i < n; i++) {
		if (fd[i] > top)
			continue;
		if ((up = fcntl(fd[i], F_DUPFD_CLOEXEC, top + 1)) < 0)
			return err_layer(err, "fds", errno,
			    "moving descriptor %d above %d", fd[i], top);
		if (close(fd[i]) < 0) {
			(void)close(up);
			return err_layer(
			    err, "fds", errno, "closing descriptor %d", fd[i]);
		}
		fd[i] = up;
	}
	for (i = 0; i < n; i++) {
		if (at[i] < 0)
			continue;
		if (dup2(fd[i], at[i]) < 0)
			return err_layer(err, "fds", errno,
			    "descriptor %d as %d", fd[i], at[i]);
		if (close(fd[i]) < 0)
			return err_layer(
			    err, "fds", errno, "closing descriptor %d", fd[i]);
		fd[i] = at[i];
	}
	return 0;
}
