/*
 * outernotify - run a program under a seccomp filter that has a user
 * notification listener, held open by this helper, as a container
 * runtime or an outer sandbox that uses seccomp notify does.
 *
 *	outernotify PROGRAM [ARGS...]
 *
 * The kernel allows one listener per filter chain: under this helper,
 * seccomp(SECCOMP_FILTER_FLAG_NEW_LISTENER) fails with EBUSY, for real,
 * in PROGRAM and all its descendants.  The filter allows every call (it
 * never notifies).  The listener lives as long as the helper, which
 * waits for PROGRAM and exits as it did (128 + N for a signal N).
 * no_new_privs is set only when the kernel requires it to load a filter
 * (without CAP_SYS_ADMIN).  Exit status 125 when a step fails, 127 when
 * PROGRAM cannot be executed.  With OUTERNOTIFY_TRACE=NAME in the
 * environment the filter returns SECCOMP_RET_TRACE for that call, as a
 * runtime that traces some calls itself: with no tracer attached the
 * kernel fails it with ENOSYS.
 */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long
load(struct sock_fprog *prog)
{
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
	    SECCOMP_FILTER_FLAG_NEW_LISTENER, prog);
}

int
main(int argc, char **argv)
{
	const char *traced = getenv("OUTERNOTIFY_TRACE");
	struct sock_filter f[4] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
		    offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { 1, f + 3 };
	long listener;
	pid_t pid;
	int st;

	if (argc < 2) {
		fprintf(stderr, "usage: outernotify PROGRAM [ARGS...]\n");
		return 125;
	}
	if (traced != NULL) {
		if (seccomp_syscall_resolve_name(traced) < 0) {
			fprintf(
			    stderr, "outernotify: %s: no such call\n", traced);
			return 125;
		}
		f[1].k = (unsigned)seccomp_syscall_resolve_name(traced);
		prog.filter = f;
		prog.len = 4;
	}
	listener = load(&prog);
	if (listener < 0 && errno == EACCES &&
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0)
		listener = load(&prog);
	if (listener < 0) {
		fprintf(stderr, "outernotify: seccomp(NEW_LISTENER): %s\n",
		    strerror(errno));
		return 125;
	}
	if ((pid = fork()) < 0) {
		perror("outernotify: fork");
		return 125;
	}
	if (pid == 0) {
		(void)close((int)listener);
		execvp(argv[1], argv + 1);
		fprintf(
		    stderr, "outernotify: %s: %s\n", argv[1], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR) {
			perror("outernotify: waitpid");
			return 125;
		}
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
