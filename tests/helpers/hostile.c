/*
 * hostile - a compromised converter: tries, one after the other, what the
 * filesystem, network and IPC layers must stop, and prints one line per
 * attempt: "NAME: succeeded" or "NAME: denied (errno text)".  Run the same
 * way with and without scif, the lines show which layer stopped what.
 *
 *   hostile KEY=VALUE...
 *     read=PATH      read a file (repeatable: read=/etc/shadow read=...)
 *     write=PATH     create and write a file
 *     exec=PATH      copy /bin/true to PATH (in the rw dir) and run it
 *     tcp=PORT       TCP connect to 127.0.0.1:PORT
 *     udp=PORT       UDP datagram to 127.0.0.1:PORT
 *     abstract=NAME  connect to the abstract unix socket @NAME
 *     unix=PATH      connect to a pathname unix socket
 *     signal=PID     kill(PID, 0): may the job signal that process?
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static int
try_read(const char *path)
{
	char buf[16];
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return errno;
	if (read(fd, buf, sizeof(buf)) < 0) {
		int e = errno;
		close(fd);
		return e;
	}
	close(fd);
	return 0;
}

static int
try_write(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0)
		return errno;
	if (write(fd, "pwned\n", 6) != 6) {
		int e = errno;
		close(fd);
		return e;
	}
	close(fd);
	return 0;
}

static int
copy_true(const char *dst)
{
	char buf[65536];
	int in = open("/bin/true", O_RDONLY | O_CLOEXEC), out, e = 0;
	ssize_t n;

	if (in < 0)
		return errno;
	out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0700);
	if (out < 0) {
		e = errno;
		close(in);
		return e;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		if (write(out, buf, (size_t)n) != n) {
			e = errno;
			break;
		}
	}
	close(in);
	close(out);
	return e;
}

static int
try_exec(const char *path)
{
	int e, st, p[2];
	pid_t pid;

	if ((e = copy_true(path)) != 0)
		return e;
	if (pipe2(p, O_CLOEXEC) < 0 || (pid = fork()) < 0)
		return errno;
	if (pid == 0) {
		char *argv[] = { (char *)path, NULL };
		execv(path, argv);
		e = errno;
		if (write(p[1], &e, sizeof(e)) < 0)
			_exit(126);
		_exit(127);
	}
	close(p[1]);
	if (read(p[0], &e, sizeof(e)) != sizeof(e))
		e = 0;
	close(p[0]);
	if (waitpid(pid, &st, 0) < 0)
		return errno;
	return e;
}

static int
try_inet(int type, const char *port)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	int s = socket(AF_INET, type | SOCK_CLOEXEC, 0), r;

	if (s < 0)
		return errno;
	a.sin_port = htons((unsigned short)atoi(port));
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (type == SOCK_STREAM)
		r = connect(s, (struct sockaddr *)&a, sizeof(a));
	else
		r = (int)sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof(a));
	r = r < 0 ? errno : 0;
	close(s);
	return r;
}

static int
try_unix(const char *name, int abstract)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	socklen_t len;
	int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0), r;

	if (s < 0)
		return errno;
	snprintf(a.sun_path + abstract, sizeof(a.sun_path) - 1, "%s", name);
	len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + abstract +
	    strlen(name));
	r = connect(s, (struct sockaddr *)&a, len) < 0 ? errno : 0;
	close(s);
	return r;
}

static int
attempt(const char *key, const char *val)
{
	if (strcmp(key, "read") == 0)
		return try_read(val);
	if (strcmp(key, "write") == 0)
		return try_write(val);
	if (strcmp(key, "exec") == 0)
		return try_exec(val);
	if (strcmp(key, "tcp") == 0)
		return try_inet(SOCK_STREAM, val);
	if (strcmp(key, "udp") == 0)
		return try_inet(SOCK_DGRAM, val);
	if (strcmp(key, "abstract") == 0)
		return try_unix(val, 1);
	if (strcmp(key, "unix") == 0)
		return try_unix(val, 0);
	if (strcmp(key, "signal") == 0)
		return kill((pid_t)atoi(val), 0) < 0 ? errno : 0;
	return EINVAL;
}

int
main(int argc, char **argv)
{
	char key[32];
	const char *eq;
	int i, e;

	for (i = 1; i < argc; i++) {
		if ((eq = strchr(argv[i], '=')) == NULL ||
		    (size_t)(eq - argv[i]) >= sizeof(key))
			return 64;
		snprintf(
		    key, sizeof(key), "%.*s", (int)(eq - argv[i]), argv[i]);
		e = attempt(key, eq + 1);
		if (e == 0)
			printf("%s %s: succeeded\n", key, eq + 1);
		else
			printf(
			    "%s %s: denied (%s)\n", key, eq + 1, strerror(e));
	}
	return 0;
}
