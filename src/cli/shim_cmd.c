/*
 * shim_cmd.c - scif shim install|list|remove: small shell scripts named
 * after a program that run the real one under scif, so that an
 * application that shells out to "convert" is confined by putting the
 * shim directory first on its PATH and changing nothing else.
 *
 * A shim names everything by absolute path, fixed when it is written:
 * scif itself, the profile file (never looked up again, so a ./profiles
 * in the application's working directory cannot replace it) and the real
 * program, found in /usr/bin or /bin (the job's PATH), never in the shim
 * directory.  The job directory is $SCIF_JOB_DIR, else the working
 * directory of the caller.  With --via SOCKET the shim sends the job to
 * a scif serve daemon instead, naming the daemon's profile of the same
 * name (the daemon, not the shim, holds the profile's text).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "err.h"
#include "profile.h"

#define MARK "# scif-shim "

static const char shim_usage[] =
    "usage: scif shim install --dir DIR [--profile NAME|FILE] [--via SOCKET]\n"
    "                         PROGRAM...\n"
    "       scif shim list --dir DIR\n"
    "       scif shim remove --dir DIR [PROGRAM...]\n";

static int
usage(void)
{
	fputs(shim_usage, stderr);
	return SCIF_EXIT_USAGE;
}

/* s in single quotes for sh, into out. */
static int
quote(const char *s, char *out, size_t len)
{
	size_t o = 0;

	if (len < 3)
		return -1;
	out[o++] = '\'';
	for (; *s != '\0'; s++) {
		if (*s == '\'') {
			if (o + 5 >= len)
				return -1;
			memcpy(out + o, "'\\''", 4);
			o += 4;
		} else {
			if (o + 2 >= len)
				return -1;
			out[o++] = *s;
		}
	}
	out[o++] = '\'';
	out[o] = '\0';
	return 0;
}

static int
name_ok(const char *name)
{
	return name[0] != '\0' && name[0] != '.' && name[0] != '-' &&
	    strchr(name, '/') == NULL && strlen(name) < NAME_MAX;
}

/* The real program: /usr/bin/NAME or /bin/NAME, as the job finds it. */
static int
real_program(const char *name, char *out, size_t len, struct scif_err *err)
{
	static const char *const dirs[] = { "/usr/bin", "/bin" };
	size_t i;

	for (i = 0; i < 2; i++) {
		snprintf(out, len, "%s/%s", dirs[i], name);
		if (access(out, X_OK) == 0)
			return 0;
	}
	return err_set(err, SCIF_E_NOENT, 0,
	    "shim: no program %s in /usr/bin or /bin", name);
}

static int
lists(const struct profile *p, const char *name)
{
	size_t k;
	const char *b;

	for (k = 0; k < p->nprograms; k++) {
		b = strrchr(p->programs[k], '/');
		if (strcmp(b != NULL ? b + 1 : p->programs[k], name) == 0)
			return 1;
	}
	return 0;
}

/* The first profile on the search path whose program list has name. */
static int
profile_for(const char *name, char *out, size_t len, struct scif_err *err)
{
	const char *const *dirs = profile_dirs();
	struct dirent **ents;
	struct profile *p;
	size_t sl = strlen(PROFILE_SUFFIX), l;
	int i, n, j, found = 0;

	for (i = 0; !found && dirs[i] != NULL; i++) {
		if ((n = profile_scandir(dirs[i], &ents)) < 0)
			continue;
		for (j = 0; j < n; j++) {
			l = strlen(ents[j]->d_name);
			if (!found && l > sl &&
			    strcmp(ents[j]->d_name + l - sl, PROFILE_SUFFIX) ==
				0) {
				snprintf(out, len, "%s/%s", dirs[i],
				    ents[j]->d_name);
				if (profile_load(out, &p, NULL) == 0) {
					/* The program list is known once
					 * the fields were walked. */
					found =
					    profile_validate(p, NULL) == 0 &&
					    lists(p, name);
					profile_free(p);
				}
			}
			free(ents[j]);
		}
		free(ents);
	}
	if (found)
		return 0;
	return err_set(err, SCIF_E_USAGE, 0,
	    "shim: no profile lists %s; name one with --profile", name);
}

