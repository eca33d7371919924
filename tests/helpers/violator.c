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
 * its parent process: 0 where it may be traced), selftrace (a child made
 * by clone3(CLONE_UNTRACED), which the process then traces itself, and
 * which calls getpriority: it prints "escaped getpriority returned R"
 * where the call ran; selftrace returns the child's pid, or -1 where
 * clone3 failed).  Prints "CALL returned R"
 * from where the call was made, and exits 0 when every process and
 * thread ended normally.  Without a filter each call returns (socket a
 * descriptor, ptrace -1/EPERM or 0, getpriority 20 - nice, untraced the
 * child's pid).
 */
#include <errno.h>
#include <linux/sched.h>
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

/* The child of selftrace: once its parent traces it, the call. */
static void __attribute__((noreturn)) escaped(const int go[2])
{
	char c;
	long r;

	(void)close(go[1]);
	if (read(go[0], &c, 1) != 1)
		_exit(1);
	r = syscall(SYS_getpriority, PRIO_PROCESS, 0);
	printf("escaped getpriority returned %ld\n", r);
	fflush(stdout);
	_exit(0);
}

/* Trace the child, letting each of its stops go on unchanged. */
static long
selftrace(void)
{
	struct clone_args ca;
	int go[2], st;
	long pid;

	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_UNTRACED;
	ca.exit_signal = SIGCHLD;
	if (pipe(go) < 0)
		return -2;
	fflush(stdout);
	if ((pid = syscall(SYS_clone3, &ca, sizeof(ca))) == 0)
		escaped(go);
	if (pid < 0)
		return pid;
	if (ptrace(PTRACE_SEIZE, (pid_t)pid, 0,
		(void *)(long)PTRACE_O_TRACESECCOMP) < 0 ||
	    write(go[1], "g", 1) != 1) {
		(void)close(go[1]); /* the child reads EOF and exits */
		(void)waitpid((pid_t)pid, NULL, __WALL);
		return -3;
	}
	while (
	    waitpid((pid_t)pid, &st, __WALL) == (pid_t)pid && WIFSTOPPED(st)) {
		(void)ptrace(PTRACE_CONT, (pid_t)pid, 0,
		    (void *)(long)((st >> 16) != 0 ? 0 : WSTOPSIG(st)));
	}
	return pid;
}

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
	else if (strcmp(call, "selftrace") == 0)
		r = selftrace();
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
