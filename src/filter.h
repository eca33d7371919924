/* filter.h - the seccomp layer: install a compiled filter, last. */
#ifndef SCIF_FILTER_H
#define SCIF_FILTER_H

#include <linux/filter.h>
#include <stdint.h>

#include "scif.h"
#include "spec.h"

/*
 * The spec's compiled policy, or scif's default (compiled at build time);
 * *owned is set when out must be freed with policy_prog_free().
 */
int filter_plan(const struct scif_spec *spec, struct sock_fprog *out,
    int *owned, struct scif_err *err);

/*
 * Whether prog lets the program make a netlink socket, of any of the
 * types and protocols a caller would ask for; run natively, as the
 * kernel will.
 */
int filter_allows_netlink(const struct sock_fprog *prog);

/*
 * Whether prog lets the native call nr(args) through: run on exactly
 * these registers, as the kernel will (scif's filters never read the
 * instruction pointer, which is left 0).
 */
int filter_lets_call(
    const struct sock_fprog *prog, int nr, const uint64_t args[6]);

/* In the child, after no_new_privs and Landlock, right before execve. */
int filter_apply(const struct sock_fprog *prog, struct scif_err *err);

#endif
