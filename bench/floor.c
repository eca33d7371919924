/*
 * floor - what any launcher that applies scif's default layers must have
 * the kernel do, and nothing more: no options, no report, no supervision
 * but waitpid, violations unnamed, every failure fatal.  bench/launch.sh
 * times it beside scif: what scif costs above it is scif's own, what it
 * costs above bare /bin/true is the price of the layers on this machine.
 * Built statically with musl, as scif is.  A benchmark: it asserts
 * nothing.
 *
 *	floor off PROGRAM [ARGS...]
 *	floor ns PROGRAM [ARGS...]
 *
 * off: in a child that shares our memory until it executes (vfork, as
 * scif's): its session, descriptors 3 and up closed, no core files; as
 * root the uid and gid 65534, no groups, an empty bounding set; then
 * no_new_privs, Landlock over scif's default paths (TCP and scopes too
 * where the ABI has them) and scif's default seccomp filter; execve.
 *
 * ns: the same in fresh mount, pid, ipc, uts and cgroup namespaces, on a
 * tmpfs root that holds scif's default paths bound read-only (one
 * pivot_root; scif makes two).  No net namespace: scif makes it on the
 * other CPU while its child builds the mounts, so at best it costs
 * nothing here (bench/ns_bench.c times it alone).  The program is the
 * pid namespace's init: scif keeps an init of its own beside it.  Root
 * only (no user namespace).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/landlock.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "defaults.h"
#include "policy/default_bpf.h"

/* The ruleset attribute as ABI 6 knows it; older ABIs take a prefix. */
struct ll_attr {
	uint64_t fs, net, scoped;
};

#define FS_V3 ((1ULL << 15) - 1) /* every right of ABI 1 to 3 */
#define FS_READ (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)
#define FS_DEV (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE)
#define NET_TCP 3ULL /* bind and connect */
#define SCOPES 3ULL /* abstract unix sockets and signals */

static void __attribute__((noreturn)) die(const char *what)
{
	perror(what);
	_exit(125);
}

static uint64_t
allowed(enum scif_access a)
{
	if (a == SCIF_ACCESS_DEV)
		return FS_DEV;
	if (a == SCIF_ACCESS_RO)
		return FS_READ | LANDLOCK_ACCESS_FS_EXECUTE;
	return FS_READ;
}

static void
landlock(void)
{
	struct landlock_path_beneath_attr pb;
	struct ll_attr attr = { FS_V3, NET_TCP, SCOPES };
	const struct default_path *d;
	size_t i, n, size = sizeof(attr);
	long abi;
	int rs;

	abi = syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
	if (abi <= 0)
		return; /* none here: scif goes without it too */
	if (abi < 3)
		attr.fs = abi == 1 ? (1ULL << 13) - 1 : (1ULL << 14) - 1;
	if (abi < 6)
		size = abi < 4 ? sizeof(uint64_t) : 2 * sizeof(uint64_t);
	rs = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
	if (rs < 0)
		die("landlock_create_ruleset");
	d = default_paths(&n);
	for (i = 0; i < n; i++) {
		struct stat st;

		/* Absent here (/lib32), or a link into /usr (/bin): scif
		 * adds no rule for either. */
		if (lstat(d[i].path, &st) < 0 || S_ISLNK(st.st_mode))
			continue;
		pb.allowed_access = allowed(d[i].access) & attr.fs;
		if ((pb.parent_fd = open(d[i].path, O_PATH | O_CLOEXEC)) < 0)
			die("open");
		if (syscall(SYS_landlock_add_rule, rs,
			LANDLOCK_RULE_PATH_BENEATH, &pb, 0) < 0)
			die("landlock_add_rule");
		(void)close(pb.parent_fd);
	}
	if (syscall(SYS_landlock_restrict_self, rs, 0) < 0)
		die("landlock_restrict_self");
	(void)close(rs);
}

