/*
 * server.h - scif serve: accept clients on a unix socket, check who they
 * are, read their requests, run each job in a worker of its own with
 * bounded concurrency and a bounded queue.
 */
#ifndef SCIF_SERVER_H
#define SCIF_SERVER_H

#include <stddef.h>
#include <sys/types.h>

#include "scif.h"

#define SERVER_MAX_ALLOW 32
#define SERVER_MAX_DIRS 8
#define SERVER_MAX_CONNS 256 /* clients connected at once */

struct server_conf {
	const char *socket_path; /* NULL: systemd's socket on fd 3 */
	const char *dirs[SERVER_MAX_DIRS + 1]; /* profiles, NULL-terminated */
	unsigned max_jobs;
	unsigned queue; /* requests waiting beyond max_jobs */
	unsigned pool; /* sandboxes prepared ahead, per profile */
	unsigned max_conns_uid; /* connections one uid may hold at once */
	uid_t uids[SERVER_MAX_ALLOW];
	size_t nuids;
	gid_t gids[SERVER_MAX_ALLOW];
	size_t ngids; /* with neither, only the daemon's own uid */
};

/* Run until SIGTERM or SIGINT has drained every job: 0, or -1 with err
 * filled when the daemon could not start. */
int server_run(const struct server_conf *conf, struct scif_err *err);

/* Listen on path (mode 0666 behind SO_PEERCRED checks), or take the
 * socket systemd passed (path NULL): the descriptor, or -1 with err. */
int server_listen(const char *path, struct scif_err *err);

#endif
