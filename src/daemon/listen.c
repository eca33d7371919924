/*
 * listen.c - the daemon's socket: bound under a strict umask and then
 * opened to every local user (who is served is decided by SO_PEERCRED),
 * or handed over by systemd's socket activation (LISTEN_PID, LISTEN_FDS,
 * descriptor 3).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "daemon/server.h"
#include "err.h"
#include "util.h"

#define LISTEN_BACKLOG 128

static int
from_systemd(struct scif_err *err)
{
	const char *pid = getenv("LISTEN_PID"), *fds = getenv("LISTEN_FDS");
	uint64_t p, n;
	int type = 0;
	socklen_t len = sizeof(type);

	if (pid == NULL || fds == NULL || parse_u64(pid, &p) < 0 ||
	    parse_u64(fds, &n) < 0 || p != (uint64_t)getpid() || n < 1)
		return err_set(err, SCIF_E_USAGE, 0,
		    "serve: no --socket, and no socket from systemd "
		    "(LISTEN_PID, LISTEN_FDS)");
	(void)unsetenv("LISTEN_PID");
	(void)unsetenv("LISTEN_FDS");
	(void)unsetenv("LISTEN_FDNAMES");
	if (getsockopt(3, SOL_SOCKET, SO_TYPE, &type, &len) < 0 ||
	    type != SOCK_SEQPACKET)
		return err_set(err, SCIF_E_USAGE, 0,
		    "serve: descriptor 3 from systemd is not a "
		    "SOCK_SEQPACKET socket (ListenSequentialPacket=)");
	if (fcntl(3, F_SETFD, FD_CLOEXEC) < 0 ||
	    fcntl(3, F_SETFL, O_NONBLOCK) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "serve: fcntl");
	return 3;
}

/* A socket file left by a daemon that is gone may be replaced; one that
 * answers may not. */
static int
clear_stale(const struct sockaddr_un *sa, struct scif_err *err)
{
	struct stat st;
	int fd, r;

	if (lstat(sa->sun_path, &st) < 0)
		return errno == ENOENT
		    ? 0
		    : err_set(err, SCIF_E_USAGE, errno, "%s", sa->sun_path);
	if (!S_ISSOCK(st.st_mode))
		return err_set(err, SCIF_E_USAGE, EEXIST, "%s", sa->sun_path);
	if ((fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0)) < 0)
		return err_set(err, SCIF_E_SETUP, errno, "socket");
	r = connect(fd, (const struct sockaddr *)sa, sizeof(*sa));
	(void)close(fd);
	if (r == 0)
		return err_set(err, SCIF_E_USAGE, EADDRINUSE,
		    "%s: a daemon answers there", sa->sun_path);
	if (unlink(sa->sun_path) < 0)
		return err_set(err, SCIF_E_USAGE, errno, "%s", sa->sun_path);
	return 0;
}

int
server_listen(const char *path, struct scif_err *err)
{
	struct sockaddr_un sa;
	mode_t old;
	int fd, r;

	if (path == NULL)
		return from_systemd(err);
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sa.sun_path))
		return err_set(err, SCIF_E_USAGE, ENAMETOOLONG, "%s", path);
	memcpy(sa.sun_path, path, strlen(path) + 1);
	if (clear_stale(&sa, err) < 0)
		return -1;
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0)
		return err_set(err, SCIF_E_SETUP, errno, "socket");
	/* Nobody may connect before the mode is what it should be. */
	old = umask(0177);
	r = bind(fd, (const struct sockaddr *)&sa, sizeof(sa));
	(void)umask(old);
	if (r < 0 || chmod(path, 0666) < 0 || listen(fd, LISTEN_BACKLOG) < 0) {
		r = errno;
		(void)close(fd);
		return err_set(err, SCIF_E_SETUP, r, "listening on %s", path);
	}
	return fd;
}
