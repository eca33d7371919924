/*
 * run_via.c - scif run --via SOCKET: the job goes to a scif serve daemon,
 * which builds the sandbox from its own profile; only options that
 * tighten that profile can be sent.
 */
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "err.h"
#include "util.h"

enum {
	V_VIA = 256,
	V_RW,
	V_TIME,
	V_MEMORY,
	V_CPU,
	V_FSIZE,
	V_NOFILE,
	V_NPROC,
	V_STACK,
	V_REPORT,
	V_REPORT_FD,
	V_PASS_FD
};

static const struct option via_opts[] = {
	{ "via", required_argument, NULL, V_VIA },
	{ "profile", required_argument, NULL, 'p' },
	{ "rw", required_argument, NULL, V_RW },
	{ "time", required_argument, NULL, V_TIME },
	{ "memory", required_argument, NULL, V_MEMORY },
	{ "cpu", required_argument, NULL, V_CPU },
	{ "fsize", required_argument, NULL, V_FSIZE },
	{ "nofile", required_argument, NULL, V_NOFILE },
	{ "nproc", required_argument, NULL, V_NPROC },
	{ "stack", required_argument, NULL, V_STACK },
	{ "report", required_argument, NULL, V_REPORT },
	{ "report-fd", required_argument, NULL, V_REPORT_FD },
	{ "pass-fd", required_argument, NULL, V_PASS_FD },
	{ NULL, 0, NULL, 0 },
};

int
run_via_wanted(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--via") == 0 ||
		    strncmp(argv[i], "--via=", 6) == 0)
			return 1;
	}
	return 0;
}

static int
bad(const char *msg, const char *arg)
{
	fprintf(stderr, "scif: run --via: %s '%s'\n", msg, arg);
	return SCIF_EXIT_USAGE;
}

/* A limit option into job->limits: 0, or -1 when the value is bad. */
static int
via_limit(struct scif_client_job *job, int c, const char *arg)
{
	static const int lim[] = { [V_MEMORY - V_MEMORY] = SCIF_LIMIT_AS,
		[V_CPU - V_MEMORY] = SCIF_LIMIT_CPU,
		[V_FSIZE - V_MEMORY] = SCIF_LIMIT_FSIZE,
		[V_NOFILE - V_MEMORY] = SCIF_LIMIT_NOFILE,
		[V_NPROC - V_MEMORY] = SCIF_LIMIT_NPROC,
		[V_STACK - V_MEMORY] = SCIF_LIMIT_STACK };
	uint64_t v;
	int l = lim[c - V_MEMORY], r;

	if (c == V_CPU) {
		r = parse_duration_ms(arg, &v);
		v = (v + 999) / 1000;
	} else if (c == V_NOFILE || c == V_NPROC)
		r = parse_u64(arg, &v);
	else
		r = parse_size(arg, &v);
	if (r < 0 || v == 0)
		return -1;
	job->limits[l] = v;
	return 0;
}

_Static_assert(SCIF_CLIENT_MAX_PASS == 8, "--pass-fd's message: 3 to 10");

/* --pass-fd N: an open descriptor, at N in the job too (scif.h). */
static int
via_pass(struct scif_client_job *job, const char *arg)
{
	uint64_t v;
	size_t i;

	if (parse_u64(arg, &v) < 0 || v < 3 || v >= 3 + SCIF_CLIENT_MAX_PASS ||
	    job->npass == SCIF_CLIENT_MAX_PASS || fcntl((int)v, F_GETFD) < 0)
		return -1;
	for (i = 0; i < job->npass; i++) {
		if (job->pass_fds[i] == (int)v)
			return -1;
	}
	job->pass_fds[job->npass++] = (int)v;
	return 0;
}

static int
via_send(
    const char *sock, struct scif_client_job *job, int report, int report_fd)
{
	struct scif_err err;
	char *json = NULL;
	int status;

	if (scif_client_run(sock, job, &status, report ? &json : NULL, &err) <
	    0) {
		/* The daemon's status for the job, not the error's class. */
		(void)cli_fail(&err);
		return status;
	}
	if (json != NULL && dprintf(report_fd, "%s\n", json) < 0)
		perror("scif: writing the report");
	free(json);
	return status;
}

int
cmd_run_via(int argc, char **argv)
{
	struct scif_client_job job;
	const char *sock = NULL;
	int c, report = 0, report_fd = 2, status;
	uint64_t v;

	scif_client_job_init(&job);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+p:", via_opts, NULL)) != -1) {
		if (c == V_VIA)
			sock = optarg;
		else if (c == 'p')
			job.profile = optarg;
		else if (c == V_RW && job.job_dir_fd >= 0)
			return bad("one job directory only", optarg);
		else if (c == V_RW &&
		    (job.job_dir_fd = open(
			 optarg, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
			return bad("cannot open the job directory", optarg);
		else if (c == V_TIME &&
		    (parse_duration_ms(optarg, &v) < 0 ||
			(job.time_ms = v) == 0))
			return bad("bad duration", optarg);
		else if (c >= V_MEMORY && c <= V_STACK &&
		    via_limit(&job, c, optarg) < 0)
			return bad("bad value", optarg);
		else if (c == V_REPORT && strcmp(optarg, "json") != 0)
			return bad("unknown report format", optarg);
		else if (c == V_REPORT)
			report = 1;
		else if (c == V_REPORT_FD &&
		    (parse_u64(optarg, &v) < 0 || v > 1000000 ||
			fcntl((int)v, F_GETFD) < 0))
			return bad("bad descriptor", optarg);
		else if (c == V_REPORT_FD)
			report_fd = (int)v;
		else if (c == V_PASS_FD && via_pass(&job, optarg) < 0)
			return bad("bad descriptor to pass (open, 3 to 10, "
				   "once each)",
			    optarg);
		else if (c == '?' || c == ':')
			return bad("not available with --via (the daemon's "
				   "profile decides)",
			    argv[optind - 1]);
	}
	if (optind == 1 || strcmp(argv[optind - 1], "--") != 0 ||
	    optind >= argc)
		return bad("missing '--' and a program", "");
	if (job.profile == NULL)
		return bad("a profile is required (-p NAME)", "");
	job.argv = argv + optind;
	status = via_send(sock, &job, report, report_fd);
	if (job.job_dir_fd >= 0)
		(void)close(job.job_dir_fd);
	return status;
}
