/* profile_path.c - where profiles are found. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "profile.h"

#ifndef SCIF_DATADIR
#define SCIF_DATADIR "/usr/local/share/scif"
#endif

static const char *const dirs[] = { "./profiles", "/etc/scif/profiles",
	SCIF_DATADIR "/profiles", NULL };

const char *const *
profile_dirs(void)
{
	return dirs;
}

static int
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int
is_profile(const struct dirent *e)
{
	return e->d_name[0] != '.' && has_suffix(e->d_name, PROFILE_SUFFIX) &&
	    strlen(e->d_name) > strlen(PROFILE_SUFFIX);
}

/* By name without the suffix: "imagemagick" before "imagemagick-gs". */
static int
by_stem(const struct dirent **a, const struct dirent **b)
{
	size_t la = strlen((*a)->d_name) - strlen(PROFILE_SUFFIX),
	       lb = strlen((*b)->d_name) - strlen(PROFILE_SUFFIX);
	int r = strncmp((*a)->d_name, (*b)->d_name, la < lb ? la : lb);

	if (r != 0)
		return r;
	return la < lb ? -1 : la > lb;
}

int
profile_scandir(const char *dir, struct dirent ***out)
{
	return scandir(dir, out, is_profile, by_stem);
}

int
profile_find(const char *name, char *out, size_t len, struct scif_err *err)
{
	size_t i;
	int n;

	if (name == NULL || name[0] == '\0')
		return err_set(err, SCIF_E_USAGE, 0, "no profile named");
	if (strchr(name, '/') != NULL || has_suffix(name, PROFILE_SUFFIX)) {
		if ((n = snprintf(out, len, "%s", name)) < 0 ||
		    (size_t)n >= len)
			return err_set(err, SCIF_E_USAGE, ENAMETOOLONG,
			    "profile %s", name);
		if (access(out, R_OK) < 0)
			return err_set(
			    err, SCIF_E_USAGE, errno, "profile %s", name);
		return 0;
	}
	for (i = 0; dirs[i] != NULL; i++) {
		n = snprintf(
		    out, len, "%s/%s%s", dirs[i], name, PROFILE_SUFFIX);
		if (n < 0 || (size_t)n >= len)
			continue;
		if (access(out, R_OK) == 0)
			return 0;
	}
	return err_set(err, SCIF_E_USAGE, 0,
	    "no profile '%s' in ./profiles, /etc/scif/profiles or %s/profiles "
	    "(scif profiles lists them)",
	    name, SCIF_DATADIR);
}
