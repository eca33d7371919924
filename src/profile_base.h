/* profile_base.h - what a profile set in a spec, kept to compare with. */
#ifndef SCIF_PROFILE_BASE_H
#define SCIF_PROFILE_BASE_H

#include "spec.h"

struct profile_base;

/* A copy of what profile_check() compares; NULL when out of memory. */
struct profile_base *profile_base_take(const struct scif_spec *spec);
void profile_base_free(struct profile_base *b);

#endif
