/*
 * test_ns.c - the namespace and mount layer, proven both ways.
 *
 * Each case forks a child that (optionally) applies a plan with
 * ns_apply() and then makes one probe; the process that returns from
 * ns_apply() writes a record (did setup work, which namespaces, the
 * error) to a pipe and exits with the probe's errno (0: it worked).
 * With a pid namespace that process is the grandchild of the forked one,
 * whose relay mirrors its end, so the harness reads the same either way.
 * Every claim is shown to hold without the layer and to fail with it.
 *
 * The cases pass as root, as nobody (a user namespace), and under
 * tests/helpers/dockerlike, where the cases that need namespaces skip
 * and the refusal cases still run: they install their own filter that
 * refuses unshare, as Docker's does.
 */
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <netinet/in.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <sched.h>
#include <seccomp.h>
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

#include "ns.h"

#define CHILD_SETUP 100 /* ns_apply failed; see the record */
#define SIGNALLED 1000 /* run() returns SIGNALLED + the signal */

struct fx {
	char dir[64];
	char path[PATH_MAX];
};

struct probe {
	const struct ns_plan *plan; /* NULL: no namespaces */
	int (*fn)(const struct probe *);
	int refuse; /* filter unshare away first */
	int clone; /* cloned into the plan's namespaces (ns_clone_flags) */
	const char *path;
	int port;
	pid_t pid;
	int fd;
	long key;
};

/* What the process that goes on to exec reports. */
struct record {
	int setup_ok;
	unsigned active;
	struct scif_err err;
};

static const char *
fxpath(struct fx *f, const char *name)
{
	snprintf(f->path, sizeof(f->path), "%s/%s", f->dir, name);
	return f->path;
}

/*
 * dir/
 *   secret          outside every mount
 *   ro/file, true   bound read-only
 *   rw/true         bound read-write (noexec)
 */
static int
setup(void **state)
{
	struct fx *f;

	f = calloc(1, sizeof(*f));
	assert_non_null(f);
	snprintf(f->dir, sizeof(f->dir), "/tmp/scif-ns-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	assert_int_equal(chmod(f->dir, 0755), 0);
	write_file(fxpath(f, "secret"), "secret\n", 0600);
	assert_int_equal(mkdir(fxpath(f, "ro"), 0755), 0);
	write_file(fxpath(f, "ro/file"), "ro\n", 0600);
	copy_file("/bin/true", fxpath(f, "ro/true"), 0755);
	assert_int_equal(mkdir(fxpath(f, "rw"), 0755), 0);
	copy_file("/bin/true", fxpath(f, "rw/true"), 0755);
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

/* Refuse namespaces as Docker's profile does: unshare and clone with a
 * CLONE_NEW* flag get EPERM. */
static int
refuse_namespaces(void)
{
	static const uint64_t flags[] = { CLONE_NEWNS, CLONE_NEWUTS,
		CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET,
		CLONE_NEWCGROUP };
	scmp_filter_ctx ctx;
	size_t i;
	int rc;

	if ((ctx = seccomp_init(SCMP_ACT_ALLOW)) == NULL)
		return -1;
	rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(unshare), 0);
	for (i = 0; rc == 0 && i < sizeof(flags) / sizeof(flags[0]); i++)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM),
		    SCMP_SYS(clone), 1,
		    SCMP_A0(SCMP_CMP_MASKED_EQ, flags[i], flags[i]));
	if (rc == 0)
		rc = seccomp_load(ctx);
	seccomp_release(ctx);
	return rc;
}

static void __attribute__((noreturn))
child(const struct probe *pr, unsigned cloned, int wfd)
{
	struct record rec;
	ssize_t w;

	memset(&rec, 0, sizeof(rec));
	if (pr->refuse && refuse_namespaces() < 0)
		_exit(CHILD_SETUP);
	rec.setup_ok = 1;
	if (pr->plan != NULL &&
	    ns_apply(pr->plan, cloned, &rec.active, &rec.err) < 0)
		rec.setup_ok = 0;
	w = write(wfd, &rec, sizeof(rec));
	if (w != (ssize_t)sizeof(rec) || !rec.setup_ok)
		_exit(CHILD_SETUP);
	_exit(pr->fn(pr));
}

