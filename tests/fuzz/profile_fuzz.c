/*
 * profile_fuzz.c - libFuzzer target for the profile parser (nsjail's
 * configuration syntax).  Besides the sanitizers, it checks that every
 * error carries a position and that every parsed field has a name and,
 * for a message, a well-formed list of fields.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "profile_parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
walk(const struct pf_field *f, int depth)
{
	if (depth > PF_MAX_DEPTH)
		abort();
	for (; f != NULL; f = f->next) {
		if (f->name == NULL || f->name[0] == '\0' || f->line == 0 ||
		    f->col == 0)
			abort();
		if (f->kind == PF_MSG)
			walk(f->sub, depth + 1);
		else if (f->str == NULL || strlen(f->str) != f->len)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct scif_err err;
	struct pf_doc doc;
	char *text;

	if (size > 65536 || (text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (pf_parse(&doc, "<fuzz>", text, size, &err) == 0)
		walk(doc.head, 0);
	else if (err.cls == SCIF_E_POLICY && err.line == 0)
		abort(); /* text errors must carry a position */
	pf_free(&doc);
	free(text);
	return 0;
}
