/*
 * test_landlock.c - the Landlock layer, proven both ways.
 *
 * Each case forks a child that (optionally) applies a plan and then
 * makes one probe; the child exits with the probe's errno (0: it
 * worked), or with CHILD_SETUP when it could not confine itself.  Every
 * attack is shown to succeed without Landlock and fail with it, so a
 * pass means the layer did the refusing.  The cases make their files
 * under a mkdtemp() directory in /tmp and pass as root and as nobody.
 */
#include <sys/socket.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <linux/capability.h>
#include <linux/landlock.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

#include "landlock.h"

#define CHILD_SETUP 100 /* the child could not apply its plan */
#define CHILD_DIED 101 /* the child ended by a signal */

struct fx {
	char dir[64]; /* the case's own directory under /tmp */
	char path[PATH_MAX]; /* scratch for fxpath() */
};

struct probe {
	const struct landlock_plan *plan; /* NULL: no Landlock */
	int (*fn)(const struct probe *);
	const char *path;
	const char *path2;
	int port;
	pid_t pid;
	const void *arg;
};

static const char *
fxpath(struct fx *f, const char *name)
{
	snprintf(f->path, sizeof(f->path), "%s/%s", f->dir, name);
	return f->path;
}

/*
 * dir/
 *   secret           outside every rule
 *   allowed/in       an allowed directory and its file
 *   ro/file          a read-only directory
 *   rw/a/, rw/b/     a read-write directory
 */
static int
setup(void **state)
{
	struct fx *f;

	f = calloc(1, sizeof(*f));
	assert_non_null(f);
	snprintf(f->dir, sizeof(f->dir), "/tmp/scif-ll-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	write_file(fxpath(f, "secret"), "secret\n", 0600);
	assert_int_equal(mkdir(fxpath(f, "allowed"), 0700), 0);
	write_file(fxpath(f, "allowed/in"), "input\n", 0600);
	assert_int_equal(mkdir(fxpath(f, "ro"), 0700), 0);
	write_file(fxpath(f, "ro/file"), "ro\n", 0600);
	assert_int_equal(mkdir(fxpath(f, "rw"), 0700), 0);
	assert_int_equal(mkdir(fxpath(f, "rw/a"), 0700), 0);
	assert_int_equal(mkdir(fxpath(f, "rw/b"), 0700), 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	remove_tree(f->dir);
	free(f);
	return 0;
}

/* As the launcher does: no_new_privs, then Landlock. */
static int
confine(const struct landlock_plan *p)
{
	struct scif_err err;

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
		return -errno;
	if (landlock_apply(p, &err) < 0) {
		fprintf(stderr, "child: %s\n", err.msg);
		return -1;
	}
	return 0;
}

static int
run(const struct probe *pr)
{
	pid_t pid;
	int st;

	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (pr->plan != NULL && confine(pr->plan) < 0)
			_exit(CHILD_SETUP);
		_exit(pr->fn(pr));
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	if (WIFSIGNALED(st))
		return CHILD_DIED;
	return WEXITSTATUS(st);
}

/* Run pr twice: without Landlock, then with plan p. */
static void
both_ways(
    struct probe *pr, const struct landlock_plan *p, int bare, int confined)
{
	pr->plan = NULL;
	assert_int_equal(run(pr), bare);
	pr->plan = p;
	assert_int_equal(run(pr), confined);
}

static void
need_abi(int abi)
{
	if (landlock_abi() < abi) {
		print_message(
		    "Landlock ABI %d needed, have %d\n", abi, landlock_abi());
		skip();
	}
}

static int
probe_read(const struct probe *pr)
{
	char c;
	int fd;

	fd = open(pr->path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return errno;
	if (read(fd, &c, 1) != 1)
		return errno != 0 ? errno : EIO;
	return 0;
}

static int
probe_create(const struct probe *pr)
{
	int fd;

	fd = open(pr->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1)
		return errno;
	if (write(fd, "x", 1) != 1)
		return errno;
	return 0;
}

/* Open an existing file for writing, as a shell redirection does. */
static int
probe_write(const struct probe *pr)
{
	int fd;

	fd = open(pr->path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd == -1)
		return errno;
	if (write(fd, "x", 1) != 1)
		return errno;
	return 0;
}

/* What a job does in its directory: every step must work under LL_RW. */
static int
probe_rw_ops(const struct probe *pr)
{
	char a[PATH_MAX], b[PATH_MAX], d[PATH_MAX];
	int fd;

	snprintf(a, sizeof(a), "%s/a/f", pr->path);
	snprintf(b, sizeof(b), "%s/b/f", pr->path);
	snprintf(d, sizeof(d), "%s/a/d", pr->path);
	fd = open(a, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd == -1 || write(fd, "data", 4) != 4 || ftruncate(fd, 1) == -1)
		return errno;
	if (close(fd) == -1 || truncate(a, 0) == -1)
		return errno;
	if (mkdir(d, 0700) == -1 || rmdir(d) == -1)
		return errno;
	/* Across directories: needs REFER (ABI 2). */
	if (rename(a, b) == -1 || unlink(b) == -1)
		return errno;
	return 0;
}

static int
probe_exec(const struct probe *pr)
{
	char *argv[2];
	char *envp[1];

	argv[0] = (char *)pr->path;
	argv[1] = NULL;
	envp[0] = NULL;
	execve(pr->path, argv, envp);
	return errno;
}

static int
probe_connect_tcp(const struct probe *pr)
{
	struct sockaddr_in sin;
	int s;

	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s == -1)
		return errno;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)pr->port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(s, (struct sockaddr *)&sin, sizeof(sin)) == -1)
		return errno;
	return 0;
}

