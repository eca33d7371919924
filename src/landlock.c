/*
 * landlock.c - the Landlock layer (see landlock.h).
 *
 * The raw system calls are used: glibc has no wrappers.  Debian 12's
 * <linux/landlock.h> (linux-libc-dev 6.1) stops at ABI 2, so the later
 * constants are defined below when the header lacks them, and the ruleset
 * attribute is our own struct with the fields of ABI 6.  The values are the
 * kernel's UAPI (include/uapi/linux/landlock.h, Linux 6.2 for TRUNCATE,
 * 6.7 for the TCP rights and handled_access_net, 6.10 for IOCTL_DEV, 6.12
 * for the scopes and the scoped field) and never change once released.
 */
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <linux/landlock.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "landlock.h"

#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13) /* ABI 2 */
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14) /* ABI 3 */
#endif
#ifndef LANDLOCK_ACCESS_NET_BIND_TCP
#define LANDLOCK_ACCESS_NET_BIND_TCP (1ULL << 0) /* ABI 4 */
#endif
#ifndef LANDLOCK_ACCESS_NET_CONNECT_TCP
#define LANDLOCK_ACCESS_NET_CONNECT_TCP (1ULL << 1) /* ABI 4 */
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15) /* ABI 5 */
#endif
#ifndef LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET
#define LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0) /* ABI 6 */
#endif
#ifndef LANDLOCK_SCOPE_SIGNAL
#define LANDLOCK_SCOPE_SIGNAL (1ULL << 1) /* ABI 6 */
#endif

/* The rights of ABI 1: bits 0 (EXECUTE) to 12 (MAKE_SYM). */
#define LL_FS_V1 ((LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1)

/* The rights that apply to a file; Landlock refuses the others on one. */
#define LL_FS_FILE \
	(LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | \
	    LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_TRUNCATE | \
	    LANDLOCK_ACCESS_FS_IOCTL_DEV)

#define LL_FS_READ (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)

/*
 * Read-write: what a job directory needs to hold inputs, outputs and
 * temporary files.  MAKE_SYM is harmless (Landlock checks the target a
 * link resolves to); device nodes, fifos and sockets are left out: a
 * socket bound in a directory the host also sees is a way out.
 */
#define LL_FS_RW \
	(LL_FS_READ | LANDLOCK_ACCESS_FS_WRITE_FILE | \
	    LANDLOCK_ACCESS_FS_TRUNCATE | LANDLOCK_ACCESS_FS_REMOVE_DIR | \
	    LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR | \
	    LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SYM | \
	    LANDLOCK_ACCESS_FS_REFER)

/* A device needs no TRUNCATE: open(O_TRUNC) ignores it on non-files. */
#define LL_FS_DEV \
	(LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | \
	    LANDLOCK_ACCESS_FS_IOCTL_DEV)

#define LL_NET_TCP \
	(LANDLOCK_ACCESS_NET_BIND_TCP | LANDLOCK_ACCESS_NET_CONNECT_TCP)
#define LL_SCOPE_ALL \
	(LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET | LANDLOCK_SCOPE_SIGNAL)

/* struct landlock_ruleset_attr as of ABI 6; the header's may be shorter. */
struct ll_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net; /* ABI 4 */
	uint64_t scoped; /* ABI 6 */
};

static uint64_t
fs_rights(int abi)
{
	uint64_t r = LL_FS_V1;

	if (abi >= 2)
		r |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3)
		r |= LANDLOCK_ACCESS_FS_TRUNCATE;
	if (abi >= 5)
		r |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
	return r;
}

/*
 * The size of the attribute to pass: an older kernel refuses (E2BIG) a
 * longer struct only when the fields it does not know are non-zero, but
 * passing no more than the ABI knows keeps the intent plain.
 */
static size_t
attr_size(int abi)
{
	if (abi >= 6)
		return sizeof(struct ll_ruleset_attr);
	if (abi >= 4)
		return offsetof(struct ll_ruleset_attr, scoped);
	return offsetof(struct ll_ruleset_attr, handled_access_net);
}

int
landlock_abi(void)
{
	long v;

	v = syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
	if (v < 0)
		return 0; /* errno says why */
	if (v > LL_ABI_KNOWN)
		return LL_ABI_KNOWN;
	return (int)v;
}

