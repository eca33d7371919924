/* Unit tests for filter.c: the build-time default policy is current. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "filter.h"
#include "policy/policy.h"

static void
prebuilt_default_matches_a_fresh_compile(void **state)
{
	struct sock_fprog fresh, used;
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;
	int owned;

	(void)state;
	assert_int_equal(policy_compile_default(&fresh, &err), 0);
	assert_int_equal(filter_plan(s, &used, &owned, &err), 0);
	assert_int_equal(used.len, fresh.len);
	assert_memory_equal(
	    used.filter, fresh.filter, fresh.len * sizeof(struct sock_filter));
	policy_prog_free(&fresh);
	scif_spec_free(s);
}

static void
policy_without_execve_is_refused(void **state)
{
	struct scif_spec *s = scif_spec_new();
	struct sock_fprog used;
	struct scif_err err;
	int owned;

	(void)state;
	assert_int_equal(scif_spec_set_policy_string(s,
			     "ALLOW { read } DEFAULT KILL", NULL, NULL, &err),
	    0);
	assert_true(filter_plan(s, &used, &owned, &err) < 0);
	assert_int_equal(err.cls, SCIF_E_POLICY);
	assert_non_null(strstr(err.msg, "execve"));
	scif_spec_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(prebuilt_default_matches_a_fresh_compile),
		cmocka_unit_test(policy_without_execve_is_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
