/*
 * profile_check.c - the command line may tighten a profile, not loosen it.
 *
 * The profile is applied to the spec first, and a copy of what it set is
 * kept; the command-line options then change the spec as usual, and the
 * result is compared with the copy.  Comparing the outcome, not the
 * options, means no option can loosen by a route nobody thought of.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "defaults.h"
#include "err.h"
#include "profile.h"
#include "profile_base.h"
#include "util.h"

struct profile_base {
	struct spec_limit lim[SCIF_LIMIT_COUNT_];
	uint64_t time_ms;
	size_t npaths;
	char **env;
	size_t nenv;
	int no_default_paths, allow_network, proc, ids_set;
	uid_t uid;
	gid_t gid;
	enum scif_ns_mode ns_mode;
	struct sock_filter *filter;
	unsigned short filter_len;
};

static const char *const limit_opt[SCIF_LIMIT_COUNT_] = {
	[SCIF_LIMIT_AS] = "--memory",
	[SCIF_LIMIT_CPU] = "--cpu",
	[SCIF_LIMIT_FSIZE] = "--fsize",
	[SCIF_LIMIT_NOFILE] = "--nofile",
	[SCIF_LIMIT_NPROC] = "--nproc",
	[SCIF_LIMIT_STACK] = "--stack",
};

void
profile_base_free(struct profile_base *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; b->env != NULL && i < b->nenv; i++)
		free(b->env[i]);
	free(b->env);
	free(b->filter);
	free(b);
}

struct profile_base *
profile_base_take(const struct scif_spec *s)
{
	struct profile_base *b;
	size_t i;

	if ((b = calloc(1, sizeof(*b))) == NULL)
		return NULL;
	memcpy(b->lim, s->lim, sizeof(b->lim));
	b->time_ms = s->time_ms;
	b->npaths = s->npaths;
	b->no_default_paths = s->no_default_paths;
	b->allow_network = s->allow_network;
	b->proc = s->proc;
	b->ids_set = s->ids_set;
	b->uid = s->uid;
	b->gid = s->gid;
	b->ns_mode = s->ns_mode;
	if ((b->env = calloc(s->nenv + 1, sizeof(char *))) == NULL)
		goto fail;
	for (i = 0; i < s->nenv; i++) {
		if ((b->env[i] = strdup(s->env[i])) == NULL)
			goto fail;
		b->nenv++;
	}
	b->filter_len = s->policy.len;
	if (s->policy.len != 0) {
		b->filter = calloc(s->policy.len, sizeof(struct sock_filter));
		if (b->filter == NULL)
			goto fail;
		memcpy(b->filter, s->policy.filter,
		    s->policy.len * sizeof(struct sock_filter));
	}
	return b;
fail:
	profile_base_free(b);
	return NULL;
}

static int refuse(struct scif_err *err, const struct profile *p,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int
refuse(struct scif_err *err, const struct profile *p, const char *fmt, ...)
{
	char what[300];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return err_set(err, SCIF_E_USAGE, 0,
	    "%s loosens profile '%s'; only --override allows that", what,
	    p->name != NULL ? p->name : p->path);
}

static int
check_limits(const struct profile *p, const struct profile_base *b,
    const struct scif_spec *s, struct scif_err *err)
{
	int i;

	for (i = 0; i < SCIF_LIMIT_COUNT_; i++) {
		if (b->lim[i].set &&
		    (!s->lim[i].set || s->lim[i].value > b->lim[i].value))
			return refuse(err, p, "%s %llu (above %llu)",
			    limit_opt[i], (unsigned long long)s->lim[i].value,
			    (unsigned long long)b->lim[i].value);
	}
	if (b->time_ms != 0 && (s->time_ms == 0 || s->time_ms > b->time_ms))
		return refuse(err, p, "--time %llu ms (above %llu ms)",
		    (unsigned long long)s->time_ms,
		    (unsigned long long)b->time_ms);
	return 0;
}

/* NAME=job for a job_dir_env NAME: what profile_check() sets itself (a
 * spec checked twice, as a prepared sandbox's is, already holds it). */
static int
is_job_env(const struct profile *p, const char *kv, const char *job)
{
	size_t i, n = env_name_len(kv);

	for (i = 0; job != NULL && kv[n] == '=' && i < p->njob_env; i++) {
		if (strlen(p->job_env[i]) == n &&
		    strncmp(kv, p->job_env[i], n) == 0 &&
		    strcmp(kv + n + 1, job) == 0)
			return 1;
	}
	return 0;
}

static int
check_env(const struct profile *p, const struct profile_base *b,
    const struct scif_spec *s, const char *job, struct scif_err *err)
{
	size_t i, j;

	for (i = 0; i < s->nenv; i++) {
		for (j = 0; j < b->nenv; j++) {
			if (strcmp(s->env[i], b->env[j]) == 0)
				break;
		}
		if (j == b->nenv && !is_job_env(p, s->env[i], job))
			return refuse(err, p, "--env/--keep-env %.*s",
			    (int)env_name_len(s->env[i]), s->env[i]);
	}
	return 0;
}

static int
check_policy(const struct profile *p, const struct profile_base *b,
    const struct scif_spec *s, struct scif_err *err)
{
	if (s->policy.len != b->filter_len ||
	    (b->filter_len != 0 &&
		memcmp(s->policy.filter, b->filter,
		    b->filter_len * sizeof(struct sock_filter)) != 0))
		return refuse(err, p, "another syscall policy");
	return 0;
}

