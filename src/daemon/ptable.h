/*
 * ptable.h - the daemon's profiles: every NAME.cfg of its directories,
 * loaded and applied to a template spec once (at start and on SIGHUP), so
 * that a job's worker only adds the request to a copy.
 */
#ifndef SCIF_PTABLE_H
#define SCIF_PTABLE_H

#include <stddef.h>

#include "daemon/proto.h"
#include "profile.h"

struct pt_entry {
	char name[PROTO_MAX_NAME + 1];
	struct profile *prof;
	struct scif_spec *spec; /* the profile applied to a fresh spec */
};

struct ptable {
	struct pt_entry *e;
	size_t n;
};

/* Load every profile of dirs (NULL-terminated; the first of a name
 * wins).  On failure, err names the profile and t is left empty. */
int ptable_load(
    struct ptable *t, const char *const *dirs, struct scif_err *err);

/* The entry named name, or NULL. */
struct pt_entry *ptable_find(const struct ptable *t, const char *name);

void ptable_free(struct ptable *t);

#endif