static void
identity(void)
{
	int cap;

	if (geteuid() != 0)
		return;
	/* Up to the first number the kernel does not know. */
	for (cap = 0; prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == 0; cap++)
		;
	if (errno != EINVAL || cap == 0)
		die("PR_CAPBSET_DROP");
	if (syscall(SYS_setgroups, 0, NULL) < 0 ||
	    syscall(SYS_setresgid, 65534, 65534, 65534) < 0 ||
	    syscall(SYS_setresuid, 65534, 65534, 65534) < 0)
		die("uid 65534");
}

/* A read-only bind of path at root/path, made where it is to go; a
 * symlink (/bin -> usr/bin) is copied, as scif does. */
static void
bind_ro(const char *root, const char *path)
{
	char to[4096], link[4096], *s;
	struct stat st;
	ssize_t len;
	int fd;

	if (lstat(path, &st) < 0)
		return;
	(void)snprintf(to, sizeof(to), "%s%s", root, path);
	for (s = strchr(to + strlen(root) + 1, '/'); s;
	     s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(to, 0755) < 0 && errno != EEXIST)
			die("mkdir");
		*s = '/';
	}
	if (S_ISLNK(st.st_mode)) {
		if ((len = readlink(path, link, sizeof(link) - 1)) < 0)
			die("readlink");
		link[len] = '\0';
		if (symlink(link, to) < 0)
			die("symlink");
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		if (mkdir(to, 0755) < 0)
			die("mkdir");
	} else if ((fd = open(to, O_CREAT | O_WRONLY | O_CLOEXEC, 0644)) < 0)
		die("creat");
	else
		(void)close(fd);
	if (mount(path, to, NULL, MS_BIND, NULL) < 0 ||
	    mount(NULL, to, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID,
		NULL) < 0)
		die("bind");
}

static void
fresh_root(void)
{
	const struct default_path *d;
	size_t i, n;

	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
	    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") <
		0)
		die("tmpfs root");
	d = default_paths(&n);
	for (i = 0; i < n; i++)
		bind_ro("/tmp", d[i].path);
	if (chdir("/tmp") < 0 || syscall(SYS_pivot_root, ".", ".") < 0 ||
	    umount2(".", MNT_DETACH) < 0 || chdir("/") < 0)
		die("pivot_root");
}

struct args {
	char **argv;
	int fresh;
};

static int
child(void *arg)
{
	char **argv = ((struct args *)arg)->argv;
	int fresh = ((struct args *)arg)->fresh;
	struct sock_fprog prog = { policy_default_bpf_len,
		(struct sock_filter *)policy_default_bpf };
	struct rlimit none = { 0, 0 };
	char *envp[] = { "PATH=/usr/bin:/bin", NULL };

	if (fresh)
		fresh_root();
	if (setsid() < 0 || syscall(SYS_close_range, 3U, ~0U, 0U) < 0 ||
	    setrlimit(RLIMIT_CORE, &none) < 0)
		die("hygiene");
	identity();
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		die("no_new_privs");
	landlock();
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0)
		die("seccomp");
	execve(argv[0], argv, envp);
	_exit(127);
}

static char stack[64 * 1024] __attribute__((aligned(16)));

int
main(int argc, char *argv[])
{
	struct args a = { argv + 2, 0 };
	int st;
	pid_t pid;

	if (argc < 3 || (strcmp(argv[1], "off") && strcmp(argv[1], "ns"))) {
		fprintf(stderr, "usage: floor off|ns PROGRAM [ARGS...]\n");
		return 2;
	}
	/* ns: a copy of us, as scif's child there; off: our memory, as
	 * posix_spawn's (and scif's) child. */
	a.fresh = strcmp(argv[1], "ns") == 0;
	pid = clone(child, stack + sizeof(stack),
	    a.fresh ? CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS |
		    CLONE_NEWCGROUP | SIGCHLD
		    : CLONE_VM | CLONE_VFORK | SIGCHLD,
	    &a);
	if (pid < 0)
		die("clone");
	if (waitpid(pid, &st, 0) != pid)
		die("waitpid");
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
