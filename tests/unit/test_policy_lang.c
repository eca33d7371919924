/* test_policy_lang.c - the policy language, checked on compiled BPF. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "policy/policy.h"

struct warns {
	int n;
	char last[512];
};

static void
collect(void *arg, const char *msg)
{
	struct warns *w = arg;

	w->n++;
	snprintf(w->last, sizeof(w->last), "%s", msg);
}

static int
nr(const char *name)
{
	int n = seccomp_syscall_resolve_name(name);

	assert_true(n >= 0);
	return n;
}

static uint32_t
eval6(const struct sock_fprog *p, int sys, const uint64_t *args)
{
	struct seccomp_data d;

	memset(&d, 0, sizeof(d));
	d.nr = sys;
	d.arch = seccomp_arch_native();
	if (args != NULL)
		memcpy(d.args, args, sizeof(d.args));
	return bpf_eval(p, &d);
}

/* Compile text, which must succeed, and run one call through it. */
static uint32_t
run(const char *text, const char *sys, uint64_t a0, uint64_t a1)
{
	struct sock_fprog p;
	struct scif_err err;
	uint64_t args[6] = { a0, a1, 0, 0, 0, 0 };
	uint32_t r;

	if (policy_compile_string(text, NULL, &p, NULL, NULL, &err) < 0)
		fail_msg("%s: %s", text, err.msg);
	r = eval6(&p, nr(sys), args);
	policy_prog_free(&p);
	return r;
}