static int
probe_bind_tcp(const struct probe *pr)
{
	struct sockaddr_in sin;
	int s;

	(void)pr;
	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s == -1)
		return errno;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *)&sin, sizeof(sin)) == -1)
		return errno;
	return 0;
}

static int
probe_kill(const struct probe *pr)
{
	return kill(pr->pid, 0) == -1 ? errno : 0;
}

static socklen_t
abstract_addr(struct sockaddr_un *sun, const char *name)
{
	size_t n = strlen(name);

	memset(sun, 0, sizeof(*sun));
	sun->sun_family = AF_UNIX;
	/* sun_path[0] stays NUL: the abstract namespace. */
	memcpy(sun->sun_path + 1, name, n);
	return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n);
}

static int
probe_connect_abstract(const struct probe *pr)
{
	struct sockaddr_un sun;
	socklen_t len;
	int s;

	s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s == -1)
		return errno;
	len = abstract_addr(&sun, pr->path);
	if (connect(s, (struct sockaddr *)&sun, len) == -1)
		return errno;
	return 0;
}

/* A TCP listener on 127.0.0.1 and an ephemeral port; the port is *port. */
static int
tcp_listener(int *port)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	int s;

	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	assert_true(s >= 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(s, (struct sockaddr *)&sin, sizeof(sin)), 0);
	assert_int_equal(listen(s, 8), 0);
	assert_int_equal(getsockname(s, (struct sockaddr *)&sin, &len), 0);
	*port = ntohs(sin.sin_port);
	return s;
}

static void
plan_path(struct landlock_plan *p, const char *path, unsigned kind)
{
	struct scif_err err;
	int rc;

	rc = landlock_plan_add_path(p, path, kind, &err);
	if (rc < 0)
		print_error("%s\n", err.msg);
	assert_int_equal(rc, 0);
}

/* The system's program directories, read-only with execute. */
static void
plan_system(struct landlock_plan *p)
{
	static const char *const dirs[] = { "/usr", "/bin", "/lib", "/lib64" };
	size_t i;

	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (access(dirs[i], F_OK) == 0)
			plan_path(p, dirs[i], LL_RO);
	plan_path(p, "/etc", LL_RO_NOEXEC);
}

static void
test_abi(void **state)
{
	struct landlock_plan p;

	(void)state;
	need_abi(1);
	assert_true(landlock_abi() <= LL_ABI_KNOWN);
	assert_int_equal(landlock_plan_init(&p, 0), -EINVAL);
	assert_int_equal(landlock_plan_init(NULL, 1), -EINVAL);
	assert_int_equal(landlock_plan_init(&p, LL_ABI_KNOWN + 5), 0);
	assert_int_equal(p.abi, LL_ABI_KNOWN);
	landlock_plan_free(&p);
}

