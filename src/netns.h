/*
 * netns.h - the net namespace, made beside the child rather than by it.
 *
 * Making a net namespace is the kernel's longest step of a launch (about
 * 0.3 ms here, more while an earlier one is still being torn down).  As
 * root, the supervisor forks a short-lived holder onto another CPU as
 * soon as it knows a net namespace is wanted; the holder makes it while
 * the supervisor finishes its plan and clones the child into every other
 * namespace, and the supervisor passes it to the child over the report
 * socket.  The child enters it (setns) once its file system is built,
 * before any privilege is dropped.  Unprivileged, the child's own user namespace
 * must own it, so the child is cloned with CLONE_NEWNET as well.
 */
#ifndef SCIF_NETNS_H
#define SCIF_NETNS_H

#include <sys/types.h>

#include "scif.h"

/* The holder process and the socket it sends the namespace up on. */
struct netns_holder {
	pid_t pid; /* -1: none */
	int sock;
};

/*
 * Supervisor, before the child is cloned: fork the holder, which starts
 * making one at once.  On any failure h->pid is -1, and the child makes
 * its own (cloned with CLONE_NEWNET).
 */
void netns_start(struct netns_holder *h);

/*
 * Supervisor, the child cloned: pass the holder's namespace on to the
 * child over report_fd (REC_NETNS; without a descriptor when none could
 * be made, and the child then makes one), and end the holder.  0, or a
 * negative errno when the child could not be told.
 */
int netns_forward(struct netns_holder *h, int report_fd);

/* End the holder unused, or used; h->pid is -1 after.  Idempotent. */
void netns_stop(struct netns_holder *h);

/*
 * Child: enter the one the supervisor sent, or make one here if none
 * came (a host may refuse it to the supervisor alone).  NS_NET joins
 * *active when there is one; a refusal is a failure only when required.
 */
int netns_enter(
    int report_fd, int required, unsigned *active, struct scif_err *err);

#endif
