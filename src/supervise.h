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
};

/* Monotonic clock in microseconds. */
uint64_t now_us(void);

/*
 * Wait for the job whose leader is pid: until it exits, the wall clock
 * runs out, or one of opts->stop arrives.  Then kill and reap every
 * process of the job, and fill res.
 */
int supervise(pid_t pid, const struct supervise_opts *opts,
    struct scif_result *res, struct scif_err *err);

/*
 * Kill the job's process group and every remaining child of this (subreaper)
 * process, and reap them all.  pid is the leader, already reaped or not.
 */
void supervise_reap_all(pid_t pid, struct rusage *acc);

#endif
