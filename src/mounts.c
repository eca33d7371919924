/* mounts.c - a tmpfs root holding only the planned mounts (see mounts.h). */
#include <sys/mount.h>
#ifndef MOUNT_ATTR_RDONLY /* the C library's has none (musl) */
#include <linux/mount.h>
#endif
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "mounts.h"

#define LAYER "mount namespace"
#define BASE "/tmp" /* where the throw-away base tmpfs goes */
#define OLDROOT "/oldroot" /* the host's root, while building */
#define NEWROOT "/newroot" /* the job's root, while building */

/* The host device nodes a MNT_DEV gets: harmless ones only. */
static const char *const dev_nodes[] = { "null", "zero", "full", "random",
	"urandom" };

#define NDEV_NODES (sizeof(dev_nodes) / sizeof(dev_nodes[0]))

/* Links every /dev has; they dangle unless /proc is mounted. */
static const char *const dev_links[][2] = { { "fd", "/proc/self/fd" },
	{ "stdin", "/proc/self/fd/0" }, { "stdout", "/proc/self/fd/1" },
	{ "stderr", "/proc/self/fd/2" } };

#define NDEV_LINKS (sizeof(dev_links) / sizeof(dev_links[0]))

/*
 * Make in absolute, without ".", ".." (refused: the target is a path in
 * a tree that does not exist yet, so it is taken literally), repeated or
 * trailing slashes.
 */
static int
normalize(const char *in, char *out, size_t len)
{
	size_t o = 0, n;

	if (in == NULL || in[0] != '/')
		return -EINVAL;
	while (*in != '\0') {
		while (*in == '/')
			in++;
		if (*in == '\0')
			break;
		n = strcspn(in, "/");
		if ((n == 1 && in[0] == '.') ||
		    (n == 2 && in[0] == '.' && in[1] == '.'))
			return -EINVAL;
		if (o + n + 2 > len)
			return -ENAMETOOLONG;
		out[o++] = '/';
		memcpy(out + o, in, n);
		o += n;
		in += n;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	return 0;
}

/* prefix + path, where path "/" adds nothing. */
static char *
join(const char *prefix, const char *path)
{
	size_t a = strlen(prefix),
	       b = strcmp(path, "/") == 0 ? 0 : strlen(path);
	char *s;

	if (a + b >= PATH_MAX || (s = malloc(a + b + 1)) == NULL)
		return NULL;
	memcpy(s, prefix, a);
	memcpy(s + a, path, b);
	s[a + b] = '\0';
	return s;
}

/* Room for one more entry. */
static int
reserve(struct mount_list *l)
{
	struct mount_entry *v;
	size_t cap;

	if (l->n < l->cap)
		return 0;
	cap = l->cap == 0 ? 16 : l->cap * 2;
	if ((v = realloc(l->v, cap * sizeof(*v))) == NULL)
		return -ENOMEM;
	l->v = v;
	l->cap = cap;
	return 0;
}

/* Add an entry whose target is dst (not yet normalized) and source the
 * canonical path canon (or NULL). */
static int
add_entry(struct mount_list *l, enum mount_kind kind, const char *canon,
    const char *dst, int is_dir, const char *link, struct scif_err *err)
{
	struct mount_entry *e;
	char target[PATH_MAX];

	if (normalize(dst, target, sizeof(target)) < 0)
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "mount target %s: not an absolute path without . or ..",
		    dst);
	if (strcmp(target, "/") == 0)
		return err_set(err, SCIF_E_USAGE, EINVAL,
		    "mount target /: the root is the sandbox's own tmpfs");
	if (reserve(l) < 0)
		return err_set(err, SCIF_E_SETUP, ENOMEM, "mount plan");
	e = &l->v[l->n];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->is_dir = is_dir;
	e->dst_in = join(NEWROOT, target);
	if (canon != NULL)
		e->src_in = join(OLDROOT, canon);
	if (link != NULL)
		e->link = strdup(link);
	if (e->dst_in == NULL || (canon != NULL && e->src_in == NULL) ||
	    (link != NULL && e->link == NULL)) {
		free(e->dst_in);
		free(e->src_in);
		free(e->link);
		return err_set(err, SCIF_E_SETUP, ENOMEM, "mount plan");
	}
	l->n++;
	return 0;
}

