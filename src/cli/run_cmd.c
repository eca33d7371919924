/* run_cmd.c - scif run: options to a struct scif_spec, run, report. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "err.h"
#include "profile.h"
#include "report.h"
#include "scif.h"
#include "spec.h"
#include "util.h"

enum {
	OPT_ENV = 256,
	OPT_KEEP_ENV,
	OPT_USER,
	OPT_GROUP,
	OPT_MEMORY,
	OPT_CPU,
	OPT_FSIZE,
	OPT_NOFILE,
	OPT_NPROC,
	OPT_STACK,
	OPT_TIME,
	OPT_PASS_FD,
	OPT_REPORT,
	OPT_REPORT_FD,
	OPT_RO,
	OPT_RO_NOEXEC,
	OPT_RW,
	OPT_DEV,
	OPT_PROC,
	OPT_NO_DEFAULT_PATHS,
	OPT_NETWORK,
	OPT_NO_NETWORK,
	OPT_REQUIRE,
	OPT_POLICY,
	OPT_POLICY_STRING,
	OPT_NAMESPACES,
	OPT_TMPFS,
	OPT_CWD,
	OPT_OVERRIDE,
	OPT_AUDIT,
	OPT_NO_NOTIFY,
};

static const struct option long_opts[] = {
	{ "env", required_argument, NULL, OPT_ENV },
	{ "keep-env", required_argument, NULL, OPT_KEEP_ENV },
	{ "user", required_argument, NULL, OPT_USER },
	{ "group", required_argument, NULL, OPT_GROUP },
	{ "memory", required_argument, NULL, OPT_MEMORY },
	{ "cpu", required_argument, NULL, OPT_CPU },
	{ "fsize", required_argument, NULL, OPT_FSIZE },
	{ "nofile", required_argument, NULL, OPT_NOFILE },
	{ "nproc", required_argument, NULL, OPT_NPROC },
	{ "stack", required_argument, NULL, OPT_STACK },
	{ "time", required_argument, NULL, OPT_TIME },
	{ "pass-fd", required_argument, NULL, OPT_PASS_FD },
	{ "report", required_argument, NULL, OPT_REPORT },
	{ "report-fd", required_argument, NULL, OPT_REPORT_FD },
	{ "ro", required_argument, NULL, OPT_RO },
	{ "ro-noexec", required_argument, NULL, OPT_RO_NOEXEC },
	{ "rw", required_argument, NULL, OPT_RW },
	{ "dev", no_argument, NULL, OPT_DEV },
	{ "proc", no_argument, NULL, OPT_PROC },
	{ "no-default-paths", no_argument, NULL, OPT_NO_DEFAULT_PATHS },
	{ "network", no_argument, NULL, OPT_NETWORK },
	{ "no-network", no_argument, NULL, OPT_NO_NETWORK },
	{ "require", required_argument, NULL, OPT_REQUIRE },
	{ "policy", required_argument, NULL, OPT_POLICY },
	{ "policy-string", required_argument, NULL, OPT_POLICY_STRING },
	{ "namespaces", required_argument, NULL, OPT_NAMESPACES },
	{ "tmpfs", required_argument, NULL, OPT_TMPFS },
	{ "cwd", required_argument, NULL, OPT_CWD },
	{ "profile", required_argument, NULL, 'p' },
	{ "override", no_argument, NULL, OPT_OVERRIDE },
	{ "audit", no_argument, NULL, OPT_AUDIT },
	{ "no-notify", no_argument, NULL, OPT_NO_NOTIFY },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static const char run_usage[] =
    "usage: scif run [-p PROFILE] [OPTIONS] -- PROGRAM [ARGS...]\n"
    "  --profile NAME|FILE  (-p) start from a profile (scif profiles);\n"
    "                     the options below may only tighten it\n"
    "  --override         let the options loosen the profile\n"
    "  --via SOCKET       send the job to a scif serve daemon, which runs\n"
    "                     it under its own -p profile (only --rw, limits,\n"
    "                     --time and --report may be given)\n"
    "  --env NAME=VALUE   set a variable (the environment starts empty\n"
    "                     but for PATH=/usr/bin:/bin)\n"
    "  --keep-env NAME    copy a variable from scif's environment\n"
    "  --user UID|NAME    run as this user when scif is root (65534)\n"
    "  --group GID|NAME   run as this group when scif is root (65534)\n"
    "  --memory SIZE      address space limit (RLIMIT_AS), e.g. 512M\n"
    "  --cpu SECONDS      CPU time limit\n"
    "  --fsize SIZE       largest file the job may write\n"
    "  --nofile N         open descriptors\n"
    "  --nproc N          processes of the job's uid\n"
    "  --stack SIZE       stack size\n"
    "  --time DURATION    wall-clock limit: 30, 1.5, 500ms, 2m\n"
    "  --pass-fd N        keep descriptor N open in the job\n"
    "  --ro PATH          read and execute PATH (Landlock)\n"
    "  --ro-noexec PATH   read PATH\n"
    "  --rw PATH          read, write, create, remove under PATH; no exec\n"
    "  --dev              /dev/null, zero, full, random, urandom\n"
    "  --proc             read /proc\n"
    "  --no-default-paths do not give /usr, /bin, /lib*, /etc and --dev\n"
    "  --tmpfs PATH       a private writable tmpfs (mount namespace)\n"
    "  --cwd PATH         the job's working directory\n"
    "  --namespaces MODE  auto (default): every namespace the host allows;\n"
    "                     off; require: fail unless all can be made\n"
    "  --network          allow TCP (denied by default)\n"
    "  --no-network       deny TCP (the default)\n"
    "  --require LAYER,.. fail unless these layers apply (landlock,\n"
    "                     landlock_net, landlock_scope, seccomp, ...)\n"
    "  --policy FILE      syscall policy (scif-policy(5)); default: scif's\n"
    "  --policy-string T  the policy as text\n"
    "  --audit            let every call through, but name each one the\n"
    "                     policy would deny (a dry run of the policy)\n"
    "  --no-notify        load the filter plainly: denied calls go unnamed\n"
    "  --report json      write a JSON report of the run to stderr\n"
    "  --report-fd N      write the report to descriptor N instead\n";

/*
 * A name from /etc/passwd or /etc/group, read directly: scif is linked
 * statically for a fast start, and NSS modules cannot be loaded then.
 */
