/*
 * netns.h - the net namespace, made beside the child rather than by it.
 *
 * Making a net namespace is the kernel's longest step of a launch (about
 * 0.3 ms here, more while an earlier one is still being torn down).  As
 * root, the supervisor clones the child into every other namespace and
 * makes the net namespace itself meanwhile, in a short-lived holder
 * process whose namespace it opens and sends over the report socket; the
 * child enters it (setns) once its file system is built, before any
 * privilege is dropped.  Unprivileged, the child's own user namespace
 * must own it, so the child is cloned with CLONE_NEWNET as well.
 */
#ifndef SCIF_NETNS_H
#define SCIF_NETNS_H

#include "scif.h"

/* Supervisor: make one and send it (REC_NETNS; without a descriptor
 * when it could not be made).  0, or a negative errno. */
int netns_send(int report_fd);

/*
 * Child: enter the one the supervisor sent, or make one here if none
 * came (a host may refuse it to the supervisor alone).  NS_NET joins
 * *active when there is one; a refusal is a failure only when required.
 */
int netns_enter(
    int report_fd, int required, unsigned *active, struct scif_err *err);

#endif
