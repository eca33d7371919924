/*
 * minlaunch - the floor of any launcher that execs itself: fork, execve,
 * wait, nothing else.  bench/launch.sh builds it statically with glibc
 * and with musl, to show what the C library's own start-up costs at each
 * exec (glibc probes the CPU with CPUID, a trap to the hypervisor in a VM).
 *
 *	minlaunch PROGRAM [ARGS...]
 */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	char *const envp[] = { NULL };
	pid_t pid;
	int st;

	if (argc < 2) {
		fprintf(stderr, "usage: minlaunch PROGRAM [ARGS...]\n");
		return 2;
	}
	if ((pid = fork()) < 0) {
		perror("minlaunch: fork");
		return 1;
	}
	if (pid == 0) {
		execve(argv[1], argv + 1, envp);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) != pid) {
		perror("minlaunch: waitpid");
		return 1;
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
