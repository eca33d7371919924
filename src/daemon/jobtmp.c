/* jobtmp.c - the workers' private temporary directories (jobtmp.h). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/jobtmp.h"
#include "err.h"

#define JOBTMP_DEPTH 32 /* deeper trees are left (and reported by rmdir) */
#define JOBTMP_PREFIX "scif-serve."
#define JOBTMP_LOCK ".lock"

static const char *
tmpdir(void)
{
	const char *t = getenv("TMPDIR");

	return t == NULL || t[0] != '/' ? "/tmp" : t;
}

/* The base's lock, held while the daemon lives: base/.lock, locked. */
static int
lock_base(const char *base, int *lock, struct scif_err *err)
{
	char p[4200];

	if ((size_t)snprintf(p, sizeof(p), "%s/" JOBTMP_LOCK, base) >=
	    sizeof(p))
		return err_set(err, SCIF_E_SETUP, ENAMETOOLONG, "%s", base);
	*lock =
	    open(p, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (*lock < 0)
		return err_set(err, SCIF_E_SETUP, errno, "creating %s", p);
	if (flock(*lock, LOCK_EX | LOCK_NB) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "locking %s", p);
	return 0;
}

int
jobtmp_base(char *out, size_t len, int *lock, struct scif_err *err)
{
	const char *t = tmpdir();

	*lock = -1;
	if ((size_t)snprintf(out, len, "%s/" JOBTMP_PREFIX "XXXXXX", t) >= len)
		return err_set(err, SCIF_E_SETUP, ENAMETOOLONG, "%s", t);
	if (mkdtemp(out) == NULL)
		return err_set(err, SCIF_E_SETUP, errno, "mkdtemp %s", out);
	/* Jobs of another uid reach their own directory, list no other. */
	if (chmod(out, 0711) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "chmod %s", out);
	return lock_base(out, lock, err);
}

int
jobtmp_make(const char *base, pid_t pid, uid_t uid, gid_t gid, char *out,
    size_t len, struct scif_err *err)
{
	if ((size_t)snprintf(out, len, "%s/%d", base, (int)pid) >= len)
		return err_set(err, SCIF_E_SETUP, ENAMETOOLONG, "%s", base);
	if (mkdir(out, 0700) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "mkdir %s", out);
	if (geteuid() == 0 && chown(out, uid, gid) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "chown %s", out);
	return 0;
}

/* Empty the directory dfd (closed here).  Every step goes through a
 * descriptor opened without following links, so a job that swaps a
 * directory for a link cannot make the daemon remove anything else. */
static void
empty_dir(int dfd, int depth)
{
	struct dirent *d;
	DIR *dir;
	int sub;

	if ((dir = fdopendir(dfd)) == NULL) {
		(void)close(dfd);
		return;
	}
	while ((d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		if (unlinkat(dirfd(dir), d->d_name, 0) == 0 || errno != EISDIR)
			continue;
		sub = openat(dirfd(dir), d->d_name,
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub >= 0 && depth < JOBTMP_DEPTH)
			empty_dir(sub, depth + 1);
		else if (sub >= 0)
			(void)close(sub);
		(void)unlinkat(dirfd(dir), d->d_name, AT_REMOVEDIR);
	}
	(void)closedir(dir);
}

static void
remove_tree(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0)
		return;
	empty_dir(fd, 0);
	if (rmdir(path) < 0 && errno != ENOENT)
		(void)fprintf(stderr, "scif serve: cannot remove %s: %s\n",
		    path, strerror(errno));
}

void
jobtmp_remove(const char *base, pid_t pid)
{
	char p[4096];

	if ((size_t)snprintf(p, sizeof(p), "%s/%d", base, (int)pid) < sizeof(p))
		remove_tree(p);
}

void
jobtmp_remove_base(const char *base)
{
	remove_tree(base);
}

/*
 * The entry name of the directory tfd, if it is a base of ours that no
 * daemon holds: a directory (not a link) of our uid whose lock we can
 * take.  Its descriptor, or -1.
 */
static int
stale_base(int tfd, const char *name)
{
	struct stat st;
	int dfd, lock;

	if (strncmp(name, JOBTMP_PREFIX, strlen(JOBTMP_PREFIX)) != 0 ||
	    strlen(name) != strlen(JOBTMP_PREFIX) + 6)
		return -1;
	dfd =
	    openat(tfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dfd < 0)
		return -1;
	if (fstat(dfd, &st) < 0 || st.st_uid != geteuid() ||
	    (lock = openat(dfd, JOBTMP_LOCK, O_RDWR | O_NOFOLLOW | O_CLOEXEC)) <
		0) {
		(void)close(dfd);
		return -1;
	}
	/* Held by its daemon, or by none: the lock goes with the tree. */
	if (flock(lock, LOCK_EX | LOCK_NB) < 0) {
		(void)close(lock);
		(void)close(dfd);
		return -1;
	}
	(void)close(lock);
	return dfd;
}

int
jobtmp_reap_stale(void)
{
	const char *t = tmpdir();
	struct dirent *d;
	DIR *dir;
	int tfd, dfd, n = 0;

	if ((tfd = open(t, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
	    (dir = fdopendir(tfd)) == NULL) {
		if (tfd >= 0)
			(void)close(tfd);
		return 0;
	}
	while ((d = readdir(dir)) != NULL) {
		if ((dfd = stale_base(dirfd(dir), d->d_name)) < 0)
			continue;
		empty_dir(dfd, 0);
		if (unlinkat(dirfd(dir), d->d_name, AT_REMOVEDIR) == 0)
			n++;
		else
			(void)fprintf(stderr,
			    "scif serve: cannot remove %s/%s: %s\n", t,
			    d->d_name, strerror(errno));
	}
	(void)closedir(dir);
	return n;
}
