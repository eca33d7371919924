/*
 * Unit tests for notify_filter.c, trace_filter.c, sctext.c and learn.c:
 * which returns become notifications or ptrace stops, names from libseccomp, and a learned policy that
 * allows what was seen and kills the rest.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <seccomp.h>

#include "learn.h"
#include "notify.h"
#include "policy/policy.h"
#include "sctext.h"
#include "trace.h"

static const char policy_text[] =
    "POLICY p {\n"
    "  ALLOW { read, write, execve, exit_group }\n"
    "  KILL_PROCESS { ptrace }\n"
    "  ERRNO(1) { getpid }\n"
    "  LOG { getppid }\n"
    "}\n"
    "USE p DEFAULT ERRNO(38)\n";

static uint32_t
eval(const struct sock_fprog *prog, const char *name, uint64_t arg0)
{
	struct seccomp_data d;

	memset(&d, 0, sizeof(d));
	d.arch = seccomp_arch_native();
	d.nr = seccomp_syscall_resolve_name(name);
	d.args[0] = arg0;
	return bpf_eval(prog, &d);
}

static void
compile(const char *text, struct sock_fprog *prog)
{
	struct scif_err err;

	assert_int_equal(
	    policy_compile_string(text, "t", prog, NULL, NULL, &err), 0);
}

static void
enforce_notifies_kills_log_and_errno_default(void **state)
{
	struct sock_fprog pol, n;
	struct scif_err err;

	(void)state;
	compile(policy_text, &pol);
	assert_int_equal(notify_default_action(&pol), SECCOMP_RET_ERRNO | 38);
	assert_int_equal(
	    notify_filter(&pol, SCIF_SECCOMP_ENFORCE, &n, &err), 0);
	/* Denied: the original kills, logs or fails; the copy notifies. */
	assert_int_equal(eval(&pol, "ptrace", 0), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(eval(&n, "ptrace", 0), SECCOMP_RET_USER_NOTIF);
	assert_int_equal(eval(&n, "getppid", 0), SECCOMP_RET_USER_NOTIF);
	assert_int_equal(eval(&n, "getpriority", 0), SECCOMP_RET_USER_NOTIF);
	/* An ERRNO rule the policy states is an answer: left to the kernel. */
	assert_int_equal(eval(&n, "getpid", 0), SECCOMP_RET_ERRNO | 1);
	/* Allowed calls are allowed by both, exit_group always. */
	assert_int_equal(eval(&n, "read", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&n, "exit_group", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(n.len, pol.len + 5);
	policy_prog_free(&n);
	policy_prog_free(&pol);
}

static void
trace_filter_traces_what_notify_would(void **state)
{
	struct sock_fprog pol, t;
	struct scif_err err;

	(void)state;
	compile("POLICY p {\n"
		"  ALLOW { read, write, execve, exit_group, clone }\n"
		"  KILL_PROCESS { ptrace }\n"
		"  ERRNO(1) { getpid }\n"
		"  LOG { getppid }\n"
		"}\n"
		"USE p DEFAULT ERRNO(38)\n",
	    &pol);
	assert_int_equal(trace_filter(&pol, &t, &err), 0);
	assert_int_equal(eval(&t, "ptrace", 0), SECCOMP_RET_TRACE);
	assert_int_equal(eval(&t, "getppid", 0), SECCOMP_RET_TRACE);
	assert_int_equal(eval(&t, "getpriority", 0), SECCOMP_RET_TRACE);
	assert_int_equal(eval(&t, "getpid", 0), SECCOMP_RET_ERRNO | 1);
	assert_int_equal(eval(&t, "read", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&t, "exit_group", 0), SECCOMP_RET_ALLOW);
	/* The policy allows clone, but no process may leave the tracer. */
	assert_int_equal(eval(&t, "clone", 0x11), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    eval(&t, "clone", 0x00800000 | 0x11), SECCOMP_RET_KILL_PROCESS);
	policy_prog_free(&t);
	policy_prog_free(&pol);
	/* ptrace goes to the tracer even where the policy allows it. */
	compile("POLICY p { ALLOW { ptrace, read } }\n"
		"USE p DEFAULT KILL_PROCESS\n",
	    &pol);
	assert_int_equal(trace_filter(&pol, &t, &err), 0);
	assert_int_equal(eval(&pol, "ptrace", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&t, "ptrace", 0), SECCOMP_RET_TRACE);
	assert_int_equal(eval(&t, "read", 0), SECCOMP_RET_ALLOW);
	policy_prog_free(&t);
	policy_prog_free(&pol);
}

static void
audit_notifies_everything_denied(void **state)
{
	struct sock_fprog pol, n;
	struct scif_err err;

	(void)state;
	compile(policy_text, &pol);
	assert_int_equal(notify_filter(&pol, SCIF_SECCOMP_AUDIT, &n, &err), 0);
	assert_int_equal(eval(&n, "getpid", 0), SECCOMP_RET_USER_NOTIF);
	assert_int_equal(eval(&n, "ptrace", 0), SECCOMP_RET_USER_NOTIF);
	assert_int_equal(eval(&n, "write", 0), SECCOMP_RET_ALLOW);
	policy_prog_free(&n);
	policy_prog_free(&pol);
}

static void
learn_filter_notifies_all_but_execve(void **state)
{
	struct sock_fprog pol, n;
	struct scif_err err;

	(void)state;
	assert_int_equal(notify_learn_policy(&pol, &err), 0);
	assert_int_equal(notify_filter(&pol, SCIF_SECCOMP_LEARN, &n, &err), 0);
	assert_int_equal(eval(&n, "execve", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&n, "read", 0), SECCOMP_RET_USER_NOTIF);
	assert_int_equal(eval(&n, "ptrace", 0), SECCOMP_RET_USER_NOTIF);
	policy_prog_free(&n);
	policy_prog_free(&pol);
}

static void
names_come_from_libseccomp(void **state)
{
	struct scif_syscall c;
	char buf[256];

	(void)state;
	memset(&c, 0, sizeof(c));
	c.arch = seccomp_arch_native();
	c.nr = seccomp_syscall_resolve_name("socket");
	sc_name(c.arch, c.nr, c.name, sizeof(c.name));
	assert_string_equal(c.name, "socket");
	c.args[0] = 2;
	c.args[1] = 1;
	c.pid = 42;
	snprintf(c.comm, sizeof(c.comm), "convert");
	sc_allow_rule(&c, buf, sizeof(buf));
	assert_string_equal(buf, "ALLOW { socket(domain) { domain == 2 } }");
	sc_describe(&c, buf, sizeof(buf));
	assert_non_null(strstr(buf, "convert[42] called socket(2, 1, 0, ...)"));
	sc_name(c.arch, 4000, c.name, sizeof(c.name));
	assert_string_equal(c.name, "");
}

static void
call(struct learn *l, const char *name, uint64_t arg0, uint64_t arg1)
{
	struct scif_syscall c;

	memset(&c, 0, sizeof(c));
	c.arch = seccomp_arch_native();
	c.nr = seccomp_syscall_resolve_name(name);
	snprintf(c.name, sizeof(c.name), "%s", name);
	c.args[0] = arg0;
	c.args[1] = arg1;
	learn_add(l, &c);
}

/* Write l to a file, compile it; the text stays in buf. */
static void
write_compile(struct learn *l, const char *path, struct sock_fprog *prog)
{
	struct scif_err err;
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(learn_write(l, f, "prog {}"), 0);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(policy_compile_file(path, prog, NULL, NULL, &err), 0);
}

static void
learned_policy_allows_what_was_seen_only(void **state)
{
	char path[] = "/tmp/scif-learn-XXXXXX";
	struct sock_fprog prog;
	struct learn l;
	int i;

	(void)state;
	assert_int_not_equal(mkstemp(path), -1);
	learn_init(&l);
	l.runs = 1;
	call(&l, "read", 0, 0);
	call(&l, "socket", 1, 0);
	call(&l, "ioctl", 3, 0x5401);
	for (i = 0; i < 6; i++)
		call(&l, "prctl", (uint64_t)i, 0);
	write_compile(&l, path, &prog);
	assert_int_equal(eval(&prog, "read", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&prog, "execve", 0), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&prog, "socket", 1), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&prog, "socket", 2), SECCOMP_RET_KILL_PROCESS);
	/* Six prctl options are too many for a rule: any option. */
	assert_int_equal(eval(&prog, "prctl", 99), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&prog, "write", 0), SECCOMP_RET_KILL_PROCESS);
	policy_prog_free(&prog);
	/* --merge reads the counts and values back. */
	learn_free(&l);
	learn_init(&l);
	assert_int_equal(learn_merge_file(&l, path, NULL), 0);
	call(&l, "socket", 2, 0);
	write_compile(&l, path, &prog);
	assert_int_equal(eval(&prog, "socket", 1), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&prog, "socket", 2), SECCOMP_RET_ALLOW);
	assert_int_equal(eval(&prog, "socket", 10), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(l.runs, 1);
	policy_prog_free(&prog);
	learn_free(&l);
	unlink(path);
}

