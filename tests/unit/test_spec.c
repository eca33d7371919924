/* Unit tests for spec.c and fds.c: what is recorded, and what is refused. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "fds.h"
#include "spec.h"

static void
env_starts_with_path_only(void **state)
{
	struct scif_spec *s = scif_spec_new();

	(void)state;
	assert_non_null(s);
	assert_int_equal(s->nenv, 1);
	assert_string_equal(s->env[0], "PATH=/usr/bin:/bin");
	assert_null(s->env[1]);
	scif_spec_free(s);
}

static void
env_set_replaces(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;

	(void)state;
	assert_int_equal(scif_spec_set_env(s, "A", "1", &err), 0);
	assert_int_equal(scif_spec_set_env(s, "PATH", "/x", &err), 0);
	assert_int_equal(scif_spec_set_env(s, "A", "2", &err), 0);
	assert_int_equal(s->nenv, 2);
	assert_string_equal(spec_getenv(s, "PATH"), "/x");
	assert_string_equal(spec_getenv(s, "A"), "2");
	assert_null(spec_getenv(s, "B"));
	assert_int_equal(scif_spec_set_env(s, "A=B", "1", &err), -EINVAL);
	assert_int_equal(err.cls, SCIF_E_USAGE);
	scif_spec_free(s);
}

static void
symlink_recorded(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;

	(void)state;
	assert_int_equal(scif_spec_add_symlink(s, "usr/lib", "/lib", &err), 0);
	assert_int_equal(s->nlinks, 1);
	assert_string_equal(s->links[0], "/lib");
	assert_string_equal(s->links[1], "usr/lib");
	assert_null(s->links[2]);
	assert_int_equal(
	    scif_spec_add_symlink(s, "usr/lib", "lib", &err), -EINVAL);
	assert_int_equal(scif_spec_add_symlink(s, "", "/lib", &err), -EINVAL);
	assert_int_equal(s->nlinks, 1);
	scif_spec_free(s);
}

static void
keep_env_copies_only_set(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;

	(void)state;
	setenv("SCIF_TEST_KEEP", "v", 1);
	unsetenv("SCIF_TEST_UNSET");
	assert_int_equal(scif_spec_keep_env(s, "SCIF_TEST_KEEP", &err), 0);
	assert_int_equal(scif_spec_keep_env(s, "SCIF_TEST_UNSET", &err), 0);
	assert_string_equal(spec_getenv(s, "SCIF_TEST_KEEP"), "v");
	assert_null(spec_getenv(s, "SCIF_TEST_UNSET"));
	scif_spec_free(s);
}

static void
limits_validated(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;

	(void)state;
	assert_int_equal(
	    scif_spec_set_limit(s, SCIF_LIMIT_NPROC, 0, &err), -EINVAL);
	assert_int_equal(scif_spec_set_limit(s, SCIF_LIMIT_FSIZE, 0, &err), 0);
	assert_int_equal(
	    scif_spec_set_limit(s, SCIF_LIMIT_COUNT_, 1, &err), -EINVAL);
	assert_int_equal(scif_spec_set_ids(s, (uid_t)-1, 1, &err), -EINVAL);
	scif_spec_free(s);
}

static void
pass_fd_validated(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;
	int fd = dup(0);

	(void)state;
	assert_true(fd > 2);
	assert_int_equal(scif_spec_pass_fd(s, 1, &err), -EINVAL);
	assert_int_equal(scif_spec_pass_fd(s, fd, &err), 0);
	assert_int_equal(scif_spec_pass_fd(s, fd, &err), 0);
	assert_int_equal(s->npass, 1);
	close(fd);
	assert_int_equal(scif_spec_pass_fd(s, fd, &err), -EBADF);
	scif_spec_free(s);
}

static void
fds_plan_sorted_unique(void **state)
{
	struct fds_plan p;
	int pass[] = { 9, 4, 9 };
	int internal[] = { 6, -1 };

	(void)state;
	fds_plan_init(&p, pass, 3, internal, 2);
	assert_int_equal(p.n, 6);
	assert_int_equal(p.keep[0], 0);
	assert_int_equal(p.keep[3], 4);
	assert_int_equal(p.keep[4], 6);
	assert_int_equal(p.keep[5], 9);
	assert_int_equal(p.ninherit, 3);
}

/* Only a net namespace that is not ours may be shared. */
static void
share_netns_validated(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;
	int own = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	int uts = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
	int file = open("/dev/null", O_RDONLY | O_CLOEXEC);
	int fresh;

	(void)state;
	assert_true(own >= 0 && uts >= 0 && file >= 0);
	assert_int_equal(s->netns_fd, -1);
	assert_true(scif_spec_share_netns(s, file, &err) < 0);
	assert_true(scif_spec_share_netns(s, uts, &err) < 0);
	assert_non_null(strstr(err.msg, "not a net namespace"));
	assert_true(scif_spec_share_netns(s, own, &err) < 0);
	assert_non_null(strstr(err.msg, "own net namespace"));
	assert_int_equal(s->netns_fd, -1);
	/* A new one, where this process may make one (root). */
	if ((fresh = scif_netns_new(&err)) >= 0) {
		assert_int_equal(scif_spec_share_netns(s, fresh, &err), 0);
		assert_int_equal(s->netns_fd, fresh);
		close(fresh);
	}
	assert_int_equal(scif_spec_share_netns(s, -1, &err), 0);
	assert_int_equal(s->netns_fd, -1);
	close(own);
	close(uts);
	close(file);
	scif_spec_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(env_starts_with_path_only),
		cmocka_unit_test(env_set_replaces),
		cmocka_unit_test(symlink_recorded),
		cmocka_unit_test(keep_env_copies_only_set),
		cmocka_unit_test(limits_validated),
		cmocka_unit_test(pass_fd_validated),
		cmocka_unit_test(fds_plan_sorted_unique),
		cmocka_unit_test(share_netns_validated),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
