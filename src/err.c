/* err.c - errors as values, formatted once. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"

void
err_clear(struct scif_err *err)
{
	if (err != NULL)
		memset(err, 0, sizeof(*err));
}

static void
vfill(struct scif_err *err, int e, const char *fmt, va_list ap)
{
	size_t n;

	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	n = strlen(err->msg);
	if (e != 0 && n < sizeof(err->msg))
		snprintf(
		    err->msg + n, sizeof(err->msg) - n, ": %s", strerror(e));
	err->sys_errno = e;
}

int
err_set(
    struct scif_err *err, enum scif_errclass cls, int e, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return e != 0 ? -e : -EINVAL;
	err_clear(err);
	err->cls = cls;
	va_start(ap, fmt);
	vfill(err, e, fmt, ap);
	va_end(ap);
	return e != 0 ? -e : -EINVAL;
}

int
err_layer(struct scif_err *err, const char *layer, int e, const char *fmt, ...)
{
	va_list ap;
	char what[384];

	if (err == NULL)
		return e != 0 ? -e : -EINVAL;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	err_set(err, SCIF_E_SETUP, e, "%s: %s", layer, what);
	snprintf(err->layer, sizeof(err->layer), "%s", layer);
	return e != 0 ? -e : -EINVAL;
}

int
err_at(struct scif_err *err, const char *file, unsigned line, unsigned col,
    const char *fmt, ...)
{
	va_list ap;
	char what[384];

	if (err == NULL)
		return -EINVAL;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	err_set(err, SCIF_E_POLICY, 0, "%s:%u:%u: %s", file, line, col, what);
	snprintf(err->file, sizeof(err->file), "%s", file);
	err->line = line;
	err->col = col;
	return -EINVAL;
}

int
scif_err_exit_status(const struct scif_err *err)
{
	switch (err->cls) {
	case SCIF_E_USAGE:
		return SCIF_EXIT_USAGE;
	case SCIF_E_POLICY:
		return SCIF_EXIT_POLICY;
	case SCIF_E_EXEC:
		return SCIF_EXIT_EXEC;
	case SCIF_E_NOENT:
		return SCIF_EXIT_NOENT;
	case SCIF_E_NONE:
		return 0;
	case SCIF_E_SETUP:
	case SCIF_E_INTERNAL:
	default:
		return SCIF_EXIT_SETUP;
	}
}
