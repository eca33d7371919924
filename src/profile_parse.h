/*
 * profile_parse.h - nsjail's configuration syntax (protobuf text format)
 * read into a tree of fields, with the position of every name and value.
 *
 * What is read: "name: value" with a quoted string (adjacent strings are
 * joined, C escapes decoded), a number or an identifier (true, VALUE);
 * "name { ... }" or "name: { ... }" for a nested message; "," or ";"
 * after a field; "#" comments to the end of the line.  What the fields
 * mean is profile.c's business: this file knows no field names.
 */
#ifndef SCIF_PROFILE_PARSE_H
#define SCIF_PROFILE_PARSE_H

#include <stddef.h>

#include "policy/policy.h" /* struct parena */
#include "scif.h"

#define PF_MAX_DEPTH 16
#define PF_MAX_TEXT (1u << 20)

enum pf_kind { PF_STR, PF_NUM, PF_IDENT, PF_MSG };

struct pf_field {
	const char *name;
	unsigned line, col; /* of the name */
	unsigned vline, vcol; /* of the value */
	enum pf_kind kind;
	const char *str; /* PF_STR decoded, PF_NUM/PF_IDENT as written */
	size_t len;
	struct pf_field *sub; /* PF_MSG: its fields, in order */
	struct pf_field *next;
};

struct pf_doc {
	struct parena arena;
	const char *file; /* as named in messages */
	struct pf_field *head;
};

/*
 * Parse text (NUL-terminated, len bytes) named file in messages.  On error
 * returns a negative errno and err holds "file:line:col: message" (class
 * SCIF_E_POLICY).  Free doc with pf_free() in every case.
 */
int pf_parse(struct pf_doc *doc, const char *file, const char *text, size_t len,
    struct scif_err *err);

/* Read the file at path, then pf_parse() it. */
int pf_parse_file(struct pf_doc *doc, const char *path, struct scif_err *err);

/*
 * The values of lines (strings), each followed by a newline, as one text
 * in doc's arena: the policy that nsjail's seccomp_string lines make.
 * NULL when out of memory.
 */
char *pf_join_lines(
    struct pf_doc *doc, const struct pf_field *const *lines, size_t n);

void pf_free(struct pf_doc *doc);

#endif
