/*
 * check.c - probe which confinement layers this host or container allows.
 *
 * Anything that changes process state is tried in a forked child that
 * reports back a struct check_probe through a pipe and exits; the parent
 * only reads, so running a check leaves the caller as it was.
 */
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/landlock.h>
#include <linux/magic.h>
#include <linux/seccomp.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

/*
 * Inode numbers of the initial namespaces (the kernel's PROC_*_INIT_INO,
 * fixed since Linux 3.8): any other value means we were started inside a
 * namespace someone else made.
 */
#define CHECK_INIT_INO_USER 0xEFFFFFFDUL
#define CHECK_INIT_INO_PID 0xEFFFFFFCUL
#define CHECK_INIT_INO_CGROUP 0xEFFFFFFBUL

/* A probe run in a child: fill p (ok, or err and what) and return. */
typedef void probe_fn(const void *arg, struct check_probe *p);

struct ns_arg {
	int flags; /* CLONE_NEW* for unshare() */
	int enter; /* fork once more: pid and time namespaces are only
			 * entered by the children of the caller */
	int want_pid1; /* that child must be pid 1 there */
};

static const struct {
	const char *name;
	int flag;
} ns_table[CHECK_NS_COUNT_] = {
	[CHECK_NS_USER] = { "user", CLONE_NEWUSER },
	[CHECK_NS_MOUNT] = { "mount", CLONE_NEWNS },
	[CHECK_NS_PID] = { "pid", CLONE_NEWPID },
	[CHECK_NS_NET] = { "net", CLONE_NEWNET },
	[CHECK_NS_IPC] = { "ipc", CLONE_NEWIPC },
	[CHECK_NS_UTS] = { "uts", CLONE_NEWUTS },
	[CHECK_NS_CGROUP] = { "cgroup", CLONE_NEWCGROUP },
	[CHECK_NS_TIME] = { "time", CLONE_NEWTIME },
};

const char *
check_ns_name(enum check_ns ns)
{
	if ((unsigned)ns >= CHECK_NS_COUNT_)
		return "?";
	return ns_table[ns].name;
}

const char *
check_how_name(enum check_how how)
{
	switch (how) {
	case CHECK_HOW_DIRECT:
		return "direct";
	case CHECK_HOW_USERNS:
		return "userns";
	default:
		return "no";
	}
}

void
check_probe_why(const struct check_probe *p, char *buf, size_t len)
{
	if (len == 0)
		return;
	buf[0] = '\0';
	if (p->ok)
		return;
	if (p->sig != 0)
		snprintf(buf, len, "%s: killed by signal %d (%s)", p->what,
		    p->sig, strsignal(p->sig));
	else if (p->err != 0)
		snprintf(buf, len, "%s: %s", p->what, strerror(p->err));
	else
		snprintf(buf, len, "%s", p->what);
}

static void
probe_fail(struct check_probe *p, int e, const char *what)
{
	p->ok = 0;
	p->err = e;
	snprintf(p->what, sizeof(p->what), "%s", what);
}

static int
wait_child(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}
	return 0;
}

static void
child_main(probe_fn *fn, const void *arg, int wfd)
{
	struct check_probe p;
	ssize_t n;

	memset(&p, 0, sizeof(p));
	fn(arg, &p);
	n = write(wfd, &p, sizeof(p));
	_exit(n == (ssize_t)sizeof(p) ? 0 : 1);
}

/*
 * Run fn in a forked child and collect its report into p.  label names
 * the probe when the child dies before it can say what failed.
 */