/* Reading outside the allowed set: works bare, EACCES confined. */
static void
test_read_outside(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_read };
	char secret[PATH_MAX];

	need_abi(1);
	snprintf(secret, sizeof(secret), "%s", fxpath(f, "secret"));
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	plan_path(&p, fxpath(f, "allowed"), LL_RO_NOEXEC);
	pr.path = secret;
	both_ways(&pr, &p, 0, EACCES);
	pr.path = fxpath(f, "allowed/in");
	both_ways(&pr, &p, 0, 0);
	/* And any other file: every right is handled, nothing else granted. */
	pr.path = "/etc/passwd";
	both_ways(&pr, &p, 0, EACCES);
	landlock_plan_free(&p);
}

/* Every ABI the kernel offers, down to 1, denies the same read. */
static void
test_each_abi(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_read };
	char secret[PATH_MAX];
	int abi;

	need_abi(1);
	snprintf(secret, sizeof(secret), "%s", fxpath(f, "secret"));
	for (abi = 1; abi <= landlock_abi(); abi++) {
		assert_int_equal(landlock_plan_init(&p, abi), 0);
		plan_path(&p, fxpath(f, "allowed"), LL_RO);
		if (abi >= 4)
			assert_int_equal(landlock_plan_set_options(
					     &p, LL_OPT_NO_NETWORK, NULL),
			    0);
		if (abi >= 6)
			assert_int_equal(
			    landlock_plan_set_options(&p, LL_OPT_SCOPE, NULL),
			    0);
		pr.plan = &p;
		pr.path = secret;
		assert_int_equal(run(&pr), EACCES);
		pr.path = fxpath(f, "allowed/in");
		assert_int_equal(run(&pr), 0);
		landlock_plan_free(&p);
	}
}

/* Writing into a read-only directory. */
static void
test_write_ro(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_create };

	need_abi(1);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	plan_path(&p, fxpath(f, "ro"), LL_RO);
	pr.path = fxpath(f, "ro/new");
	pr.plan = NULL;
	assert_int_equal(run(&pr), 0);
	assert_int_equal(unlink(pr.path), 0);
	pr.plan = &p;
	assert_int_equal(run(&pr), EACCES);
	assert_int_equal(access(pr.path, F_OK), -1);
	/* Nor may an existing file there be opened for writing. */
	pr.fn = probe_write;
	pr.path = fxpath(f, "ro/file");
	both_ways(&pr, &p, 0, EACCES);
	landlock_plan_free(&p);
}

/* A job directory: create, write, truncate, mkdir, rename, remove. */
static void
test_rw_dir(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_rw_ops };

	need_abi(2);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	plan_path(&p, fxpath(f, "rw"), LL_RW);
	pr.path = fxpath(f, "rw");
	both_ways(&pr, &p, 0, 0);
	landlock_plan_free(&p);
}

/* A binary copied into the rw directory: runs bare, EACCES confined,
 * while the system's own copy still runs under the same plan. */
static void
test_exec_rw(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_exec };
	char copy[PATH_MAX];

	need_abi(1);
	snprintf(copy, sizeof(copy), "%s", fxpath(f, "rw/true"));
	copy_file("/bin/true", copy, 0755);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	plan_system(&p);
	plan_path(&p, fxpath(f, "rw"), LL_RW);
	pr.path = copy;
	both_ways(&pr, &p, 0, EACCES);
	pr.path = "/bin/true";
	both_ways(&pr, &p, 0, 0);
	landlock_plan_free(&p);
}

/* TCP to a listener on 127.0.0.1: works bare and with Landlock but no
 * network option, EACCES with LL_OPT_NO_NETWORK; bind likewise. */