static int
lookup_name(const char *s, int is_group, uint64_t *out)
{
	FILE *f = fopen(is_group ? "/etc/group" : "/etc/passwd", "re");
	struct passwd *pw;
	struct group *gr;
	int found = 0;

	if (f == NULL)
		return -errno;
	while (!found && !is_group && (pw = fgetpwent(f)) != NULL) {
		if (strcmp(pw->pw_name, s) == 0) {
			*out = pw->pw_uid;
			found = 1;
		}
	}
	while (!found && is_group && (gr = fgetgrent(f)) != NULL) {
		if (strcmp(gr->gr_name, s) == 0) {
			*out = gr->gr_gid;
			found = 1;
		}
	}
	fclose(f);
	return found ? 0 : -ENOENT;
}

static int
parse_id(const char *s, int is_group, uint64_t *out, struct scif_err *err)
{
	if (parse_u64(s, out) == 0) {
		if (*out >= (uint64_t)(uid_t)-1)
			return err_set(err, SCIF_E_USAGE, ERANGE, "id %s", s);
		return 0;
	}
	if (lookup_name(s, is_group, out) == 0)
		return 0;
	return err_set(err, SCIF_E_USAGE, 0, "unknown %s '%s'",
	    is_group ? "group" : "user", s);
}

static int
opt_size(struct scif_spec *s, enum scif_limit l, const char *arg,
    struct scif_err *err)
{
	uint64_t v;

	if (parse_size(arg, &v) < 0)
		return err_set(err, SCIF_E_USAGE, 0,
		    "bad size '%s' (a number with K, M, G or T)", arg);
	return scif_spec_set_limit(s, l, v, err);
}