/* Fork, run the probe (after ns_apply when pr->plan); the probe's exit
 * status, or SIGNALLED + the signal. */
static int
run_rec(const struct probe *pr, struct record *rec)
{
	int p[2], st;
	pid_t pid;

	unsigned long flags = 0;
	unsigned bits = 0;

	assert_int_equal(pipe2(p, O_CLOEXEC), 0);
	if (pr->clone && pr->plan != NULL)
		bits = ns_clone_flags(pr->plan, &flags);
	pid = bits != 0
	    ? (pid_t)syscall(SYS_clone, flags | SIGCHLD, NULL, NULL, NULL, NULL)
	    : fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		child(pr, bits, p[1]);
	}
	close(p[1]);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	memset(rec, 0, sizeof(*rec));
	if (read(p[0], rec, sizeof(*rec)) != (ssize_t)sizeof(*rec))
		rec->setup_ok = -1;
	close(p[0]);
	if (rec->setup_ok == 0)
		print_message("setup: %s\n", rec->err.msg);
	if (WIFSIGNALED(st))
		return SIGNALLED + WTERMSIG(st);
	return WEXITSTATUS(st);
}

static int
run(const struct probe *pr)
{
	struct record rec;

	return run_rec(pr, &rec);
}

/* Run pr without, then with plan p. */
static void
both_ways(struct probe *pr, const struct ns_plan *p, int bare, int confined)
{
	pr->plan = NULL;
	assert_int_equal(run(pr), bare);
	pr->plan = p;
	assert_int_equal(run(pr), confined);
}

static int
probe_nothing(const struct probe *pr)
{
	(void)pr;
	return 0;
}

/* Skip unless every namespace can be made here (not under dockerlike). */
static void
need_ns(void)
{
	struct probe pr = { .fn = probe_nothing };
	struct record rec;
	struct ns_plan p;
	struct scif_err err;

	assert_int_equal(ns_plan_init(&p, NS_REQUIRE, 0, &err), 0);
	pr.plan = &p;
	if (run_rec(&pr, &rec) != 0 || rec.setup_ok != 1) {
		print_message("skipped: namespaces not available here\n");
		ns_plan_free(&p);
		skip();
	}
	ns_plan_free(&p);
}

static void
plan(struct ns_plan *p, enum ns_mode mode, unsigned req)
{
	struct scif_err err;

	assert_int_equal(ns_plan_init(p, mode, req, &err), 0);
}

static void
add(struct ns_plan *p, const char *src, const char *dst, enum mount_kind k)
{
	struct scif_err err;

	if (ns_plan_add_mount(p, src, dst, k, &err) < 0)
		fail_msg("add mount: %s", err.msg);
}

/* What a dynamically linked program needs to run. */
static void
add_system(struct ns_plan *p)
{
	static const char *dirs[] = { "/usr", "/bin", "/lib", "/lib64" };
	struct stat st;
	size_t i;

	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		if (lstat(dirs[i], &st) == 0)
			add(p, dirs[i], NULL, MNT_RO);
	}
}

static int
probe_read(const struct probe *pr)
{
	char c;
	int fd;

	if ((fd = open(pr->path, O_RDONLY | O_CLOEXEC)) < 0)
		return errno;
	if (read(fd, &c, 1) != 1)
		return errno != 0 ? errno : EIO;
	return 0;
}

static int
probe_write(const struct probe *pr)
{
	int fd;

	if ((fd = open(pr->path, O_WRONLY | O_APPEND | O_CLOEXEC)) < 0)
		return errno;
	if (write(fd, "x", 1) != 1)
		return errno;
	return 0;
}

