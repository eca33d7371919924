/* main.c - scif(1): dispatch to a subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "scif.h"

static const char usage[] =
    "usage: scif run [OPTIONS] -- PROGRAM [ARGS...]\n"
    "       scif check [--json]\n"
    "       scif learn -o FILE [--merge FILE] [--corpus DIR] "
    "-- PROGRAM [ARGS...]\n"
    "       scif policy check|dump|eval ...\n"
    "       scif serve --socket PATH [OPTIONS] | --stats SOCKET\n"
    "       scif profiles\n"
    "       scif shim install|list|remove ...\n"
    "       scif --version | --help\n";

int
cli_fail(const struct scif_err *err)
{
	fprintf(stderr, "scif: %s\n", err->msg);
	return scif_err_exit_status(err);
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return SCIF_EXIT_USAGE;
	}
	if (strcmp(argv[1], "run") == 0)
		return cmd_run(argc - 1, argv + 1);
	if (strcmp(argv[1], "serve") == 0)
		return cmd_serve(argc - 1, argv + 1);
	if (strcmp(argv[1], "learn") == 0)
		return cmd_learn(argc - 1, argv + 1);
	if (strcmp(argv[1], "check") == 0)
		return cmd_check(argc - 1, argv + 1);
	if (strcmp(argv[1], "policy") == 0)
		return cmd_policy(argc - 1, argv + 1);
	if (strcmp(argv[1], "profiles") == 0)
		return cmd_profiles(argc - 1, argv + 1);
	if (strcmp(argv[1], "shim") == 0)
		return cmd_shim(argc - 1, argv + 1);
	if (strcmp(argv[1], "--version") == 0) {
		printf("scif %s\n", SCIF_VERSION);
		return 0;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage, stdout);
		return 0;
	}
	fprintf(
	    stderr, "scif: unknown command '%s' (try scif --help)\n", argv[1]);
	return SCIF_EXIT_USAGE;
}