static int
opt_count(struct scif_spec *s, enum scif_limit l, const char *arg,
    struct scif_err *err)
{
	uint64_t v;

	if (parse_u64(arg, &v) < 0)
		return err_set(err, SCIF_E_USAGE, 0, "bad number '%s'", arg);
	return scif_spec_set_limit(s, l, v, err);
}

static int
opt_fd(const char *arg, int *fd, struct scif_err *err)
{
	uint64_t v;

	if (parse_u64(arg, &v) < 0 || v > 1000000)
		return err_set(
		    err, SCIF_E_USAGE, 0, "bad descriptor '%s'", arg);
	*fd = (int)v;
	return 0;
}

static int
opt_env(struct scif_spec *s, const char *arg, struct scif_err *err)
{
	char name[256];
	size_t n = env_name_len(arg);

	if (arg[n] != '=' || n >= sizeof(name))
		return err_set(err, SCIF_E_USAGE, 0,
		    "--env wants NAME=VALUE, not '%s'", arg);
	memcpy(name, arg, n);
	name[n] = '\0';
	return scif_spec_set_env(s, name, arg + n + 1, err);
}

static int
opt_cpu(struct scif_spec *s, const char *arg, struct scif_err *err)
{
	uint64_t ms;

	if (parse_duration_ms(arg, &ms) < 0 || ms == 0)
		return err_set(err, SCIF_E_USAGE, 0, "bad CPU time '%s'", arg);
	/* RLIMIT_CPU counts whole seconds: round up, never down to 0. */
	return scif_spec_set_limit(s, SCIF_LIMIT_CPU, (ms + 999) / 1000, err);
}

static int
opt_time(struct scif_spec *s, struct run_opts *o, const char *arg,
    struct scif_err *err)
{
	if (parse_duration_ms(arg, &o->time_ms) < 0 || o->time_ms == 0)
		return err_set(err, SCIF_E_USAGE, 0,
		    "bad duration '%s' (e.g. 30, 1.5, 500ms, 2m)", arg);
	return scif_spec_set_time(s, o->time_ms, err);
}

static int
opt_report(struct run_opts *o, const char *arg, struct scif_err *err)
{
	if (strcmp(arg, "json") != 0)
		return err_set(err, SCIF_E_USAGE, 0,
		    "unknown report format '%s' (json)", arg);
	o->report_json = 1;
	return 0;
}

static void
print_warning(void *arg, const char *msg)
{
	(void)arg;
	fprintf(stderr, "scif: %s\n", msg);
}

static int
opt_require(struct scif_spec *s, const char *arg, struct scif_err *err)
{
	char buf[512], *tok, *save = NULL;
	int l;

	if (snprintf(buf, sizeof(buf), "%s", arg) >= (int)sizeof(buf))
		return err_set(err, SCIF_E_USAGE, 0, "--require: too long");
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	     tok = strtok_r(NULL, ",", &save)) {
		if ((l = scif_layer_from_name(tok)) < 0)
			return err_set(err, SCIF_E_USAGE, 0,
			    "--require: unknown layer '%s'", tok);
		if (scif_spec_require(s, (enum scif_layer)l, err) < 0)
			return -1;
	}
	return 0;
}

static int
opt_namespaces(struct scif_spec *s, const char *arg, struct scif_err *err)
{
	if (strcmp(arg, "auto") == 0)
		return scif_spec_set_namespaces(s, SCIF_NS_AUTO, err);
	if (strcmp(arg, "off") == 0)
		return scif_spec_set_namespaces(s, SCIF_NS_OFF, err);
	if (strcmp(arg, "require") == 0)
		return scif_spec_set_namespaces(s, SCIF_NS_REQUIRE, err);
	return err_set(err, SCIF_E_USAGE, 0,
	    "--namespaces: '%s' is not auto, off or require", arg);
}

