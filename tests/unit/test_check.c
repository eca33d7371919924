/*
 * test_check.c - "scif check" probes: sane here, consistent everywhere.
 *
 * The probes run once per process (group setup).  Some cases state what
 * this host allows (FINDINGS.md: Landlock, seccomp with user notification,
 * every namespace for root and, through a user namespace, for nobody);
 * they hold as root and under setpriv --reuid=65534.  Inside a confined
 * environment (a seccomp filter or root without CAP_SYS_ADMIN already in
 * force, as under tests/helpers/dockerlike) only the consistency checks
 * apply, since refusals are then the right answer.
 */
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "check.h"

struct fx {
	struct check_result res;
	int nnp_before;
	int seccomp_before;
};

/* Whether something around us already takes privileges away. */
static int
confined(const struct check_result *r)
{
	return r->seccomp_mode != 0 || (r->euid == 0 && !r->cap_sys_admin);
}

static int
group_setup(void **state)
{
	struct fx *f;

	f = calloc(1, sizeof(*f));
	if (f == NULL)
		return -1;
	f->nnp_before = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	f->seccomp_before = prctl(PR_GET_SECCOMP, 0, 0, 0, 0);
	check_probe_all(&f->res);
	*state = f;
	return 0;
}

static int
group_teardown(void **state)
{
	free(*state);
	return 0;
}

static void
test_host(void **state)
{
	const struct check_result *r = &((struct fx *)*state)->res;
	struct utsname u;

	assert_int_equal(uname(&u), 0);
	assert_string_equal(r->release, u.release);
	assert_string_equal(r->machine, u.machine);
	assert_int_equal(r->euid, geteuid());
	assert_int_equal(r->uid, getuid());
	assert_int_equal(r->cap_err, 0);
	/* The test binary has no file capabilities. */
	if (r->euid != 0)
		assert_false(r->cap_sys_admin);
}

/* Probing forks and reaps; the caller keeps its own state. */
static void
test_leaves_no_trace(void **state)
{
	const struct fx *f = *state;

	assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
	assert_int_equal(errno, ECHILD);
	assert_int_equal(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0), f->nnp_before);
	assert_int_equal(prctl(PR_GET_SECCOMP, 0, 0, 0, 0), f->seccomp_before);
	assert_int_equal(f->res.nnp_set, f->nnp_before == 1);
	assert_int_equal(f->res.seccomp_mode, f->seccomp_before);
}

/* Kernel 6.18 has it all, and Docker's profile lets seccomp through. */
static void
test_seccomp(void **state)
{
	const struct check_result *r = &((struct fx *)*state)->res;

	assert_true(r->nnp.ok);
	assert_true(r->seccomp.ok);
	assert_true(r->notif.ok);
	assert_true(r->act_kill_process.ok);
	assert_true(r->act_log.ok);
	assert_true(r->act_user_notif.ok);
}

static void
test_landlock(void **state)
{
	const struct check_result *r = &((struct fx *)*state)->res;

	assert_true(r->landlock_abi >= 1);
	assert_int_equal(r->landlock_err, 0);
	assert_true(r->landlock.ok);
}

static void
ns_consistent(const struct check_nsres *n, enum check_ns ns)
{
	switch (n->how) {
	case CHECK_HOW_DIRECT:
		assert_true(n->direct.ok);
		break;
	case CHECK_HOW_USERNS:
		assert_int_not_equal(ns, CHECK_NS_USER);
		assert_false(n->direct.ok);
		assert_int_equal(n->direct.err, EPERM);
		assert_true(n->userns.ok);
		break;
	default:
		assert_false(n->direct.ok);
		assert_false(n->userns.ok);
		/* A refusal says why. */
		assert_true(n->direct.err != 0 || n->direct.sig != 0 ||
		    n->direct.what[0] != '\0');
		break;
	}
}

