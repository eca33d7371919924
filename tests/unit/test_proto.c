/* Unit tests for daemon/proto.c: frames built and read back, and every
 * way a hostile frame is refused. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "daemon/proto.h"

/* A RUN frame: profile, argv, one limit, time, flags; extra bytes. */
static void
build_run(struct proto_buf *b, const char *prof, int extra)
{
	assert_int_equal(proto_buf_init(b, PROTO_RUN, 9, PROTO_MAX_FRAME), 0);
	proto_add_str(b, prof);
	proto_add_u32(b, 2);
	proto_add_str(b, "convert");
	proto_add_str(b, "in.png");
	proto_add_u32(b, 1);
	proto_add_u32(b, SCIF_LIMIT_AS);
	proto_add_u64(b, 1u << 20);
	proto_add_u64(b, 500);
	proto_add_u32(b, 0);
	if (extra)
		proto_add_u32(b, 0xdeadbeef);
	assert_int_equal(proto_buf_end(b), 0);
}

static void
round_trip(void **state)
{
	struct proto_buf b;
	struct proto_hdr h;
	struct proto_run run;

	(void)state;
	build_run(&b, "imagemagick", 0);
	assert_int_equal(proto_hdr_parse(b.data, b.len, &h), 0);
	assert_int_equal(h.type, PROTO_RUN);
	assert_int_equal(h.id, 9);
	assert_int_equal(h.len, b.len);
	assert_int_equal(proto_run_parse(b.data + PROTO_HDR_LEN,
			     b.len - PROTO_HDR_LEN, &run),
	    0);
	assert_string_equal(run.profile, "imagemagick");
	assert_int_equal(run.argc, 2);
	assert_string_equal(run.argv[1], "in.png");
	assert_null(run.argv[2]);
	assert_int_equal(run.limits[SCIF_LIMIT_AS], 1u << 20);
	assert_int_equal(run.time_ms, 500);
	proto_buf_free(&b);
}

static void
refused(void **state)
{
	struct proto_buf b;
	struct proto_hdr h;
	struct proto_run run;
	size_t i;

	(void)state;
	build_run(&b, "imagemagick", 1); /* leftover bytes */
	assert_int_equal(proto_run_parse(b.data + PROTO_HDR_LEN,
			     b.len - PROTO_HDR_LEN, &run),
	    -EBADMSG);
	proto_buf_free(&b);
	build_run(&b, "imagemagick", 0);
	/* Every truncation of the payload is refused. */
	for (i = PROTO_HDR_LEN; i < b.len; i++)
		assert_int_equal(proto_run_parse(b.data + PROTO_HDR_LEN,
				     i - PROTO_HDR_LEN, &run),
		    -EBADMSG);
	/* A string whose NUL is not last. */
	b.data[PROTO_HDR_LEN + 4 + 3] = '\0';
	assert_int_equal(proto_run_parse(b.data + PROTO_HDR_LEN,
			     b.len - PROTO_HDR_LEN, &run),
	    -EBADMSG);
	/* A header: short, wrong version, wrong length. */
	assert_int_equal(proto_hdr_parse(b.data, 5, &h), PROTO_E_MALFORMED);
	assert_int_equal(
	    proto_hdr_parse(b.data, b.len - 1, &h), PROTO_E_MALFORMED);
	b.data[12] = 2;
	assert_int_equal(proto_hdr_parse(b.data, b.len, &h), PROTO_E_VERSION);
	proto_buf_free(&b);
	/* A profile name too long to be one. */
	{
		char name[PROTO_MAX_NAME + 2];

		memset(name, 'a', sizeof(name) - 1);
		name[sizeof(name) - 1] = '\0';
		build_run(&b, name, 0);
		assert_int_equal(proto_run_parse(b.data + PROTO_HDR_LEN,
				     b.len - PROTO_HDR_LEN, &run),
		    -EBADMSG);
		proto_buf_free(&b);
	}
}