int
landlock_plan_init(struct landlock_plan *p, int abi)
{
	if (p == NULL || abi < 1)
		return -EINVAL;
	memset(p, 0, sizeof(*p));
	p->abi = abi > LL_ABI_KNOWN ? LL_ABI_KNOWN : abi;
	p->handled_fs = fs_rights(p->abi);
	return 0;
}

static uint64_t
kind_rights(unsigned kind)
{
	switch (kind) {
	case LL_RO:
		return LL_FS_READ | LANDLOCK_ACCESS_FS_EXECUTE;
	case LL_RO_NOEXEC:
		return LL_FS_READ;
	case LL_RW:
		return LL_FS_RW;
	case LL_DEV:
		return LL_FS_DEV;
	default:
		return 0;
	}
}

static int
grow(struct landlock_plan *p)
{
	struct landlock_rule *r;
	size_t ncap;

	if (p->nrules < p->cap)
		return 0;
	ncap = p->cap == 0 ? 8 : p->cap * 2;
	r = reallocarray(p->rules, ncap, sizeof(*r));
	if (r == NULL)
		return -ENOMEM;
	p->rules = r;
	p->cap = ncap;
	return 0;
}

int
landlock_plan_add_path(struct landlock_plan *p, const char *path,
    unsigned access_kind, struct scif_err *err)
{
	struct landlock_rule *r;
	struct stat st;
	uint64_t access;
	char *copy;
	int fd, e;

	if (p == NULL || p->abi < 1 || path == NULL)
		return err_layer(err, "landlock", EINVAL, "no plan or path");
	access = kind_rights(access_kind);
	if (access == 0)
		return err_layer(err, "landlock", EINVAL,
		    "%s: unknown access kind %u", path, access_kind);
	/* Follows symlinks: the rule is on what the path names now.
	 * openat: musl's open() adds an fcntl(F_SETFD) for O_CLOEXEC. */
	fd = openat(AT_FDCWD, path, O_PATH | O_CLOEXEC);
	if (fd == -1)
		return err_layer(
		    err, "landlock", errno, "cannot open %s", path);
	if (fstat(fd, &st) == -1) {
		e = errno;
		close(fd);
		return err_layer(err, "landlock", e, "cannot stat %s", path);
	}
	if (access_kind == LL_DEV && S_ISREG(st.st_mode)) {
		close(fd);
		return err_layer(err, "landlock", EINVAL,
		    "%s is a regular file, not a device", path);
	}
	if (!S_ISDIR(st.st_mode))
		access &= LL_FS_FILE;
	access &= p->handled_fs;
	copy = strdup(path);
	if (copy == NULL || grow(p) < 0) {
		free(copy);
		close(fd);
		return err_layer(err, "landlock", ENOMEM, "adding %s", path);
	}
	r = &p->rules[p->nrules++];
	r->fd = fd;
	r->access = access;
	r->path = copy;
	return 0;
}

int
landlock_plan_set_options(
    struct landlock_plan *p, unsigned opts, struct scif_err *err)
{
	int need = 0;

	if (p == NULL || p->abi < 1 ||
	    (opts & ~(LL_OPT_NO_NETWORK | LL_OPT_SCOPE)) != 0)
		return err_layer(
		    err, "landlock", EINVAL, "bad options %#x", opts);
	if ((opts & LL_OPT_NO_NETWORK) != 0) {
		if (p->abi >= 4) {
			p->handled_net = LL_NET_TCP;
			p->opts |= LL_OPT_NO_NETWORK;
		} else
			need = 4;
	}
	if ((opts & LL_OPT_SCOPE) != 0) {
		if (p->abi >= 6) {
			p->scoped = LL_SCOPE_ALL;
			p->opts |= LL_OPT_SCOPE;
		} else if (need == 0)
			need = 6;
	}
	if (need != 0)
		return err_layer(err, "landlock", EOPNOTSUPP,
		    "%s needs ABI %d, the kernel has %d",
		    need == 4 ? "denying TCP" : "scoping signals and sockets",
		    need, p->abi);
	return 0;
}

size_t
landlock_plan_nfds(const struct landlock_plan *p)
{
	return p == NULL ? 0 : p->nrules;
}