static int
opt_devices(struct scif_spec *s, struct scif_err *err)
{
	static const char *const devs[] = { "/dev/null", "/dev/zero",
		"/dev/full", "/dev/random", "/dev/urandom" };
	size_t i;

	for (i = 0; i < sizeof(devs) / sizeof(devs[0]); i++) {
		if (scif_spec_add_path(s, devs[i], SCIF_ACCESS_DEV, err) < 0)
			return -1;
	}
	return 0;
}

static int
one_option(int c, const char *arg, struct scif_spec *s, struct run_opts *o,
    struct scif_err *err)
{
	int fd = -1;

	switch (c) {
	case OPT_ENV:
		return opt_env(s, arg, err);
	case OPT_KEEP_ENV:
		return scif_spec_keep_env(s, arg, err);
	case OPT_USER:
		o->uid_set = 1;
		return parse_id(arg, 0, &o->uid, err);
	case OPT_GROUP:
		o->gid_set = 1;
		return parse_id(arg, 1, &o->gid, err);
	case OPT_MEMORY:
		return opt_size(s, SCIF_LIMIT_AS, arg, err);
	case OPT_CPU:
		return opt_cpu(s, arg, err);
	case OPT_FSIZE:
		return opt_size(s, SCIF_LIMIT_FSIZE, arg, err);
	case OPT_NOFILE:
		return opt_count(s, SCIF_LIMIT_NOFILE, arg, err);
	case OPT_NPROC:
		return opt_count(s, SCIF_LIMIT_NPROC, arg, err);
	case OPT_STACK:
		return opt_size(s, SCIF_LIMIT_STACK, arg, err);
	case OPT_TIME:
		return opt_time(s, o, arg, err);
	case OPT_PASS_FD:
		if (opt_fd(arg, &fd, err) < 0)
			return -1;
		return scif_spec_pass_fd(s, fd, err);
	case OPT_REPORT:
		return opt_report(o, arg, err);
	case OPT_RO:
		return scif_spec_add_path(s, arg, SCIF_ACCESS_RO, err);
	case OPT_RO_NOEXEC:
		return scif_spec_add_path(s, arg, SCIF_ACCESS_RO_NOEXEC, err);
	case OPT_RW:
		return scif_spec_add_path(s, arg, SCIF_ACCESS_RW, err);
	case OPT_DEV:
		return opt_devices(s, err);
	case OPT_PROC:
		return scif_spec_set_proc(s, 1, err);
	case OPT_NO_DEFAULT_PATHS:
		return scif_spec_set_default_paths(s, 0, err);
	case OPT_NETWORK:
		return scif_spec_set_network(s, 1, err);
	case OPT_NO_NETWORK:
		return scif_spec_set_network(s, 0, err);
	case OPT_REQUIRE:
		return opt_require(s, arg, err);
	case OPT_NAMESPACES:
		return opt_namespaces(s, arg, err);
	case OPT_TMPFS:
		return scif_spec_add_tmpfs(s, arg, err);
	case OPT_CWD:
		return scif_spec_set_cwd(s, arg, err);
	case OPT_POLICY:
		o->policy_name = arg;
		return scif_spec_set_policy_file(
		    s, arg, print_warning, NULL, err);
	case OPT_POLICY_STRING:
		o->policy_name = "<string>";
		return scif_spec_set_policy_string(
		    s, arg, print_warning, NULL, err);
	case 'p':
	case OPT_OVERRIDE:
		return 0; /* read by run_profile_begin() */
	case OPT_AUDIT:
		o->sc_mode = SCIF_SECCOMP_AUDIT;
		return 0;
	case OPT_NO_NOTIFY:
		o->sc_mode = SCIF_SECCOMP_PLAIN;
		return 0;
	case OPT_REPORT_FD:
		if (opt_fd(arg, &o->report_fd, err) < 0)
			return -1;
		if (fcntl(o->report_fd, F_GETFD) < 0)
			return err_set(err, SCIF_E_USAGE, errno,
			    "--report-fd %d", o->report_fd);
		return 0;
	default:
		return err_set(err, SCIF_E_USAGE, 0,
		    "unknown option (try "
		    "scif run --help)");
	}
}

