/* nsrules.h - the job's namespaces and mounts, from the spec. */
#ifndef SCIF_NSRULES_H
#define SCIF_NSRULES_H

#include <stdint.h>

#include "ns.h"
#include "scif.h"
#include "spec.h"

/*
 * Plan the namespaces the spec asks for (mode, required ones, no net
 * namespace when the network is allowed) and, unless namespaces are off,
 * the mounts: the default paths, the spec's paths, tmpfs, proc, /dev, and
 * the working directory.  np must be freed with ns_plan_free().
 */
int nsrules_build(
    const struct scif_spec *spec, struct ns_plan *np, struct scif_err *err);

/* The SCIF_LAYER_* bits for a mask of NS_* bits. */
uint32_t nsrules_layers(unsigned active);

#endif
