/*
 * mounts.h - the job's file system view: a tmpfs root holding only the
 * planned mounts.
 *
 * Plan in the parent, build in the child.  mounts_add() validates and
 * resolves every source before fork, so that a missing or mistyped path
 * is reported before anything runs, and stores the two paths the child
 * will use: the source as seen under the old root ("/oldroot/usr") and
 * the target under the new root ("/newroot/usr").  The child, already in
 * a new mount namespace in which it holds CAP_SYS_ADMIN, then only makes
 * system calls:
 *
 *	mounts_private(&err);
 *	mounts_enter(&err);
 *	mounts_build(&list, with_proc, &err);
 *	mounts_leave(&err);
 *
 * The work is done the way bubblewrap does it: a small tmpfs is mounted
 * on /tmp and made the root, the old root now at /oldroot; the new root
 * is a second tmpfs at /newroot.  Sources are looked up under /oldroot,
 * so a mount over /tmp never hides a source that lives there, and a
 * symbolic link in a source resolves inside the throw-away base, not the
 * host.  Finally the old root is detached and /newroot becomes "/",
 * read-only.
 */
#ifndef SCIF_MOUNTS_H
#define SCIF_MOUNTS_H

#include <stddef.h>

#include "scif.h"

enum mount_kind {
	MNT_RO = 1, /* bind: read-only, nosuid, nodev */
	MNT_RO_NOEXEC, /* bind: as MNT_RO, and noexec */
	MNT_RW, /* bind: nosuid, nodev, noexec */
	MNT_TMPFS, /* new tmpfs, mode 1777: nosuid, nodev, noexec */
	MNT_DEV, /* tmpfs with null, zero, full, random, urandom bound
			 * from the host, read-only; default target /dev */
	MNT_PROC, /* new proc (needs a pid namespace); default /proc */
	MNT_DEV_NODE, /* bind one device node: nosuid, noexec, not nodev */
	MNT_LINK /* a symbolic link at dst whose text is src */
};

struct mount_entry {
	enum mount_kind kind;
	int is_dir; /* binds: the source is a directory */
	char *src_in; /* binds: "/oldroot" + canonical source, else NULL */
	char *dst_in; /* "/newroot" + target */
	char *link; /* non-NULL: a symbolic link to create at dst_in */
};

struct mount_list {
	struct mount_entry *v;
	size_t n, cap;
};

/*
 * Plan a mount.  src: the host path (binds), must exist now, is made
 * canonical; dst: the absolute path in the job's view, NULL for "the same
 * path as src" (or /dev, /proc for MNT_DEV, MNT_PROC).  When src is
 * itself a symbolic link and dst is NULL, the link is recreated (as the
 * host's /bin -> usr/bin) and its target bound at its own path, unless an
 * earlier mount already shows it.  MNT_LINK makes only the link dst ->
 * src, whatever src names.  Returns 0 or a negative errno (-ENOENT
 * for a missing source, -EINVAL for a bad target, -ENOMEM), err naming
 * the path.
 */
int mounts_add(struct mount_list *l, const char *src, const char *dst,
    enum mount_kind kind, struct scif_err *err);

void mounts_free(struct mount_list *l);

/*
 * In the child, in a new mount namespace: make every mount private, so
 * that nothing done here propagates back to the host.  The first mount
 * call: an LSM that forbids mounting refuses it, and nothing has changed
 * yet (the caller may then carry on without a mount namespace).
 */
int mounts_private(struct scif_err *err);

/* Put a tmpfs on /tmp, make it the root with the old root at /oldroot
 * and an empty tmpfs root at /newroot. */
int mounts_enter(struct scif_err *err);

/* Mount the list under /newroot, in order; MNT_PROC entries only when
 * with_proc (the caller is in the new pid namespace). */
int mounts_build(
    const struct mount_list *l, int with_proc, struct scif_err *err);

/* Detach the old root, make /newroot the root, read-only, and chdir
 * there. */
int mounts_leave(struct scif_err *err);

#endif