static void
test_no_network(void **state)
{
	struct landlock_plan p;
	struct probe pr = { .fn = probe_connect_tcp };
	int ls;

	(void)state;
	need_abi(4);
	ls = tcp_listener(&pr.port);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	both_ways(&pr, &p, 0, 0);
	assert_int_equal(
	    landlock_plan_set_options(&p, LL_OPT_NO_NETWORK, NULL), 0);
	both_ways(&pr, &p, 0, EACCES);
	pr.fn = probe_bind_tcp;
	both_ways(&pr, &p, 0, EACCES);
	assert_int_equal(close(ls), 0);
	landlock_plan_free(&p);
}

/* Signals to a process outside the sandbox (the test itself). */
static void
test_scope_signal(void **state)
{
	struct landlock_plan p;
	struct probe pr = { .fn = probe_kill };

	(void)state;
	need_abi(6);
	pr.pid = getpid();
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	both_ways(&pr, &p, 0, 0);
	assert_int_equal(landlock_plan_set_options(&p, LL_OPT_SCOPE, NULL), 0);
	both_ways(&pr, &p, 0, EPERM);
	landlock_plan_free(&p);
}

/* An abstract unix socket the test listens on, as X11 does. */
static void
test_scope_abstract(void **state)
{
	struct landlock_plan p;
	struct probe pr = { .fn = probe_connect_abstract };
	struct sockaddr_un sun;
	char name[64];
	socklen_t len;
	int ls;

	(void)state;
	need_abi(6);
	snprintf(name, sizeof(name), "scif-ll-test-%ld", (long)getpid());
	ls = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	assert_true(ls >= 0);
	len = abstract_addr(&sun, name);
	assert_int_equal(bind(ls, (struct sockaddr *)&sun, len), 0);
	assert_int_equal(listen(ls, 8), 0);
	pr.path = name;
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	assert_int_equal(landlock_plan_set_options(&p, LL_OPT_SCOPE, NULL), 0);
	both_ways(&pr, &p, 0, EPERM);
	assert_int_equal(close(ls), 0);
	landlock_plan_free(&p);
}

/* A missing path fails before any fork, and the message names it. */
static void
test_missing_path(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct scif_err err;
	const char *missing;

	need_abi(1);
	missing = fxpath(f, "no/such/dir");
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	assert_int_equal(
	    landlock_plan_add_path(&p, missing, LL_RO, &err), -ENOENT);
	assert_non_null(strstr(err.msg, missing));
	assert_string_equal(err.layer, "landlock");
	assert_int_equal(err.cls, SCIF_E_SETUP);
	assert_int_equal(err.sys_errno, ENOENT);
	assert_int_equal(landlock_plan_nfds(&p), 0);
	assert_int_equal(landlock_plan_add_path(&p, f->dir, 99, &err), -EINVAL);
	landlock_plan_free(&p);
}

/* A file given as a rule gets file rights only, and only it is open. */
static void
test_file_rule(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_read };
	char secret[PATH_MAX];

	need_abi(1);
	snprintf(secret, sizeof(secret), "%s", fxpath(f, "secret"));
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	plan_path(&p, fxpath(f, "allowed/in"), LL_RO);
	plan_path(&p, fxpath(f, "ro/file"), LL_RW);
	assert_int_equal(p.rules[0].access,
	    LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE);
	assert_int_equal(p.rules[1].access &
		(LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
		    LANDLOCK_ACCESS_FS_EXECUTE),
	    0);
	pr.path = fxpath(f, "allowed/in");
	both_ways(&pr, &p, 0, 0);
	pr.path = secret;
	both_ways(&pr, &p, 0, EACCES);
	landlock_plan_free(&p);
}

/* /dev/null as a device rule: written under Landlock; a regular file
 * is refused as a device. */
static void
test_dev(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	struct probe pr = { .fn = probe_write };
	struct scif_err err;

	need_abi(1);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	assert_int_equal(
	    landlock_plan_add_path(&p, fxpath(f, "secret"), LL_DEV, &err),
	    -EINVAL);
	assert_non_null(strstr(err.msg, f->dir));
	plan_path(&p, "/dev/null", LL_DEV);
	pr.path = "/dev/null";
	both_ways(&pr, &p, 0, 0);
	pr.path = "/dev/zero";
	both_ways(&pr, &p, 0, EACCES);
	landlock_plan_free(&p);
}