static void
run_child(
    probe_fn *fn, const void *arg, const char *label, struct check_probe *p)
{
	struct check_probe got;
	int fds[2], status, r;
	pid_t pid;
	ssize_t n;

	memset(p, 0, sizeof(*p));
	memset(&got, 0, sizeof(got));
	if (pipe2(fds, O_CLOEXEC) < 0) {
		probe_fail(p, errno, "pipe2");
		return;
	}
	pid = fork();
	if (pid < 0) {
		probe_fail(p, errno, "fork");
		close(fds[0]);
		close(fds[1]);
		return;
	}
	if (pid == 0) {
		close(fds[0]);
		child_main(fn, arg, fds[1]);
	}
	close(fds[1]);
	r = wait_child(pid, &status);
	/* The report is a few dozen bytes: it sits in the pipe's buffer. */
	n = read(fds[0], &got, sizeof(got));
	close(fds[0]);
	if (r < 0) {
		probe_fail(p, -r, "waitpid");
		return;
	}
	if (WIFSIGNALED(status)) {
		probe_fail(p, 0, label);
		p->sig = WTERMSIG(status);
		return;
	}
	if (n != (ssize_t)sizeof(got) || WEXITSTATUS(status) != 0) {
		probe_fail(p, 0, label);
		snprintf(p->what, sizeof(p->what), "%s: no report", label);
		return;
	}
	*p = got;
	p->what[sizeof(p->what) - 1] = '\0';
}

static int
set_nnp(struct check_probe *p)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) {
		probe_fail(p, errno, "prctl(PR_SET_NO_NEW_PRIVS)");
		return -1;
	}
	return 0;
}

static void
nnp_child(const void *arg, struct check_probe *p)
{
	int r;

	(void)arg;
	if (set_nnp(p) < 0)
		return;
	r = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	if (r < 0) {
		probe_fail(p, errno, "prctl(PR_GET_NO_NEW_PRIVS)");
		return;
	}
	if (r != 1) {
		probe_fail(p, 0, "no_new_privs not set after PR_SET");
		return;
	}
	p->ok = 1;
}

/* The smallest filter there is: allow every system call. */
static long
load_allow_all(unsigned long flags)
{
	struct sock_filter insn[] = {
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = 1, .filter = insn };

	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

static void
seccomp_child(const void *arg, struct check_probe *p)
{
	int r;

	(void)arg;
	if (set_nnp(p) < 0)
		return;
	if (load_allow_all(0) < 0) {
		probe_fail(p, errno, "seccomp(SET_MODE_FILTER)");
		return;
	}
	r = prctl(PR_GET_SECCOMP, 0, 0, 0, 0);
	if (r != SECCOMP_MODE_FILTER) {
		probe_fail(p, r < 0 ? errno : 0, "filter not in force");
		return;
	}
	p->ok = 1;
}

static void
notif_child(const void *arg, struct check_probe *p)
{
	long fd;

	(void)arg;
	if (set_nnp(p) < 0)
		return;
	fd = load_allow_all(SECCOMP_FILTER_FLAG_NEW_LISTENER);
	if (fd < 0) {
		probe_fail(p, errno, "seccomp(NEW_LISTENER)");
		return;
	}
	if (close((int)fd) < 0) {
		probe_fail(p, errno, "close(listener)");
		return;
	}
	p->ok = 1;
}

/*
 * Enforce a ruleset that handles directory listing and grants nothing,
 * then prove it bites: opening "/" as a directory must now fail.
 */
static void
landlock_child(const void *arg, struct check_probe *p)
{
	struct landlock_ruleset_attr attr;
	long rfd;
	int fd;

	(void)arg;
	if (set_nnp(p) < 0)
		return;
	memset(&attr, 0, sizeof(attr));
	attr.handled_access_fs = LANDLOCK_ACCESS_FS_READ_DIR;
	rfd = syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
	if (rfd < 0) {
		probe_fail(p, errno, "landlock_create_ruleset");
		return;
	}
	if (syscall(SYS_landlock_restrict_self, (int)rfd, 0) < 0) {
		probe_fail(p, errno, "landlock_restrict_self");
		return;
	}
	fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		close(fd);
		probe_fail(p, 0, "open(\"/\") not denied");
		return;
	}
	if (errno != EACCES) {
		probe_fail(p, errno, "open(\"/\")");
		return;
	}
	p->ok = 1;
}