/* The daemon's name of a profile file: its base name without .cfg. */
static void
profile_name(const char *file, char *out, size_t len)
{
	const char *b = strrchr(file, '/');
	size_t n, sl = strlen(PROFILE_SUFFIX);

	b = b != NULL ? b + 1 : file;
	n = strlen(b);
	if (n > sl && strcmp(b + n - sl, PROFILE_SUFFIX) == 0)
		n -= sl;
	snprintf(out, len, "%.*s", (int)n, b);
}

/* " --via 'SOCKET'" and the daemon's profile name, or the profile file. */
#define QLEN (PATH_MAX * 4 + 3)

static int
shim_target(
    const char *via, const char *profile, char qv[QLEN + 8], char qp[QLEN])
{
	char name[PATH_MAX];

	qv[0] = '\0';
	if (via == NULL)
		return quote(profile, qp, QLEN);
	profile_name(profile, name, sizeof(name));
	memcpy(qv, " --via ", 7);
	if (quote(via, qv + 7, QLEN) < 0)
		return -1;
	return quote(name, qp, QLEN);
}

static int
write_shim(const char *dir, const char *prog, const char *scif,
    const char *profile, const char *via, struct scif_err *err)
{
	char path[PATH_MAX], tmp[PATH_MAX], real[PATH_MAX];
	char qs[QLEN], qp[QLEN], qr[QLEN], qv[QLEN + 8];
	char head[256];
	FILE *f;
	int fd;

	if (real_program(prog, real, sizeof(real), err) < 0)
		return -1;
	if (quote(scif, qs, sizeof(qs)) < 0 ||
	    shim_target(via, profile, qv, qp) < 0 ||
	    quote(real, qr, sizeof(qr)) < 0)
		return err_set(err, SCIF_E_USAGE, ENAMETOOLONG, "shim");
	snprintf(path, sizeof(path), "%s/%s", dir, prog);
	/* Never replace a file that is not a shim. */
	if ((f = fopen(path, "re")) != NULL) {
		if (fgets(head, sizeof(head), f) == NULL ||
		    fgets(head, sizeof(head), f) == NULL ||
		    strncmp(head, MARK, strlen(MARK)) != 0) {
			fclose(f);
			return err_set(err, SCIF_E_USAGE, EEXIST,
			    "shim: %s is not a scif shim", path);
		}
		fclose(f);
	}
	snprintf(tmp, sizeof(tmp), "%s/.%s.scif-tmp", dir, prog);
	(void)unlink(tmp);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755)) < 0)
		return err_set(err, SCIF_E_USAGE, errno, "shim: %s", tmp);
	if ((f = fdopen(fd, "w")) == NULL) {
		close(fd);
		(void)unlink(tmp);
		return err_set(err, SCIF_E_SETUP, errno, "shim: %s", tmp);
	}
	fprintf(f,
	    "#!/bin/sh\n" MARK "program=%s profile=%s\n"
	    "# Written by scif shim install: runs %s confined.  The job\n"
	    "# directory is $SCIF_JOB_DIR, else the working directory.\n"
	    "exec %s run%s -p %s --rw \"${SCIF_JOB_DIR:-$PWD}\" -- %s \"$@\"\n",
	    real, profile, real, qs, qv, qp, qr);
	if (fchmod(fd, 0755) < 0 || fclose(f) != 0) {
		(void)unlink(tmp);
		return err_set(err, SCIF_E_SETUP, errno, "shim: %s", tmp);
	}
	if (rename(tmp, path) < 0) {
		(void)unlink(tmp);
		return err_set(err, SCIF_E_SETUP, errno, "shim: %s", path);
	}
	printf("%s -> %s (profile %s)\n", path, real, profile);
	return 0;
}