/* A RUN frame with the pass flag: npass, then the numbers in at[]. */
static int
parse_pass(uint32_t npass, const uint32_t *at, size_t nat)
{
	struct proto_buf b;
	struct proto_run run;
	size_t i;
	int r;

	assert_int_equal(proto_buf_init(&b, PROTO_RUN, 9, PROTO_MAX_FRAME), 0);
	proto_add_str(&b, "imagemagick");
	proto_add_u32(&b, 1);
	proto_add_str(&b, "convert");
	proto_add_u32(&b, 0);
	proto_add_u64(&b, 0);
	proto_add_u32(&b, PROTO_RUN_PASS);
	proto_add_u32(&b, npass);
	for (i = 0; i < nat; i++)
		proto_add_u32(&b, at[i]);
	assert_int_equal(proto_buf_end(&b), 0);
	r = proto_run_parse(
	    b.data + PROTO_HDR_LEN, b.len - PROTO_HDR_LEN, &run);
	if (r == 0) {
		assert_int_equal(run.npass, npass);
		assert_int_equal(PROTO_RUN_PASS_FIRST(&run), 3);
		for (i = 0; i < npass; i++)
			assert_int_equal(run.pass_at[i], at[i]);
	}
	proto_buf_free(&b);
	return r;
}

/* Passed descriptors: 1 to 8 of them, each at its own number in 3..10. */
static void
passed(void **state)
{
	static const uint32_t eight[] = { 10, 3, 4, 5, 6, 7, 8, 9, 11 };
	static const uint32_t dup[] = { 4, 4 }, two[] = { 2 },
			      eleven[] = { 11 };

	(void)state;
	assert_int_equal(parse_pass(1, eight, 1), 0);
	assert_int_equal(parse_pass(8, eight, 8), 0);
	assert_int_equal(parse_pass(0, eight, 0), -EBADMSG);
	assert_int_equal(parse_pass(9, eight, 9), -EBADMSG);
	assert_int_equal(parse_pass(2, dup, 2), -EBADMSG);
	assert_int_equal(parse_pass(1, two, 1), -EBADMSG);
	assert_int_equal(parse_pass(1, eleven, 1), -EBADMSG);
	assert_int_equal(parse_pass(2, eight, 1), -EBADMSG); /* one short */
	assert_int_equal(parse_pass(1, eight, 2), -EBADMSG); /* one over */
}

static void
too_big(void **state)
{
	struct proto_buf b;
	static char big[PROTO_MAX_FRAME];

	(void)state;
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(proto_buf_init(&b, PROTO_RUN, 1, PROTO_MAX_FRAME), 0);
	proto_add_str(&b, big);
	assert_int_equal(proto_buf_end(&b), -EMSGSIZE);
	proto_buf_free(&b);
}

/* Through a socketpair: a frame too large for the reader is refused and
 * its descriptors closed. */
static void
over_the_wire(void **state)
{
	struct proto_buf b;
	unsigned char buf[64];
	int sv[2], fds[PROTO_MAX_FDS], nfd = -1, one[1] = { 0 };

	(void)state;
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	build_run(&b, "imagemagick", 0);
	assert_int_equal(proto_send(sv[0], &b, one, 1), 0);
	assert_int_equal(
	    proto_recv(sv[1], buf, sizeof(buf), fds, PROTO_MAX_FDS, &nfd),
	    -EMSGSIZE);
	assert_int_equal(nfd, 0);
	assert_int_equal(proto_send(sv[0], &b, one, 1), 0);
	assert_int_equal(
	    proto_recv(sv[1], b.data, b.len, fds, 0, &nfd), -EMSGSIZE);
	assert_int_equal(proto_send(sv[0], &b, one, 1), 0);
	assert_int_equal(
	    proto_recv(sv[1], b.data, b.len, fds, 1, &nfd), (ssize_t)b.len);
	assert_int_equal(nfd, 1);
	close(fds[0]);
	proto_buf_free(&b);
	close(sv[0]);
	close(sv[1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip),
		cmocka_unit_test(refused),
		cmocka_unit_test(passed),
		cmocka_unit_test(too_big),
		cmocka_unit_test(over_the_wire),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