static void
test_namespaces(void **state)
{
	const struct check_result *r = &((struct fx *)*state)->res;
	size_t i;

	for (i = 0; i < CHECK_NS_COUNT_; i++)
		ns_consistent(&r->ns[i], (enum check_ns)i);
	if (confined(r))
		skip();
	for (i = 0; i < CHECK_NS_COUNT_; i++) {
		if (r->cap_sys_admin || i == CHECK_NS_USER)
			assert_int_equal(r->ns[i].how, CHECK_HOW_DIRECT);
		else
			assert_int_equal(r->ns[i].how, CHECK_HOW_USERNS);
	}
}

static void
test_cgroup(void **state)
{
	const struct check_result *r = &((struct fx *)*state)->res;
	char dir[PATH_MAX];

	/* FINDINGS.md: hybrid here, v2 at /sys/fs/cgroup/unified. */
	assert_true(r->cgroup2);
	assert_true(strcmp(r->cgroup2_mount, "/sys/fs/cgroup") == 0 ||
	    strcmp(r->cgroup2_mount, "/sys/fs/cgroup/unified") == 0);
	assert_int_equal(r->cgroup_path[0], '/');
	snprintf(dir, sizeof(dir), "%s%s", r->cgroup2_mount, r->cgroup_path);
	/* Delegation is exactly "we may write our cgroup's directory". */
	if (r->delegated.ok)
		assert_int_equal(access(dir, W_OK), 0);
	else if (r->delegated.err == EACCES)
		assert_int_not_equal(access(dir, W_OK), 0);
	if (r->euid != 0 && strcmp(r->cgroup_path, "/") == 0) {
		assert_false(r->delegated.ok);
		assert_int_equal(r->delegated.err, EACCES);
	}
}

static void
test_names(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < CHECK_NS_COUNT_; i++) {
		assert_string_not_equal(check_ns_name((enum check_ns)i), "?");
		for (j = 0; j < i; j++)
			assert_string_not_equal(check_ns_name((enum check_ns)i),
			    check_ns_name((enum check_ns)j));
	}
	assert_string_equal(check_ns_name(CHECK_NS_COUNT_), "?");
	assert_string_equal(check_how_name(CHECK_HOW_NO), "no");
	assert_string_equal(check_how_name(CHECK_HOW_DIRECT), "direct");
	assert_string_equal(check_how_name(CHECK_HOW_USERNS), "userns");
}

static void
test_probe_why(void **state)
{
	struct check_probe p;
	char buf[128];

	(void)state;
	memset(&p, 0, sizeof(p));
	p.ok = 1;
	check_probe_why(&p, buf, sizeof(buf));
	assert_string_equal(buf, "");
	p.ok = 0;
	p.err = EPERM;
	snprintf(p.what, sizeof(p.what), "unshare");
	check_probe_why(&p, buf, sizeof(buf));
	assert_string_equal(buf, "unshare: Operation not permitted");
	p.err = 0;
	p.sig = 31;
	check_probe_why(&p, buf, sizeof(buf));
	assert_non_null(strstr(buf, "unshare: killed by signal 31"));
	check_probe_why(&p, buf, 4);
	assert_string_equal(buf, "uns");
}

/* A fake root for check_container_files(). */
struct tree {
	char root[64];
};

static void
put(struct tree *t, const char *path, const char *text)
{
	char buf[PATH_MAX], *slash;
	FILE *f;

	snprintf(buf, sizeof(buf), "%s%s", t->root, path);
	for (slash = strchr(buf + strlen(t->root) + 1, '/'); slash != NULL;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(buf, 0700) < 0)
			assert_int_equal(errno, EEXIST);
		*slash = '/';
	}
	f = fopen(buf, "w");
	assert_non_null(f);
	assert_true(fputs(text, f) >= 0);
	assert_int_equal(fclose(f), 0);
}

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int
tree_setup(void **state)
{
	struct tree *t;

	t = calloc(1, sizeof(*t));
	if (t == NULL)
		return -1;
	snprintf(t->root, sizeof(t->root), "/tmp/test_check.XXXXXX");
	if (mkdtemp(t->root) == NULL) {
		free(t);
		return -1;
	}
	*state = t;
	return 0;
}

