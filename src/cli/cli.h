/* cli.h - the subcommands of scif(1); each returns scif's exit status. */
#ifndef SCIF_CLI_H
#define SCIF_CLI_H

struct option;
struct profile;
struct scif_err;
struct scif_spec;

int cmd_run(int argc, char **argv);
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

#endif
