/*
 * test_policy_prebuilt.c - the shipped profiles' policies compiled at
 * build time: each program is the one a fresh compilation gives, and a
 * policy that differs by one byte anywhere it reads is compiled, not
 * taken from the table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "policy/policy.h"
#include "policy/prebuilt.h"

static const char *
srcdir(void)
{
	const char *dir = getenv("SCIF_SRCDIR");

	return dir != NULL ? dir : ".";
}

static void
assert_same_prog(const struct sock_fprog *p, const struct policy_prebuilt *pb)
{
	assert_int_equal(p->len, pb->len);
	assert_memory_equal(p->filter, pb->bpf, pb->len * sizeof(*pb->bpf));
}

/* The entry's own input: its policy file in the tree, or its text. */
static void
input_of(const struct policy_prebuilt *pb, struct policy_input *in, char *path,
    size_t len)
{
	memset(in, 0, sizeof(*in));
	if (pb->is_file) {
		snprintf(path, len, "%s/%s", srcdir(), pb->origin);
		in->path = path;
	} else
		in->text = pb->texts[0].text;
}

static void
each_program_equals_a_fresh_compile(void **state)
{
	const struct policy_prebuilt_table *tab = &policy_prebuilt_table;
	struct policy_input in;
	struct sock_fprog fresh, served;
	struct scif_err err;
	char path[4096];
	int imagemagick = 0;
	size_t i;

	(void)state;
	for (i = 0; i < tab->n; i++) {
		const struct policy_prebuilt *pb = &tab->v[i];

		print_message("# %s\n", pb->origin);
		assert_int_equal(pb->arch, seccomp_arch_native());
		input_of(pb, &in, path, sizeof(path));
		/* The table holds the texts the tree has now. */
		assert_ptr_equal(policy_prebuilt_match(&in, pb->arch), pb);
		in.fresh = 1;
		if (policy_compile(&in, &fresh, &err) < 0)
			fail_msg("%s", err.msg);
		assert_same_prog(&fresh, pb);
		in.fresh = 0;
		assert_int_equal(policy_compile(&in, &served, &err), 0);
		assert_same_prog(&served, pb);
		assert_ptr_not_equal(served.filter, pb->bpf); /* a copy */
		policy_prog_free(&fresh);
		policy_prog_free(&served);
		if (strstr(pb->origin, "/imagemagick.policy") != NULL)
			imagemagick = 1;
	}
	/* Not vacuous: the policy of every paperclip conversion is in it. */
	assert_true(imagemagick);
}

/* Copy profiles/NAME into dir. */
static void
copy(const char *dir, const char *name)
{
	char cmd[8192];

	snprintf(
	    cmd, sizeof(cmd), "cp '%s/profiles/%s' '%s/'", srcdir(), name, dir);
	assert_int_equal(system(cmd), 0);
}

/* Replace the first occurrence of from by to, of the same length. */
static void
edit(const char *dir, const char *name, const char *from, const char *to)
{
	char path[4096], buf[65536], *at;
	size_t n;
	FILE *f;

	assert_int_equal(strlen(from), strlen(to));
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(f = fopen(path, "r+"));
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	assert_non_null(at = strstr(buf, from));
	assert_int_equal(fseek(f, at - buf, SEEK_SET), 0);
	assert_int_equal(fwrite(to, 1, strlen(to), f), strlen(to));
	assert_int_equal(fclose(f), 0);
}

static uint32_t
eval(const struct sock_fprog *p, const char *name)
{
	struct seccomp_data d;

	memset(&d, 0, sizeof(d));
	d.arch = seccomp_arch_native();
	d.nr = seccomp_syscall_resolve_name(name);
	return bpf_eval(p, &d);
}

static const struct policy_prebuilt *
match_file(const char *dir, const char *name)
{
	struct policy_input in;
	char path[4096];

	memset(&in, 0, sizeof(in));
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	in.path = path;
	return policy_prebuilt_match(&in, seccomp_arch_native());
}