/* An identity bind planned already shows canon to the job. */
static int
covered(const struct mount_list *l, const char *canon)
{
	const struct mount_entry *e;
	const char *src, *dst;
	size_t i, n;

	for (i = 0; i < l->n; i++) {
		e = &l->v[i];
		if (e->src_in == NULL || e->link != NULL)
			continue;
		src = e->src_in + strlen(OLDROOT);
		dst = e->dst_in + strlen(NEWROOT);
		n = strlen(dst);
		/* A file is shown by its own bind only (two links to one
		 * program, as /usr/bin/convert and /etc/alternatives/convert,
		 * bind it once). */
		if (strcmp(src, dst) == 0 && strncmp(canon, dst, n) == 0 &&
		    (canon[n] == '\0' || (e->is_dir && canon[n] == '/')))
			return 1;
	}
	return 0;
}

/* src is a symbolic link: recreate it, and show its target. */
static int
add_link(struct mount_list *l, const char *src, const char *canon,
    enum mount_kind kind, int is_dir, struct scif_err *err)
{
	char target[PATH_MAX];
	ssize_t n;

	n = readlink(src, target, sizeof(target) - 1);
	if (n < 0)
		return err_set(err, SCIF_E_USAGE, errno, "readlink %s", src);
	target[n] = '\0';
	if (add_entry(l, kind, NULL, src, 0, target, err) < 0)
		return -1;
	if (covered(l, canon))
		return 0;
	return add_entry(l, kind, canon, canon, is_dir, NULL, err);
}

static int
add_bind(struct mount_list *l, const char *src, const char *dst,
    enum mount_kind kind, struct scif_err *err)
{
	char canon[PATH_MAX];
	struct stat st;
	int is_dir;

	if (src == NULL)
		return err_set(
		    err, SCIF_E_USAGE, EINVAL, "bind mount: no source");
	if (realpath(src, canon) == NULL || stat(canon, &st) < 0)
		return err_set(
		    err, SCIF_E_USAGE, errno, "bind mount source %s", src);
	if (kind == MNT_DEV_NODE && !S_ISCHR(st.st_mode) &&
	    !S_ISBLK(st.st_mode))
		return err_set(
		    err, SCIF_E_USAGE, ENODEV, "%s: not a device node", src);
	is_dir = S_ISDIR(st.st_mode);
	if (dst == NULL && lstat(src, &st) == 0 && S_ISLNK(st.st_mode))
		return add_link(l, src, canon, kind, is_dir, err);
	if (dst == NULL)
		dst = src[0] == '/' ? src : canon;
	return add_entry(l, kind, canon, dst, is_dir, NULL, err);
}

static int
check_dev_nodes(struct scif_err *err)
{
	char path[64];
	struct stat st;
	size_t i;

	for (i = 0; i < NDEV_NODES; i++) {
		snprintf(path, sizeof(path), "/dev/%s", dev_nodes[i]);
		if (stat(path, &st) < 0)
			return err_set(err, SCIF_E_USAGE, errno, "%s", path);
		if (!S_ISCHR(st.st_mode))
			return err_set(err, SCIF_E_USAGE, ENODEV,
			    "%s: not a character device", path);
	}
	return 0;
}

int
mounts_add(struct mount_list *l, const char *src, const char *dst,
    enum mount_kind kind, struct scif_err *err)
{
	const char *where = dst != NULL ? dst : src;

	switch (kind) {
	case MNT_RO:
	case MNT_RO_NOEXEC:
	case MNT_RW:
	case MNT_DEV_NODE:
		return add_bind(l, src, dst, kind, err);
	case MNT_TMPFS:
		if (where == NULL)
			return err_set(
			    err, SCIF_E_USAGE, EINVAL, "tmpfs: no target");
		return add_entry(l, kind, NULL, where, 1, NULL, err);
	case MNT_DEV:
		if (check_dev_nodes(err) < 0)
			return -1;
		return add_entry(l, kind, NULL, where != NULL ? where : "/dev",
		    1, NULL, err);
	case MNT_PROC:
		return add_entry(l, kind, NULL, where != NULL ? where : "/proc",
		    1, NULL, err);
	case MNT_LINK:
		if (src == NULL || src[0] == '\0' || dst == NULL)
			return err_set(err, SCIF_E_USAGE, EINVAL,
			    "symbolic link: no target or no path");
		return add_entry(l, kind, NULL, dst, 0, src, err);
	}
	return err_set(
	    err, SCIF_E_USAGE, EINVAL, "unknown mount kind %d", (int)kind);
}

