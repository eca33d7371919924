/*
 * learn_cmd.c - scif learn: run a program (once, or once per corpus file)
 * under every layer but the syscall filter, and write the policy it needs.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "learn.h"
#include "scif.h"

#define LEARN_MAX_ARGS 256

static const char learn_usage[] =
    "usage: scif learn -o FILE [--merge FILE] [--corpus DIR] [RUN OPTIONS]"
    " -- PROGRAM [ARGS...]\n"
    "  -o FILE          write the learned policy to FILE\n"
    "  --merge FILE     start from a policy scif learn wrote before\n"
    "  --corpus DIR     run once per file of DIR, '{}' in ARGS being it\n"
    "  RUN OPTIONS      as scif run's (-p PROFILE, --rw, --ro, --time, ...);\n"
    "                   a profile's own policy is what is being learned\n";

struct learn_opts {
	const char *out, *merge, *corpus;
	char *run_argv[LEARN_MAX_ARGS];
	int run_argc;
};

/* Take learn's own options out; the rest go to scif run's parser. */
static int
split(int argc, char **argv, struct learn_opts *lo, struct scif_err *err)
{
	int i, dash = 0;

	lo->run_argv[lo->run_argc++] = argv[0];
	for (i = 1; i < argc; i++) {
		const char **dst = NULL;

		if (!dash && strcmp(argv[i], "--") == 0)
			dash = 1;
		else if (!dash && strcmp(argv[i], "-o") == 0)
			dst = &lo->out;
		else if (!dash && strcmp(argv[i], "--merge") == 0)
			dst = &lo->merge;
		else if (!dash && strcmp(argv[i], "--corpus") == 0)
			dst = &lo->corpus;
		if (dst != NULL) {
			if (++i == argc)
				return err_set(err, SCIF_E_USAGE, 0,
				    "learn: %s wants a value", argv[i - 1]);
			*dst = argv[i];
			continue;
		}
		if (lo->run_argc == LEARN_MAX_ARGS - 1)
			return err_set(
			    err, SCIF_E_USAGE, 0, "learn: too many arguments");
		lo->run_argv[lo->run_argc++] = argv[i];
	}
	if (lo->out == NULL)
		return err_set(err, SCIF_E_USAGE, 0,
		    "learn: -o FILE is required (try scif learn --help)");
	return 0;
}

/* argv with every "{}" replaced by file; freed by free_argv(). */
static char **
subst_argv(char *const *argv, const char *file)
{
	size_t n, i, flen = file != NULL ? strlen(file) : 0;
	char **out, *p, *q;

	for (n = 0; argv[n] != NULL; n++)
		;
	if ((out = calloc(n + 1, sizeof(*out))) == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		size_t len = strlen(argv[i]) * (flen + 1) + 1;

		if ((out[i] = p = malloc(len)) == NULL)
			return out;
		for (q = argv[i]; *q != '\0';) {
			if (file != NULL && q[0] == '{' && q[1] == '}') {
				memcpy(p, file, flen);
				p += flen;
				q += 2;
			} else
				*p++ = *q++;
		}
		*p = '\0';
	}
	return out;
}

static void
free_argv(char **argv)
{
	size_t i;

	for (i = 0; argv != NULL && argv[i] != NULL; i++)
		free(argv[i]);
	free(argv);
}

/* One run; its status, or a negative value when it could not run. */
static int
learn_run(struct scif_spec *s, char *const *prog, const char *file,
    struct learn *l, const struct run_opts *o)
{
	struct scif_result res;
	struct scif_err err;
	char **argv = subst_argv(prog, file);

	err_clear(&err);
	if (argv == NULL || scif_spec_set_argv(s, argv, &err) < 0 ||
	    scif_spec_set_seccomp_mode(
		s, SCIF_SECCOMP_LEARN, learn_add, l, &err) < 0 ||
	    scif_run(s, &res, &err) < 0) {
		free_argv(argv);
		return -cli_fail(&err);
	}
	l->runs++;
	run_say_why(&res, o->time_ms);
	if (o->report_json)
		run_write_report(o, argv, &res);
	if (res.status != 0)
		fprintf(stderr, "scif: learn: %s exited with status %d\n",
		    file != NULL ? file : prog[0], res.status);
	free_argv(argv);
	return res.status;
}

static int
learn_corpus(struct scif_spec *s, char *const *prog, const char *dir,
    struct learn *l, const struct run_opts *o)
{
	struct dirent **ents;
	char path[4096];
	int n, i, r, status = 0;

	if ((n = scandir(dir, &ents, NULL, alphasort)) < 0) {
		fprintf(
		    stderr, "scif: --corpus %s: %s\n", dir, strerror(errno));
		return -SCIF_EXIT_USAGE;
	}
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, ents[i]->d_name);
		if (ents[i]->d_type == DT_REG && status >= 0 &&
		    (r = learn_run(s, prog, path, l, o)) != 0)
			status = r;
		free(ents[i]);
	}
	free(ents);
	return status;
}

static int
write_policy(struct learn *l, const char *out, char *const *prog)
{
	char what[1024];
	size_t n = 0;
	FILE *f;
	int i, r;

	what[0] = '\0';
	for (i = 0; prog[i] != NULL && n < sizeof(what); i++)
		n += (size_t)snprintf(what + n, sizeof(what) - n, "%s%s",
		    i > 0 ? " " : "", prog[i]);
	if ((f = fopen(out, "we")) == NULL) {
		fprintf(stderr, "scif: -o %s: %s\n", out, strerror(errno));
		return SCIF_EXIT_USAGE;
	}
	r = learn_write(l, f, what);
	if (fclose(f) != 0 || r < 0) {
		fprintf(stderr, "scif: writing %s failed\n", out);
		return SCIF_EXIT_SETUP;
	}
	return 0;
}

static int
learn_main(struct learn_opts *lo, struct scif_spec *s, struct learn *l)
{
	struct run_opts o = { .report_fd = -1 };
	struct scif_err err;
	char **prog;
	int status, w;

	err_clear(&err);
	if (run_parse_profiled(lo->run_argc, lo->run_argv, s, &o, &err) < 0 ||
	    (lo->merge != NULL && learn_merge_file(l, lo->merge, &err) < 0))
		return cli_fail(&err);
	prog = lo->run_argv + optind;
	status = lo->corpus != NULL ? learn_corpus(s, prog, lo->corpus, l, &o)
				    : learn_run(s, prog, NULL, l, &o);
	if (status < 0)
		return -status;
	if (l->runs == 0) {
		fputs("scif: learn: nothing ran\n", stderr);
		return SCIF_EXIT_USAGE;
	}
	if ((w = write_policy(l, lo->out, prog)) != 0)
		return w;
	return status;
}

int
cmd_learn(int argc, char **argv)
{
	struct learn_opts lo;
	struct scif_err err;
	struct scif_spec *s;
	struct learn l;
	int status;

	memset(&lo, 0, sizeof(lo));
	err_clear(&err);
	if (argc == 2 &&
	    (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		fputs(learn_usage, stdout);
		return 0;
	}
	if (split(argc, argv, &lo, &err) < 0)
		return cli_fail(&err);
	if ((s = scif_spec_new()) == NULL) {
		fputs("scif: out of memory\n", stderr);
		return SCIF_EXIT_SETUP;
	}
	learn_init(&l);
	status = learn_main(&lo, s, &l);
	learn_free(&l);
	scif_spec_free(s);
	return status;
}