static void
test_actions(void **state)
{
	(void)state;
	assert_int_equal(
	    run("ALLOW { read }", "read", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(run("ALLOW { read }", "write", 0, 0),
	    SECCOMP_RET_KILL_THREAD); /* DEFAULT is KILL when omitted */
	assert_int_equal(run("KILL { read } DEFAULT ALLOW", "read", 0, 0),
	    SECCOMP_RET_KILL_THREAD);
	assert_int_equal(
	    run("KILL_THREAD { read } DEFAULT ALLOW", "read", 0, 0),
	    SECCOMP_RET_KILL_THREAD);
	assert_int_equal(run("DENY { read } DEFAULT ALLOW", "read", 0, 0),
	    SECCOMP_RET_KILL_THREAD);
	assert_int_equal(
	    run("KILL_PROCESS { read } DEFAULT ALLOW", "read", 0, 0),
	    SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(
	    run("ERRNO(11) { read }", "read", 0, 0), SECCOMP_RET_ERRNO | 11);
	assert_int_equal(run("ERRNO(EPERM) { read }", "read", 0, 0),
	    SECCOMP_RET_ERRNO | EPERM);
	assert_int_equal(run("TRAP { read }", "read", 0, 0), SECCOMP_RET_TRAP);
	assert_int_equal(
	    run("TRAP(0) { read }", "read", 0, 0), SECCOMP_RET_TRAP);
	assert_int_equal(
	    run("TRACE(7) { read }", "read", 0, 0), SECCOMP_RET_TRACE | 7);
	assert_int_equal(run("LOG { read }", "read", 0, 0), SECCOMP_RET_LOG);
	assert_int_equal(
	    run("USER_NOTIF { read }", "read", 0, 0), SECCOMP_RET_USER_NOTIF);
	assert_int_equal(run("ALLOW { read } DEFAULT ERRNO(38)", "write", 0, 0),
	    SECCOMP_RET_ERRNO | 38);
	assert_int_equal(
	    run("ALLOW { read } DEFAULT LOG", "write", 0, 0), SECCOMP_RET_LOG);
	assert_int_equal(
	    run("ALLOW { read } DEFAULT KILL_PROCESS", "write", 0, 0),
	    SECCOMP_RET_KILL_PROCESS);
}

/* What op gives on the low 32 bits, as Kafel compares an int. */
static int
cmp32(const char *op, uint64_t a, uint64_t b)
{
	uint32_t x = (uint32_t)a, y = (uint32_t)b;

	if (strcmp(op, "==") == 0)
		return x == y;
	if (strcmp(op, "!=") == 0)
		return x != y;
	if (strcmp(op, "<") == 0)
		return x < y;
	if (strcmp(op, "<=") == 0)
		return x <= y;
	if (strcmp(op, ">") == 0)
		return x > y;
	return x >= y;
}

static void
test_operators(void **state)
{
	static const char *const ops[] = { "==", "!=", "<", "<=", ">", ">=" };
	static const uint64_t consts[] = { 0, 5, 0x80000000, 0xffffffff };
	static const uint64_t vals[] = { 0, 1, 4, 5, 6, 0x7fffffff, 0x80000000,
		0x80000001, 0xfffffffe, 0xffffffff, 0x100000005,
		0xffffffff00000000, 0xffffffffffffffff };
	struct sock_fprog p;
	struct scif_err err;
	char text[128];
	uint64_t args[6] = { 0 };
	size_t o, c, v;

	(void)state;
	for (o = 0; o < 6; o++)
		for (c = 0; c < 4; c++) {
			snprintf(text, sizeof(text),
			    "ALLOW { write(fd) { fd "
			    "%s %#llx } } DEFAULT ERRNO(1)",
			    ops[o], (unsigned long long)consts[c]);
			if (policy_compile_string(
				text, NULL, &p, NULL, NULL, &err) < 0)
				fail_msg("%s: %s", text, err.msg);
			for (v = 0; v < sizeof(vals) / sizeof(vals[0]); v++) {
				args[0] = vals[v];
				if ((eval6(&p, nr("write"), args) ==
					SECCOMP_RET_ALLOW) !=
				    cmp32(ops[o], vals[v], consts[c]))
					fail_msg("%s with fd=%#llx", text,
					    (unsigned long long)vals[v]);
			}
			policy_prog_free(&p);
		}
}

static void
test_wide_constants(void **state)
{
	const char *eq = "ALLOW { write(fd) { fd == 0x100000005 } }";
	const char *lt = "ALLOW { write(fd) { fd < 0x100000000 } }";

	(void)state;
	assert_int_equal(run(eq, "write", 0x100000005, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(run(eq, "write", 5, 0), SECCOMP_RET_KILL_THREAD);
	assert_int_equal(run(lt, "write", 0xffffffff, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run(lt, "write", 0x100000000, 0), SECCOMP_RET_KILL_THREAD);
	/* A negative constant that fits in 32 bits compares as an int. */
	assert_int_equal(run("ALLOW { openat(dirfd) { dirfd == AT_FDCWD } }",
			     "openat", 0xffffff9c, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(run("ALLOW { openat(dirfd) { dirfd == -100 } }",
			     "openat", 0xffffffffffffff9c, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { openat(dirfd) { dirfd == -100 } }", "openat", 3, 0),
	    SECCOMP_RET_KILL_THREAD);
}

static void
test_masks(void **state)
{
	const char *p = "ALLOW { socket(d, t) { d == AF_UNIX && "
			"(t & 0xf) == SOCK_STREAM } } DEFAULT ERRNO(1)";
	const char *ne = "ALLOW { socket(d, t) { (t & 0xf) != SOCK_DGRAM } }"
			 " DEFAULT ERRNO(1)";

	(void)state;
	assert_int_equal(
	    run(p, "socket", AF_UNIX, SOCK_STREAM), SECCOMP_RET_ALLOW);
	assert_int_equal(run(p, "socket", AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run(p, "socket", AF_UNIX, SOCK_DGRAM), SECCOMP_RET_ERRNO | 1);
	assert_int_equal(
	    run(p, "socket", AF_INET, SOCK_STREAM), SECCOMP_RET_ERRNO | 1);
	assert_int_equal(run(ne, "socket", 1, SOCK_DGRAM | SOCK_NONBLOCK),
	    SECCOMP_RET_ERRNO | 1);
	assert_int_equal(run(ne, "socket", 1, SOCK_STREAM), SECCOMP_RET_ALLOW);
	/* Masks combine; a value outside the mask never matches. */
	assert_int_equal(run("ALLOW { read(fd) { (fd & 0xff) & 0xf == 3 } } "
			     "DEFAULT ERRNO(1)",
			     "read", 0x13, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(run("ALLOW { read(fd) { (fd & 0xf) == 0x13 } } "
			     "DEFAULT ERRNO(1)",
			     "read", 0x13, 0),
	    SECCOMP_RET_ERRNO | 1);
	assert_int_equal(run("ALLOW { read(fd) { (fd & 0xf) != 0x13 } } "
			     "DEFAULT ERRNO(1)",
			     "read", 0x13, 0),
	    SECCOMP_RET_ALLOW);
	/* Constant expressions fold. */
	assert_int_equal(run("ALLOW { mmap(a, l, prot) { prot == "
			     "(PROT_READ | PROT_WRITE) } } DEFAULT ERRNO(1)",
			     "mmap", 0, 0),
	    SECCOMP_RET_ERRNO | 1);
}

static void
test_logic(void **state)
{
	const char *t = "ALLOW { write(a, b) { a == 1 && !(b < 3) || a == 2, "
			"b == 9 } } DEFAULT ERRNO(1)";
	uint64_t a, b;
	int want;

	(void)state;
	for (a = 0; a < 4; a++)
		for (b = 0; b < 11; b++) {
			want = (a == 1 && !(b < 3)) || a == 2 || b == 9;
			assert_int_equal(
			    run(t, "write", a, b) == SECCOMP_RET_ALLOW, want);
		}
	/* Comma is the lowest: (a == 1 && b == 1), b == 2. */
	assert_int_equal(run("ALLOW { write(a, b) { a == 1 && b == 1, b == 2 "
			     "} }",
			     "write", 5, 2),
	    SECCOMP_RET_ALLOW);
	/* Constant conditions. */
	assert_int_equal(run("ALLOW { write(a) { 1 == 1 } }", "write", 5, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { write(a) { 1 == 2 || a == 5 } }", "write", 4, 0),
	    SECCOMP_RET_KILL_THREAD);
	/* Reversed operands. */
	assert_int_equal(run("ALLOW { write(a) { 3 > a } }", "write", 2, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(run("ALLOW { write(a) { 3 > a } }", "write", 3, 0),
	    SECCOMP_RET_KILL_THREAD);
}

static void
test_first_match(void **state)
{
	const char *t = "ERRNO(1) { socket(d) { d == AF_INET } }\n"
			"ALLOW { socket(d) { d == AF_UNIX }, read }\n"
			"KILL_PROCESS { socket }\n"
			"ERRNO(2) { socket(d) { d == AF_INET6 } }\n"
			"DEFAULT ERRNO(38)";
	const char *d = "ERRNO(38) { socket(d) { d == AF_INET } }\n"
			"ALLOW { socket } DEFAULT ERRNO(38)";
	struct sock_fprog p;
	struct scif_err err;
	struct warns w;

	(void)state;
	assert_int_equal(run(t, "socket", AF_INET, 0), SECCOMP_RET_ERRNO | 1);
	assert_int_equal(run(t, "socket", AF_UNIX, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run(t, "socket", AF_INET6, 0), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(run(d, "socket", AF_INET, 0), SECCOMP_RET_ERRNO | 38);
	assert_int_equal(run(d, "socket", AF_UNIX, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { read } KILL { read } DEFAULT ERRNO(1)", "read", 0, 0),
	    SECCOMP_RET_ALLOW);
	/* Seed 0 repeats execve and fcntl: no warning for a duplicate. */
	memset(&w, 0, sizeof(w));
	assert_int_equal(policy_compile_string("ALLOW { read, read }", NULL, &p,
			     collect, &w, &err),
	    0);
	policy_prog_free(&p);
	assert_int_equal(w.n, 0);
	/* A shadowed rule of another action is worth a warning. */
	assert_int_equal(
	    policy_compile_string(t, "t", &p, collect, &w, &err), 0);
	policy_prog_free(&p);
	assert_int_equal(w.n, 1);
	assert_non_null(strstr(w.last,
	    "t:4:12: warning: rule for 'socket' "
	    "never applies"));
}

static void
test_aliases(void **state)
{
	(void)state;
	assert_int_equal(
	    run("ALLOW { newstat }", "stat", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { newfstat }", "fstat", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { newlstat }", "lstat", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { newfstatat }", "newfstatat", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { newuname }", "uname", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { newuname }", "stat", 0, 0), SECCOMP_RET_KILL_THREAD);
}

static void
test_numbers(void **state)
{
	struct sock_fprog p;
	struct scif_err err;

	(void)state;
	assert_int_equal(
	    policy_compile_string("ALLOW { SYSCALL[400], "
				  "SYSCALL[0x1] } DEFAULT ERRNO(1)",
		NULL, &p, NULL, NULL, &err),
	    0);
	assert_int_equal(eval6(&p, 400, NULL), SECCOMP_RET_ALLOW);
	assert_int_equal(eval6(&p, 1, NULL), SECCOMP_RET_ALLOW);
	assert_int_equal(eval6(&p, 401, NULL), SECCOMP_RET_ERRNO | 1);
	policy_prog_free(&p);
	assert_int_equal(run("ALLOW { write(a) { a == 010 } }", "write", 8, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("ALLOW { write(a) { a == 0x1F } }", "write", 31, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(
	    run("#define FD 7\nALLOW { write(a) { a == FD } }", "write", 7, 0),
	    SECCOMP_RET_ALLOW);
	assert_int_equal(run("#define A 1\n#define B (A | 2)\n"
			     "ERRNO(B) { write }",
			     "write", 0, 0),
	    SECCOMP_RET_ERRNO | 3);
}

static void
test_arches(void **state)
{
	struct sock_fprog p;
	struct scif_err err;
	struct seccomp_data d;
	int i386_read =
	    seccomp_syscall_resolve_name_arch(SCMP_ARCH_X86, "read");

	(void)state;
	assert_int_equal(policy_compile_string("ALLOW { read, write, SYSCALL[3]"
					       " } DEFAULT ALLOW",
			     NULL, &p, NULL, NULL, &err),
	    0);
	memset(&d, 0, sizeof(d));
	d.arch = AUDIT_ARCH_I386;
	d.nr = i386_read;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	d.arch = AUDIT_ARCH_AARCH64;
	d.nr = 63;
	if (seccomp_arch_native() != SCMP_ARCH_AARCH64)
		assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
#if defined(__x86_64__)
	/* x32 enters with AUDIT_ARCH_X86_64 and bit 30 in the number. */
	d.arch = AUDIT_ARCH_X86_64;
	d.nr = seccomp_syscall_resolve_name_arch(SCMP_ARCH_X32, "read");
	assert_int_equal(d.nr, 0x40000000);
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	d.nr = 0x40000000 | 1;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	d.nr = 0;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_ALLOW);
#endif
	policy_prog_free(&p);
}

static void
test_foreign_names(void **state)
{
	struct policy_input in;
	struct sock_fprog p;
	struct scif_err err;
	struct seccomp_data d;
	struct warns w;

	(void)state;
	memset(&in, 0, sizeof(in));
	memset(&w, 0, sizeof(w));
	in.text = "ALLOW { open, openat, newstat } DEFAULT ERRNO(1)";
	in.arch = SCMP_ARCH_AARCH64;
	in.warn = collect;
	in.warn_arg = &w;
	assert_int_equal(policy_compile(&in, &p, &err), 0);
	assert_int_equal(w.n, 2);
	assert_non_null(strstr(w.last, "'newstat' does not exist"));
	memset(&d, 0, sizeof(d));
	d.arch = AUDIT_ARCH_AARCH64;
	d.nr = seccomp_syscall_resolve_name_arch(SCMP_ARCH_AARCH64, "openat");
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_ALLOW);
	policy_prog_free(&p);
}

static void
test_use(void **state)
{
	const char *t = "POLICY a { ALLOW { read } }\n"
			"POLICY b { USE a, ERRNO(5) { read, write } }\n"
			"POLICY c { USE b USE a KILL_PROCESS { close } }\n"
			"USE c, a DEFAULT ERRNO(38)";

	(void)state;
	assert_int_equal(run(t, "read", 0, 0), SECCOMP_RET_ALLOW);
	assert_int_equal(run(t, "write", 0, 0), SECCOMP_RET_ERRNO | 5);
	assert_int_equal(run(t, "close", 0, 0), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(run(t, "open", 0, 0), SECCOMP_RET_ERRNO | 38);
	/* Each level doubles the uses: flattening must not. */
	assert_int_equal(
	    run("POLICY p0 { ALLOW { read } }\n"
		"POLICY p1 { USE p0, p0 } POLICY p2 { USE p1, p1 }\n"
		"POLICY p3 { USE p2, p2 } POLICY p4 { USE p3, p3 }\n"
		"USE p4, p4, p3 DEFAULT ERRNO(1)",
		"read", 0, 0),
	    SECCOMP_RET_ALLOW);
}

struct bad {
	const char *text;
	unsigned line, col;
	const char *msg;
};

static const struct bad bads[] = {
	{ "ALLOW { read\nDEFAULT KILL", 1, 7, "unbalanced braces" },
	{ "ALLOW { read } }", 1, 16, "unbalanced braces" },
	{ "POLICY p {\n ALLOW { read }\n", 1, 10, "unbalanced braces" },
	{ "ALOW { read }", 1, 1, "unknown action 'ALOW'" },
	{ "ALLOW { read } DEFAULT NOPE", 1, 24, "unknown action 'NOPE'" },
	{ "ALLOW {\n  raed }", 2, 3,
	    "unknown syscall 'raed'; did you mean "
	    "'read'" },
	{ "ALLOW { socket(d) { d == AF_NOPE } }", 1, 26,
	    "undefined identifier 'AF_NOPE'" },
	{ "ALLOW { socket(d) { e == 1 } }", 1, 21, "undefined identifier" },
	{ "ALLOW { read(a, b, c, d, e, f, g) { a == 1 } }", 1, 32,
	    "argument index 7 out of range" },
	{ "ALLOW { read(a) { a == 09 } }", 1, 24, "bad number" },
	{ "ALLOW { read(a) { a == 0x } }", 1, 24, "bad number" },
	{ "ALLOW { read(a) { a == 99999999999999999999 } }", 1, 24,
	    "number too large" },
	{ "ALLOW { SYSCALL[70000] }", 1, 17, "out of range" },
	{ "USE nope DEFAULT KILL", 1, 5, "undefined policy 'nope'" },
	{ "POLICY a { USE a }", 1, 16, "policy 'a' uses itself" },
	{ "POLICY a { } POLICY a { }", 1, 21, "already defined" },
	{ "ALLOW { read(a) { a } }", 1, 19, "expected a comparison" },
	{ "ALLOW { read(a, b) { a == b } }", 1, 24, "two arguments" },
	{ "ALLOW { read(a) { (a | 1) == 1 } }", 1, 22, "'|' with an argument" },
	{ "ALLOW { read(a) { (a & 1) < 1 } }", 1, 27, "masked" },
	{ "ERRNO(4096) { read }", 1, 7, "out of range" },
	{ "ALLOW { read } DEFAULT KILL read", 1, 29, "end of policy" },
	{ "/* open", 1, 1, "unterminated comment" },
	{ "#pragma x", 1, 1, "unknown directive" },
	{ "#define A 1\n#define A 2", 2, 9, "redefined" },
	{ "ALLOW { read } $", 1, 16, "unexpected character" },
	{ "#include \"/nonexistent/x.policy\"", 1, 1,
	    "cannot read include file" },
	{ "#include \"/dev/null\"", 1, 1, "not a regular file" },
};

static void
test_errors(void **state)
{
	struct sock_fprog p;
	struct scif_err err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bads) / sizeof(bads[0]); i++) {
		p.len = 1;
		if (policy_compile_string(
			bads[i].text, "bad", &p, NULL, NULL, &err) == 0)
			fail_msg("'%s' compiled", bads[i].text);
		assert_int_equal(p.len, 0);
		assert_null(p.filter);
		if (err.cls != SCIF_E_POLICY || err.line != bads[i].line ||
		    err.col != bads[i].col ||
		    strstr(err.msg, bads[i].msg) == NULL ||
		    strncmp(err.msg, "bad:", 4) != 0)
			fail_msg("'%s': got %u:%u '%s'", bads[i].text, err.line,
			    err.col, err.msg);
	}
}

static void
write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(f = fopen(path, "w"));
	assert_true(fputs(text, f) >= 0);
	assert_int_equal(fclose(f), 0);
}

static void
test_include(void **state)
{
	char dir[] = "/tmp/scif-test-policy-XXXXXX", path[512], sub[600];
	struct sock_fprog p;
	struct scif_err err;
	int i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(sub, sizeof(sub), "%s/sub", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	write_file(dir, "main.policy",
	    "#include \"sub/base.policy\"\n"
	    "USE base DEFAULT ERRNO(1)\n");
	write_file(sub, "base.policy",
	    "#include \"defs.policy\"\n"
	    "POLICY base { ERRNO(NUM) { read } }\n");
	write_file(sub, "defs.policy", "#define NUM 9 // same directory\n");
	write_file(dir, "loop.policy", "#include \"loop2.policy\"\n");
	write_file(dir, "loop2.policy", "\n  #include \"loop.policy\"\n");
	write_file(dir, "missing.policy",
	    "ALLOW { read }\n"
	    "#include \"nope.policy\"\n");
	snprintf(path, sizeof(path), "%s/main.policy", dir);
	assert_int_equal(policy_compile_file(path, &p, NULL, NULL, &err), 0);
	assert_int_equal(eval6(&p, nr("read"), NULL), SECCOMP_RET_ERRNO | 9);
	policy_prog_free(&p);

	snprintf(path, sizeof(path), "%s/loop.policy", dir);
	assert_true(policy_compile_file(path, &p, NULL, NULL, &err) < 0);
	assert_non_null(
	    strstr(err.msg, "loop2.policy:2:3: #include recursion"));

	snprintf(path, sizeof(path), "%s/missing.policy", dir);
	assert_true(policy_compile_file(path, &p, NULL, NULL, &err) < 0);
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.msg, "cannot read include file"));

	snprintf(path, sizeof(path), "%s/none.policy", dir);
	assert_true(policy_compile_file(path, &p, NULL, NULL, &err) < 0);
	assert_int_equal(err.cls, SCIF_E_POLICY);
	assert_int_equal(err.line, 0);

	const char *names[] = { "main.policy", "loop.policy", "loop2.policy",
		"missing.policy", "sub/base.policy", "sub/defs.policy" };
	for (i = 0; i < 6; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		assert_int_equal(unlink(path), 0);
	}
	assert_int_equal(rmdir(sub), 0);
	assert_int_equal(rmdir(dir), 0);
}

static void
test_warnings(void **state)
{
	struct sock_fprog p;
	struct scif_err err;
	struct warns w;

	(void)state;
	memset(&w, 0, sizeof(w));
	assert_int_equal(policy_compile_string("ALLOW { read,\n ptrace }", "w",
			     &p, collect, &w, &err),
	    0);
	policy_prog_free(&p);
	assert_int_equal(w.n, 1);
	assert_string_equal(w.last,
	    "w:2:2: warning: 'ptrace' is allowed, but "
	    "scif's default policy never allows it");
	memset(&w, 0, sizeof(w));
	assert_int_equal(policy_compile_string(
			     "ALLOW { socket(d) { d == "
			     "AF_UNIX }, personality(p) { p == 0xffffffff } } "
			     "KILL { ptrace }",
			     "w", &p, collect, &w, &err),
	    0);
	policy_prog_free(&p);
	assert_int_equal(w.n, 0);
	assert_int_equal(policy_compile_string("ALLOW { socket(d) { d != "
					       "AF_INET } }",
			     "w", &p, collect, &w, &err),
	    0);
	policy_prog_free(&p);
	assert_int_equal(w.n, 1);
	assert_non_null(strstr(w.last, "other families than AF_UNIX"));
}

static void
test_bpf_eval(void **state)
{
	struct sock_filter ret[] = { BPF_STMT(BPF_RET | BPF_K, 42) };
	struct sock_filter bad_ld[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_filter bad_jump[] = {
		BPF_JUMP(BPF_JMP | BPF_JA, 5, 0, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_filter arith[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 16), /* args[0] low */
		BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 3),
		BPF_STMT(BPF_ST, 2),
		BPF_STMT(BPF_LDX | BPF_MEM, 2),
		BPF_STMT(BPF_MISC | BPF_TXA, 0),
		BPF_STMT(BPF_ALU | BPF_MUL | BPF_X, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 25, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
		BPF_STMT(BPF_RET | BPF_A, 0),
	};
	struct sock_filter divz[] = {
		BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_filter noret[] = { BPF_STMT(BPF_LD | BPF_IMM, 1) };
	struct sock_fprog p;
	struct seccomp_data d;
	char buf[32];

	(void)state;
	memset(&d, 0, sizeof(d));
	d.args[0] = 2;
	p.filter = ret;
	p.len = 1;
	assert_int_equal(bpf_eval(&p, &d), 42);
	p.filter = bad_ld;
	p.len = 2;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	p.filter = bad_jump;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	p.filter = arith;
	p.len = 9;
	assert_int_equal(bpf_eval(&p, &d), 25);
	d.args[0] = 3;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_ERRNO | 1);
	p.filter = divz;
	p.len = 2;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	p.filter = noret;
	p.len = 1;
	assert_int_equal(bpf_eval(&p, &d), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(bpf_eval(NULL, &d), SECCOMP_RET_KILL_PROCESS);
	policy_action_str(SECCOMP_RET_ERRNO | 11, buf, sizeof(buf));
	assert_string_equal(buf, "ERRNO(11)");
	policy_action_str(SECCOMP_RET_KILL_PROCESS, buf, sizeof(buf));
	assert_string_equal(buf, "KILL_PROCESS");
	policy_action_str(SECCOMP_RET_KILL_THREAD, buf, sizeof(buf));
	assert_string_equal(buf, "KILL");
}

static void
test_dump(void **state)
{
	struct policy_input in;
	struct scif_err err;
	char buf[8192];
	ssize_t n;
	int fd;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.text = "ALLOW { read } DEFAULT ERRNO(38)";
	assert_true((fd = memfd_create("t", 0)) >= 0);
	assert_int_equal(policy_dump_pfc(&in, fd, &err), 0);
	assert_true((n = pread(fd, buf, sizeof(buf) - 1, 0)) > 0);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "action ALLOW;"));
	assert_non_null(strstr(buf, "action ERRNO(38);"));
	assert_non_null(strstr(buf,
	    "invalid architecture action\n"
	    "action KILL_PROCESS;"));
	assert_int_equal(close(fd), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actions),
		cmocka_unit_test(test_operators),
		cmocka_unit_test(test_wide_constants),
		cmocka_unit_test(test_masks),
		cmocka_unit_test(test_logic),
		cmocka_unit_test(test_first_match),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_arches),
		cmocka_unit_test(test_foreign_names),
		cmocka_unit_test(test_use),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_include),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_bpf_eval),
		cmocka_unit_test(test_dump),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
