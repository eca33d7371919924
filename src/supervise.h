/* supervise.h - the parent's side: wait, enforce the wall clock, leave nothing behind. */
#ifndef SCIF_SUPERVISE_H
#define SCIF_SUPERVISE_H

#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

#include "scif.h"

struct notify;
struct trace;

struct supervise_opts {
	uint64_t time_ms; /* wall-clock limit, 0 for none */
	uint64_t cpu_limit_s; /* RLIMIT_CPU given to the job, 0 for none */
	const sigset_t *stop; /* blocked signals that end the job */
	uint64_t start_us; /* monotonic time the job was forked */
	struct notify *notify; /* seccomp listener (notify.h), or NULL */
	struct trace *trace; /* the job's tracer (trace.h), or NULL */
	/* The report socket of a leader that is init of its pid namespace
	 * (REC_END, childrec.h), or -1: the leader's own end is the job's. */
	int end_fd;
	uint32_t layers; /* for res, before done() */
	/* Called with the result as soon as it is known: with end_fd,
	 * before the leader's namespaces are torn down.  Or NULL. */
	void (*done)(void *arg, const struct scif_result *res);
	void *done_arg;
};

/* Monotonic clock in microseconds. */
uint64_t now_us(void);

/*
 * Wait for the job whose leader is pid: until it exits (or reports the
 * end, see end_fd), the wall clock runs out, or one of opts->stop
 * arrives.  Then kill and reap every process of the job, and fill res.
 */
int supervise(pid_t pid, const struct supervise_opts *opts,
    struct scif_result *res, struct scif_err *err);

/*
 * Kill the job's process group and every remaining child of this (subreaper)
 * process, and reap them all.  pid is the leader, already reaped or not.
 */
void supervise_reap_all(pid_t pid, struct rusage *acc);

#endif