static void
ns_child(const void *arg, struct check_probe *p)
{
	const struct ns_arg *a = arg;
	pid_t pid;
	int status, r;

	if (unshare(a->flags) < 0) {
		probe_fail(p, errno, "unshare");
		return;
	}
	if (!a->enter) {
		p->ok = 1;
		return;
	}
	pid = fork();
	if (pid < 0) {
		probe_fail(p, errno, "fork into the namespace");
		return;
	}
	if (pid == 0)
		_exit(!a->want_pid1 || getpid() == 1 ? 0 : 1);
	r = wait_child(pid, &status);
	if (r < 0) {
		probe_fail(p, -r, "waitpid");
		return;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		probe_fail(p, 0,
		    a->want_pid1 ? "child not pid 1 in it"
				 : "child failed in it");
		return;
	}
	p->ok = 1;
}

static void
probe_ns(enum check_ns ns, struct check_nsres *r)
{
	struct ns_arg a;

	memset(r, 0, sizeof(*r));
	memset(&a, 0, sizeof(a));
	a.flags = ns_table[ns].flag;
	a.enter = ns == CHECK_NS_PID || ns == CHECK_NS_TIME;
	a.want_pid1 = ns == CHECK_NS_PID;
	run_child(ns_child, &a, "unshare", &r->direct);
	if (r->direct.ok) {
		r->how = CHECK_HOW_DIRECT;
		return;
	}
	/*
	 * Without CAP_SYS_ADMIN the kernel refuses with EPERM, but a new user
	 * namespace brings the capability along for namespaces it owns.  Tried
	 * when privileged too: an EPERM then comes from a seccomp filter or an
	 * LSM, and the second attempt shows whether it refuses that as well.
	 */
	if (ns == CHECK_NS_USER || r->direct.err != EPERM)
		return;
	a.flags |= CLONE_NEWUSER;
	run_child(ns_child, &a, "unshare", &r->userns);
	if (r->userns.ok)
		r->how = CHECK_HOW_USERNS;
}

/*
 * What the fallback of user notification needs (trace.h): a process may
 * seize its own child (no capability; Docker's profile allows ptrace on
 * kernels >= 4.8) and seccomp may stop it for its tracer.
 */
static void
trace_child(const void *arg, struct check_probe *p)
{
	uint32_t act = SECCOMP_RET_TRACE;
	pid_t pid;

	(void)arg;
	if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act) < 0) {
		probe_fail(p, errno, "GET_ACTION_AVAIL(TRACE)");
		return;
	}
	if ((pid = fork()) < 0) {
		probe_fail(p, errno, "fork");
		return;
	}
	if (pid == 0) {
		pause();
		_exit(0);
	}
	if (ptrace(PTRACE_SEIZE, pid, NULL,
		(void *)(long)(PTRACE_O_EXITKILL | PTRACE_O_TRACESECCOMP)) < 0)
		probe_fail(p, errno, "ptrace(PTRACE_SEIZE)");
	else
		p->ok = 1;
	(void)kill(pid, SIGKILL);
	(void)waitpid(pid, NULL, __WALL);
}

static void
probe_action(unsigned action, const char *what, struct check_probe *p)
{
	uint32_t act = action;

	memset(p, 0, sizeof(*p));
	/* A query: it changes nothing, so no child is needed. */
	if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act) < 0) {
		probe_fail(p, errno, what);
		return;
	}
	p->ok = 1;
}

static void
probe_seccomp(struct check_result *res)
{
	int r;

	r = prctl(PR_GET_SECCOMP, 0, 0, 0, 0);
	res->seccomp_mode = r < 0 ? 0 : r;
	r = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	res->nnp_set = r == 1;
	run_child(nnp_child, NULL, "prctl(PR_SET_NO_NEW_PRIVS)", &res->nnp);
	run_child(
	    seccomp_child, NULL, "seccomp(SET_MODE_FILTER)", &res->seccomp);
	run_child(notif_child, NULL, "seccomp(NEW_LISTENER)", &res->notif);
	run_child(trace_child, NULL, "ptrace(PTRACE_SEIZE)", &res->trace);
	probe_action(SECCOMP_RET_KILL_PROCESS, "GET_ACTION_AVAIL(KILL_PROCESS)",
	    &res->act_kill_process);
	probe_action(SECCOMP_RET_LOG, "GET_ACTION_AVAIL(LOG)", &res->act_log);
	probe_action(SECCOMP_RET_USER_NOTIF, "GET_ACTION_AVAIL(USER_NOTIF)",
	    &res->act_user_notif);
}

