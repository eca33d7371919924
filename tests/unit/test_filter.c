/* Unit tests for filter.c: the build-time default policy is current. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>

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

/* A spec with the policy text (NULL: scif's default), and in *used the
 * filter run.c would load, which the spec holds. */
static struct scif_spec *
planned(const char *text, struct sock_fprog *used)
{
	struct scif_spec *s = scif_spec_new();
	struct scif_err err;
	int owned;

	assert_non_null(s);
	if (text != NULL)
		assert_int_equal(
		    scif_spec_set_policy_string(s, text, NULL, NULL, &err), 0);
	assert_int_equal(filter_plan(s, used, &owned, &err), 0);
	assert_int_equal(owned, 0);
	return s;
}

/* Whether a policy lets a job make a netlink socket, as run.c asks
 * before it shares a net namespace. */
static int
netlink_allowed(const char *text)
{
	struct sock_fprog used;
	struct scif_spec *s = planned(text, &used);
	int r = filter_allows_netlink(&used);

	scif_spec_free(s);
	return r;
}

static void
netlink_sockets_are_found_by_running_the_filter(void **state)
{
	(void)state;
	assert_int_equal(netlink_allowed(NULL), 0);
	assert_int_equal(netlink_allowed("DEFAULT ALLOW"), 1);
	assert_int_equal(netlink_allowed("DEFAULT LOG"), 1);
	assert_int_equal(
	    netlink_allowed("ALLOW { socket(domain) { domain == AF_UNIX } }\n"
			    "ERRNO(EAFNOSUPPORT) { socket } DEFAULT ALLOW"),
	    0);
	/* Only one protocol (4, NETLINK_SOCK_DIAG), only one type: still a
	 * netlink socket. */
	assert_int_equal(
	    netlink_allowed("ALLOW { socket(d, t, p) { p == 4 "
			    "} } ERRNO(EPERM) { socket } DEFAULT ALLOW"),
	    1);
	assert_int_equal(
	    netlink_allowed("ALLOW { socket(d, t) { (t & 0xff) == SOCK_DGRAM "
			    "} } ERRNO(EPERM) { socket } DEFAULT ALLOW"),
	    1);
}

/* One call judged on its registers, as notify_exec.c asks before the
 * child sends its listener itself. */
static int
call_allowed(const char *text, int nr, uint64_t a0, uint64_t a1, uint64_t a2)
{
	const uint64_t args[6] = { a0, a1, a2, 0, 0, 0 };
	struct sock_fprog used;
	struct scif_spec *s = planned(text, &used);
	int r = filter_lets_call(&used, nr, args);

	scif_spec_free(s);
	return r;
}

static void
one_call_is_judged_on_its_exact_registers(void **state)
{
	const char *flags0 = "ALLOW { execve, sendmsg(fd, msg, flags) "
			     "{ flags == 0 } } DEFAULT KILL";

	(void)state;
	/* scif's default policy: the listener's send and the execve pass,
	 * ptrace does not. */
	assert_int_equal(
	    call_allowed(NULL, SYS_sendmsg, 5, 0x10000, MSG_NOSIGNAL), 1);
	assert_int_equal(
	    call_allowed(NULL, SYS_execve, 0x10000, 0x20000, 0x30000), 1);
	assert_int_equal(call_allowed(NULL, SYS_ptrace, 16, 1, 0), 0);
	/* A rule on an argument: that value only. */
	assert_int_equal(call_allowed(flags0, SYS_sendmsg, 5, 0x10000, 0), 1);
	assert_int_equal(
	    call_allowed(flags0, SYS_sendmsg, 5, 0x10000, MSG_NOSIGNAL), 0);
	assert_int_equal(
	    call_allowed("ALLOW { execve } DEFAULT LOG", SYS_sendmsg, 5, 0, 0),
	    1);
	assert_int_equal(call_allowed("ALLOW { execve } ERRNO(1) { sendmsg } "
				      "DEFAULT ALLOW",
			     SYS_sendmsg, 5, 0, 0),
	    0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(prebuilt_default_matches_a_fresh_compile),
		cmocka_unit_test(policy_without_execve_is_refused),
		cmocka_unit_test(
		    netlink_sockets_are_found_by_running_the_filter),
		cmocka_unit_test(one_call_is_judged_on_its_exact_registers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
