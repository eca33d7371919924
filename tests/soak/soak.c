/*
 * soak - CLIENTS processes send JOBS jobs to one scif serve daemon through
 * scif_client_run() and check each job's reply (tests/soak/soak.sh).
 *
 *	soak SOCKET JOBDIR JOBS CLIENTS
 *
 * Job i is of a kind chosen by i % 100: 2 convert (a PNG from stdin,
 * resized to stdout: a prepared sandbox; the output checked), 2 identify
 * (of the PNG in the client's job directory: a fresh sandbox; its output
 * checked), 1 time-out
 * (sleep 5 under a 100 ms wall clock: 124), 1 killed by the policy
 * (unshare: 159, reason seccomp), 1 disconnect (the client is killed once
 * its job has printed: no reply is due, the daemon must abort the job),
 * 1 false (1), and /bin/true (0) for the rest.  Prints one line of counts
 * per kind and exits 1 if any reply was wrong.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "scif.h"

enum { TRUE, FALSE, CONVERT, IDENTIFY, TIMEOUT, POLICY, DISCONNECT, KINDS };

static const char *const kind_name[KINDS] = { "true", "false", "convert",
	"identify", "timeout", "policy", "disconnect" };

struct tally {
	long n[KINDS], bad[KINDS];
};

struct ctx {
	const char *sock;
	char dir[4096];
	int dirfd, out, null;
};

static int
kind_of(long i)
{
	static const int k[8] = { CONVERT, CONVERT, IDENTIFY, IDENTIFY, TIMEOUT,
		POLICY, DISCONNECT, FALSE };

	return i % 100 < 8 ? k[i % 100] : TRUE;
}

/* The job's stdout, as a string (at most 63 bytes). */
static void
read_out(int fd, char *buf, size_t len)
{
	ssize_t n = pread(fd, buf, len - 1, 0);

	buf[n > 0 ? n : 0] = '\0';
	/* The job wrote at the shared offset. */
	if (ftruncate(fd, 0) < 0 || lseek(fd, 0, SEEK_SET) != 0)
		buf[0] = '\0';
}

/* A client that goes away once its job runs: 0 when it did so. */
static int
disconnect(const struct ctx *c)
{
	char *const argv[] = { "/bin/sh", "-c", "echo up; exec sleep 30",
		NULL };
	struct scif_client_job job;
	struct scif_err err;
	int p[2], st;
	char b;
	pid_t pid;

	if (pipe(p) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		scif_client_job_init(&job);
		job.profile = "soak";
		job.argv = argv;
		job.fds[0] = c->null;
		job.fds[1] = p[1];
		(void)scif_client_run(c->sock, &job, &st, NULL, &err);
		_exit(1); /* a reply: wrong */
	}
	(void)close(p[1]);
	st = read(p[0], &b, 1) == 1 ? 0 : -1;
	(void)close(p[0]);
	(void)kill(pid, SIGKILL);
	if (waitpid(pid, &st, 0) != pid || !WIFSIGNALED(st))
		return -1;
	return 0;
}

