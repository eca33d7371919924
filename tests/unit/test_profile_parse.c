/* Unit tests for profile_parse.c: nsjail's text format, with positions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "profile_parse.h"

static int
parse(struct pf_doc *doc, const char *text, struct scif_err *err)
{
	memset(doc, 0, sizeof(*doc));
	return pf_parse(doc, "t.cfg", text, strlen(text), err);
}

static void
fields_values_and_positions(void **state)
{
	const char *text = "name: \"im\"  # a comment\n"
			   "time_limit: 30\n"
			   "clone_newnet: false,\n"
			   "mount {\n  src: \"/usr\" \"/lib\"\n  rw: true;\n}\n"
			   "mount: { dst: \"/tmp\" }\n";
	struct scif_err err;
	struct pf_doc doc;
	struct pf_field *f;

	(void)state;
	assert_int_equal(parse(&doc, text, &err), 0);
	f = doc.head;
	assert_string_equal(f->name, "name");
	assert_int_equal(f->kind, PF_STR);
	assert_string_equal(f->str, "im");
	assert_int_equal(f->line, 1);
	assert_int_equal(f->vcol, 7);
	f = f->next;
	assert_int_equal(f->kind, PF_NUM);
	assert_string_equal(f->str, "30");
	f = f->next;
	assert_int_equal(f->kind, PF_IDENT);
	assert_string_equal(f->str, "false");
	f = f->next;
	assert_int_equal(f->kind, PF_MSG);
	assert_int_equal(f->line, 4);
	assert_string_equal(f->sub->name, "src");
	assert_string_equal(f->sub->str, "/usr/lib"); /* strings joined */
	assert_string_equal(f->sub->next->name, "rw");
	assert_null(f->sub->next->next);
	f = f->next;
	assert_int_equal(f->kind, PF_MSG);
	assert_string_equal(f->sub->str, "/tmp");
	assert_null(f->next);
	pf_free(&doc);
}

static void
escapes_decoded(void **state)
{
	struct scif_err err;
	struct pf_doc doc;

	(void)state;
	assert_int_equal(parse(&doc, "s: \"a\\\"b\\n\\\\\"\n", &err), 0);
	assert_string_equal(doc.head->str, "a\"b\n\\");
	pf_free(&doc);
}

static void
errors_have_positions(void **state)
{
	static const struct {
		const char *text;
		unsigned line;
	} bad[] = {
		{ "mount {\n  src: \"/usr\"\n", 3 }, /* unclosed message */
		{ "name: \"open\n", 1 }, /* unterminated string */
		{ "a: 1\nb c\n", 2 }, /* missing ':' */
		{ "}\n", 1 }, /* stray brace */
		{ "a:\n", 2 }, /* no value */
	};
	struct scif_err err;
	struct pf_doc doc;
	char want[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_true(parse(&doc, bad[i].text, &err) < 0);
		assert_int_equal(err.cls, SCIF_E_POLICY);
		assert_int_equal(err.line, bad[i].line);
		snprintf(want, sizeof(want), "t.cfg:%u:", bad[i].line);
		assert_non_null(strstr(err.msg, want));
		pf_free(&doc);
	}
}

static void
nesting_is_bounded(void **state)
{
	char text[4 * (PF_MAX_DEPTH + 2) + 1];
	struct scif_err err;
	struct pf_doc doc;
	size_t i, n = 0;

	(void)state;
	for (i = 0; i < PF_MAX_DEPTH + 2; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "m { ");
	assert_true(parse(&doc, text, &err) < 0);
	assert_int_equal(err.cls, SCIF_E_POLICY);
	pf_free(&doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fields_values_and_positions),
		cmocka_unit_test(escapes_decoded),
		cmocka_unit_test(errors_have_positions),
		cmocka_unit_test(nesting_is_bounded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
