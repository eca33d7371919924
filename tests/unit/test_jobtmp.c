/* Unit tests for daemon/jobtmp.c: the workers' private directories are
 * made with the right modes and removed whole, links never followed. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "daemon/jobtmp.h"
#include "err.h"

static void
touch(const char *dir, const char *name)
{
	char p[4200];
	int fd;

	(void)snprintf(p, sizeof(p), "%s/%s", dir, name);
	fd = open(p, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(close(fd), 0);
}

static void
made_and_removed(void **state)
{
	char base[4096], dir[4096], sub[4200], outside[] = "/tmp/jt.XXXXXX";
	char link[4400], kept[4200];
	struct scif_err err;
	struct stat st;
	int lock;

	(void)state;
	err_clear(&err);
	assert_int_equal(jobtmp_base(base, sizeof(base), &lock, &err), 0);
	assert_true(lock >= 0);
	assert_int_equal(stat(base, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0711);
	assert_int_equal(
	    jobtmp_make(base, 1234, getuid(), getgid(), dir, sizeof(dir), &err),
	    0);
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(st.st_uid, getuid());
	/* A second worker of the same pid cannot reuse a leftover. */
	assert_true(jobtmp_make(base, 1234, getuid(), getgid(), sub,
			sizeof(sub), &err) < 0);
	/* What a job may leave: files, directories, a link to elsewhere. */
	assert_non_null(mkdtemp(outside));
	touch(outside, "keep");
	touch(dir, "magick-1");
	(void)snprintf(sub, sizeof(sub), "%s/d", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	touch(sub, "f");
	(void)snprintf(link, sizeof(link), "%s/l", sub);
	assert_int_equal(symlink(outside, link), 0);
	jobtmp_remove(base, 1234);
	assert_int_equal(stat(dir, &st), -1);
	(void)snprintf(kept, sizeof(kept), "%s/keep", outside);
	assert_int_equal(stat(kept, &st), 0);
	jobtmp_remove(base, 1234); /* gone already: nothing happens */
	assert_int_equal(
	    jobtmp_make(base, 99, getuid(), getgid(), dir, sizeof(dir), &err),
	    0);
	jobtmp_remove_base(base);
	assert_int_equal(stat(base, &st), -1);
	assert_int_equal(close(lock), 0);
	assert_int_equal(unlink(kept), 0);
	assert_int_equal(rmdir(outside), 0);
}

static int
exists(const char *dir, const char *name)
{
	char p[4200];
	struct stat st;

	(void)snprintf(p, sizeof(p), "%s/%s", dir, name);
	return lstat(p, &st) == 0;
}

/*
 * Under one TMPDIR: a live daemon's base (locked), a dead one's (its lock
 * closed, a worker's directory in it), a look-alike without a lock, and a
 * link with a dead base's name to a dead base elsewhere.  Only the dead
 * base of our own goes.
 */
static void
stale_bases_reaped(void **state)
{
	char tmp[] = "/tmp/jtr.XXXXXX", other[] = "/tmp/jto.XXXXXX";
	char live[4096], dead[4096], far[4096], dir[4096], p[4200];
	struct scif_err err;
	int llock, dlock, flock_;

	(void)state;
	err_clear(&err);
	assert_non_null(mkdtemp(tmp));
	assert_non_null(mkdtemp(other));
	assert_int_equal(setenv("TMPDIR", other, 1), 0);
	assert_int_equal(jobtmp_base(far, sizeof(far), &flock_, &err), 0);
	assert_int_equal(close(flock_), 0);
	assert_int_equal(setenv("TMPDIR", tmp, 1), 0);
	assert_int_equal(jobtmp_base(live, sizeof(live), &llock, &err), 0);
	assert_int_equal(jobtmp_base(dead, sizeof(dead), &dlock, &err), 0);
	assert_int_equal(
	    jobtmp_make(dead, 7, getuid(), getgid(), dir, sizeof(dir), &err),
	    0);
	touch(dir, "magick-1");
	assert_int_equal(close(dlock), 0);
	(void)snprintf(p, sizeof(p), "%s/scif-serve.nolock", tmp);
	assert_int_equal(mkdir(p, 0700), 0);
	(void)snprintf(p, sizeof(p), "%s/scif-serve.link00", tmp);
	assert_int_equal(symlink(far, p), 0);
	assert_int_equal(jobtmp_reap_stale(), 1);
	assert_false(exists(dead, ""));
	assert_true(exists(live, ".lock"));
	assert_true(exists(tmp, "scif-serve.nolock"));
	assert_true(exists(tmp, "scif-serve.link00"));
	assert_true(exists(far, ".lock"));
	/* Again: nothing more. */
	assert_int_equal(jobtmp_reap_stale(), 0);
	jobtmp_remove_base(live);
	assert_int_equal(close(llock), 0);
	jobtmp_remove_base(far);
	(void)snprintf(p, sizeof(p), "%s/scif-serve.nolock", tmp);
	assert_int_equal(rmdir(p), 0);
	(void)snprintf(p, sizeof(p), "%s/scif-serve.link00", tmp);
	assert_int_equal(unlink(p), 0);
	assert_int_equal(rmdir(tmp), 0);
	assert_int_equal(rmdir(other), 0);
	assert_int_equal(unsetenv("TMPDIR"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(made_and_removed),
		cmocka_unit_test(stale_bases_reaped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
