/*
 * alternate - compare commands launch by launch: each round runs every
 * command once (fork, exec, wait; stdout and stderr to /dev/null), the
 * order reversed every other round, so that a drift of the machine falls
 * on all of them alike.  Blocks of runs, as hyperfine's, put one command's
 * runs in one stretch of the drift: on a VM that moved two identical
 * builds 0.3 ms apart.
 *
 *	alternate ROUNDS GAP_US :: COMMAND... [:: COMMAND...]...
 *
 * "::" separates the commands, which may hold "--" of their own.  GAP_US
 * pauses after each launch (0: back to back).  Prints one line per
 * command: its median time in µs, the median of its differences to the
 * first command in the same rounds (µs), and the command.  Exits 1, with
 * the command named, if a launch fails: a figure of a failing command
 * would time its error path.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "timing.h"

#define MAX_CMDS 8

static double
median(const double *v, int n)
{
	double *c = malloc((size_t)n * sizeof(*c));
	double m;

	if (c == NULL) {
		perror("alternate: malloc");
		exit(2);
	}
	memcpy(c, v, (size_t)n * sizeof(*c));
	qsort(c, (size_t)n, sizeof(*c), cmp);
	m = n % 2 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
	free(c);
	return m;
}

/* One launch of argv, its time in µs; exits on a failure. */
static double
launch(char **argv, int null)
{
	double t0 = now_us(), t;
	pid_t pid;
	int st;

	if ((pid = fork()) < 0) {
		perror("alternate: fork");
		exit(2);
	}
	if (pid == 0) {
		if (dup2(null, 1) < 0 || dup2(null, 2) < 0)
			_exit(126);
		execv(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) < 0) {
		perror("alternate: waitpid");
		exit(2);
	}
	t = now_us() - t0;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "alternate: %s failed (wait status %d)\n",
		    argv[0], st);
		exit(1);
	}
	return t;
}

int
main(int argc, char **argv)
{
	char **cmd[MAX_CMDS];
	double *t[MAX_CMDS], *d;
	int rounds, gap, k = 0, i, j, null;

	if (argc < 5 || (rounds = atoi(argv[1])) < 1 ||
	    (gap = atoi(argv[2])) < 0) {
		fputs("usage: alternate ROUNDS GAP_US :: COMMAND... "
		      "[:: COMMAND...]...\n",
		    stderr);
		return 2;
	}
	for (i = 3; i < argc; i++) {
		if (strcmp(argv[i], "::") != 0)
			continue;
		argv[i] = NULL;
		if (i + 1 >= argc || strcmp(argv[i + 1], "::") == 0 ||
		    k == MAX_CMDS) {
			fputs("alternate: an empty command, or more than 8\n",
			    stderr);
			return 2;
		}
		cmd[k++] = argv + i + 1;
	}
	if (k == 0 || (null = open("/dev/null", O_WRONLY | O_CLOEXEC)) < 0) {
		fputs("alternate: no command, or no /dev/null\n", stderr);
		return 2;
	}
	for (j = 0; j < k; j++) {
		if ((t[j] = malloc((size_t)rounds * sizeof(double))) == NULL) {
			perror("alternate: malloc");
			return 2;
		}
	}
	for (i = 0; i < rounds; i++) {
		for (j = 0; j < k; j++) {
			int c = i % 2 ? k - 1 - j : j;

			t[c][i] = launch(cmd[c], null);
			if (gap > 0)
				(void)usleep((useconds_t)gap);
		}
	}
	if ((d = malloc((size_t)rounds * sizeof(*d))) == NULL) {
		perror("alternate: malloc");
		return 2;
	}
	for (j = 0; j < k; j++) {
		for (i = 0; i < rounds; i++)
			d[i] = t[j][i] - t[0][i];
		printf(
		    "%.1f\t%+.1f\t", median(t[j], rounds), median(d, rounds));
		for (i = 0; cmd[j][i] != NULL; i++)
			printf("%s%s", i ? " " : "", cmd[j][i]);
		putchar('\n');
	}
	return 0;
}
