/*
 * loadgen - latency and throughput of a job, started N times by CONC
 * concurrent processes: either fork+exec of a command, or a request to a
 * scif serve daemon through scif_client_run() (so that no scif
 * executable's own start is counted for the daemon).
 *
 *	loadgen N CONC exec [in=FILE] [out=FILE] [times=FILE] --
 *	    PROGRAM [ARGS...]
 *	loadgen N CONC via SOCKET PROFILE [DIR] [in=FILE] [out=FILE]
 *	    [times=FILE] -- PROGRAM [ARGS...]
 *
 * Each job is timed from just before the fork (or the request) to the
 * reaped child (or the reply), the opening of its in= and out= files
 * included; stdio is /dev/null but for these.  Prints one line:
 * "p50_ms P p99_ms P mean_ms M jobs_per_s R"; exits 1 if a job failed.
 * times=FILE appends each job's time in µs, one per line, so that rounds
 * can be pooled (bench/daemon.sh).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "scif.h"
#include "timing.h"

struct how {
	const char *sock, *profile;
	const char *in, *out; /* each job's stdin and stdout, or NULL */
	const char *times; /* append every job's time here, or NULL */
	int dirfd, null;
	long gap_us; /* a pause before each job but the first */
	char **argv;
};

/* The job's stdin and stdout: opened for it, or /dev/null. */
static int
job_stdio(const struct how *h, int io[2])
{
	io[0] = h->in != NULL ? open(h->in, O_RDONLY | O_CLOEXEC) : h->null;
	io[1] = h->out != NULL
	    ? open(h->out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)
	    : h->null;
	return io[0] < 0 || io[1] < 0 ? -1 : 0;
}

static void
job_stdio_close(const struct how *h, const int io[2])
{
	if (io[0] >= 0 && io[0] != h->null)
		(void)close(io[0]);
	if (io[1] >= 0 && io[1] != h->null)
		(void)close(io[1]);
}

static int
job_exec(const struct how *h)
{
	pid_t pid;
	int st, io[2];

	if (job_stdio(h, io) < 0 || (pid = fork()) < 0) {
		job_stdio_close(h, io);
		return -1;
	}
	if (pid == 0) {
		(void)dup2(io[0], 0);
		(void)dup2(io[1], 1);
		(void)dup2(h->null, 2);
		execv(h->argv[0], h->argv);
		_exit(127);
	}
	job_stdio_close(h, io);
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

static int
job_via(const struct how *h)
{
	struct scif_client_job job;
	struct scif_err err;
	int st = -1, r = -1, io[2];

	scif_client_job_init(&job);
	job.profile = h->profile;
	job.argv = h->argv;
	job.fds[2] = h->null;
	job.job_dir_fd = h->dirfd;
	if (job_stdio(h, io) == 0) {
		job.fds[0] = io[0];
		job.fds[1] = io[1];
		r = scif_client_run(h->sock, &job, &st, NULL, &err);
	} else
		(void)snprintf(err.msg, sizeof(err.msg), "in= or out=");
	job_stdio_close(h, io);
	if (r < 0 || st != 0) {
		(void)fprintf(stderr, "loadgen: %d %s\n", st, err.msg);
		return -1;
	}
	return 0;
}

static int
append_times(const char *path, const double *lat, long n)
{
	FILE *f = fopen(path, "a");
	long i;

	if (f == NULL)
		return -1;
	for (i = 0; i < n; i++)
		(void)fprintf(f, "%.0f\n", lat[i]);
	return fclose(f) == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	struct how h = { NULL, NULL, NULL, NULL, NULL, -1, -1, 0, NULL };
	double *lat, t0, t1, sum = 0;
	long n, i;
	int conc, c, a, st, bad = 0;

	if (argc < 5 || (n = atol(argv[1])) <= 0 || (conc = atoi(argv[2])) <= 0)
		goto usage;
	a = 4;
	if (strcmp(argv[3], "via") == 0 && argc > 6) {
		h.sock = argv[4];
		h.profile = argv[5];
		a = 6;
		if (strcmp(argv[6], "--") != 0 &&
		    strncmp(argv[6], "in=", 3) != 0 &&
		    strncmp(argv[6], "out=", 4) != 0 &&
		    strncmp(argv[6], "gap=", 4) != 0 &&
		    strncmp(argv[6], "times=", 6) != 0 &&
		    (h.dirfd = open(argv[a++], O_RDONLY | O_DIRECTORY)) < 0)
			goto usage;
	} else if (strcmp(argv[3], "exec") != 0)
		goto usage;
	for (; a < argc && strcmp(argv[a], "--") != 0; a++) {
		if (strncmp(argv[a], "in=", 3) == 0)
			h.in = argv[a] + 3;
		else if (strncmp(argv[a], "out=", 4) == 0)
			h.out = argv[a] + 4;
		else if (strncmp(argv[a], "gap=", 4) == 0)
			h.gap_us = atol(argv[a] + 4) * 1000;
		else if (strncmp(argv[a], "times=", 6) == 0)
			h.times = argv[a] + 6;
		else
			goto usage;
	}
	if (a >= argc || strcmp(argv[a], "--") != 0 || a + 1 >= argc)
		goto usage;
	h.argv = argv + a + 1;
	h.null = open("/dev/null", O_RDWR);
	lat = mmap(NULL, sizeof(double) * (size_t)n, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (lat == MAP_FAILED || h.null < 0)
		return 2;
	t0 = now_us();
	for (c = 0; c < conc; c++) {
		pid_t pid = fork();

		if (pid == 0) {
			for (i = c; i < n; i += conc) {
				double s;

				if (h.gap_us > 0 && i != c)
					(void)usleep((useconds_t)h.gap_us);
				s = now_us();

				if ((h.sock != NULL ? job_via(&h)
						    : job_exec(&h)) < 0)
					_exit(1);
				lat[i] = now_us() - s;
			}
			_exit(0);
		}
	}
	while (wait(&st) > 0)
		bad |= !WIFEXITED(st) || WEXITSTATUS(st) != 0;
	t1 = now_us();
	for (i = 0; i < n; i++)
		sum += lat[i];
	if (h.times != NULL && !bad && append_times(h.times, lat, n) < 0)
		return 2;
	qsort(lat, (size_t)n, sizeof(double), cmp);
	printf("p50_ms %.3f p99_ms %.3f mean_ms %.3f jobs_per_s %.0f\n",
	    lat[(n * 50 + 99) / 100 - 1] / 1e3,
	    lat[(n * 99 + 99) / 100 - 1] / 1e3, sum / (double)n / 1e3,
	    (double)n * 1e6 / (t1 - t0));
	return bad;
usage:
	fputs("usage: loadgen N CONC exec [in=FILE] [out=FILE] [times=FILE] "
	      "-- PROGRAM [ARGS...]\n"
	      "       loadgen N CONC via SOCKET PROFILE [DIR] [in=FILE] "
	      "[out=FILE] [times=FILE] -- PROGRAM [ARGS...]\n",
	    stderr);
	return 2;
}
