/*
 * rawframe SOCKET KIND - a hostile client of scif serve: sends one raw
 * frame (built here from docs/protocol.md, not with scif's code) and
 * prints the reply: "error CODE STATUS MESSAGE", "stats JSON", "result
 * STATUS", or "closed".  KIND: version, oversized, short, unknown,
 * badstring, leftover, nofds, dirfd, stats, true; and, a fourth
 * descriptor passed to be the job's 3: passdir (a directory), passsock (a
 * socket), passpath (an O_PATH one), passcount (two said, one sent),
 * passat (said to be the job's 2), passfile (a regular file: runs).
 *
 * rawframe SOCKET hold N - a client that hoards connections: connects N
 * times (where the backlog is full, again a millisecond later, for 5 s at
 * most), prints "held K", K of them connected, and sits on them until
 * killed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static unsigned char frame[80000];
static size_t flen;

static void
put(const void *p, size_t n)
{
	memcpy(frame + flen, p, n);
	flen += n;
}

static void
put32(uint32_t v)
{
	put(&v, 4);
}

static void
putstr(const char *s)
{
	put32((uint32_t)strlen(s) + 1);
	put(s, strlen(s) + 1);
}

static void
header(uint32_t type, uint16_t version)
{
	uint16_t flags = 0;

	flen = 0;
	put32(type);
	put32(0); /* length, set by finish() */
	put32(7); /* request id */
	put(&version, 2);
	put(&flags, 2);
}

static void
finish(void)
{
	uint32_t len = (uint32_t)flen;

	memcpy(frame + 4, &len, 4);
}

/* A RUN of /bin/true under profile "shell". */
static void
run_true(void)
{
	uint64_t zero = 0;

	header(1, 1);
	putstr("shell");
	put32(1);
	putstr("/bin/true");
	put32(0); /* no limits */
	put(&zero, 8); /* time */
	put32(0); /* flags */
}

/* The same with the pass flag: npass descriptors, the first at `at`. */
static void
run_pass(uint32_t npass, uint32_t at)
{
	uint32_t i;

	run_true();
	flen -= 4;
	put32(2); /* flags: passed descriptors */
	put32(npass);
	for (i = 0; i < npass; i++)
		put32(at + i);
}

/* The fourth descriptor of a pass kind: -1 if k is none. */
static int
pass_fd(const char *k, int conn)
{
	if (strcmp(k, "passdir") == 0)
		return open("/", O_RDONLY | O_DIRECTORY);
	if (strcmp(k, "passsock") == 0)
		return conn;
	if (strcmp(k, "passpath") == 0)
		return open("/etc/passwd", O_PATH);
	if (strcmp(k, "passcount") == 0 || strcmp(k, "passat") == 0 ||
	    strcmp(k, "passfile") == 0)
		return open("/etc/passwd", O_RDONLY);
	return -1;
}

static int
send_frame(int fd, const int *fds, int nfd)
{
	char cbuf[CMSG_SPACE(sizeof(int) * 4)];

	if (nfd > 4)
		return -1;
	struct iovec iov = { frame, flen };
	struct msghdr m = { 0 };
	struct cmsghdr *c;

	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	if (nfd > 0) {
		memset(cbuf, 0, sizeof(cbuf));
		m.msg_control = cbuf;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfd);
		c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfd);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfd);
	}
	return sendmsg(fd, &m, MSG_NOSIGNAL) < 0 ? -1 : 0;
}