static int
probe_create(const struct probe *pr)
{
	int fd;

	fd = open(pr->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno;
	if (write(fd, "x", 1) != 1)
		return errno;
	return close(fd) < 0 ? errno : 0;
}

static int
probe_exec(const struct probe *pr)
{
	char *argv[] = { (char *)pr->path, NULL };
	char *envp[] = { NULL };

	execve(pr->path, argv, envp);
	return errno;
}

static int
probe_connect(const struct probe *pr)
{
	struct sockaddr_in sin;
	int s;

	if ((s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
		return errno;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)pr->port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(s, (struct sockaddr *)&sin, sizeof(sin)) < 0)
		return errno;
	return 0;
}

/* 0 when this is the program's process in a new pid namespace. */
static int
probe_pid2(const struct probe *pr)
{
	(void)pr;
	return getpid() == 2 && getppid() == 1 ? 0 : 1;
}

static int
probe_kill(const struct probe *pr)
{
	return kill(pr->pid, 0) < 0 ? errno : 0;
}

static int
probe_exit42(const struct probe *pr)
{
	(void)pr;
	return 42;
}

static int
probe_raise(const struct probe *pr)
{
	(void)pr;
	raise(SIGUSR1);
	return 1;
}

/* Tell the test we are up, then wait for its signal. */
static int
probe_wait_signal(const struct probe *pr)
{
	if (write(pr->fd, "r", 1) != 1)
		return errno;
	for (;;)
		pause();
}

static int
probe_hostname(const struct probe *pr)
{
	char name[256];

	(void)pr;
	if (gethostname(name, sizeof(name)) < 0)
		return errno;
	return strcmp(name, NS_HOSTNAME) == 0 ? 0 : 1;
}

static int
probe_shm(const struct probe *pr)
{
	return shmget((key_t)pr->key, 0, 0) < 0 ? errno : 0;
}

/* /proc is this pid namespace's: /proc/self is "2". */
static int
probe_proc_self(const struct probe *pr)
{
	char buf[32];
	ssize_t n;

	(void)pr;
	if ((n = readlink("/proc/self", buf, sizeof(buf) - 1)) < 0)
		return errno;
	buf[n] = '\0';
	return strcmp(buf, "2") == 0 ? 0 : 1;
}

static int
probe_stat(const struct probe *pr)
{
	struct stat st;

	return stat(pr->path, &st) < 0 ? errno : 0;
}

/* /dev/null takes writes, /dev/zero gives zeros. */
static int
probe_dev(const struct probe *pr)
{
	char c = 1;
	int fd;

	(void)pr;
	if ((fd = open("/dev/null", O_WRONLY | O_CLOEXEC)) < 0 ||
	    write(fd, "x", 1) != 1 || close(fd) < 0)
		return 10;
	if ((fd = open("/dev/zero", O_RDONLY | O_CLOEXEC)) < 0 ||
	    read(fd, &c, 1) != 1 || c != 0 || close(fd) < 0)
		return 11;
	return 0;
}

static int
probe_cwd(const struct probe *pr)
{
	char buf[PATH_MAX];

	if (getcwd(buf, sizeof(buf)) == NULL)
		return errno;
	return strcmp(buf, pr->path) == 0 ? 0 : 1;
}

static void
test_plan_errors(void **state)
{
	struct scif_err err;
	struct ns_plan p;
	char buf[64];

	(void)state;
	assert_int_equal(ns_plan_init(&p, NS_OFF, NS_NET, &err), -EINVAL);
	assert_int_equal(ns_plan_init(&p, NS_AUTO, 0x1000, &err), -EINVAL);
	if (geteuid() == 0) {
		assert_int_equal(
		    ns_plan_init(&p, NS_AUTO, NS_USER, &err), -EINVAL);
		assert_non_null(strstr(err.msg, "user namespace"));
	}
	plan(&p, NS_AUTO, 0);
	assert_int_equal(
	    ns_plan_add_mount(&p, "/nonexistent/scif", NULL, MNT_RO, &err),
	    -ENOENT);
	assert_non_null(strstr(err.msg, "/nonexistent/scif"));
	assert_int_equal(
	    ns_plan_add_mount(&p, "/usr", "usr", MNT_RO, &err), -EINVAL);
	assert_int_equal(
	    ns_plan_add_mount(&p, "/usr", "/a/../etc", MNT_RO, &err), -EINVAL);
	assert_int_equal(
	    ns_plan_add_mount(&p, "/usr", "/", MNT_RO, &err), -EINVAL);
	assert_int_equal(
	    ns_plan_add_mount(&p, NULL, NULL, MNT_TMPFS, &err), -EINVAL);
	assert_int_equal(ns_plan_set_cwd(&p, "rel", &err), -EINVAL);
	assert_int_equal(ns_plan_set_inner_ids(&p, 0, 0, &err), -EINVAL);
	assert_int_equal(
	    ns_plan_add_mount(&p, "/usr", NULL, MNT_DEV_NODE, &err), -ENODEV);
	assert_int_equal(ns_plan_without(&p, NS_NET, &err), 0);
	assert_int_equal(p.want & NS_NET, 0);
	assert_int_equal(
	    ns_plan_add_mount(&p, "/usr", "//x//y/", MNT_RO, &err), 0);
	assert_string_equal(p.mounts.v[0].dst_in, "/newroot/x/y");
	assert_string_equal(p.mounts.v[0].src_in, "/oldroot/usr");
	ns_plan_free(&p);
	assert_string_equal(ns_names(0, buf, sizeof(buf)), "none");
	assert_string_equal(
	    ns_names(NS_USER | NS_NET | NS_PID, buf, sizeof(buf)),
	    "user,net,pid");
}

/* /lib64 -> usr/lib64 is recreated as a link, not bound again. */
static void
test_plan_symlink(void **state)
{
	struct ns_plan p;
	struct stat st;

	(void)state;
	if (lstat("/lib64", &st) < 0 || !S_ISLNK(st.st_mode))
		skip();
	plan(&p, NS_AUTO, 0);
	add(&p, "/usr", NULL, MNT_RO);
	add(&p, "/lib64", NULL, MNT_RO);
	assert_int_equal(p.mounts.n, 2);
	assert_string_equal(p.mounts.v[1].dst_in, "/newroot/lib64");
	assert_non_null(p.mounts.v[1].link);
	assert_null(p.mounts.v[1].src_in);
	ns_plan_free(&p);
	/* Alone, its target is bound too. */
	plan(&p, NS_AUTO, 0);
	add(&p, "/lib64", NULL, MNT_RO);
	assert_int_equal(p.mounts.n, 2);
	assert_string_equal(p.mounts.v[1].src_in, "/oldroot/usr/lib64");
	ns_plan_free(&p);
}

/* A link alone (is_symlink): no bind; a file through two links: one. */
static void
test_plan_link_only(void **state)
{
	struct ns_plan p;
	struct scif_err err;
	struct stat st;

	(void)state;
	plan(&p, NS_AUTO, 0);
	assert_int_equal(
	    ns_plan_add_mount(&p, "usr/lib", "/lib", MNT_LINK, &err), 0);
	assert_int_equal(p.mounts.n, 1);
	assert_string_equal(p.mounts.v[0].dst_in, "/newroot/lib");
	assert_string_equal(p.mounts.v[0].link, "usr/lib");
	assert_null(p.mounts.v[0].src_in);
	assert_int_equal(
	    ns_plan_add_mount(&p, NULL, "/x", MNT_LINK, &err), -EINVAL);
	ns_plan_free(&p);
	if (lstat("/usr/bin/convert", &st) < 0 || !S_ISLNK(st.st_mode) ||
	    lstat("/etc/alternatives/convert", &st) < 0)
		skip();
	plan(&p, NS_AUTO, 0);
	add(&p, "/usr/bin/convert", NULL, MNT_RO);
	add(&p, "/etc/alternatives/convert", NULL, MNT_RO);
	/* Two links and one bind of the program they lead to. */
	assert_int_equal(p.mounts.n, 3);
	ns_plan_free(&p);
}

static void
test_hidden(void **state)
{
	struct fx *f = *state;
	struct probe pr = { .fn = probe_read };
	struct ns_plan p;

	need_ns();
	plan(&p, NS_REQUIRE, 0);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO);
	pr.path = fxpath(f, "secret");
	both_ways(&pr, &p, 0, ENOENT);
	/* The bound directory is there. */
	pr.path = fxpath(f, "ro/file");
	both_ways(&pr, &p, 0, 0);
	ns_plan_free(&p);
}