static int
check_misc(const struct profile *p, const struct profile_base *b,
    const struct scif_spec *s, struct scif_err *err)
{
	if (s->allow_network && !b->allow_network)
		return refuse(err, p, "--network");
	if (s->proc && !b->proc)
		return refuse(err, p, "--proc");
	if (!s->no_default_paths && b->no_default_paths)
		return refuse(err, p, "the default paths");
	if (s->uid != b->uid || s->gid != b->gid)
		return refuse(err, p, "--user/--group");
	if ((b->ns_mode == SCIF_NS_REQUIRE && s->ns_mode != SCIF_NS_REQUIRE) ||
	    (b->ns_mode == SCIF_NS_AUTO && s->ns_mode == SCIF_NS_OFF))
		return refuse(err, p, "--namespaces");
	return 0;
}

/* Does what a gives include what b asks for? */
static int
access_covers(enum scif_access a, enum scif_access b)
{
	if (a == b)
		return 1;
	return b == SCIF_ACCESS_RO_NOEXEC &&
	    (a == SCIF_ACCESS_RO || a == SCIF_ACCESS_RW);
}

static int
covered(const struct profile_base *b, const struct scif_spec *s, size_t k)
{
	const struct default_path *d;
	size_t i, nd;

	for (i = 0; i < b->npaths; i++) {
		if (path_is_under(s->paths[k].path, s->paths[i].path) &&
		    access_covers(s->paths[i].access, s->paths[k].access))
			return 1;
	}
	/* What the profile gave: its default paths count even when the
	 * command line dropped them and names some again. */
	if (b->no_default_paths)
		return 0;
	d = default_paths(&nd);
	for (i = 0; i < nd; i++) {
		if (path_is_under(s->paths[k].path, d[i].path) &&
		    access_covers(d[i].access, s->paths[k].access))
			return 1;
	}
	return 0;
}

/* The paths the command line added: covered ones, and one job dir (the
 * first --rw the profile does not cover already). */
static int
check_paths(const struct profile *p, const struct profile_base *b,
    const struct scif_spec *s, int override, const char **job,
    struct scif_err *err)
{
	struct stat st;
	size_t k;

	*job = NULL;
	for (k = b->npaths; k < s->npaths; k++) {
		if (covered(b, s, k))
			continue;
		if (p->job_dir && *job == NULL &&
		    s->paths[k].access == SCIF_ACCESS_RW) {
			if (stat(s->paths[k].path, &st) < 0 ||
			    !S_ISDIR(st.st_mode) ||
			    strcmp(s->paths[k].path, "/") == 0)
				return err_set(err, SCIF_E_USAGE, 0,
				    "job directory %s: not a directory, or /",
				    s->paths[k].path);
			*job = s->paths[k].path;
			continue;
		}
		if (override)
			continue;
		return refuse(err, p, "%s%s", s->paths[k].path,
		    p->job_dir ? " (a second directory: the profile takes "
				 "one job directory)"
			       : " (the profile takes no job directory)");
	}
	return 0;
}

static int
program_matches(const char *entry, const char *argv0)
{
	static const char *const dirs[] = { "/usr/bin/", "/bin/" };
	const char *name = strchr(argv0, '/') == NULL ? argv0 : NULL;
	const char *bare = strchr(entry, '/') == NULL ? entry : NULL;
	size_t i, n;

	if (strcmp(entry, argv0) == 0)
		return 1;
	for (i = 0; i < 2; i++) {
		n = strlen(dirs[i]);
		/* "convert" listed, "/usr/bin/convert" run; or the reverse. */
		if (bare != NULL && strncmp(argv0, dirs[i], n) == 0 &&
		    strcmp(argv0 + n, bare) == 0)
			return 1;
		if (name != NULL && strncmp(entry, dirs[i], n) == 0 &&
		    strcmp(entry + n, name) == 0)
			return 1;
	}
	return 0;
}

static int
check_program(
    const struct profile *p, const struct scif_spec *s, struct scif_err *err)
{
	size_t i;

	if (p->nprograms == 0 || s->argv == NULL)
		return 0;
	for (i = 0; i < p->nprograms; i++) {
		if (program_matches(p->programs[i], s->argv[0]))
			return 0;
	}
	return refuse(
	    err, p, "running %s (not one of its programs)", s->argv[0]);
}

int
profile_check(const struct profile *p, struct scif_spec *spec, int override,
    struct scif_err *err)
{
	const struct profile_base *b = p->base;
	const char *job = NULL;
	size_t i;

	if (b == NULL)
		return err_set(
		    err, SCIF_E_INTERNAL, EINVAL, "profile not applied");
	if (check_paths(p, b, spec, override, &job, err) < 0)
		return -EINVAL;
	if (!override &&
	    (check_limits(p, b, spec, err) < 0 ||
		check_env(p, b, spec, job, err) < 0 ||
		check_policy(p, b, spec, err) < 0 ||
		check_misc(p, b, spec, err) < 0 ||
		check_program(p, spec, err) < 0))
		return -EINVAL;
	for (i = 0; job != NULL && i < p->njob_env; i++) {
		if (scif_spec_set_env(spec, p->job_env[i], job, err) < 0)
			return -EINVAL;
	}
	return 0;
}
