/*
 * test_policy_default.c - scif's default policy and the seed policies:
 * what they decide, checked on the BPF, and real programs run under them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <errno.h>
#include <linux/audit.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "policy/policy.h"

static uint32_t
eval(const struct sock_fprog *p, const char *name, uint64_t a0)
{
	struct seccomp_data d;

	memset(&d, 0, sizeof(d));
	d.nr = seccomp_syscall_resolve_name(name);
	assert_true(d.nr >= 0);
	d.arch = seccomp_arch_native();
	d.args[0] = a0;
	return bpf_eval(p, &d);
}

static void
test_default_decisions(void **state)
{
	const char *const *n;
	struct sock_fprog p;
	struct scif_err err;

	(void)state;
	assert_int_equal(policy_compile_default(&p, &err), 0);
	for (n = policy_never_allowed(); *n != NULL; n++)
		if (seccomp_syscall_resolve_name(*n) >= 0)
			assert_int_equal(
			    eval(&p, *n, 0), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(
	    eval(&p, "personality", 0xffffffff), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    eval(&p, "personality", 0x0040000), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(eval(&p, "socket", AF_UNIX), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    eval(&p, "socket", AF_INET), SECCOMP_RET_ERRNO | EAFNOSUPPORT);
	assert_int_equal(eval(&p, "socket", 0x100000000 | AF_INET),
	    SECCOMP_RET_ERRNO | EAFNOSUPPORT);
	assert_int_equal(
	    eval(&p, "socket", AF_INET6), SECCOMP_RET_ERRNO | EAFNOSUPPORT);
	assert_int_equal(eval(&p, "connect", 0), SECCOMP_RET_ERRNO | ENOSYS);
	assert_int_equal(
	    eval(&p, "clone",
		CLONE_VM | CLONE_THREAD | CLONE_SIGHAND | CLONE_SETTLS),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "clone", SIGCHLD), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "clone", CLONE_NEWUSER | SIGCHLD),
	    SECCOMP_RET_ERRNO | EPERM);
	assert_int_equal(
	    eval(&p, "clone", CLONE_NEWNET), SECCOMP_RET_ERRNO | EPERM);
	assert_int_equal(eval(&p, "clone3", 0), SECCOMP_RET_ERRNO | ENOSYS);
	assert_int_equal(eval(&p, "read", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "getrandom", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "rseq", 0), SECCOMP_RET_ALLOW);
	policy_prog_free(&p);
}

static const char *
seed(const char *name, char *buf, size_t len)
{
	const char *dir = getenv("SCIF_SRCDIR");

	snprintf(buf, len, "%s/tests/policy/%s", dir != NULL ? dir : ".", name);
	return buf;
}

static void
test_seeds(void **state)
{
	struct sock_fprog p;
	struct scif_err err;
	char path[512];

	(void)state;
	if (policy_compile_file(seed("seed0.policy", path, sizeof(path)), &p,
		NULL, NULL, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(eval(&p, "execve", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "fcntl", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "fstat", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "socket", AF_INET), SECCOMP_RET_ERRNO | 11);
	assert_int_equal(eval(&p, "connect", 0), SECCOMP_RET_ERRNO | 11);
	policy_prog_free(&p);
	if (policy_compile_file(seed("seed1.policy", path, sizeof(path)), &p,
		NULL, NULL, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(eval(&p, "open", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "lstat", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "mremap", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&p, "socket", AF_UNIX), SECCOMP_RET_KILL_THREAD);
	assert_int_equal(eval(&p, "getrandom", 0), SECCOMP_RET_KILL_THREAD);
	policy_prog_free(&p);
}

/* Run argv under the filter; the wait status. */
static int
run_under(const struct sock_fprog *p, char *const argv[])
{
	pid_t pid;
	int st;

	assert_true((pid = fork()) >= 0);
	if (pid == 0) {
		if (freopen("/dev/null", "w", stdout) == NULL ||
		    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
		    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, p) != 0)
			_exit(99);
		execv(argv[0], argv);
		_exit(98);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	return st;
}

static void
test_default_runs_programs(void **state)
{
	char *sh[] = { "/bin/sh", "-c", "ls / | cat && echo x | wc -c", NULL };
	char *tru[] = { "/bin/true", NULL };
	char *cp[] = { "/bin/sh", "-c",
		"d=$(mktemp -d) && cp /etc/hostname "
		"$d/x && sort $d/x | head -1 && rm -r $d",
		NULL };
	char *dmg = "/usr/share/doc/imagemagick-6-common/html/images/"
		    "wizard.png";
	char *conv[] = { "/usr/bin/convert", dmg, "-resize", "64x64", "jpg:-",
		NULL };
	struct sock_fprog p;
	struct scif_err err;
	int st;

	(void)state;
	assert_int_equal(policy_compile_default(&p, &err), 0);
	st = run_under(&p, tru);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	st = run_under(&p, sh);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	st = run_under(&p, cp);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	if (access(conv[0], X_OK) == 0 && access(dmg, R_OK) == 0) {
		st = run_under(&p, conv);
		assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	policy_prog_free(&p);
}

static void
test_filter_kills(void **state)
{
	char *sh[] = { "/bin/true", NULL };
	struct sock_fprog p;
	struct scif_err err;
	int st;

	(void)state;
	/* No mmap: the dynamic loader is killed by SIGSYS. */
	assert_int_equal(
	    policy_compile_string(
		"ALLOW { execve, read, write, "
		"openat, close, brk, newfstat, newfstatat, access, pread64, "
		"arch_prctl } DEFAULT KILL_PROCESS",
		NULL, &p, NULL, NULL, &err),
	    0);
	st = run_under(&p, sh);
	assert_true(WIFSIGNALED(st) && WTERMSIG(st) == SIGSYS);
	policy_prog_free(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_decisions),
		cmocka_unit_test(test_seeds),
		cmocka_unit_test(test_default_runs_programs),
		cmocka_unit_test(test_filter_kills),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