static void
test_ro(void **state)
{
	struct fx *f = *state;
	struct probe pr = { .fn = probe_write };
	struct ns_plan p;

	need_ns();
	plan(&p, NS_REQUIRE, 0);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO);
	add(&p, fxpath(f, "rw"), NULL, MNT_RW);
	pr.path = fxpath(f, "ro/file");
	both_ways(&pr, &p, 0, EROFS);
	pr.fn = probe_create;
	pr.path = fxpath(f, "ro/new");
	both_ways(&pr, &p, 0, EROFS);
	/* The new root itself is read-only too. */
	pr.path = "/scif-new";
	pr.plan = &p;
	assert_int_equal(run(&pr), EROFS);
	pr.path = fxpath(f, "rw/new");
	both_ways(&pr, &p, 0, 0);
	ns_plan_free(&p);
}

/* A binary runs from a read-only mount; the same one copied into a
 * read-write mount does not (noexec). */
static void
test_exec(void **state)
{
	struct fx *f = *state;
	struct probe pr = { .fn = probe_exec };
	struct ns_plan p;

	need_ns();
	plan(&p, NS_REQUIRE, 0);
	add_system(&p);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO);
	add(&p, fxpath(f, "rw"), NULL, MNT_RW);
	pr.path = fxpath(f, "ro/true");
	both_ways(&pr, &p, 0, 0);
	pr.path = fxpath(f, "rw/true");
	both_ways(&pr, &p, 0, EACCES);
	ns_plan_free(&p);
	/* MNT_RO_NOEXEC: readable, not executable. */
	plan(&p, NS_REQUIRE, 0);
	add_system(&p);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO_NOEXEC);
	pr.path = fxpath(f, "ro/true");
	both_ways(&pr, &p, 0, EACCES);
	pr.fn = probe_read;
	both_ways(&pr, &p, 0, 0);
	ns_plan_free(&p);
}