/* Options an older ABI cannot enforce are refused, not faked. */
static void
test_options_abi(void **state)
{
	struct landlock_plan p;
	struct scif_err err;

	(void)state;
	assert_int_equal(landlock_plan_init(&p, 3), 0);
	assert_int_equal(landlock_plan_set_options(&p, LL_OPT_NO_NETWORK, &err),
	    -EOPNOTSUPP);
	assert_non_null(strstr(err.msg, "ABI 4"));
	assert_int_equal(p.opts, 0);
	assert_int_equal(p.handled_net, 0);
	landlock_plan_free(&p);
	assert_int_equal(landlock_plan_init(&p, 5), 0);
	assert_int_equal(landlock_plan_set_options(
			     &p, LL_OPT_NO_NETWORK | LL_OPT_SCOPE, &err),
	    -EOPNOTSUPP);
	assert_int_equal(p.opts, LL_OPT_NO_NETWORK);
	assert_int_equal(p.scoped, 0);
	assert_int_equal(landlock_plan_set_options(&p, 0x80, &err), -EINVAL);
	landlock_plan_free(&p);
}

/* The plan's descriptors are listed, close-on-exec, closed by free. */
static void
test_plan_fds(void **state)
{
	struct fx *f = *state;
	struct landlock_plan p;
	int fd;

	need_abi(1);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	plan_path(&p, f->dir, LL_RO);
	assert_int_equal(landlock_plan_nfds(&p), 1);
	fd = landlock_plan_fd(&p, 0);
	assert_true(fd > 2);
	assert_int_equal(fcntl(fd, F_GETFD), FD_CLOEXEC);
	assert_int_equal(landlock_plan_fd(&p, 1), -1);
	landlock_plan_free(&p);
	assert_int_equal(fcntl(fd, F_GETFD), -1);
	assert_int_equal(errno, EBADF);
	landlock_plan_free(&p); /* twice is harmless */
}

/*
 * Without CAP_SYS_ADMIN, Landlock admits a process only with no_new_privs.
 * The child gives up CAP_SYS_ADMIN (root's, if any) but does not set
 * no_new_privs.  Exits 0 when the outcome matches: refused and told so,
 * or admitted when no_new_privs came already set (inherited, as under
 * tests/helpers/dockerlike run as a user).
 */
static int
probe_apply_without_nnp(const struct probe *pr)
{
	struct __user_cap_header_struct hdr;
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];
	struct scif_err err;
	int rc, nnp;

	memset(&hdr, 0, sizeof(hdr));
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	if (syscall(SYS_capget, &hdr, d) == -1)
		return CHILD_SETUP;
	d[CAP_SYS_ADMIN / 32].effective &= ~(1u << (CAP_SYS_ADMIN % 32));
	if (syscall(SYS_capset, &hdr, d) == -1)
		return CHILD_SETUP;
	nnp = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	rc = landlock_apply(pr->arg, &err);
	if (nnp == 1)
		return rc == 0 ? 0 : 1;
	if (rc != -EPERM)
		return 2;
	return strstr(err.msg, "no_new_privs") != NULL ? 0 : 3;
}

static void
test_needs_nnp(void **state)
{
	struct landlock_plan p;
	struct probe pr = { .fn = probe_apply_without_nnp };

	(void)state;
	need_abi(1);
	assert_int_equal(landlock_plan_init(&p, landlock_abi()), 0);
	/* The probe applies the plan itself (pr.plan stays NULL). */
	pr.arg = &p;
	assert_int_equal(run(&pr), 0);
	landlock_plan_free(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abi),
		cmocka_unit_test_setup_teardown(
		    test_read_outside, setup, teardown),
		cmocka_unit_test_setup_teardown(test_each_abi, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_ro, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rw_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_exec_rw, setup, teardown),
		cmocka_unit_test(test_no_network),
		cmocka_unit_test(test_scope_signal),
		cmocka_unit_test(test_scope_abstract),
		cmocka_unit_test_setup_teardown(
		    test_missing_path, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_file_rule, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dev, setup, teardown),
		cmocka_unit_test(test_options_abi),
		cmocka_unit_test_setup_teardown(test_plan_fds, setup, teardown),
		cmocka_unit_test(test_needs_nnp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
