/* err.h - filling a struct scif_err; the one place messages are formatted. */
#ifndef SCIF_ERR_H
#define SCIF_ERR_H

#include "scif.h"

/*
 * Fill err (which may be NULL) and return -e, so that a failing function
 * can end with "return err_set(err, ...);".  When e is non-zero the
 * message is followed by ": " and strerror(e).
 */
int err_set(struct scif_err *err, enum scif_errclass cls, int e,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* As err_set, naming the layer that failed (class SCIF_E_SETUP). */
int err_layer(struct scif_err *err, const char *layer, int e, const char *fmt,
    ...) __attribute__((format(printf, 4, 5)));

/* As err_set, with a position in a text (class SCIF_E_POLICY). */
int err_at(struct scif_err *err, const char *file, unsigned line, unsigned col,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

void err_clear(struct scif_err *err);

#endif