int
landlock_plan_fd(const struct landlock_plan *p, size_t i)
{
	if (p == NULL || i >= p->nrules)
		return -1;
	return p->rules[i].fd;
}

/* Async-signal-safe: system calls only until a failure is reported. */
static int
add_rules(int rfd, const struct landlock_plan *p, struct scif_err *err)
{
	struct landlock_path_beneath_attr pb;
	size_t i;

	for (i = 0; i < p->nrules; i++) {
		memset(&pb, 0, sizeof(pb));
		pb.allowed_access = p->rules[i].access;
		pb.parent_fd = p->rules[i].fd;
		if (syscall(SYS_landlock_add_rule, rfd,
			LANDLOCK_RULE_PATH_BENEATH, &pb, 0) == -1)
			return err_layer(err, "landlock", errno,
			    "adding the rule for %s", p->rules[i].path);
	}
	return 0;
}

static int
restrict_self(int rfd, struct scif_err *err)
{
	int e;

	if (syscall(SYS_landlock_restrict_self, rfd, 0) == 0)
		return 0;
	e = errno;
	/* The usual EPERM: the launcher skipped its no_new_privs step. */
	if (e == EPERM && prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 0)
		return err_layer(
		    err, "landlock", e, "restricting: no_new_privs is not set");
	return err_layer(err, "landlock", e, "restricting");
}

int
landlock_ruleset_add_path(int rfd, int abi, const char *path,
    unsigned access_kind, struct scif_err *err)
{
	struct landlock_path_beneath_attr pb;
	struct stat st;
	int fd, r = 0;

	memset(&pb, 0, sizeof(pb));
	pb.allowed_access = kind_rights(access_kind) & fs_rights(abi);
	if ((fd = openat(AT_FDCWD, path, O_PATH | O_CLOEXEC)) == -1)
		return err_layer(
		    err, "landlock", errno, "cannot open %s", path);
	if (fstat(fd, &st) == -1)
		r = err_layer(err, "landlock", errno, "cannot stat %s", path);
	if (r == 0 && !S_ISDIR(st.st_mode))
		pb.allowed_access &= LL_FS_FILE;
	pb.parent_fd = fd;
	if (r == 0 &&
	    syscall(SYS_landlock_add_rule, rfd, LANDLOCK_RULE_PATH_BENEATH, &pb,
		0) == -1)
		r = err_layer(
		    err, "landlock", errno, "adding the rule for %s", path);
	close(fd);
	return r;
}

int
landlock_ruleset_build(const struct landlock_plan *p, struct scif_err *err)
{
	struct ll_ruleset_attr attr;
	int rfd;

	if (p == NULL || p->abi < 1)
		return err_layer(err, "landlock", EINVAL, "no plan");
	memset(&attr, 0, sizeof(attr));
	attr.handled_access_fs = p->handled_fs;
	attr.handled_access_net = p->handled_net;
	attr.scoped = p->scoped;
	/* The kernel opens it close-on-exec: it never reaches the program. */
	rfd = (int)syscall(
	    SYS_landlock_create_ruleset, &attr, attr_size(p->abi), 0);
	if (rfd == -1)
		return err_layer(err, "landlock", errno,
		    "creating the ruleset (ABI %d)", p->abi);
	if (add_rules(rfd, p, err) < 0) {
		close(rfd);
		return -1;
	}
	return rfd;
}

int
landlock_restrict(int rfd, struct scif_err *err)
{
	return restrict_self(rfd, err);
}

int
landlock_apply(const struct landlock_plan *p, struct scif_err *err)
{
	int rfd, rc;

	if ((rfd = landlock_ruleset_build(p, err)) < 0)
		return -1;
	rc = restrict_self(rfd, err);
	/* The domain is in force; the ruleset's descriptor is not needed. */
	if (close(rfd) == -1 && rc == 0)
		rc = err_layer(err, "landlock", errno, "closing the ruleset");
	return rc;
}

void
landlock_plan_free(struct landlock_plan *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nrules; i++) {
		close(p->rules[i].fd);
		free(p->rules[i].path);
	}
	free(p->rules);
	memset(p, 0, sizeof(*p));
}