const char *
check_violations(const struct check_result *res)
{
	if (res->notif.ok)
		return "user_notif";
	return res->trace.ok ? "ptrace" : "unnamed";
}

static void
probe_landlock(struct check_result *res)
{
	long abi;

	abi = syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
	if (abi < 0) {
		res->landlock_abi = 0;
		res->landlock_err = errno;
		probe_fail(&res->landlock, errno, "landlock_create_ruleset");
		return;
	}
	res->landlock_abi = (int)abi;
	res->landlock_err = 0;
	run_child(
	    landlock_child, NULL, "landlock_restrict_self", &res->landlock);
}

static void
probe_identity(struct check_result *res)
{
	struct __user_cap_header_struct hdr;
	struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];
	struct utsname u;

	res->uid = getuid();
	res->euid = geteuid();
	if (uname(&u) == 0) {
		snprintf(res->release, sizeof(res->release), "%s", u.release);
		snprintf(res->version, sizeof(res->version), "%s", u.version);
		snprintf(res->machine, sizeof(res->machine), "%s", u.machine);
	}
	memset(&hdr, 0, sizeof(hdr));
	memset(data, 0, sizeof(data));
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	if (syscall(SYS_capget, &hdr, data) < 0) {
		res->cap_err = errno;
		return;
	}
	res->cap_sys_admin = (data[CAP_TO_INDEX(CAP_SYS_ADMIN)].effective &
				 CAP_TO_MASK(CAP_SYS_ADMIN)) != 0;
}

/* Read a small file into buf, NUL-terminated and without its final
 * newline.  Returns 0 or a negative errno. */
static int
read_small(const char *path, char *buf, size_t len)
{
	ssize_t n;
	size_t off = 0;
	int fd;

	buf[0] = '\0';
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (off + 1 < len) {
		n = read(fd, buf + off, len - 1 - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			n = -errno;
			close(fd);
			return (int)n;
		}
		if (n == 0)
			break;
		off += (size_t)n;
	}
	close(fd);
	buf[off] = '\0';
	if (off > 0 && buf[off - 1] == '\n')
		buf[off - 1] = '\0';
	return 0;
}

static int
is_cgroup2(const char *path)
{
	struct statfs sf;

	if (statfs(path, &sf) < 0)
		return 0;
	return sf.f_type == CGROUP2_SUPER_MAGIC;
}

/* Our cgroup in the v2 hierarchy: the "0::PATH" line. */
static int
own_cgroup(char *buf, size_t len)
{
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int found = 0;

	f = fopen("/proc/self/cgroup", "re");
	if (f == NULL)
		return -errno;
	while (!found && (n = getline(&line, &cap, f)) > 0) {
		if (strncmp(line, "0::", 3) != 0)
			continue;
		if (line[n - 1] == '\n')
			line[n - 1] = '\0';
		snprintf(buf, len, "%s", line + 3);
		found = 1;
	}
	free(line);
	fclose(f);
	return found ? 0 : -ENOENT;
}

/*
 * A subtree is delegated to us when we may create a cgroup below our
 * own; try it, and remove it at once.
 */
static void
probe_delegation(const char *dir, struct check_probe *p)
{
	char sub[PATH_MAX];
	int n;

	n = snprintf(
	    sub, sizeof(sub), "%s/scif-check.%ld", dir, (long)getpid());
	if (n < 0 || (size_t)n >= sizeof(sub)) {
		probe_fail(p, ENAMETOOLONG, "cgroup path");
		return;
	}
	if (mkdir(sub, 0755) < 0) {
		probe_fail(p, errno, "mkdir");
		return;
	}
	if (rmdir(sub) < 0) {
		probe_fail(p, errno, "rmdir");
		return;
	}
	p->ok = 1;
}

