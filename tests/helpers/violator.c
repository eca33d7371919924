/*
 * violator - make one system call a policy may not list, from the
 * process itself, a child, a grandchild, or a second thread.
 *
 *	violator WHERE CALL
 *
 * WHERE: self, child, grandchild, thread.  CALL: none, socket
 * (socket(AF_INET, SOCK_STREAM, 0)), ptrace (ptrace(PTRACE_ATTACH, 1)),
 * getpriority (getpriority(PRIO_PROCESS, 0)), untraced (a child made by
 * clone(CLONE_UNTRACED | SIGCHLD), which a tracer cannot follow; it
 * exits at once and is waited for), seizeparent (ptrace(PTRACE_SEIZE) of
 * its parent process: 0 where it may be traced).  Prints "CALL returned R"
 * from where the call was made, and exits 0 when every process and
 * thread ended normally.  Without a filter each call returns (socket a
 * descriptor, ptrace -1/EPERM or 0, getpriority 20 - nice, untraced the
 * child's pid).
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *call;

static void
make_call(void)
{
	long r = 0;

	if (strcmp(call, "socket") == 0)
		r = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
	else if (strcmp(call, "ptrace") == 0)
		r = syscall(SYS_ptrace, PTRACE_ATTACH, 1, 0, 0);
	else if (strcmp(call, "getpriority") == 0)
		r = syscall(SYS_getpriority, PRIO_PROCESS, 0);
	else if (strcmp(call, "seizeparent") == 0)
		r = syscall(SYS_ptrace, PTRACE_SEIZE, getppid(), 0, 0);
	else if (strcmp(call, "untraced") == 0) {
		r = syscall(SYS_clone, CLONE_UNTRACED | SIGCHLD, 0, 0, 0, 0);
		if (r == 0)
			_exit(0);
		if (r > 0)
			(void)waitpid((pid_t)r, NULL, 0);
	} else if (strcmp(call, "none") != 0)
		return;
	printf("%s returned %ld\n", call, r);
	fflush(stdout);
}

static int
in_child(int depth)
{
	pid_t pid;
	int st;

	if (depth == 0) {
		make_call();
		return 0;
	}
	fflush(stdout);
	if ((pid = fork()) < 0)
		return 1;
	if (pid == 0)
		_exit(in_child(depth - 1));
	if (waitpid(pid, &st, 0) != pid)
		return 1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

static void *
thread_main(void *arg)
{
	(void)arg;
	/* Let the main thread reach pthread_join and wait in futex first,
	 * every time: a policy learned from one run must hold for the next. */
	usleep(20000);
	make_call();
	return NULL;
}

int
main(int argc, char **argv)
{
	pthread_t t;

	if (argc < 3) {
		fputs("usage: violator self|child|grandchild|thread CALL\n",
		    stderr);
		return 2;
	}
	call = argv[2];
	if (strcmp(argv[1], "self") == 0)
		return in_child(0);
	if (strcmp(argv[1], "child") == 0)
		return in_child(1);
	if (strcmp(argv[1], "grandchild") == 0)
		return in_child(2);
	if (strcmp(argv[1], "thread") == 0) {
		if (pthread_create(&t, NULL, thread_main, NULL) != 0 ||
		    pthread_join(t, NULL) != 0)
			return 1;
		return 0;
	}
	return 2;
}
