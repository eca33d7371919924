/* Temporary weak stub until policy_cmd.c lands. */
#include <stdio.h>

#include "cli.h"

__attribute__((weak)) int
cmd_policy(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("scif: policy: not built\n", stderr);
	return 125;
}
