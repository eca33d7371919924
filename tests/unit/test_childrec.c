/* Unit tests for childrec.c: records between the supervisor and the
 * child, and the last one a failing child sends. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "childrec.h"

static void
pair(int sv[2])
{
	assert_int_equal(
	    socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
}

static void
send_kind(int sock, uint32_t kind, int fd)
{
	struct child_record rec;

	memset(&rec, 0, sizeof(rec));
	rec.kind = kind;
	if (kind == REC_FAIL)
		strcpy(rec.err.msg, "the real reason");
	assert_int_equal(childrec_send(sock, &rec, fd), 0);
}

/* A record and its descriptor arrive together, close-on-exec. */
static void
with_fd(void **state)
{
	struct child_record rec;
	int sv[2], fd;

	(void)state;
	pair(sv);
	send_kind(sv[0], REC_NETNS, 0);
	memset(&rec, 0, sizeof(rec));
	assert_int_equal(childrec_recv(sv[1], &rec, &fd), 1);
	assert_int_equal(rec.kind, REC_NETNS);
	assert_true(fd >= 0);
	assert_true((fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
	close(fd);
	close(sv[0]);
	assert_int_equal(childrec_recv(sv[1], &rec, &fd), 0);
	close(sv[1]);
}

/*
 * A child that fails before reading what the supervisor sent it (the
 * holder's ruleset) ends with that record unread; the kernel then reports
 * ECONNRESET once.  The child's failure, sent before it ended, must still
 * be what the supervisor reads.
 */
static void
last_words_after_unread(void **state)
{
	struct child_record rec;
	int sv[2], fd;

	(void)state;
	pair(sv);
	send_kind(sv[0], REC_RULESET, -1); /* never read */
	send_kind(sv[1], REC_FAIL, -1);
	close(sv[1]);
	memset(&rec, 0, sizeof(rec));
	assert_int_equal(childrec_recv(sv[0], &rec, &fd), 1);
	assert_int_equal(rec.kind, REC_FAIL);
	assert_string_equal(rec.err.msg, "the real reason");
	assert_int_equal(childrec_recv(sv[0], &rec, &fd), 0);
	close(sv[0]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(with_fd),
		cmocka_unit_test(last_words_after_unread),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