static void
print_reply(int fd)
{
	static unsigned char buf[1 << 20];
	uint32_t type, code, status, n;
	ssize_t r = recv(fd, buf, sizeof(buf), 0);

	/* Closed with our frame unread: the reset comes before the reply. */
	if (r < 0 && errno == ECONNRESET)
		r = recv(fd, buf, sizeof(buf), 0);

	if (r <= 0) {
		puts("closed");
		return;
	}
	if (r < 16) {
		puts("short reply");
		return;
	}
	memcpy(&type, buf, 4);
	if (type == 0x102 && r >= 28) {
		memcpy(&code, buf + 16, 4);
		memcpy(&status, buf + 20, 4);
		memcpy(&n, buf + 24, 4);
		printf("error %u %u %.*s\n", code, status, (int)n, buf + 28);
	} else if (type == 0x103 && r >= 20) {
		printf("stats %s\n", buf + 20);
	} else if (type == 0x101 && r >= 20) {
		memcpy(&status, buf + 16, 4);
		printf("result %u\n", status);
	} else
		printf("reply type %u\n", type);
}

static void __attribute__((noreturn)) hold(const struct sockaddr_un *sa, int n)
{
	int i, k = 0, fd;

	/* A full backlog refuses at once (EAGAIN): retry for 5 s. */
	for (i = 0; k < n && i < 5000; i++) {
		fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK, 0);
		if (fd < 0)
			break;
		if (connect(fd, (const struct sockaddr *)sa, sizeof(*sa)) ==
		    0) {
			k++;
			i--;
			continue;
		}
		(void)close(fd);
		(void)usleep(1000);
	}
	printf("held %d\n", k);
	(void)fflush(stdout);
	for (;;)
		(void)pause();
}

int
main(int argc, char **argv)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd, fds[4] = { 0, 1, 2, -1 }, nfd = 0, dir;
	const char *k;

	if (argc < 3 || argc > 4 || strlen(argv[1]) >= sizeof(sa.sun_path)) {
		fputs("usage: rawframe SOCKET KIND | rawframe SOCKET hold N\n",
		    stderr);
		return 2;
	}
	k = argv[2];
	strcpy(sa.sun_path, argv[1]);
	if (strcmp(k, "hold") == 0 && argc == 4)
		hold(&sa, atoi(argv[3]));
	if (argc != 3)
		return 2;
	fd = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("rawframe: connect");
		return 1;
	}
	if (strcmp(k, "version") == 0) {
		run_true();
		memcpy(frame + 12, &(uint16_t){ 99 }, 2);
		nfd = 3;
	} else if (strcmp(k, "oversized") == 0) {
		run_true();
		memset(frame + flen, 'A', 70000);
		flen += 70000;
		nfd = 3;
	} else if (strcmp(k, "short") == 0) {
		header(1, 1);
		flen = 5;
	} else if (strcmp(k, "unknown") == 0) {
		header(77, 1);
	} else if (strcmp(k, "badstring") == 0) {
		header(1, 1);
		put32(100000); /* a string longer than the frame */
		put("shell", 6);
		nfd = 3;
	} else if (strcmp(k, "leftover") == 0) {
		run_true();
		put32(0xdeadbeef);
		nfd = 3;
	} else if (strcmp(k, "nofds") == 0) {
		run_true();
	} else if (strcmp(k, "dirfd") == 0) {
		run_true();
		if ((dir = open("/", O_RDONLY | O_DIRECTORY)) < 0)
			return 1;
		fds[0] = dir;
		nfd = 3;
	} else if ((fds[3] = pass_fd(k, fd)) >= 0) {
		run_pass(strcmp(k, "passcount") == 0 ? 2 : 1,
		    strcmp(k, "passat") == 0 ? 2 : 3);
		nfd = 4;
	} else if (strcmp(k, "stats") == 0) {
		header(2, 1);
	} else if (strcmp(k, "true") == 0) {
		run_true();
		nfd = 3;
	} else {
		fprintf(stderr, "rawframe: unknown kind %s\n", k);
		return 2;
	}
	if (strcmp(k, "short") != 0)
		finish();
	/* A refused client may find the socket closed after the reply:
	 * read it all the same. */
	if (send_frame(fd, fds, nfd) < 0)
		perror("rawframe: sendmsg");
	print_reply(fd);
	return 0;
}
