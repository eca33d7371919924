/*
 * profile.h - a profile: nsjail's configuration syntax mapped onto a
 * struct scif_spec, and the rule that the command line may only tighten
 * it.
 *
 *	struct profile *p;
 *	profile_find("imagemagick", path, sizeof(path), &err);
 *	profile_load(path, &p, &err);     parse, check every field
 *	profile_apply(p, spec, &err);     record it in the spec
 *	... the command-line options change the spec ...
 *	profile_check(p, spec, &err);     refuse what loosens it
 *	profile_free(p);
 *
 * Every field is either mapped onto a layer or refused with its position:
 * none is silently ignored but name and description.  The mapping is in
 * scif(5).
 */
#ifndef SCIF_PROFILE_H
#define SCIF_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#include "profile_parse.h"
#include "spec.h"

#define PROFILE_SUFFIX ".cfg"
#define PROFILE_MAX_LIST 32

struct profile_base; /* what the profile set, for profile_check() */

struct profile {
	struct pf_doc doc;
	char *path; /* the file, as found */
	char *dir; /* its directory: relative files are found there */
	const char *name;
	int job_dir; /* one more directory may be given: the job's */
	const char *job_env[PROFILE_MAX_LIST]; /* set to the job dir */
	size_t njob_env;
	const char *programs[PROFILE_MAX_LIST]; /* what it may run */
	size_t nprograms;
	struct profile_base *base;
};

/*
 * Find a profile: a NAME containing a slash or ending in ".cfg" is a file;
 * otherwise NAME.cfg is looked up in ./profiles, /etc/scif/profiles and
 * SCIF_DATADIR/profiles, in that order.  SCIF_E_USAGE when not found.
 */
int profile_find(const char *name, char *out, size_t len, struct scif_err *err);

/* The profiles (NAME.cfg) in dir, sorted by NAME, as scandir(3). */
struct dirent;
int profile_scandir(const char *dir, struct dirent ***out);

/* The directories searched, NULL-terminated. */
const char *const *profile_dirs(void);

/*
 * Parse path.  SCIF_E_POLICY with "file:line:col: ..." for a bad text.
 * *out is NULL on failure; free it with profile_free().
 */
int profile_load(const char *path, struct profile **out, struct scif_err *err);

/*
 * Check every field and record the profile in spec (fresh from
 * scif_spec_new()): SCIF_E_POLICY with the field's position for a field
 * scif does not implement or a bad value.
 */
int profile_apply(
    struct profile *p, struct scif_spec *spec, struct scif_err *err);

/*
 * After the command line changed spec: refuse (SCIF_E_USAGE, naming the
 * option) a larger limit, a later wall clock, another syscall policy,
 * more environment, the network, /proc, other ids, fewer namespaces, a
 * program the profile is not for, or a path the profile does not give
 * (but the one job directory it allows).  Then set the job_dir_env
 * variables to the job directory.  With override, only the latter.
 */
int profile_check(const struct profile *p, struct scif_spec *spec, int override,
    struct scif_err *err);

/* Check every field against a scratch spec (fills the program list). */
int profile_validate(struct profile *p, struct scif_err *err);

void profile_free(struct profile *p);

#endif
