/* defaults.h - the paths every job sees unless told otherwise. */
#ifndef SCIF_DEFAULTS_H
#define SCIF_DEFAULTS_H

#include <stddef.h>

#include "scif.h"

struct default_path {
	const char *path;
	enum scif_access access;
};

/* The default paths (some may not exist on this system); *n is set. */
const struct default_path *default_paths(size_t *n);

#endif
