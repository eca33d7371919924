/* Unit tests for util.c: the parsers every option goes through. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "util.h"

static void
sizes(void **state)
{
	uint64_t v;

	(void)state;
	assert_int_equal(parse_size("0", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(parse_size("4096", &v), 0);
	assert_int_equal(v, 4096);
	assert_int_equal(parse_size("64M", &v), 0);
	assert_int_equal(v, 64ull << 20);
	assert_int_equal(parse_size("64m", &v), 0);
	assert_int_equal(v, 64ull << 20);
	assert_int_equal(parse_size("2G", &v), 0);
	assert_int_equal(v, 2ull << 30);
	assert_int_equal(parse_size("1.5K", &v), 0);
	assert_int_equal(v, 1536);
	assert_int_equal(parse_size("512MiB", &v), 0);
	assert_int_equal(v, 512ull << 20);
	assert_int_equal(parse_size("1T", &v), 0);
	assert_int_equal(v, 1ull << 40);
}

static void
bad_sizes(void **state)
{
	uint64_t v = 7;

	(void)state;
	assert_int_equal(parse_size("12Q", &v), -EINVAL);
	assert_int_equal(parse_size("", &v), -EINVAL);
	assert_int_equal(parse_size("-1M", &v), -EINVAL);
	assert_int_equal(parse_size("M", &v), -EINVAL);
	assert_int_equal(parse_size("1.5", &v), -EINVAL);
	assert_int_equal(parse_size("1MX", &v), -EINVAL);
	assert_int_equal(parse_size("1.M", &v), -EINVAL);
	assert_int_equal(parse_size("99999999999999999999", &v), -ERANGE);
	assert_int_equal(parse_size("99999999999T", &v), -ERANGE);
	assert_int_equal(v, 7);
}

static void
durations(void **state)
{
	uint64_t v;

	(void)state;
	assert_int_equal(parse_duration_ms("30", &v), 0);
	assert_int_equal(v, 30000);
	assert_int_equal(parse_duration_ms("1.5", &v), 0);
	assert_int_equal(v, 1500);
	assert_int_equal(parse_duration_ms("500ms", &v), 0);
	assert_int_equal(v, 500);
	assert_int_equal(parse_duration_ms("2s", &v), 0);
	assert_int_equal(v, 2000);
	assert_int_equal(parse_duration_ms("3m", &v), 0);
	assert_int_equal(v, 180000);
	assert_int_equal(parse_duration_ms("1h", &v), 0);
	assert_int_equal(v, 3600000);
	assert_int_equal(parse_duration_ms("0.001", &v), 0);
	assert_int_equal(v, 1);
	assert_int_equal(parse_duration_ms("5x", &v), -EINVAL);
	assert_int_equal(parse_duration_ms("1.5ms", &v), -EINVAL);
	assert_int_equal(parse_duration_ms("", &v), -EINVAL);
	assert_int_equal(parse_duration_ms("s", &v), -EINVAL);
}

static void
numbers(void **state)
{
	uint64_t v;

	(void)state;
	assert_int_equal(parse_u64("18446744073709551615", &v), 0);
	assert_true(v == UINT64_MAX);
	assert_int_equal(parse_u64("18446744073709551616", &v), -ERANGE);
	assert_int_equal(parse_u64("12a", &v), -EINVAL);
	assert_int_equal(parse_u64("+1", &v), -EINVAL);
	assert_int_equal(parse_u64(NULL, &v), -EINVAL);
}

static void
env_names(void **state)
{
	(void)state;
	assert_true(env_name_ok("PATH"));
	assert_true(env_name_ok("_x1"));
	assert_false(env_name_ok(""));
	assert_false(env_name_ok("1A"));
	assert_false(env_name_ok("A=B"));
	assert_false(env_name_ok("A B"));
	assert_int_equal(env_name_len("A=B"), 1);
	assert_int_equal(env_name_len("ABC"), 3);
}

static void
paths_under(void **state)
{
	(void)state;
	assert_true(path_is_under("/a/b", "/a"));
	assert_true(path_is_under("/a", "/a"));
	assert_true(path_is_under("/x", "/"));
	assert_false(path_is_under("/ab", "/a"));
	assert_false(path_is_under("/a", "/a/b"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sizes),
		cmocka_unit_test(bad_sizes),
		cmocka_unit_test(durations),
		cmocka_unit_test(numbers),
		cmocka_unit_test(env_names),
		cmocka_unit_test(paths_under),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
