/*
 * policy_bench POLICYFILE|default [N] - median time to compile a policy through
 * libseccomp to BPF, to get it as scif run does (from the table of
 * policies compiled at build time when it is one of them: reading and
 * comparing its texts), and to load that BPF with seccomp(2) in a fresh
 * child (fork and wait are outside the timed part).  "default" is scif's
 * own policy.  A benchmark: it prints figures and asserts nothing.
 */
#include <linux/seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "policy/policy.h"
#include "timing.h"

/* In a child: time the load, send it back as the exit-free pipe write. */
static double
time_load(const struct sock_fprog *prog)
{
	int fd[2];
	double t = -1;
	pid_t pid;

	if (pipe(fd) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		double t0;

		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
			_exit(1);
		t0 = now_us();
		if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) < 0)
			_exit(1);
		t0 = now_us() - t0;
		if (write(fd[1], &t0, sizeof(t0)) != sizeof(t0))
			_exit(1);
		_exit(0);
	}
	close(fd[1]);
	if (read(fd[0], &t, sizeof(t)) != sizeof(t))
		t = -1;
	close(fd[0]);
	waitpid(pid, NULL, 0);
	return t;
}

int
main(int argc, char **argv)
{
	int i, n = argc > 2 ? atoi(argv[2]) : 200;
	unsigned len = 0;
	double *c = calloc((size_t)n, sizeof(double));
	double *l = calloc((size_t)n, sizeof(double));
	double *s = calloc((size_t)n, sizeof(double));
	struct policy_input in;
	struct sock_fprog prog;
	struct scif_err err;
	double t0;

	if (argc < 2 || n < 1 || c == NULL || l == NULL || s == NULL)
		return 64;
	memset(&in, 0, sizeof(in));
	if (strcmp(argv[1], "default") == 0) {
		in.text = policy_default_text();
		in.name = "<default>";
	} else
		in.path = argv[1];
	for (i = 0; i < n; i++) {
		in.fresh = 1;
		t0 = now_us();
		if (policy_compile(&in, &prog, &err) < 0) {
			fprintf(stderr, "%s\n", err.msg);
			return 1;
		}
		c[i] = now_us() - t0;
		len = prog.len;
		l[i] = time_load(&prog);
		policy_prog_free(&prog);
		in.fresh = 0;
		t0 = now_us();
		if (policy_compile(&in, &prog, &err) < 0)
			return 1;
		s[i] = now_us() - t0;
		policy_prog_free(&prog);
	}
	qsort(c, (size_t)n, sizeof(double), cmp);
	qsort(s, (size_t)n, sizeof(double), cmp);
	qsort(l, (size_t)n, sizeof(double), cmp);
	printf("| %s | %d | %u | %.1f | %.1f | %.1f |\n",
	    strcmp(argv[1], "default") == 0 ? "scif's default" : argv[1], n,
	    len, c[n / 2], s[n / 2], l[n / 2]);
	free(c);
	free(s);
	free(l);
	return 0;
}
