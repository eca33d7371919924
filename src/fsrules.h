/* fsrules.h - the job's paths and network rights, as one Landlock ruleset. */
#ifndef SCIF_FSRULES_H
#define SCIF_FSRULES_H

#include <stdint.h>

#include "scif.h"
#include "spec.h"

/*
 * Build, before fork (or beside the child, in the net namespace's holder,
 * netns.h), the ruleset for the spec's paths (plus the default
 * system paths unless turned off), TCP denial unless the network is
 * allowed, and scoping.  *fd is the ruleset's close-on-exec descriptor,
 * or -1 when the kernel has no Landlock and the spec does not require it.
 * The Landlock layers that will be in force are added to *layers.
 */
int fsrules_build(const struct scif_spec *spec, int *fd, uint32_t *layers,
    struct scif_err *err);

#endif