static void
probe_cgroup(struct check_result *res)
{
	static const char *mounts[] = { "/sys/fs/cgroup",
		"/sys/fs/cgroup/unified" };
	char dir[PATH_MAX], file[PATH_MAX + 32];
	size_t i;
	int r, n;

	for (i = 0; i < sizeof(mounts) / sizeof(mounts[0]); i++) {
		if (is_cgroup2(mounts[i])) {
			res->cgroup2 = 1;
			snprintf(res->cgroup2_mount, sizeof(res->cgroup2_mount),
			    "%s", mounts[i]);
			break;
		}
	}
	r = own_cgroup(res->cgroup_path, sizeof(res->cgroup_path));
	if (!res->cgroup2) {
		probe_fail(
		    &res->delegated, 0, "no cgroup2 file system mounted");
		return;
	}
	if (r < 0) {
		probe_fail(&res->delegated, -r, "/proc/self/cgroup: 0::");
		return;
	}
	/* "/" would give "//"; harmless, but keep paths clean in reports. */
	n = snprintf(dir, sizeof(dir), "%s%s", res->cgroup2_mount,
	    strcmp(res->cgroup_path, "/") == 0 ? "" : res->cgroup_path);
	if (n < 0 || (size_t)n >= sizeof(dir)) {
		probe_fail(&res->delegated, ENAMETOOLONG, "cgroup path");
		return;
	}
	snprintf(file, sizeof(file), "%s/cgroup.controllers", dir);
	(void)read_small(file, res->controllers, sizeof(res->controllers));
	snprintf(file, sizeof(file), "%s/cgroup.subtree_control", dir);
	(void)read_small(
	    file, res->subtree_control, sizeof(res->subtree_control));
	probe_delegation(dir, &res->delegated);
}

static void add_signal(struct check_container *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
add_signal(struct check_container *c, const char *fmt, ...)
{
	va_list ap;

	c->detected = 1;
	if (c->nsignals >= CHECK_MAX_SIGNALS)
		return;
	va_start(ap, fmt);
	vsnprintf(c->signals[c->nsignals], sizeof(c->signals[0]), fmt, ap);
	va_end(ap);
	c->nsignals++;
}

static int
exists_at(const char *root, const char *path)
{
	char buf[PATH_MAX];
	struct stat st;
	int n;

	n = snprintf(buf, sizeof(buf), "%s%s", root, path);
	if (n < 0 || (size_t)n >= sizeof(buf))
		return 0;
	return lstat(buf, &st) == 0;
}

static FILE *
fopen_at(const char *root, const char *path)
{
	char buf[PATH_MAX];
	int n;

	n = snprintf(buf, sizeof(buf), "%s%s", root, path);
	if (n < 0 || (size_t)n >= sizeof(buf))
		return NULL;
	return fopen(buf, "re");
}

/* Container runtimes name their cgroups after themselves. */
static void
scan_pid1_cgroup(struct check_container *c, const char *root)
{
	static const char *marks[] = { "docker", "kubepods", "containerd",
		"libpod", "lxc", "crio" };
	char *line = NULL;
	size_t cap = 0, i;
	FILE *f;

	f = fopen_at(root, "/proc/1/cgroup");
	if (f == NULL)
		return;
	while (getline(&line, &cap, f) > 0) {
		for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
			if (strstr(line, marks[i]) != NULL) {
				add_signal(
				    c, "/proc/1/cgroup mentions %s", marks[i]);
				goto out;
			}
		}
	}
out:
	free(line);
	fclose(f);
}

/* Runtimes bind-mount files they keep for the container (hostname,
 * resolv.conf) from their own storage. */
static const char *
mountinfo_hint(const char *line)
{
	static const char *marks[] = { "/docker/containers/",
		"/containers/storage/", "/var/lib/containerd/" };
	size_t i;

	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		if (strstr(line, marks[i]) != NULL)
			return marks[i];
	}
	return NULL;
}

/*
 * A mountinfo line: "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTS ... - TYPE
 * SOURCE SUPEROPTS".  Record TYPE when MOUNTPOINT is "/"; the last such
 * line is the mount that is visible.
 */