static int
shim_install(
    const char *dir, const char *profile, const char *via, char **progs, int n)
{
	char scif[PATH_MAX], prof[PATH_MAX], abs[PATH_MAX];
	struct scif_err err;
	struct profile *p;
	struct stat st;
	ssize_t r;
	int i;

	err_clear(&err);
	if (via != NULL && via[0] != '/') {
		fprintf(stderr, "scif: shim: --via needs an absolute path\n");
		return SCIF_EXIT_USAGE;
	}
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "scif: shim: %s: not a directory\n", dir);
		return SCIF_EXIT_USAGE;
	}
	if ((r = readlink("/proc/self/exe", scif, sizeof(scif) - 1)) < 0) {
		perror("scif: shim: /proc/self/exe");
		return SCIF_EXIT_SETUP;
	}
	scif[r] = '\0';
	for (i = 0; i < n; i++) {
		if (!name_ok(progs[i])) {
			fprintf(stderr, "scif: shim: bad program name '%s'\n",
			    progs[i]);
			return SCIF_EXIT_USAGE;
		}
	}
	for (i = 0; i < n; i++) {
		if (profile != NULL) {
			if (profile_find(profile, prof, sizeof(prof), &err) < 0)
				return cli_fail(&err);
		} else if (profile_for(progs[i], prof, sizeof(prof), &err) < 0)
			return cli_fail(&err);
		/* Check it loads now, and record it by absolute path. */
		if (realpath(prof, abs) == NULL) {
			fprintf(stderr, "scif: shim: %s: %s\n", prof,
			    strerror(errno));
			return SCIF_EXIT_USAGE;
		}
		if (profile_load(abs, &p, &err) < 0)
			return cli_fail(&err);
		profile_free(p);
		if (write_shim(dir, progs[i], scif, abs, via, &err) < 0)
			return cli_fail(&err);
	}
	return 0;
}

/* The program a shim runs, or "" when path is not a shim. */
static void
shim_info(const char *path, char *line, size_t len)
{
	FILE *f;

	line[0] = '\0';
	if ((f = fopen(path, "re")) == NULL)
		return;
	if (fgets(line, (int)len, f) == NULL ||
	    fgets(line, (int)len, f) == NULL ||
	    strncmp(line, MARK, strlen(MARK)) != 0)
		line[0] = '\0';
	else
		line[strcspn(line, "\n")] = '\0';
	fclose(f);
}

static int
shim_list_remove(const char *dir, char **progs, int n, int remove)
{
	char path[PATH_MAX], line[PATH_MAX * 2];
	struct dirent **ents;
	int i, j, k, status = 0, hit;

	if ((k = scandir(dir, &ents, NULL, alphasort)) < 0) {
		fprintf(stderr, "scif: shim: %s: %s\n", dir, strerror(errno));
		return SCIF_EXIT_USAGE;
	}
	for (j = 0; j < k; j++) {
		snprintf(path, sizeof(path), "%s/%s", dir, ents[j]->d_name);
		shim_info(path, line, sizeof(line));
		hit = line[0] != '\0';
		for (i = 0; hit && n > 0 && i < n; i++) {
			if (strcmp(progs[i], ents[j]->d_name) == 0)
				break;
		}
		if (hit && n > 0 && i == n)
			hit = 0;
		if (hit && !remove)
			printf("%s %s\n", ents[j]->d_name, line + strlen(MARK));
		if (hit && remove) {
			if (unlink(path) < 0) {
				fprintf(stderr, "scif: shim: %s: %s\n", path,
				    strerror(errno));
				status = SCIF_EXIT_SETUP;
			} else
				printf("removed %s\n", path);
		}
		free(ents[j]);
	}
	free(ents);
	for (i = 0; remove && i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, progs[i]);
		shim_info(path, line, sizeof(line));
		if (access(path, F_OK) == 0 && line[0] == '\0') {
			fprintf(stderr, "scif: shim: %s is not a scif shim\n",
			    path);
			status = SCIF_EXIT_USAGE;
		}
	}
	return status;
}

int
cmd_shim(int argc, char **argv)
{
	const char *dir = NULL, *profile = NULL, *via = NULL, *verb;
	int i;

	if (argc < 2)
		return usage();
	verb = argv[1];
	for (i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
			dir = argv[++i];
		else if (strcmp(argv[i], "--via") == 0 && i + 1 < argc)
			via = argv[++i];
		else if ((strcmp(argv[i], "--profile") == 0 ||
			     strcmp(argv[i], "-p") == 0) &&
		    i + 1 < argc)
			profile = argv[++i];
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (argv[i][0] == '-')
			return usage();
		else
			break;
	}
	if (dir == NULL)
		return usage();
	if (strcmp(verb, "install") == 0) {
		if (i >= argc)
			return usage();
		return shim_install(dir, profile, via, argv + i, argc - i);
	}
	if (profile != NULL || via != NULL)
		return usage();
	if (strcmp(verb, "list") == 0 && i == argc)
		return shim_list_remove(dir, NULL, 0, 0);
	if (strcmp(verb, "remove") == 0)
		return shim_list_remove(dir, argv + i, argc - i, 1);
	return usage();
}
