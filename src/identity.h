/* identity.h - who the job runs as, and with which privileges (none). */
#ifndef SCIF_IDENTITY_H
#define SCIF_IDENTITY_H

#include <sys/types.h>

#include "scif.h"
#include "spec.h"

struct identity_plan {
	int switch_ids; /* root: setgroups/setresgid/setresuid */
	uid_t uid;
	gid_t gid;
	int drop_bnd; /* we hold CAP_SETPCAP: empty the bounding set */
};

/*
 * Decide before fork.  As root the job gets the spec's ids (never 0);
 * otherwise it keeps the caller's, and asking for others is an error.
 */
int identity_plan_init(struct identity_plan *p, const struct scif_spec *spec,
    struct scif_err *err);

/* Bounding set, groups, gid, uid, then every capability set emptied and
 * checked empty. */
int identity_apply(const struct identity_plan *p, struct scif_err *err);

/* 1 when cap (CAP_*) is in our effective set; 0 when not, or unknown. */
int identity_has_cap(int cap);

/* PR_SET_NO_NEW_PRIVS: no setuid bit or file capability can give the job
 * back what identity_apply took. */
int nnp_apply(struct scif_err *err);

#endif
