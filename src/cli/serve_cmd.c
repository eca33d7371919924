/* serve_cmd.c - scif serve: the daemon's options; scif serve --stats. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "client.h"
#include "daemon/server.h"
#include "daemon/warm.h"
#include "err.h"
#include "profile.h"
#include "util.h"

static const char serve_usage[] =
    "usage: scif serve [--socket PATH] [--profiles DIR]... [--pool N]\n"
    "                  [--max-jobs N] [--queue N] [--allow-uid UID]...\n"
    "                  [--allow-gid GID]... [--max-conns-per-uid N]\n"
    "       scif serve --stats SOCKET\n"
    "  --socket PATH    listen here (default: the socket systemd passes)\n"
    "  --profiles DIR   where the profiles are (default: scif profiles'\n"
    "                   search path); the first of a name wins\n"
    "  --pool N         sandboxes prepared ahead, per profile (default 0)\n"
    "  --max-jobs N     jobs running at once (default: the CPUs)\n"
    "  --queue N        requests waiting beyond those (default 64)\n"
    "  --allow-uid UID  serve this uid (default: only the daemon's own)\n"
    "  --allow-gid GID  serve this primary gid\n"
    "  --max-conns-per-uid N\n"
    "                   connections one uid may hold (default 64 of 256)\n"
    "  --stats SOCKET   print a running daemon's counters as JSON\n";

enum {
	O_SOCKET = 256,
	O_PROFILES,
	O_POOL,
	O_MAX_JOBS,
	O_QUEUE,
	O_UID,
	O_GID,
	O_STATS,
	O_CONNS_UID
};

static const struct option serve_opts[] = {
	{ "socket", required_argument, NULL, O_SOCKET },
	{ "profiles", required_argument, NULL, O_PROFILES },
	{ "pool", required_argument, NULL, O_POOL },
	{ "max-jobs", required_argument, NULL, O_MAX_JOBS },
	{ "queue", required_argument, NULL, O_QUEUE },
	{ "allow-uid", required_argument, NULL, O_UID },
	{ "allow-gid", required_argument, NULL, O_GID },
	{ "stats", required_argument, NULL, O_STATS },
	{ "max-conns-per-uid", required_argument, NULL, O_CONNS_UID },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int
usage_error(const char *what, const char *arg)
{
	fprintf(stderr, "scif: serve: %s '%s' (try scif serve --help)\n", what,
	    arg != NULL ? arg : "");
	return SCIF_EXIT_USAGE;
}

static int
stats(const char *path)
{
	struct scif_err err;
	char *json;

	if (client_stats(path, &json, &err) < 0) {
		return cli_fail(&err);
	}
	printf("%s\n", json);
	free(json);
	return 0;
}

static int
number(const char *arg, uint64_t max, uint64_t *v)
{
	return parse_u64(arg, v) < 0 || *v == 0 || *v > max ? -1 : 0;
}

int
cmd_serve(int argc, char **argv)
{
	struct server_conf conf;
	struct scif_err err;
	const char *const *d;
	uint64_t v;
	size_t nd = 0;
	long cpus;
	int c;

	memset(&conf, 0, sizeof(conf));
	cpus = sysconf(_SC_NPROCESSORS_ONLN);
	conf.max_jobs = cpus > 0 ? (unsigned)cpus : 1;
	conf.queue = 64;
	conf.max_conns_uid = SERVER_MAX_CONNS / 4;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", serve_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(serve_usage, stdout);
			return 0;
		case O_SOCKET:
			conf.socket_path = optarg;
			break;
		case O_PROFILES:
			if (nd == SERVER_MAX_DIRS)
				return usage_error("too many", "--profiles");
			conf.dirs[nd++] = optarg;
			break;
		case O_POOL:
			if (parse_u64(optarg, &v) < 0 || v > WARM_MAX_PER)
				return usage_error("bad --pool", optarg);
			conf.pool = (unsigned)v;
			break;
		case O_MAX_JOBS:
			if (number(optarg, 1024, &v) < 0)
				return usage_error("bad --max-jobs", optarg);
			conf.max_jobs = (unsigned)v;
			break;
		case O_CONNS_UID:
			if (number(optarg, SERVER_MAX_CONNS, &v) < 0)
				return usage_error(
				    "bad --max-conns-per-uid", optarg);
			conf.max_conns_uid = (unsigned)v;
			break;
		case O_QUEUE:
			if (number(optarg, 65536, &v) < 0)
				return usage_error("bad --queue", optarg);
			conf.queue = (unsigned)v;
			break;
		case O_UID:
		case O_GID:
			if (parse_u64(optarg, &v) < 0 || v >= (uid_t)-1)
				return usage_error("bad id", optarg);
			if ((c == O_UID ? conf.nuids : conf.ngids) ==
			    SERVER_MAX_ALLOW)
				return usage_error("too many", "--allow-*");
			if (c == O_UID)
				conf.uids[conf.nuids++] = (uid_t)v;
			else
				conf.gids[conf.ngids++] = (gid_t)v;
			break;
		case O_STATS:
			return stats(optarg);
		default:
			return usage_error(
			    "bad or incomplete option", argv[optind - 1]);
		}
	}
	if (optind != argc)
		return usage_error("unexpected argument", argv[optind]);
	for (d = profile_dirs(); nd == 0 && *d != NULL && nd < SERVER_MAX_DIRS;
	     d++)
		conf.dirs[nd++] = *d;
	err_clear(&err);
	if (server_run(&conf, &err) < 0) {
		return cli_fail(&err);
	}
	return 0;
}
