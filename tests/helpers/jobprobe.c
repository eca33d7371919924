/*
 * jobprobe - a program that tries, on purpose, what a compromised converter
 * would try against the launcher's limits.  Each subcommand prints what it
 * achieved, so a test can run it with and without scif and compare.
 *
 *   alloc MB          malloc and touch MB megabytes; exit 3 if refused
 *   write FILE MB     write MB megabytes to FILE
 *   forks N SECS      fork N children that sleep SECS; print how many forked
 *   bomb              fork without end (children too); never returns
 *   escape SECS       double-fork a setsid'd grandchild that sleeps SECS
 *                     (argv carries the caller's marker), then sleep SECS
 *   sleep SECS        sleep (argv carries the caller's marker)
 *   fds               print the open descriptors above 2
 *   listen            listen on 127.0.0.1 (port 0), print the port, then
 *                     "accepted" per connection, until killed (60 s at most)
 *   connect PORT      TCP connect to 127.0.0.1:PORT; exit 3 if refused
 *   unix-listen PATH  as listen, on a pathname unix socket
 *   unix-connect PATH connect to a pathname unix socket; exit 3 if refused
 *   abstract-listen NAME  as unix-listen, on the abstract socket @NAME
 *   abstract-connect NAME connect to @NAME; exit 3 if refused
 *   udp-listen        bind UDP on 127.0.0.1, print the port, then
 *                     "received" per datagram, until killed (60 s at most)
 *   udp-send PORT     send a datagram to 127.0.0.1:PORT; exit 3 on error
 *   read FILE         print FILE's first line; exit 3 if it cannot be opened
 *   exec PROG ARGS... replace this process by PROG; exit 3 if refused
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static int
do_alloc(long mb)
{
	size_t n = (size_t)mb << 20;
	char *p = malloc(n);

	if (p == NULL) {
		printf("alloc %ld MB: refused\n", mb);
		return 3;
	}
	memset(p, 1, n);
	printf("alloc %ld MB: ok\n", mb);
	free(p);
	return 0;
}

static int
do_write(const char *path, long mb)
{
	static char buf[1 << 16];
	long i, chunks = mb * 16;
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0) {
		perror(path);
		return 2;
	}
	memset(buf, 'x', sizeof(buf));
	for (i = 0; i < chunks; i++) {
		if (write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf)) {
			printf("write stopped after %ld KB\n", i * 64);
			close(fd);
			return 3;
		}
	}
	close(fd);
	printf("wrote %ld MB\n", mb);
	return 0;
}

static int
do_forks(long n, unsigned secs)
{
	long i, ok = 0;
	pid_t pid;

	for (i = 0; i < n; i++) {
		pid = fork();
		if (pid == 0) {
			sleep(secs);
			_exit(0);
		}
		if (pid > 0)
			ok++;
	}
	printf("forked %ld of %ld\n", ok, n);
	fflush(stdout);
	return 0;
}

static void __attribute__((noreturn)) do_bomb(void)
{
	for (;;) {
		if (fork() < 0)
			usleep(1000);
	}
}

static int
do_escape(unsigned secs)
{
	pid_t pid = fork();

	if (pid < 0)
		return 2;
	if (pid == 0) {
		if (setsid() < 0 || fork() != 0)
			_exit(0);
		sleep(secs);
		_exit(0);
	}
	if (waitpid(pid, NULL, 0) < 0)
		return 2;
	printf("escaped\n");
	fflush(stdout);
	sleep(secs);
	return 0;
}

static int
do_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *de;
	int self;

	if (d == NULL)
		return 2;
	self = dirfd(d);
	while ((de = readdir(d)) != NULL) {
		int fd = atoi(de->d_name);
		if (de->d_name[0] != '.' && fd > 2 && fd != self)
			printf("%d\n", fd);
	}
	closedir(d);
	return 0;
}

static void
serve(int s, const char *what)
{
	char buf[64];
	int c;

	alarm(60);
	for (;;) {
		if (strcmp(what, "received") == 0) {
			if (recv(s, buf, sizeof(buf), 0) < 0)
				return;
		} else if ((c = accept(s, NULL, NULL)) >= 0)
			close(c);
		else
			return;
		printf("%s\n", what);
		fflush(stdout);
	}
}

static int
do_listen(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    listen(s, 16) < 0 ||
	    getsockname(s, (struct sockaddr *)&a, &len) < 0) {
		perror("listen");
		return 2;
	}
	printf("%d\n", ntohs(a.sin_port));
	fflush(stdout);
	serve(s, "accepted");
	return 0;
}

static int
do_connect(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0) {
		printf("socket: %s\n", strerror(errno));
		return 3;
	}
	if (connect(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
		printf("connect: %s\n", strerror(errno));
		return 3;
	}
	printf("connected\n");
	close(s);
	return 0;
}

static int
do_unix(const char *path, int listening, int abstract)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	socklen_t len;

	snprintf(a.sun_path + abstract, sizeof(a.sun_path) - 1, "%s", path);
	len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + abstract +
	    strlen(path));
	if (s < 0) {
		printf("socket: %s\n", strerror(errno));
		return 3;
	}
	if (!listening) {
		if (connect(s, (struct sockaddr *)&a, len) < 0) {
			printf("connect: %s\n", strerror(errno));
			return 3;
		}
		printf("connected\n");
		return 0;
	}
	if (bind(s, (struct sockaddr *)&a, len) < 0 || listen(s, 16) < 0) {
		perror(path);
		return 2;
	}
	printf("listening\n");
	fflush(stdout);
	serve(s, "accepted");
	return 0;
}

static int
do_udp_listen(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    getsockname(s, (struct sockaddr *)&a, &len) < 0) {
		perror("udp");
		return 2;
	}
	printf("%d\n", ntohs(a.sin_port));
	fflush(stdout);
	serve(s, "received");
	return 0;
}

static int
do_udp_send(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0) {
		printf("socket: %s\n", strerror(errno));
		return 3;
	}
	if (sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof(a)) < 0) {
		printf("sendto: %s\n", strerror(errno));
		return 3;
	}
	printf("sent\n");
	return 0;
}

static int
do_read(const char *path)
{
	char line[512];
	FILE *f;

	if ((f = fopen(path, "r")) == NULL) {
		printf("open %s: %s\n", path, strerror(errno));
		return 3;
	}
	if (fgets(line, sizeof(line), f) != NULL)
		fputs(line, stdout);
	(void)fclose(f);
	return 0;
}

static int
do_exec(char **argv)
{
	execv(argv[0], argv);
	printf("exec %s: %s\n", argv[0], strerror(errno));
	return 3;
}

int
main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "read") == 0)
		return do_read(argv[2]);
	if (argc >= 3 && strcmp(argv[1], "exec") == 0)
		return do_exec(argv + 2);
	if (argc >= 3 && strcmp(argv[1], "alloc") == 0)
		return do_alloc(atol(argv[2]));
	if (argc >= 4 && strcmp(argv[1], "write") == 0)
		return do_write(argv[2], atol(argv[3]));
	if (argc >= 4 && strcmp(argv[1], "forks") == 0)
		return do_forks(atol(argv[2]), (unsigned)atoi(argv[3]));
	if (argc >= 2 && strcmp(argv[1], "bomb") == 0)
		do_bomb();
	if (argc >= 3 && strcmp(argv[1], "escape") == 0)
		return do_escape((unsigned)atoi(argv[2]));
	if (argc >= 2 && strcmp(argv[1], "fds") == 0)
		return do_fds();
	if (argc >= 3 && strcmp(argv[1], "sleep") == 0)
		return (int)sleep((unsigned)atoi(argv[2]));
	if (argc >= 2 && strcmp(argv[1], "listen") == 0)
		return do_listen();
	if (argc >= 3 && strcmp(argv[1], "connect") == 0)
		return do_connect(atoi(argv[2]));
	if (argc >= 3 && strcmp(argv[1], "unix-listen") == 0)
		return do_unix(argv[2], 1, 0);
	if (argc >= 3 && strcmp(argv[1], "unix-connect") == 0)
		return do_unix(argv[2], 0, 0);
	if (argc >= 3 && strcmp(argv[1], "abstract-listen") == 0)
		return do_unix(argv[2], 1, 1);
	if (argc >= 3 && strcmp(argv[1], "abstract-connect") == 0)
		return do_unix(argv[2], 0, 1);
	if (argc >= 2 && strcmp(argv[1], "udp-listen") == 0)
		return do_udp_listen();
	if (argc >= 3 && strcmp(argv[1], "udp-send") == 0)
		return do_udp_send(atoi(argv[2]));
	fprintf(stderr, "usage: jobprobe alloc|write|forks|bomb|escape|fds\n");
	return 64;
}