static void
test_net(void **state)
{
	struct probe pr = { .fn = probe_connect };
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	struct ns_plan p;
	int s;

	(void)state;
	need_ns();
	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	assert_true(s >= 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(s, (struct sockaddr *)&sin, sizeof(sin)), 0);
	assert_int_equal(listen(s, 8), 0);
	assert_int_equal(getsockname(s, (struct sockaddr *)&sin, &len), 0);
	pr.port = ntohs(sin.sin_port);
	plan(&p, NS_REQUIRE, 0);
	/* Loopback stays down in the new namespace. */
	both_ways(&pr, &p, 0, ENETUNREACH);
	ns_plan_free(&p);
	close(s);
}

static void
test_pid(void **state)
{
	struct probe pr = { .fn = probe_pid2 };
	struct ns_plan p;

	(void)state;
	need_ns();
	plan(&p, NS_REQUIRE, 0);
	both_ways(&pr, &p, 1, 0);
	/* The test's own process is outside: not even there to signal. */
	pr.fn = probe_kill;
	pr.pid = getpid();
	both_ways(&pr, &p, 0, ESRCH);
	/* The relay ends as the program did. */
	pr.fn = probe_exit42;
	both_ways(&pr, &p, 42, 42);
	pr.fn = probe_raise;
	both_ways(&pr, &p, SIGNALLED + SIGUSR1, SIGNALLED + SIGUSR1);
	ns_plan_free(&p);
}

/* 0 when this is init of a new pid namespace. */
static int
probe_pid1(const struct probe *pr)
{
	(void)pr;
	return getpid() == 1 && getppid() == 0 ? 0 : 1;
}

/* Cloned into every namespace at once: the child is init, and ns_apply()
 * builds the same file system as on the unshared path. */
static void
test_cloned(void **state)
{
	struct fx *f = *state;
	struct probe pr = { .fn = probe_pid1, .clone = 1 };
	struct record rec;
	struct ns_plan p;

	need_ns();
	plan(&p, NS_REQUIRE, 0);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO);
	both_ways(&pr, &p, 1, 0);
	pr.plan = &p;
	assert_int_equal(run_rec(&pr, &rec), 0);
	assert_int_equal(rec.active, p.want);
	pr.fn = probe_read;
	pr.path = fxpath(f, "secret");
	both_ways(&pr, &p, 0, ENOENT);
	pr.path = fxpath(f, "ro/file");
	both_ways(&pr, &p, 0, 0);
	ns_plan_free(&p);
}