static void
mountinfo_root(const char *line, char *rootfs, size_t len)
{
	char mnt[PATH_MAX], type[64];
	const char *dash;

	dash = strstr(line, " - ");
	if (dash == NULL || sscanf(dash, " - %63s", type) != 1)
		return;
	if (sscanf(line, "%*s %*s %*s %*s %4095s", mnt) != 1)
		return;
	if (strcmp(mnt, "/") == 0)
		snprintf(rootfs, len, "%s", type);
}

static void
scan_mountinfo(struct check_container *c, const char *root)
{
	char *line = NULL, rootfs[64] = "";
	const char *hint = NULL;
	size_t cap = 0;
	FILE *f;

	f = fopen_at(root, "/proc/self/mountinfo");
	if (f == NULL)
		return;
	while (getline(&line, &cap, f) > 0) {
		if (hint == NULL)
			hint = mountinfo_hint(line);
		mountinfo_root(line, rootfs, sizeof(rootfs));
	}
	free(line);
	fclose(f);
	if (hint != NULL)
		add_signal(c, "mountinfo mentions %s", hint);
	/* Image layers are stacked: Docker and podman use overlayfs. */
	if (strcmp(rootfs, "overlay") == 0 || strcmp(rootfs, "aufs") == 0 ||
	    strcmp(rootfs, "fuse-overlayfs") == 0)
		add_signal(c, "root file system is %s", rootfs);
}

static void
scan_pid1_name(struct check_container *c, const char *root)
{
	static const char *inits[] = { "systemd", "init", "runit",
		"openrc-init", "s6-svscan", "upstart" };
	char path[PATH_MAX];
	size_t i;
	int n;

	n = snprintf(path, sizeof(path), "%s/proc/1/comm", root);
	if (n < 0 || (size_t)n >= sizeof(path))
		return;
	if (read_small(path, c->pid1, sizeof(c->pid1)) < 0 ||
	    c->pid1[0] == '\0')
		return;
	for (i = 0; i < sizeof(inits) / sizeof(inits[0]); i++) {
		if (strcmp(c->pid1, inits[i]) == 0)
			return;
	}
	add_signal(c, "pid 1 is \"%s\", not an init system", c->pid1);
}

void
check_container_files(
    struct check_container *c, const char *root, const char *env)
{
	/* "/" + "/.dockerenv" would read "//.dockerenv": drop the slash. */
	if (strcmp(root, "/") == 0)
		root = "";
	if (exists_at(root, "/.dockerenv"))
		add_signal(c, "%s exists", "/.dockerenv");
	if (exists_at(root, "/run/.containerenv"))
		add_signal(c, "%s exists", "/run/.containerenv");
	if (env != NULL && env[0] != '\0')
		add_signal(c, "container=%s in the environment", env);
	scan_pid1_cgroup(c, root);
	scan_mountinfo(c, root);
	scan_pid1_name(c, root);
}

static void
check_ns_inode(struct check_container *c, const char *ns, unsigned long ino)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/self/ns/%s", ns);
	if (stat(path, &st) < 0)
		return;
	if ((unsigned long)st.st_ino != ino)
		add_signal(c, "not in the initial %s namespace", ns);
}

/* What the process itself shows of a container around it. */
static void
probe_container(struct check_result *res)
{
	struct check_container *c = &res->container;

	check_container_files(c, "/", getenv("container"));
	check_ns_inode(c, "pid", CHECK_INIT_INO_PID);
	check_ns_inode(c, "user", CHECK_INIT_INO_USER);
	check_ns_inode(c, "cgroup", CHECK_INIT_INO_CGROUP);
	if (res->seccomp_mode == SECCOMP_MODE_FILTER)
		add_signal(c, "%s", "a seccomp filter is already in force");
	if (res->euid == 0 && res->cap_err == 0 && !res->cap_sys_admin)
		add_signal(c, "%s", "euid 0 without CAP_SYS_ADMIN");
}

void
check_probe_all(struct check_result *res)
{
	size_t i;

	memset(res, 0, sizeof(*res));
	probe_identity(res);
	probe_seccomp(res);
	probe_landlock(res);
	for (i = 0; i < CHECK_NS_COUNT_; i++)
		probe_ns((enum check_ns)i, &res->ns[i]);
	probe_cgroup(res);
	probe_container(res);
}