/* One job of kind k: 0 when its reply is the right one. */
static int
one(const struct ctx *c, int k)
{
	static char *const av[KINDS][8] = {
		[TRUE] = { "/bin/true", NULL },
		[FALSE] = { "/bin/false", NULL },
		[CONVERT] = { "convert", "png:-", "-resize", "50%", "png:-",
		    NULL },
		[IDENTIFY] = { "identify", "-format", "%wx%h", "in.png", NULL },
		[TIMEOUT] = { "/bin/sleep", "5", NULL },
		[POLICY] = { "/usr/bin/unshare", "-U", "/bin/true", NULL },
	};
	static const int want[KINDS] = { 0, 1, 0, 0, 124, 159, 0 };
	struct scif_client_job job;
	struct scif_err err;
	char *report = NULL, out[64];
	int st, r, ok, in = -1;

	if (k == DISCONNECT)
		return disconnect(c);
	scif_client_job_init(&job);
	job.profile = k == CONVERT || k == IDENTIFY ? "imagemagick" : "soak";
	job.argv = av[k];
	job.fds[0] = c->null;
	job.fds[1] = c->out;
	/* Each convert reads its own description of the file (the sandbox
	 * moves the offset of what it is given). */
	if (k == CONVERT &&
	    (in = openat(c->dirfd, "in.png", O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	if (k == CONVERT)
		job.fds[0] = in;
	if (k == IDENTIFY)
		job.job_dir_fd = c->dirfd;
	if (k == TIMEOUT)
		job.time_ms = 100;
	r = scif_client_run(c->sock, &job, &st, &report, &err);
	if (in >= 0)
		(void)close(in);
	read_out(c->out, out, sizeof(out));
	ok = r == 0 && st == want[k] && report != NULL;
	if (ok && k == CONVERT)
		ok = memcmp(out, "\x89PNG", 4) == 0;
	if (ok && k == IDENTIFY)
		ok = strcmp(out, "200x150") == 0;
	if (ok && k == POLICY)
		ok = strstr(report, "\"reason\":\"seccomp\"") != NULL;
	if (ok && k == TIMEOUT)
		ok = strstr(report, "\"reason\":\"timeout\"") != NULL;
	if (!ok)
		(void)fprintf(stderr, "soak: %s: r=%d status=%d %s %s\n",
		    kind_name[k], r, st, r < 0 ? err.msg : "", out);
	free(report);
	return ok ? 0 : -1;
}

static void __attribute__((noreturn))
client(struct ctx *c, int me, long jobs, int clients, struct tally *t)
{
	char path[4200];
	long i;
	int k;

	snprintf(path, sizeof(path), "%s/c%d", c->dir, me);
	c->dirfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	snprintf(path, sizeof(path), "%s/c%d.out", c->dir, me);
	c->out = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	c->null = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (c->dirfd < 0 || c->out < 0 || c->null < 0)
		_exit(2);
	for (i = me; i < jobs; i += clients) {
		k = kind_of(i);
		t->n[k]++;
		if (one(c, k) < 0)
			t->bad[k]++;
	}
	_exit(0);
}

int
main(int argc, char **argv)
{
	struct tally *t, sum;
	struct timespec a, b;
	struct ctx c;
	long jobs, bad = 0;
	int clients, i, k, st, failed = 0;

	if (argc != 5 || (jobs = atol(argv[3])) <= 0 ||
	    (clients = atoi(argv[4])) <= 0 || clients > 256) {
		fputs("usage: soak SOCKET JOBDIR JOBS CLIENTS\n", stderr);
		return 2;
	}
	memset(&c, 0, sizeof(c));
	c.sock = argv[1];
	snprintf(c.dir, sizeof(c.dir), "%s", argv[2]);
	t = mmap(NULL, sizeof(*t) * (size_t)clients, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (t == MAP_FAILED)
		return 2;
	memset(t, 0, sizeof(*t) * (size_t)clients);
	(void)clock_gettime(CLOCK_MONOTONIC, &a);
	for (i = 0; i < clients; i++) {
		pid_t pid = fork();

		if (pid < 0)
			return 2;
		if (pid == 0)
			client(&c, i, jobs, clients, &t[i]);
	}
	while (wait(&st) > 0)
		failed |= !WIFEXITED(st) || WEXITSTATUS(st) != 0;
	(void)clock_gettime(CLOCK_MONOTONIC, &b);
	memset(&sum, 0, sizeof(sum));
	for (i = 0; i < clients; i++) {
		for (k = 0; k < KINDS; k++) {
			sum.n[k] += t[i].n[k];
			sum.bad[k] += t[i].bad[k];
		}
	}
	printf("jobs %ld clients %d seconds %.1f", jobs, clients,
	    (double)(b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9);
	for (k = 0; k < KINDS; k++) {
		printf(" %s %ld", kind_name[k], sum.n[k]);
		if (sum.bad[k] != 0)
			printf(" (%ld WRONG)", sum.bad[k]);
		bad += sum.bad[k];
	}
	printf("\n");
	return bad != 0 || failed ? 1 : 0;
}
