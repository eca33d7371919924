/*
 * netns.h - the net namespace, made beside the child rather than by it.
 *
 * Making a net namespace is the kernel's longest step of a launch (about
 * 0.3 ms here, more while an earlier one is still being torn down).  As
 * root, the supervisor forks a short-lived holder onto another CPU as
 * soon as it knows a net namespace is wanted (a new process would start
 * on its own CPU, behind it and the child).  The holder builds the
 * Landlock ruleset first (struct netns_extra, run.c) and then makes the
 * namespace, while the supervisor clones the child into every other
 * namespace and the child builds its file system; the supervisor passes
 * both to the child over the report socket.  The child enters the
 * namespace (setns) once its file system is built, before any privilege
 * is dropped.  A caller that gives every job the same namespace
 * (scif_spec_share_netns(), run.c says when) has it sent the same way,
 * with no holder.  Unprivileged, the child's own user namespace must own it,
 * and a pool's sandbox has no launch to speed up: the child is then
 * cloned with CLONE_NEWNET as well.
 */
#ifndef SCIF_NETNS_H
#define SCIF_NETNS_H

#include <stdint.h>
#include <sys/types.h>

#include "scif.h"

/* The holder process and the socket it sends the namespace up on. */
struct netns_holder {
	pid_t pid; /* -1: none */
	int sock;
	uint32_t kind; /* its extra record's (below) */
};

/*
 * Other work for the holder, done first, on the same CPU as the
 * namespace: make() sets *fd (or -1: none) and *bits and returns 0, or
 * -1 with err filled.  The holder sends it up as one record of this
 * kind, or a REC_FAIL with err.
 */
struct netns_extra {
	uint32_t kind;
	int (*make)(void *arg, int *fd, uint32_t *bits, struct scif_err *err);
	void *arg;
};

/*
 * Supervisor, before the child is cloned: fork the holder, which starts
 * at once on x and then the namespace.  On any failure h->pid is -1, and
 * the caller does x itself; the child then makes its own namespace
 * (cloned with CLONE_NEWNET).
 */
void netns_start(struct netns_holder *h, const struct netns_extra *x);

/*
 * Supervisor, the child started: pass the holder's records on to the
 * child over report_fd, the extra one (its bits ORed into *bits) and then,
 * if with_netns, the namespace's (REC_NETNS; without a descriptor when
 * none could be made, and the child then makes one), and end the holder.
 * 0; or -1 with err filled, the holder's own when the extra work failed:
 * the child must not go on.
 */
int netns_forward(struct netns_holder *h, int report_fd, int with_netns,
    uint32_t *bits, struct scif_err *err);

/*
 * Supervisor, instead of netns_forward() when the child will have no net
 * namespace: take the extra record's descriptor into *fd (or -1: none;
 * its bits ORed into *bits) and end the holder.  0, or -1 with err
 * filled as netns_forward()'s.
 */
int netns_take_extra(
    struct netns_holder *h, int *fd, uint32_t *bits, struct scif_err *err);

/* End the holder unused, or used; h->pid is -1 after.  Idempotent. */
void netns_stop(struct netns_holder *h);

/*
 * Supervisor, the child started: send it the shared namespace fd
 * (scif_spec_share_netns()) as the holder's would be.  0, or -1 with err.
 */
int netns_send_shared(int report_fd, int fd, struct scif_err *err);

/*
 * Child: enter the one the supervisor sent, or make one here if none
 * came (a host may refuse it to the supervisor alone).  NS_NET joins
 * *active when there is one; a refusal is a failure only when required.
 */
int netns_enter(
    int report_fd, int required, unsigned *active, struct scif_err *err);

#endif
