/* Temporary weak stubs until check_cmd.c and policy_cmd.c land. */
#include <stdio.h>

#include "cli.h"

__attribute__((weak)) int
cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("scif: check: not built\n", stderr);
	return 125;
}

__attribute__((weak)) int
cmd_policy(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("scif: policy: not built\n", stderr);
	return 125;
}