/* Options, then a mandatory "--", then the program: nothing is guessed. */
int
run_parse(int argc, char **argv, struct scif_spec *s, struct run_opts *o,
    struct scif_err *err)
{
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+hp:", long_opts, NULL)) != -1) {
		if (c == 'h') {
			fputs(run_usage, stdout);
			exit(0);
		}
		if (c == '?' || c == ':')
			return err_set(err, SCIF_E_USAGE, 0,
			    "run: bad or incomplete option '%s' (try scif run "
			    "--help)",
			    argv[optind - 1]);
		if (one_option(c, optarg, s, o, err) < 0)
			return -1;
	}
	if (optind == 1 || strcmp(argv[optind - 1], "--") != 0)
		return err_set(err, SCIF_E_USAGE, 0,
		    "run: missing '--' before the program");
	if (optind >= argc)
		return err_set(
		    err, SCIF_E_USAGE, 0, "run: no program after '--'");
	if ((o->uid_set || o->gid_set) &&
	    scif_spec_set_ids(s, o->uid_set ? (uid_t)o->uid : 65534,
		o->gid_set ? (gid_t)o->gid : 65534, err) < 0)
		return -1;
	return scif_spec_set_argv(s, argv + optind, err);
}

void
run_write_report(
    const struct run_opts *o, char **argv, const struct scif_result *res)
{
	char *json = report_json(argv, res);
	int fd = o->report_fd >= 0 ? o->report_fd : STDERR_FILENO;

	if (json == NULL) {
		fputs("scif: out of memory writing the report\n", stderr);
		return;
	}
	if (dprintf(fd, "%s\n", json) < 0)
		perror("scif: writing the report");
	free(json);
}

void
run_say_why(const struct scif_result *res, uint64_t time_ms)
{
	if (res->reason == SCIF_REASON_TIMEOUT)
		fprintf(stderr,
		    "scif: wall-clock limit of %llu ms reached; "
		    "job killed\n",
		    (unsigned long long)time_ms);
	else if (res->reason == SCIF_REASON_CPU)
		fputs("scif: CPU time limit reached; job killed\n", stderr);
	else if (res->reason == SCIF_REASON_SECCOMP)
		fputs("scif: the program made a system call its policy "
		      "forbids and was killed (SIGSYS)\n",
		    stderr);
	else if (res->reason == SCIF_REASON_FSIZE)
		fputs("scif: file size limit reached; job killed\n", stderr);
}

int
run_parse_profiled(int argc, char **argv, struct scif_spec *s,
    struct run_opts *o, struct scif_err *err)
{
	struct profile *prof = NULL;
	int r;

	r = run_profile_begin(
		argc, argv, long_opts, s, &prof, &o->override, err) < 0 ||
	    run_parse(argc, argv, s, o, err) < 0 ||
	    run_profile_end(prof, s, o->override, err) < 0;
	profile_free(prof);
	return r ? -1 : 0;
}

int
cmd_run(int argc, char **argv)
{
	struct run_opts o = { .report_fd = -1 };
	struct violations v;
	struct scif_result res;
	struct scif_err err;
	struct scif_spec *s;
	int status;

	if (run_via_wanted(argc, argv))
		return cmd_run_via(argc, argv);
	if ((s = scif_spec_new()) == NULL) {
		fputs("scif: out of memory\n", stderr);
		return SCIF_EXIT_SETUP;
	}
	err_clear(&err);
	if (run_parse_profiled(argc, argv, s, &o, &err) < 0 ||
	    violations_init(&v, s, &o, &err) < 0) {
		scif_spec_free(s);
		return cli_fail(&err);
	}
	if (scif_run(s, &res, &err) < 0) {
		scif_spec_free(s);
		return cli_fail(&err);
	}
	/* The profile's time limit, or the option's: the spec has the one
	 * in force. */
	run_say_why(&res, s->time_ms);
	if (o.report_json)
		run_write_report(&o, argv + optind, &res);
	status = res.status;
	scif_spec_free(s);
	return status;
}
