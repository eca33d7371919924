/* report.h - one line of JSON describing a finished job. */
#ifndef SCIF_REPORT_H
#define SCIF_REPORT_H

#include "scif.h"

/*
 * The report of a run as a JSON text (one line, no newline), to be freed
 * by the caller; NULL when out of memory.  argv is the job's argv.
 */
char *report_json(char *const argv[], const struct scif_result *res);

/* Add the result's "violation" object to o (a json_object), if any. */
struct json_object;
int report_violation(struct json_object *o, const struct scif_result *res);

/* o[key] = v, a value just made: -1 if it could not be (NULL: out of
 * memory) or added (then freed here), else 0. */
int report_put(struct json_object *o, const char *key, struct json_object *v);

#endif