static void
one_changed_byte_is_compiled(void **state)
{
	char dir[] = "/tmp/scif-prebuilt.XXXXXX", path[4096], cmd[4200];
	const struct policy_prebuilt *pb;
	struct sock_fprog p;
	struct scif_err err;

	(void)state;
	assert_non_null(mkdtemp(dir));
	copy(dir, "imagemagick.policy");
	copy(dir, "glibc.policy");
	/* Elsewhere, the same bytes: the table's program. */
	assert_non_null(pb = match_file(dir, "imagemagick.policy"));
	assert_int_equal(
	    eval(&(struct sock_fprog){ pb->len, (struct sock_filter *)pb->bpf },
		"dup2"),
	    SECCOMP_RET_ALLOW);
	snprintf(path, sizeof(path), "%s/imagemagick.policy", dir);

	/* A byte of a comment in the included file: not the table's any
	 * more, and compiled to the same program. */
	edit(dir, "glibc.policy", "// What", "// what");
	assert_null(match_file(dir, "imagemagick.policy"));
	if (policy_compile_file(path, &p, NULL, NULL, &err) < 0)
		fail_msg("%s", err.msg);
	assert_same_prog(&p, pb);
	assert_ptr_not_equal(p.filter, pb->bpf);
	policy_prog_free(&p);

	/* One that matters: dup2 is no longer allowed (dup3 is). */
	edit(dir, "glibc.policy", "dup2,", "dup3,");
	assert_null(match_file(dir, "imagemagick.policy"));
	if (policy_compile_file(path, &p, NULL, NULL, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(eval(&p, "dup2"), SECCOMP_RET_KILL_PROCESS);
	assert_int_equal(eval(&p, "dup3"), SECCOMP_RET_ALLOW);
	policy_prog_free(&p);

	/* And in the file named: an error only a compilation can give. */
	edit(dir, "imagemagick.policy", "unlink,", "unlinx,");
	assert_true(policy_compile_file(path, &p, NULL, NULL, &err) < 0);
	assert_non_null(strstr(err.msg, "imagemagick.policy:8:"));
	assert_non_null(strstr(err.msg, "unlinx"));

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/*
 * What is compared is the texts, not where they come from: the text of
 * imagemagick.policy given as a string is the same policy where its
 * #include "glibc.policy" (relative to the working directory for a
 * string) finds the same glibc.policy, and another one elsewhere.
 */
static void
the_same_texts_are_served_whatever_names_them(void **state)
{
	const struct policy_prebuilt *pb;
	char cwd[4096], dir[2048], text[65536];
	struct policy_input in;
	size_t n;
	FILE *f;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/profiles", srcdir());
	assert_non_null(pb = match_file(dir, "imagemagick.policy"));
	snprintf(text, sizeof(text), "%s/imagemagick.policy", dir);
	assert_non_null(f = fopen(text, "r"));
	n = fread(text, 1, sizeof(text) - 1, f);
	text[n] = '\0';
	assert_int_equal(fclose(f), 0);
	assert_non_null(getcwd(cwd, sizeof(cwd)));

	memset(&in, 0, sizeof(in));
	in.text = text;
	assert_int_equal(chdir(dir), 0);
	assert_ptr_equal(policy_prebuilt_match(&in, pb->arch), pb);
	/* Another arch is another program. */
	assert_null(policy_prebuilt_match(&in, SCMP_ARCH_X32));
	assert_int_equal(chdir("/"), 0); /* no glibc.policy there */
	assert_null(policy_prebuilt_match(&in, pb->arch));
	assert_int_equal(chdir(cwd), 0);

	in.text = "POLICY p { ALLOW { execve } } USE p DEFAULT KILL";
	assert_null(policy_prebuilt_match(&in, pb->arch));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(each_program_equals_a_fresh_compile),
		cmocka_unit_test(one_changed_byte_is_compiled),
		cmocka_unit_test(the_same_texts_are_served_whatever_names_them),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