void
mounts_free(struct mount_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].src_in);
		free(l->v[i].dst_in);
		free(l->v[i].link);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/*
 * In the child from here on: system calls, and messages.  Paths in
 * messages are the job's (dst_in without NEWROOT) and the host's (src_in
 * without OLDROOT).
 */
#define JOBPATH(p) ((p) + strlen(NEWROOT))
#define HOSTPATH(p) ((p) + strlen(OLDROOT))

/*
 * mkdir every missing parent of path below NEWROOT.  Most parents exist
 * already (made for an earlier mount), so the nearest is tried first:
 * EEXIST ends it in one call; otherwise the missing ones are made from
 * the top down.
 */
static int
make_parents(const char *path, struct scif_err *err)
{
	char buf[PATH_MAX];
	size_t top = strlen(NEWROOT), n = strlen(path), i;

	if (n >= sizeof(buf))
		return err_layer(err, LAYER, ENAMETOOLONG, "%s", path);
	memcpy(buf, path, n + 1);
	/* Up from the nearest parent to the first that exists. */
	for (i = n; i > top;) {
		while (i > top && buf[i] != '/')
			i--;
		if (i <= top)
			break;
		buf[i] = '\0';
		if (mkdir(buf, 0755) == 0 || errno == EEXIST)
			break;
		if (errno != ENOENT)
			return err_layer(
			    err, LAYER, errno, "mkdir %s", JOBPATH(buf));
	}
	/* i ends at the one made or found; below it, all are missing. */
	for (buf[i] = '/', i++; i < n; i++) {
		if (buf[i] != '\0')
			continue;
		if (mkdir(buf, 0755) < 0 && errno != EEXIST)
			return err_layer(
			    err, LAYER, errno, "mkdir %s", JOBPATH(buf));
		buf[i] = '/';
	}
	return 0;
}

/* The mount point: a directory, or an empty file for a file. */
static int
make_point(const char *path, int is_dir, struct scif_err *err)
{
	struct stat st;
	int fd;

	if (make_parents(path, err) < 0)
		return -1;
	if (is_dir) {
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			return err_layer(
			    err, LAYER, errno, "mkdir %s", JOBPATH(path));
		return 0;
	}
	/* A file already shown by a read-only bind of its directory (a
	 * file given again with other rights): bind over it as it is. */
	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode))
		return 0;
	fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0444);
	if (fd < 0)
		return err_layer(err, LAYER, errno, "create %s", JOBPATH(path));
	(void)close(fd);
	return 0;
}

/*
 * The per-mount flags path has now.  In a user namespace the flags a
 * mount had when the namespace was made are locked: a remount that
 * leaves out nosuid, nodev, noexec, rdonly or the atime mode it has is
 * refused with EPERM, so a remount must carry them along.
 */
static int
current_flags(const char *path, unsigned long *flags)
{
	static const struct {
		unsigned long st, ms;
	} map[] = { { ST_RDONLY, MS_RDONLY }, { ST_NOSUID, MS_NOSUID },
		{ ST_NODEV, MS_NODEV }, { ST_NOEXEC, MS_NOEXEC },
		{ ST_NOATIME, MS_NOATIME }, { ST_NODIRATIME, MS_NODIRATIME },
		{ ST_RELATIME, MS_RELATIME } };
	struct statvfs sv;
	size_t i;

	if (statvfs(path, &sv) < 0)
		return -errno;
	*flags = 0;
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if ((sv.f_flag & map[i].st) != 0)
			*flags |= map[i].ms;
	}
	return 0;
}

/*
 * Add flags to the mount on path.  mount_setattr(2) sets them and leaves
 * the others alone, locked or not; where the kernel has none (before
 * 5.12), a remount does, carrying along those path has.
 */
static int
add_flags(const char *path, unsigned long flags, struct scif_err *err)
{
	static const struct {
		unsigned long ms;
		uint64_t attr;
	} map[] = { { MS_RDONLY, MOUNT_ATTR_RDONLY },
		{ MS_NOSUID, MOUNT_ATTR_NOSUID },
		{ MS_NODEV, MOUNT_ATTR_NODEV },
		{ MS_NOEXEC, MOUNT_ATTR_NOEXEC } };
	struct mount_attr attr;
	unsigned long have = 0;
	size_t i;
	int r;

	memset(&attr, 0, sizeof(attr));
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if ((flags & map[i].ms) != 0)
			attr.attr_set |= map[i].attr;
	}
