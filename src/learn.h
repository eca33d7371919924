/*
 * learn.h - a policy written from the calls programs made (scif learn).
 *
 *	struct learn l;
 *	learn_init(&l);
 *	... scif_run() in SCIF_SECCOMP_LEARN mode, learn_add() as callback;
 *	learn_write(&l, f, "convert {} out.png");
 *	learn_free(&l);
 *
 * Calls are counted by name (native architecture only: the filter kills
 * the others).  For the calls of sc_argrule() (socket's family, clone's
 * flags, ioctl's request, prctl's option, personality) the distinct
 * values of that argument (its low 32 bits, which is what a 32-bit
 * constant in the policy compares) are kept, up to LEARN_MAX_VALUES;
 * past that the call is allowed whatever the argument.  The text is in
 * scif's policy language, sorted, each call commented with its count,
 * DEFAULT KILL_PROCESS; a call of policy_never_allowed() gets a loud
 * warning.  learn_merge_file() reads such a text back (its comments).
 */
#ifndef SCIF_LEARN_H
#define SCIF_LEARN_H

#include <stdint.h>
#include <stdio.h>

#include "scif.h"

#define LEARN_MAX_VALUES 4

struct learn_call {
	char name[32];
	unsigned long count;
	int arg; /* the narrowing argument, or -1 */
	const char *argname;
	uint32_t vals[LEARN_MAX_VALUES];
	int nvals;
	int many; /* more values than LEARN_MAX_VALUES */
};

struct learn {
	struct learn_call *v;
	size_t n, cap;
	unsigned runs;
	int oom;
};

/* Empty but for execve and exit_group, which every program needs. */
void learn_init(struct learn *l);
void learn_free(struct learn *l);

/* A scif_syscall_fn: count one call (arg is the struct learn). */
void learn_add(void *arg, const struct scif_syscall *c);

/* Add the calls of a policy learn_write() wrote. */
int learn_merge_file(struct learn *l, const char *path, struct scif_err *err);

/* The policy; what names the runs in its opening comment. */
int learn_write(struct learn *l, FILE *f, const char *what);

#endif
