/*
 * profiles_cmd.c - scif profiles: every profile on the search path, each
 * loaded and checked as scif run -p would, with its first description.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "profile.h"

#define MAX_SEEN 256

static const char *
first_description(const struct profile *p)
{
	const struct pf_field *f;

	for (f = p->doc.head; f != NULL; f = f->next) {
		if (strcmp(f->name, "description") == 0 && f->kind == PF_STR)
			return f->str;
	}
	return "";
}

/* Load and apply to a scratch spec; 0, or -1 with err filled. */
static int
check_one(const char *path, char *desc, size_t len, struct scif_err *err)
{
	struct profile *p = NULL;
	struct scif_spec *s;
	int r;

	if ((s = scif_spec_new()) == NULL)
		return err_set(err, SCIF_E_INTERNAL, 12, "out of memory");
	r = profile_load(path, &p, err);
	if (r == 0) {
		snprintf(desc, len, "%s", first_description(p));
		r = profile_apply(p, s, err);
	}
	profile_free(p);
	scif_spec_free(s);
	return r < 0 ? -1 : 0;
}

static int
seen_before(char seen[][NAME_MAX + 1], size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(seen[i], name) == 0)
			return 1;
	}
	return 0;
}

int
cmd_profiles(int argc, char **argv)
{
	static char seen[MAX_SEEN][NAME_MAX + 1];
	const char *const *dirs = profile_dirs();
	char path[PATH_MAX], desc[256];
	struct dirent **ents;
	struct scif_err err;
	size_t nseen = 0, len;
	int i, n, j, bad = 0;

	(void)argv;
	if (argc > 1) {
		fputs("usage: scif profiles\n", stderr);
		return SCIF_EXIT_USAGE;
	}
	for (i = 0; dirs[i] != NULL; i++) {
		if ((n = profile_scandir(dirs[i], &ents)) < 0)
			continue;
		for (j = 0; j < n; j++) {
			len = strlen(ents[j]->d_name);
			if (len <= strlen(PROFILE_SUFFIX) ||
			    strcmp(
				ents[j]->d_name + len - strlen(PROFILE_SUFFIX),
				PROFILE_SUFFIX) != 0 ||
			    nseen == MAX_SEEN) {
				free(ents[j]);
				continue;
			}
			ents[j]->d_name[len - strlen(PROFILE_SUFFIX)] = '\0';
			snprintf(path, sizeof(path), "%s/%s%s", dirs[i],
			    ents[j]->d_name, PROFILE_SUFFIX);
			if (!seen_before(seen, nseen, ents[j]->d_name)) {
				snprintf(seen[nseen++], sizeof(seen[0]), "%s",
				    ents[j]->d_name);
				err_clear(&err);
				if (check_one(path, desc, sizeof(desc), &err) <
				    0) {
					printf("%-24s %s: error: %s\n",
					    ents[j]->d_name, path, err.msg);
					bad = 1;
				} else
					printf("%-24s %s: %s\n",
					    ents[j]->d_name, path, desc);
			}
			free(ents[j]);
		}
		free(ents);
	}
	return bad ? SCIF_EXIT_POLICY : 0;
}