static void
never_allowed_calls_get_a_loud_comment(void **state)
{
	char buf[4096];
	struct learn l;
	FILE *f;
	size_t n;

	(void)state;
	learn_init(&l);
	call(&l, "getpid", 0, 0);
	f = fmemopen(buf, sizeof(buf) - 1, "w");
	assert_int_equal(learn_write(&l, f, "p"), 0);
	fclose(f);
	assert_null(strstr(buf, "WARNING"));
	call(&l, "ptrace", 16, 1);
	f = fmemopen(buf, sizeof(buf) - 1, "w");
	assert_int_equal(learn_write(&l, f, "p"), 0);
	n = (size_t)ftell(f);
	fclose(f);
	buf[n] = '\0';
	assert_non_null(strstr(buf,
	    "!!! WARNING: scif's default policy never "
	    "allows ptrace"));
	learn_free(&l);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(enforce_notifies_kills_log_and_errno_default),
		cmocka_unit_test(trace_filter_traces_what_notify_would),
		cmocka_unit_test(audit_notifies_everything_denied),
		cmocka_unit_test(learn_filter_notifies_all_but_execve),
		cmocka_unit_test(names_come_from_libseccomp),
		cmocka_unit_test(learned_policy_allows_what_was_seen_only),
		cmocka_unit_test(never_allowed_calls_get_a_loud_comment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
