/*
 * run_profile.c - scif run -p: the profile first, the options on top, then
 * the check that the options only tightened it.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "profile.h"

/*
 * The first pass over the options: only -p/--profile and --override are
 * read (the last -p wins); the second pass, in run_cmd.c, reads the rest.
 */
int
run_profile_begin(int argc, char **argv, const struct option *opts,
    struct scif_spec *s, struct profile **pp, int *override,
    struct scif_err *err)
{
	const char *name = NULL;
	char path[PATH_MAX];
	int c, idx;

	*pp = NULL;
	*override = 0;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+hp:", opts, &idx)) != -1) {
		if (c == 'p')
			name = optarg;
		else if (c > 0 && strcmp(opts[idx].name, "override") == 0 &&
		    opts[idx].val == c)
			*override = 1;
	}
	optind = 1;
	if (name == NULL)
		return 0;
	if (profile_find(name, path, sizeof(path), err) < 0 ||
	    profile_load(path, pp, err) < 0)
		return -1;
	if (profile_apply(*pp, s, err) < 0) {
		profile_free(*pp);
		*pp = NULL;
		return -1;
	}
	return 0;
}

int
run_profile_end(
    struct profile *p, struct scif_spec *s, int override, struct scif_err *err)
{
	if (p == NULL)
		return 0;
	return profile_check(p, s, override, err);
}