/* SIGTERM to the process the supervisor knows reaches the program. */
static void
test_pid_forward(void **state)
{
	struct probe pr = { .fn = probe_wait_signal };
	struct ns_plan p;
	int fds[2], st, round;
	pid_t pid;
	char c;

	(void)state;
	need_ns();
	plan(&p, NS_REQUIRE, 0);
	for (round = 0; round < 2; round++) {
		pr.plan = round == 0 ? NULL : &p;
		assert_int_equal(pipe2(fds, O_CLOEXEC), 0);
		pr.fd = fds[1];
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(fds[0]);
			child(&pr, 0, open("/dev/null", O_WRONLY | O_CLOEXEC));
		}
		close(fds[1]);
		assert_int_equal(read(fds[0], &c, 1), 1);
		close(fds[0]);
		assert_int_equal(kill(pid, SIGTERM), 0);
		assert_int_equal(waitpid(pid, &st, 0), pid);
		assert_true(WIFSIGNALED(st));
		assert_int_equal(WTERMSIG(st), SIGTERM);
	}
	ns_plan_free(&p);
}

static void
test_uts_ipc(void **state)
{
	struct probe pr = { .fn = probe_hostname };
	struct ns_plan p;
	int id;

	(void)state;
	need_ns();
	plan(&p, NS_REQUIRE, 0);
	pr.plan = &p;
	assert_int_equal(run(&pr), 0);
	/* A System V segment of the host is not there. */
	pr.fn = probe_shm;
	pr.key = 0x5c1f0000L + (getpid() & 0xffff);
	id = shmget((key_t)pr.key, 4096, IPC_CREAT | IPC_EXCL | 0600);
	assert_true(id >= 0);
	both_ways(&pr, &p, 0, ENOENT);
	assert_int_equal(shmctl(id, IPC_RMID, NULL), 0);
	ns_plan_free(&p);
}

static void
test_proc_dev(void **state)
{
	struct probe pr = { .fn = probe_proc_self };
	struct ns_plan p;

	(void)state;
	need_ns();
	plan(&p, NS_REQUIRE, 0);
	add(&p, NULL, NULL, MNT_PROC);
	add(&p, NULL, NULL, MNT_DEV);
	both_ways(&pr, &p, 1, 0);
	pr.fn = probe_dev;
	both_ways(&pr, &p, 0, 0);
	/* Only the planned nodes, in a read-only /dev. */
	pr.fn = probe_stat;
	pr.path = "/dev/tty";
	both_ways(&pr, &p, 0, ENOENT);
	pr.fn = probe_create;
	pr.path = "/dev/scif-new";
	pr.plan = &p;
	assert_int_equal(run(&pr), EROFS);
	ns_plan_free(&p);
	/* One device node: usable when bound as one, not on a nodev
	 * read-write mount. */
	plan(&p, NS_REQUIRE, 0);
	add(&p, "/dev/null", "/null", MNT_DEV_NODE);
	add(&p, "/dev/null", "/rw-null", MNT_RW);
	pr.fn = probe_write;
	pr.plan = &p;
	pr.path = "/null";
	assert_int_equal(run(&pr), 0);
	pr.path = "/rw-null";
	assert_int_equal(run(&pr), EACCES);
	ns_plan_free(&p);
	/* Without MNT_PROC there is no /proc at all. */
	plan(&p, NS_REQUIRE, 0);
	pr.fn = probe_stat;
	pr.path = "/proc/self";
	both_ways(&pr, &p, 0, ENOENT);
	ns_plan_free(&p);
}

/* A private /tmp hides the host's, the fixture's secret included. */
static void
test_tmpfs_cwd(void **state)
{
	struct fx *f = *state;
	struct probe pr = { .fn = probe_read };
	struct ns_plan p;

	need_ns();
	plan(&p, NS_REQUIRE, 0);
	add(&p, NULL, "/tmp", MNT_TMPFS);
	add(&p, fxpath(f, "rw"), "/job", MNT_RW);
	assert_int_equal(ns_plan_set_cwd(&p, "/job", NULL), 0);
	pr.path = fxpath(f, "secret");
	both_ways(&pr, &p, 0, ENOENT);
	pr.fn = probe_create;
	pr.path = "/tmp/scratch";
	pr.plan = &p;
	assert_int_equal(run(&pr), 0);
	pr.fn = probe_cwd;
	pr.path = "/job";
	assert_int_equal(run(&pr), 0);
	/* Written through /job, seen on the host in rw/. */
	pr.fn = probe_create;
	pr.path = "made-here";
	assert_int_equal(run(&pr), 0);
	assert_int_equal(access(fxpath(f, "rw/made-here"), F_OK), 0);
	ns_plan_free(&p);
}

