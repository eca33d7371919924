/*
 * netns.h - the net namespace, made beside the child rather than by it.
 *
 * Making a net namespace is the kernel's longest step of a launch (about
 * 0.3 ms here, more while an earlier one is still being torn down).  As
 * root, the supervisor clones the child into every other namespace and
 * forks a short-lived holder on another CPU, which makes the net
 * namespace meanwhile and sends it over the report socket; the child
 * enters it (setns) once its file system is built, before any privilege
 * is dropped.  Unprivileged, the child's own user namespace
 * must own it, so the child is cloned with CLONE_NEWNET as well.
 */
#ifndef SCIF_NETNS_H
#define SCIF_NETNS_H

#include <sys/types.h>

#include "scif.h"

/*
 * Supervisor, once the child is cloned: fork the holder, which makes one
 * and sends it to the child over report_fd, the supervisor's end (REC_NETNS;
 * without a descriptor when it could not be made).  child_fd, the child's
 * end, is closed in the holder.  The holder's pid, or -1 with errno.
 */
pid_t netns_start(int report_fd, int child_fd);

/* Wait for the holder: 0 once it has sent, or a negative errno. */
int netns_reap(pid_t holder);

/*
 * Child: enter the one the supervisor sent, or make one here if none
 * came (a host may refuse it to the supervisor alone).  NS_NET joins
 * *active when there is one; a refusal is a failure only when required.
 */
int netns_enter(
    int report_fd, int required, unsigned *active, struct scif_err *err);

#endif
