/*
 * ns_bench [N] - what each namespace scif makes costs here: for each,
 * the median time of unshare(2) in a fresh child, and of the child's
 * whole life (fork, unshare, exit, reaped) over that of a child that
 * makes none, which adds what the kernel does when the namespace goes.
 * Not root: each child enters a user namespace first, untimed.  A
 * benchmark: it prints a Markdown table and asserts nothing.
 */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "timing.h"

static const struct {
	const char *name;
	int flag;
} kinds[] = {
	{ "none", 0 },
	{ "mount", CLONE_NEWNS },
	{ "ipc", CLONE_NEWIPC },
	{ "uts", CLONE_NEWUTS },
	{ "cgroup", CLONE_NEWCGROUP },
	{ "pid (the unshare only)", CLONE_NEWPID },
	{ "net", CLONE_NEWNET },
};

/* One child: *call gets the unshare's time, the result the child's life. */
static double
one(int flag, int userns, double *call)
{
	double t0 = now_us(), t;
	int fd[2], st;
	pid_t pid;

	*call = -1;
	if (pipe(fd) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		if (userns && unshare(CLONE_NEWUSER) < 0)
			_exit(1);
		t = now_us();
		if (flag != 0 && unshare(flag) < 0)
			_exit(1);
		t = now_us() - t;
		if (write(fd[1], &t, sizeof(t)) != sizeof(t))
			_exit(1);
		_exit(0);
	}
	close(fd[1]);
	if (read(fd[0], call, sizeof(*call)) != sizeof(*call))
		*call = -1;
	close(fd[0]);
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0)
		return -1;
	return now_us() - t0;
}

int
main(int argc, char **argv)
{
	size_t k, nk = sizeof(kinds) / sizeof(kinds[0]);
	int i, n = argc > 1 ? atoi(argv[1]) : 300, userns = geteuid() != 0;
	double *c = calloc((size_t)n, sizeof(double));
	double *l = calloc((size_t)n, sizeof(double));
	double base = 0;

	if (n < 1 || c == NULL || l == NULL)
		return 64;
	printf(
	    "| namespace | runs | unshare µs | child's life over none, µs |\n");
	printf("| --- | ---: | ---: | ---: |\n");
	for (k = 0; k < nk; k++) {
		for (i = 0; i < n; i++) {
			l[i] = one(kinds[k].flag, userns, &c[i]);
			if (l[i] < 0 || c[i] < 0) {
				printf("| %s | - | refused here | - |\n",
				    kinds[k].name);
				break;
			}
		}
		if (i < n)
			continue;
		qsort(c, (size_t)n, sizeof(double), cmp);
		qsort(l, (size_t)n, sizeof(double), cmp);
		if (k == 0)
			base = l[n / 2];
		printf("| %s | %d | %.1f | %.1f |\n", kinds[k].name, n,
		    c[n / 2], l[n / 2] - base);
	}
	free(c);
	free(l);
	return 0;
}
