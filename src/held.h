/*
 * held.h - a sandbox prepared ahead of its job, for scif serve's pool.
 *
 * run_held() is scif_run() with a pause.  The child applies every layer
 * up to and including Landlock, tells the supervisor it is ready
 * (REC_READY) and waits on the report socket.  The caller's wait function
 * blocks until a job comes and writes it into the very spec the sandbox
 * was prepared from: only argv, the limits and the wall clock may change
 * (nothing else of the spec is read again, so nothing else could take
 * effect).  run_held() then sends the child the program's path, argv, the
 * job's limits and its descriptors; the child installs them,
 * lowers its limits (it can no longer raise them), loads the filter and
 * execs, supervised exactly as under scif_run().
 */
#ifndef SCIF_HELD_H
#define SCIF_HELD_H

#include <stdint.h>
#include <sys/types.h>

#include "rlimit.h"
#include "scif.h"

#define HELD_MAX_BYTES (64 * 1024 + 4096) /* path and argv strings */
#define HELD_MAX_ARGS 256
#define HELD_MAX_PASS 8 /* descriptors beyond stdio, at 3 to 10 */
#define HELD_MAX_FDS (3 + HELD_MAX_PASS)

/* The job's descriptors: fd[i] becomes at[i] in the job; the first three
 * are its stdin, stdout and stderr (at 0, 1, 2). */
struct held_fds {
	int fd[HELD_MAX_FDS];
	int at[HELD_MAX_FDS];
	uint32_t n;
};

struct held {
	/*
	 * Block until the job comes (0: the spec holds it, f its
	 * descriptors, still the caller's to close) or until child_fd, the
	 * supervisor's end of the report socket, says the sandbox died
	 * (a negative value with err; nothing runs).
	 */
	int (*wait)(
	    void *arg, int child_fd, struct held_fds *f, struct scif_err *err);
	void *arg;
	/*
	 * Or NULL.  Given the result as soon as the job is over, which may
	 * be before run_held() returns: the sandbox's namespaces are torn
	 * down after, and a reply sent from here does not wait for that.
	 */
	void (*done)(void *arg, const struct scif_result *res);
};

/*
 * Supervisor, once the job came: the prepared sandbox's processes take
 * the supervisor's nice value, which may differ (a sandbox prepared at
 * nice 19, its wait function having restored its own).  0, or -1 with
 * err (the job must not run).
 */
int held_nice_follow(pid_t child, struct scif_err *err);

/* scif_run() in a sandbox prepared before h->wait() returns a job; with
 * no wait function, scif_run() with h->done. */
int run_held(const struct scif_spec *spec, const struct held *h,
    struct scif_result *res, struct scif_err *err);

/* The packet's head; the program's path and argv follow as strings. */
struct held_hdr {
	struct rlimit_plan rl;
	uint32_t argc;
	uint32_t nfd; /* that came with the packet, in order */
	int32_t at[HELD_MAX_FDS]; /* each one's number in the job */
};

/* What the child receives, allocated before fork. */
struct held_buf {
	char data[HELD_MAX_BYTES];
	char *argv[HELD_MAX_ARGS + 1];
	char *path;
	struct rlimit_plan rl;
};

/* Supervisor: send the job to the child.  0, or a negative errno. */
int held_send(int sock, const char *path, char *const argv[],
    const struct rlimit_plan *rl, const struct held_fds *f);

/*
 * Child: receive the job into b and give its descriptors their numbers
 * (stdio 0, 1 and 2; the passed ones 3 to 10, as the job asked).  The
 * socket moves above those numbers if it was among them: *sock is
 * updated.  0, or a negative value with err filled (the job must not
 * run).
 */
int held_take(int *sock, struct held_buf *b, struct scif_err *err);

#endif
