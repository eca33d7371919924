/* hygiene.h - process hygiene in the child: session, death signal, signals, umask. */
#ifndef SCIF_HYGIENE_H
#define SCIF_HYGIENE_H

#include <sys/types.h>

#include "scif.h"

/*
 * New session, SIGKILL on the supervisor's death, default dispositions
 * for every signal and an empty mask, umask 077.  supervisor is the pid
 * the child expects as its parent: if it is already gone, fail.
 */
int hygiene_apply(pid_t supervisor, struct scif_err *err);

/*
 * SIGKILL when the supervisor dies.  Changing credentials (setresuid)
 * clears the death signal, so the launcher arms it again after the
 * identity layer.
 */
int hygiene_deathsig(pid_t supervisor, struct scif_err *err);

#endif
