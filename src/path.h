/* path.h - finding the program before anything is started. */
#ifndef SCIF_PATH_H
#define SCIF_PATH_H

#include <stddef.h>

#include "scif.h"

/*
 * Resolve prog as execvp would, against pathvar (the job's PATH), into
 * out.  A name with a slash is taken as it is.  Fails with SCIF_E_NOENT
 * when nothing executable is found, SCIF_E_EXEC when it is not a regular
 * executable file.
 */
int path_resolve(const char *prog, const char *pathvar, char *out,
    size_t outlen, struct scif_err *err);

#endif