#ifdef SYS_mount_setattr
	if (syscall(SYS_mount_setattr, AT_FDCWD, path, AT_SYMLINK_NOFOLLOW,
		&attr, sizeof(attr)) == 0)
		return 0;
	if (errno != ENOSYS)
		return err_layer(
		    err, LAYER, errno, "mount_setattr %s", JOBPATH(path));
#endif
	if ((r = current_flags(path, &have)) < 0)
		return err_layer(err, LAYER, -r, "statvfs %s", JOBPATH(path));
	if (mount(NULL, path, NULL, MS_BIND | MS_REMOUNT | flags | have, NULL) <
	    0)
		return err_layer(
		    err, LAYER, errno, "remount %s", JOBPATH(path));
	return 0;
}

/*
 * Bind src on dst (not recursively: a mount below src stays hidden
 * rather than keeping its own, maybe writable, flags), then add flags.
 */
static int
bind_one(
    const char *src, const char *dst, unsigned long flags, struct scif_err *err)
{
	if (mount(src, dst, NULL, MS_BIND, NULL) < 0)
		return err_layer(err, LAYER, errno, "bind %s on %s%s",
		    HOSTPATH(src), JOBPATH(dst),
		    errno == EINVAL ? " (mounts beneath it? bind them too)"
				    : "");
	return add_flags(dst, flags, err);
}

static unsigned long
bind_flags(enum mount_kind kind)
{
	switch (kind) {
	case MNT_RO:
		return MS_RDONLY | MS_NOSUID | MS_NODEV;
	case MNT_RO_NOEXEC:
		return MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC;
	case MNT_DEV_NODE:
		return MS_NOSUID | MS_NOEXEC;
	default:
		return MS_NOSUID | MS_NODEV | MS_NOEXEC;
	}
}

static int
mount_tmpfs(const char *dst, unsigned long flags, const char *opts,
    struct scif_err *err)
{
	if (mount("tmpfs", dst, "tmpfs", flags, opts) < 0)
		return err_layer(
		    err, LAYER, errno, "tmpfs on %s", JOBPATH(dst));
	return 0;
}

static int
dev_path(char *buf, size_t len, const char *dir, const char *name,
    struct scif_err *err)
{
	int n;

	n = snprintf(buf, len, "%s/%s", dir, name);
	if (n < 0 || (size_t)n >= len)
		return err_layer(
		    err, LAYER, ENAMETOOLONG, "%s/%s", JOBPATH(dir), name);
	return 0;
}

/*
 * A tmpfs with the host's harmless device nodes bound in: a user
 * namespace may not mknod, and a bind keeps the host's node.  The tmpfs
 * itself is then made read-only; the nodes, separate mounts, stay
 * writable (nosuid, noexec, but not nodev).
 */
static int
build_dev(const struct mount_entry *e, struct scif_err *err)
{
	char src[64], dst[PATH_MAX];
	size_t i;

	if (make_point(e->dst_in, 1, err) < 0 ||
	    mount_tmpfs(e->dst_in, MS_NOSUID | MS_NODEV | MS_NOEXEC,
		"mode=0755", err) < 0)
		return -1;
	for (i = 0; i < NDEV_NODES; i++) {
		snprintf(src, sizeof(src), OLDROOT "/dev/%s", dev_nodes[i]);
		if (dev_path(dst, sizeof(dst), e->dst_in, dev_nodes[i], err) <
			0 ||
		    make_point(dst, 0, err) < 0 ||
		    bind_one(src, dst, MS_NOSUID | MS_NOEXEC, err) < 0)
			return -1;
	}
	for (i = 0; i < NDEV_LINKS; i++) {
		if (dev_path(
			dst, sizeof(dst), e->dst_in, dev_links[i][0], err) < 0)
			return -1;
		if (symlink(dev_links[i][1], dst) < 0)
			return err_layer(
			    err, LAYER, errno, "symlink %s", JOBPATH(dst));
	}
	if (mount(NULL, e->dst_in, NULL,
		MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV |
		    MS_NOEXEC,
		NULL) < 0)
		return err_layer(err, LAYER, errno, "remount %s read-only",
		    JOBPATH(e->dst_in));
	return 0;
}

