/*
 * jobtmp.h - a private directory per worker, for the temporary files of
 * a job whose profile takes a job directory but whose client sent none
 * (stdin to stdout, e.g. convert jpg:- png:-).  A prepared sandbox gets
 * it as its job directory before its job is known, which is what lets
 * such jobs run in the pool.  The daemon owns the base directory; a
 * worker's directory is named for its pid and removed by the daemon when
 * it reaps that worker (before the pid can be reused), so a killed job
 * leaves nothing behind and the removal costs its client no latency.
 *
 * The base holds a lock file, .lock, locked (flock) while its daemon
 * lives: a daemon killed with SIGKILL leaves its base behind, unlocked,
 * and the next daemon of the same uid removes it (jobtmp_reap_stale).
 */
#ifndef SCIF_JOBTMP_H
#define SCIF_JOBTMP_H

#include <stddef.h>
#include <sys/types.h>

#include "scif.h"

/* Create the base directory (mode 0711) under $TMPDIR or /tmp, path
 * into out, and lock it: *lock, close-on-exec, is the daemon's to keep
 * open.  0, or a negative value with err. */
int jobtmp_base(char *out, size_t len, int *lock, struct scif_err *err);

/* Remove the bases under $TMPDIR or /tmp that are our uid's and locked
 * by no daemon; never follows a link.  How many went. */
int jobtmp_reap_stale(void);

/* Create base/pid for a job running as uid:gid (mode 0700), path into
 * out: 0, or a negative value with err. */
int jobtmp_make(const char *base, pid_t pid, uid_t uid, gid_t gid, char *out,
    size_t len, struct scif_err *err);

/* Remove base/pid and all it holds, if it exists; symbolic links are
 * removed, never followed. */
void jobtmp_remove(const char *base, pid_t pid);

/* Remove base and all it holds. */
void jobtmp_remove_base(const char *base);

#endif