/*
 * Where namespaces are refused (a filter like Docker's): required, the
 * run fails naming the namespace and the program never runs; automatic,
 * it goes on with none, and the host stays visible.
 */
static void
test_refused(void **state)
{
	struct fx *f = *state;
	struct probe pr = { .fn = probe_read, .refuse = 1 };
	struct record rec;
	struct ns_plan p;

	plan(&p, NS_REQUIRE, 0);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO);
	pr.plan = &p;
	pr.path = fxpath(f, "secret");
	assert_int_equal(run_rec(&pr, &rec), CHILD_SETUP);
	assert_int_equal(rec.setup_ok, 0);
	assert_int_equal(rec.err.cls, SCIF_E_SETUP);
	assert_int_equal(rec.err.sys_errno, EPERM);
	assert_non_null(strstr(rec.err.layer, "namespace"));
	assert_non_null(strstr(rec.err.msg, "running in a container?"));
	ns_plan_free(&p);

	plan(&p, NS_AUTO, 0);
	add(&p, fxpath(f, "ro"), NULL, MNT_RO);
	pr.plan = &p;
	pr.path = fxpath(f, "secret");
	assert_int_equal(run_rec(&pr, &rec), 0);
	assert_int_equal(rec.setup_ok, 1);
	assert_int_equal(rec.active, 0);
	ns_plan_free(&p);
}

/* One namespace required in automatic mode: its refusal is named. */
static void
test_refused_required(void **state)
{
	struct probe pr = { .fn = probe_nothing, .refuse = 1 };
	struct record rec;
	struct ns_plan p;

	(void)state;
	plan(&p, NS_AUTO, NS_NET);
	assert_int_equal(ns_plan_without(&p, NS_NET, NULL), -EINVAL);
	pr.plan = &p;
	assert_int_equal(run_rec(&pr, &rec), CHILD_SETUP);
	assert_string_equal(rec.err.layer, "net namespace");
	assert_int_equal(rec.err.sys_errno, EPERM);
	ns_plan_free(&p);
}

/* Without refusal, automatic mode gets them all (where allowed). */
static void
test_auto_all(void **state)
{
	struct probe pr = { .fn = probe_nothing };
	struct record rec;
	struct ns_plan p;
	unsigned want;

	(void)state;
	need_ns();
	plan(&p, NS_AUTO, 0);
	want = geteuid() == 0 ? NS_ALL & ~NS_USER : NS_ALL;
	pr.plan = &p;
	assert_int_equal(run_rec(&pr, &rec), 0);
	assert_int_equal(rec.active, want);
	ns_plan_free(&p);
	plan(&p, NS_OFF, 0);
	pr.plan = &p;
	assert_int_equal(run_rec(&pr, &rec), 0);
	assert_int_equal(rec.active, 0);
	ns_plan_free(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan_errors),
		cmocka_unit_test(test_plan_symlink),
		cmocka_unit_test(test_plan_link_only),
		cmocka_unit_test_setup_teardown(test_hidden, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ro, setup, teardown),
		cmocka_unit_test_setup_teardown(test_exec, setup, teardown),
		cmocka_unit_test(test_net),
		cmocka_unit_test(test_pid),
		cmocka_unit_test(test_pid_forward),
		cmocka_unit_test_setup_teardown(test_cloned, setup, teardown),
		cmocka_unit_test(test_uts_ipc),
		cmocka_unit_test(test_proc_dev),
		cmocka_unit_test_setup_teardown(
		    test_tmpfs_cwd, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
		cmocka_unit_test(test_refused_required),
		cmocka_unit_test(test_auto_all),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