static int
build_link(const struct mount_entry *e, struct scif_err *err)
{
	if (make_parents(e->dst_in, err) < 0)
		return -1;
	if (symlink(e->link, e->dst_in) < 0 && errno != EEXIST)
		return err_layer(err, LAYER, errno, "symlink %s -> %s",
		    JOBPATH(e->dst_in), e->link);
	return 0;
}

static int
build_one(const struct mount_entry *e, int with_proc, struct scif_err *err)
{
	if (e->link != NULL)
		return build_link(e, err);
	switch (e->kind) {
	case MNT_RO:
	case MNT_RO_NOEXEC:
	case MNT_RW:
	case MNT_DEV_NODE:
		if (make_point(e->dst_in, e->is_dir, err) < 0)
			return -1;
		return bind_one(e->src_in, e->dst_in, bind_flags(e->kind), err);
	case MNT_TMPFS:
		if (make_point(e->dst_in, 1, err) < 0)
			return -1;
		/* 1777: the job's uid is not known here, and only the job
		 * sees this file system. */
		return mount_tmpfs(e->dst_in, MS_NOSUID | MS_NODEV | MS_NOEXEC,
		    "mode=1777", err);
	case MNT_DEV:
		return build_dev(e, err);
	case MNT_PROC:
		if (make_point(e->dst_in, 1, err) < 0 || !with_proc)
			return 0;
		if (mount("proc", e->dst_in, "proc",
			MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
			return err_layer(err, LAYER, errno, "proc on %s",
			    JOBPATH(e->dst_in));
		return 0;
	case MNT_LINK:
		break;
	}
	return err_layer(err, LAYER, EINVAL, "mount kind %d", (int)e->kind);
}

int
mounts_private(struct scif_err *err)
{
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return err_layer(err, LAYER, errno, "make / private%s",
		    errno == EPERM || errno == EACCES
			? " (running in a container?)"
			: "");
	return 0;
}

int
mounts_enter(struct scif_err *err)
{
	/* The base only holds the two mount points. */
	if (mount("tmpfs", BASE, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
		"mode=0755,size=64k") < 0)
		return err_layer(err, LAYER, errno, "tmpfs on " BASE);
	if (mkdir(BASE NEWROOT, 0755) < 0 || mkdir(BASE OLDROOT, 0755) < 0)
		return err_layer(err, LAYER, errno, "mkdir in " BASE);
	if (mount("tmpfs", BASE NEWROOT, "tmpfs", MS_NOSUID | MS_NODEV,
		"mode=0755") < 0)
		return err_layer(err, LAYER, errno, "tmpfs for the new root");
	if (chdir(BASE) < 0)
		return err_layer(err, LAYER, errno, "chdir " BASE);
	if (syscall(SYS_pivot_root, ".", "." OLDROOT) < 0)
		return err_layer(err, LAYER, errno, "pivot_root to " BASE);
	if (chdir("/") < 0)
		return err_layer(err, LAYER, errno, "chdir /");
	return 0;
}

int
mounts_build(const struct mount_list *l, int with_proc, struct scif_err *err)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (build_one(&l->v[i], with_proc, err) < 0)
			return -1;
	}
	return 0;
}

int
mounts_leave(struct scif_err *err)
{
	if (chdir(NEWROOT) < 0)
		return err_layer(err, LAYER, errno, "chdir to the new root");
	/* pivot_root(2): ".", "." stacks the old root on the new one; the
	 * umount then takes it off, with no directory for it needed.  The
	 * host's root goes with it, being mounted below it (OLDROOT): one
	 * detach, and one wait for the kernel's grace period, not two. */
	if (syscall(SYS_pivot_root, ".", ".") < 0)
		return err_layer(
		    err, LAYER, errno, "pivot_root to the new root");
	if (umount2(".", MNT_DETACH) < 0)
		return err_layer(err, LAYER, errno, "detach the base");
	if (chdir("/") < 0)
		return err_layer(err, LAYER, errno, "chdir /");
	if (mount(NULL, "/", NULL,
		MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
		NULL) < 0)
		return err_layer(err, LAYER, errno, "remount / read-only");
	return 0;
}
