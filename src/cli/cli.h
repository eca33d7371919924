/* cli.h - the subcommands of scif(1); each returns scif's exit status. */
#ifndef SCIF_CLI_H
#define SCIF_CLI_H

struct option;
struct profile;
struct scif_err;
struct scif_spec;

#include <stdint.h>

#include "scif.h"

/* What scif run's options ask of the CLI itself. */
struct run_opts {
	int report_json;
	int report_fd;
	uint64_t uid, gid;
	int uid_set, gid_set;
	uint64_t time_ms;
	const char *policy_name; /* --policy FILE, "<string>", or NULL */
	enum scif_seccomp_mode sc_mode;
	int override; /* --override: the options may loosen a profile */
};

/* scif run's options into s and o, up to "--" and the program (optind). */
int run_parse(int argc, char **argv, struct scif_spec *s, struct run_opts *o,
    struct scif_err *err);
void run_say_why(const struct scif_result *res, uint64_t time_ms);
void run_write_report(
    const struct run_opts *o, char **argv, const struct scif_result *res);

/* Printing each distinct denied call as it happens (violations.c). */
#define VIOLATIONS_SEEN 256

struct violations {
	char policy[64];
	enum scif_seccomp_mode mode;
	uint64_t seen[VIOLATIONS_SEEN]; /* (nr, narrowing argument) keys */
	unsigned nseen;
};

/* Set s's seccomp mode from o, with v printing the calls. */
int violations_init(struct violations *v, struct scif_spec *s,
    const struct run_opts *o, struct scif_err *err);

/* run_parse() with -p: the profile first, the options on top, then the
 * check that they only tightened it. */
int run_parse_profiled(int argc, char **argv, struct scif_spec *s,
    struct run_opts *o, struct scif_err *err);

/* The one place a command prints its error: "scif: MESSAGE" on stderr;
 * returns the exit status for it. */
int cli_fail(const struct scif_err *err);

int cmd_run(int argc, char **argv);
int cmd_serve(int argc, char **argv);
/* scif run --via SOCKET: is it asked for, and the job sent (run_via.c). */
int run_via_wanted(int argc, char **argv);
int cmd_run_via(int argc, char **argv);
int cmd_profiles(int argc, char **argv);
int cmd_shim(int argc, char **argv);

/* scif run -p: load and apply the profile named among the options, and
 * after the options, refuse what loosens it (run_profile.c). */
int run_profile_begin(int argc, char **argv, const struct option *opts,
    struct scif_spec *s, struct profile **pp, int *override,
    struct scif_err *err);
int run_profile_end(
    struct profile *p, struct scif_spec *s, int override, struct scif_err *err);
int cmd_check(int argc, char **argv);
int cmd_policy(int argc, char **argv);
int cmd_learn(int argc, char **argv);

#endif