static int
tree_teardown(void **state)
{
	struct tree *t = *state;
	int r;

	r = nftw(t->root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(t);
	return r;
}

static int
has_signal(const struct check_container *c, const char *s)
{
	unsigned i;

	for (i = 0; i < c->nsignals; i++) {
		if (strstr(c->signals[i], s) != NULL)
			return 1;
	}
	return 0;
}

static void
test_container_none(void **state)
{
	struct tree *t = *state;
	struct check_container c;

	memset(&c, 0, sizeof(c));
	put(t, "/proc/1/comm", "systemd\n");
	put(t, "/proc/1/cgroup", "0::/init.scope\n");
	put(t, "/proc/self/mountinfo",
	    "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
	    "22 27 0:21 / /proc rw,relatime - proc proc rw\n");
	check_container_files(&c, t->root, NULL);
	assert_false(c.detected);
	assert_int_equal(c.nsignals, 0);
	assert_string_equal(c.pid1, "systemd");
	check_container_files(&c, t->root, "");
	assert_false(c.detected);
}

static void
test_container_docker(void **state)
{
	struct tree *t = *state;
	struct check_container c;

	memset(&c, 0, sizeof(c));
	put(t, "/.dockerenv", "");
	put(t, "/proc/1/comm", "tini\n");
	put(t, "/proc/1/cgroup", "0::/system.slice/docker-0123abcd.scope\n");
	put(t, "/proc/self/mountinfo",
	    "600 500 0:50 / / rw - overlay overlay rw,lowerdir=/l\n"
	    "601 600 254:0 /var/lib/docker/containers/0123/hostname "
	    "/etc/hostname rw - ext4 /dev/vda rw\n");
	check_container_files(&c, t->root, "docker");
	assert_true(c.detected);
	assert_true(has_signal(&c, "/.dockerenv exists"));
	assert_true(has_signal(&c, "container=docker"));
	assert_true(has_signal(&c, "/proc/1/cgroup mentions docker"));
	assert_true(has_signal(&c, "mentions /docker/containers/"));
	assert_true(has_signal(&c, "root file system is overlay"));
	assert_true(has_signal(&c, "pid 1 is \"tini\""));
	assert_string_equal(c.pid1, "tini");
}

/* Only the last mount on "/" counts, and each signal alone suffices. */
static void
test_container_podman(void **state)
{
	struct tree *t = *state;
	struct check_container c;

	memset(&c, 0, sizeof(c));
	put(t, "/run/.containerenv", "engine=\"podman\"\n");
	put(t, "/proc/self/mountinfo",
	    "1 0 0:50 / / rw - overlay overlay rw\n"
	    "2 1 254:0 / / rw - ext4 /dev/vda rw\n");
	check_container_files(&c, t->root, NULL);
	assert_true(c.detected);
	assert_int_equal(c.nsignals, 1);
	assert_true(has_signal(&c, "/run/.containerenv exists"));
	assert_string_equal(c.pid1, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_host),
		cmocka_unit_test(test_leaves_no_trace),
		cmocka_unit_test(test_seccomp),
		cmocka_unit_test(test_landlock),
		cmocka_unit_test(test_namespaces),
		cmocka_unit_test(test_cgroup),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_probe_why),
		cmocka_unit_test_setup_teardown(
		    test_container_none, tree_setup, tree_teardown),
		cmocka_unit_test_setup_teardown(
		    test_container_docker, tree_setup, tree_teardown),
		cmocka_unit_test_setup_teardown(
		    test_container_podman, tree_setup, tree_teardown),
	};

	return cmocka_run_group_tests_name(
	    "check", tests, group_setup, group_teardown);
}
