/* Unit tests for scif_run() through the library API, and the report. */
#include <json-c/json.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cmocka.h>

#include "report.h"
#include "scif.h"

static int
run_argv(char *const argv[], struct scif_result *res, struct scif_err *err)
{
	struct scif_spec *s = scif_spec_new();
	int r;

	assert_non_null(s);
	assert_int_equal(scif_spec_set_argv(s, argv, err), 0);
	r = scif_run(s, res, err);
	scif_spec_free(s);
	return r;
}

static void
true_exits_zero(void **state)
{
	char *argv[] = { "true", NULL };
	struct scif_result res;
	struct scif_err err;

	(void)state;
	assert_int_equal(run_argv(argv, &res, &err), 0);
	assert_int_equal(res.reason, SCIF_REASON_EXIT);
	assert_int_equal(res.exit_code, 0);
	assert_int_equal(res.status, 0);
	assert_true(res.layers & (1u << SCIF_LAYER_NNP));
	assert_true(res.layers & (1u << SCIF_LAYER_CAPS));
	assert_false(res.layers & (1u << SCIF_LAYER_WALLCLOCK));
	assert_int_equal(
	    !!(res.layers & (1u << SCIF_LAYER_UID)), geteuid() == 0);
}

static void
exit_status_passed_through(void **state)
{
	char *argv[] = { "/bin/sh", "-c", "exit 7", NULL };
	struct scif_result res;
	struct scif_err err;

	(void)state;
	assert_int_equal(run_argv(argv, &res, &err), 0);
	assert_int_equal(res.exit_code, 7);
	assert_int_equal(res.status, 7);
}

static void *
idle(void *arg)
{
	char c;

	/* Until the test closes the pipe's other end. */
	(void)read(*(int *)arg, &c, 1);
	return NULL;
}

/*
 * A caller with threads gets its jobs forked, not cloned (run.c: the raw
 * clone is for single-threaded callers): in a pid namespace the program
 * is then pid 3 (relay, init, pid 2 starting it), not pid 2.
 */
static void
threaded_caller_is_forked(void **state)
{
	char *argv[] = { "/bin/sh", "-c", "exit $$", NULL };
	struct scif_result res;
	struct scif_err err;
	pthread_t t;
	int p[2];

	(void)state;
	assert_int_equal(run_argv(argv, &res, &err), 0);
	if ((res.layers & (1u << SCIF_LAYER_PIDNS)) == 0)
		skip(); /* no pid namespace here (dockerlike) */
	assert_int_equal(res.exit_code, 2);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(pthread_create(&t, NULL, idle, &p[0]), 0);
	assert_int_equal(run_argv(argv, &res, &err), 0);
	assert_int_equal(res.reason, SCIF_REASON_EXIT);
	assert_int_equal(res.exit_code, 3);
	assert_int_equal(close(p[1]), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(close(p[0]), 0);
}

/*
 * Without namespaces the child shares the caller's memory until it has
 * executed (run.c, spawn_shared()), and its relay hands the program
 * over: the program is the caller's own child, and the caller is left
 * as it was (its uid switch made the shared memory undumpable).
 */
static void
shared_child_leaves_caller_intact(void **state)
{
	char check[64];
	char *argv[] = { "/bin/sh", "-c", check, NULL };
	struct scif_spec *s = scif_spec_new();
	struct scif_result res;
	struct scif_err err;

	(void)state;
	assert_int_equal(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
	(void)snprintf(
	    check, sizeof(check), "test $PPID = %d && exit 7", (int)getpid());
	assert_int_equal(scif_spec_set_argv(s, argv, &err), 0);
	assert_int_equal(scif_spec_set_namespaces(s, SCIF_NS_OFF, &err), 0);
	assert_int_equal(scif_run(s, &res, &err), 0);
	assert_int_equal(res.reason, SCIF_REASON_EXIT);
	assert_int_equal(res.exit_code, 7);
	assert_true(res.layers & (1u << SCIF_LAYER_SECCOMP));
	assert_int_equal(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
	assert_string_equal(argv[0], "/bin/sh");
	scif_spec_free(s);
}

static void
missing_program_runs_nothing(void **state)
{
	char *argv[] = { "no-such-program-scif", NULL };
	struct scif_result res;
	struct scif_err err;

	(void)state;
	assert_true(run_argv(argv, &res, &err) < 0);
	assert_int_equal(err.cls, SCIF_E_NOENT);
	assert_int_equal(scif_err_exit_status(&err), SCIF_EXIT_NOENT);
	assert_non_null(strstr(err.msg, "no-such-program-scif"));
}

static void
timeout_is_reported(void **state)
{
	char *argv[] = { "sleep", "5", NULL };
	struct scif_spec *s = scif_spec_new();
	struct scif_result res;
	struct scif_err err;

	(void)state;
	assert_int_equal(scif_spec_set_argv(s, argv, &err), 0);
	assert_int_equal(scif_spec_set_time(s, 100, &err), 0);
	assert_int_equal(scif_run(s, &res, &err), 0);
	assert_int_equal(res.reason, SCIF_REASON_TIMEOUT);
	assert_int_equal(res.status, SCIF_EXIT_TIMEOUT);
	assert_true(res.wall_us >= 100000 && res.wall_us < 3000000);
	scif_spec_free(s);
}

static void
report_is_valid_json(void **state)
{
	char *argv[] = { "a\"b", "c\n", NULL };
	struct scif_result res;
	json_object *o, *v;
	char *text;

	(void)state;
	memset(&res, 0, sizeof(res));
	res.reason = SCIF_REASON_SIGNAL;
	res.signal = 9;
	res.status = 137;
	res.wall_us = 1500000;
	res.layers = 1u << SCIF_LAYER_NNP;
	text = report_json(argv, &res);
	assert_non_null(text);
	assert_null(strchr(text, '\n'));
	o = json_tokener_parse(text);
	assert_non_null(o);
	assert_true(json_object_object_get_ex(o, "argv", &v));
	assert_string_equal(
	    json_object_get_string(json_object_array_get_idx(v, 0)), "a\"b");
	assert_true(json_object_object_get_ex(o, "signal_name", &v));
	assert_string_equal(json_object_get_string(v), "SIGKILL");
	assert_true(json_object_object_get_ex(o, "exit_code", &v));
	assert_null(v);
	assert_true(json_object_object_get_ex(o, "wall_s", &v));
	assert_true(json_object_get_double(v) == 1.5);
	assert_true(json_object_object_get_ex(o, "layers", &v));
	assert_string_equal(
	    json_object_get_string(json_object_array_get_idx(v, 0)),
	    "no_new_privs");
	json_object_put(o);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(true_exits_zero),
		cmocka_unit_test(exit_status_passed_through),
		cmocka_unit_test(threaded_caller_is_forked),
		cmocka_unit_test(shared_child_leaves_caller_intact),
		cmocka_unit_test(missing_program_runs_nothing),
		cmocka_unit_test(timeout_is_reported),
		cmocka_unit_test(report_is_valid_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
