/* Unit tests for held.c: a job handed to a prepared sandbox arrives whole
 * or not at all, its descriptors at the numbers it asked for; a malformed
 * one leaves stdio alone. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "held.h"

static void
pair(int sv[2])
{
	assert_int_equal(
	    socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
}

/* The stdio every test job gets: a pipe's ends. */
static void
stdio_of(struct held_fds *f, const int p[2])
{
	memset(f, 0, sizeof(*f));
	f->fd[0] = p[0];
	f->fd[1] = f->fd[2] = p[1];
	f->at[0] = 0;
	f->at[1] = 1;
	f->at[2] = 2;
	f->n = 3;
}

/*
 * In a child (held_take replaces its stdio): 0 when the job came whole,
 * with the passed descriptor at 5, kept across execve, and the socket,
 * which sat on 5, moved above the job's numbers, still close-on-exec.
 */
static int
take_and_check(int sock)
{
	struct held_buf *b;
	struct scif_err err;
	struct stat st;

	if (sock != 5 && (dup2(sock, 5) < 0 || close(sock) < 0))
		return 9;
	sock = 5;
	b = malloc(sizeof(*b));
	if (b == NULL || held_take(&sock, b, &err) < 0)
		return 1;
	if (sock < HELD_MAX_FDS || fcntl(sock, F_GETFD) != FD_CLOEXEC ||
	    fstat(5, &st) < 0 || !S_ISREG(st.st_mode) || fcntl(5, F_GETFD) != 0)
		return 5;
	if (strcmp(b->path, "/bin/true") != 0 || strcmp(b->argv[0], "t") != 0 ||
	    strcmp(b->argv[1], "a b") != 0 || b->argv[2] != NULL)
		return 2;
	if (b->rl.n != 1 || b->rl.res[0] != RLIMIT_AS ||
	    b->rl.rl[0].rlim_cur != 4096)
		return 3;
	return write(1, "x", 1) == 1 ? 0 : 4;
}

static void
round_trip(void **state)
{
	char *const argv[] = { "t", "a b", NULL };
	struct rlimit_plan rl;
	struct held_fds f;
	int sv[2], p[2], st;
	char c;
	pid_t pid;

	(void)state;
	memset(&rl, 0, sizeof(rl));
	rl.n = 1;
	rl.res[0] = RLIMIT_AS;
	rl.rl[0].rlim_cur = rl.rl[0].rlim_max = 4096;
	pair(sv);
	assert_int_equal(pipe(p), 0);
	stdio_of(&f, p);
	f.fd[3] = open("/bin/sh", O_RDONLY | O_CLOEXEC);
	assert_true(f.fd[3] >= 0);
	f.at[3] = 5;
	f.n = 4;
	assert_int_equal(held_send(sv[0], "/bin/true", argv, &rl, &f), 0);
	assert_true((pid = fork()) >= 0);
	if (pid == 0)
		_exit(take_and_check(sv[1]));
	assert_int_equal(close(p[1]), 0);
	assert_int_equal(close(f.fd[3]), 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	assert_int_equal(read(p[0], &c, 1), 1);
	assert_int_equal(c, 'x');
	close(p[0]);
	close(sv[0]);
	close(sv[1]);
}

static void
too_many_args(void **state)
{
	static char *argv[HELD_MAX_ARGS + 2];
	struct rlimit_plan rl;
	int sv[2], p[2] = { 0, 1 }, i;
	struct held_fds f;

	(void)state;
	memset(&rl, 0, sizeof(rl));
	for (i = 0; i <= HELD_MAX_ARGS; i++)
		argv[i] = "x";
	stdio_of(&f, p);
	pair(sv);
	assert_int_equal(held_send(sv[0], "/bin/true", argv, &rl, &f), -E2BIG);
	close(sv[0]);
	close(sv[1]);
}

/* A raw packet: head, strings (len bytes), nfd copies of stdin, said
 * to be hnfd and to go to 0, 1, 2, then at3 and at4. */
static void
send_raw(int sock, uint32_t argc, const char *strs, size_t len, int nfd,
    uint32_t hnfd, int at3, int at4)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(5 * sizeof(int))];
	} u;
	struct held_hdr h;
	struct iovec iov[2] = { { &h, sizeof(h) }, { (void *)strs, len } };
	struct msghdr m;
	int fds[5] = { 0, 0, 0, 0, 0 };

	memset(&h, 0, sizeof(h));
	memset(&m, 0, sizeof(m));
	memset(&u, 0, sizeof(u));
	h.argc = argc;
	h.nfd = hnfd;
	h.at[1] = 1;
	h.at[2] = 2;
	h.at[3] = at3;
	h.at[4] = at4;
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	if (nfd > 0) {
		m.msg_control = u.buf;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfd);
		u.h.cmsg_level = SOL_SOCKET;
		u.h.cmsg_type = SCM_RIGHTS;
		u.h.cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfd);
		memcpy(CMSG_DATA(&u.h), fds, sizeof(int) * (size_t)nfd);
	}
	assert_true(sendmsg(sock, &m, 0) >= 0);
}

static void
malformed(void **state)
{
	static const struct {
		uint32_t argc;
		const char *strs;
		size_t len;
		int nfd;
		uint32_t hnfd;
		int at3, at4;
	} bad[] = {
		{ 1, "/bin/true\0t", 12, 2, 2, 0, 0 }, /* two descriptors */
		{ 1, "/bin/true\0t", 12, 4, 3, 3, 0 }, /* four, three said */
		{ 1, "/bin/true\0t", 12, 3, 4, 3, 0 }, /* three, four said */
		{ 1, "/bin/true\0t", 12, 4, 4, 2, 0 }, /* a passed one at 2 */
		{ 1, "/bin/true\0t", 12, 4, 4, 11, 0 }, /* at 11 */
		{ 1, "/bin/true\0t", 12, 5, 5, 4, 4 }, /* two at 4 */
		{ 2, "/bin/true\0t", 12, 3, 3, 0, 0 }, /* a string short */
		{ 1, "/bin/true\0t\0x", 14, 3, 3, 0, 0 }, /* one too many */
		{ 1, "/bin/true\0t", 11, 3, 3, 0, 0 }, /* not terminated */
		{ 0, "/bin/true", 10, 3, 3, 0, 0 }, /* no argv */
	};
	struct held_buf *b = malloc(sizeof(*b));
	struct scif_err err;
	struct stat before, after;
	size_t i;
	int sv[2];

	(void)state;
	assert_non_null(b);
	assert_int_equal(fstat(1, &before), 0);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		pair(sv);
		send_raw(sv[0], bad[i].argc, bad[i].strs, bad[i].len,
		    bad[i].nfd, bad[i].hnfd, bad[i].at3, bad[i].at4);
		assert_true(held_take(&sv[1], b, &err) < 0);
		assert_non_null(strstr(err.msg, "malformed"));
		close(sv[0]);
		close(sv[1]);
	}
	assert_int_equal(fstat(1, &after), 0);
	assert_int_equal(before.st_ino, after.st_ino);
	free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip),
		cmocka_unit_test(too_many_args),
		cmocka_unit_test(malformed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
