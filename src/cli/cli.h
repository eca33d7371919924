/* cli.h - the subcommands of scif(1); each returns scif's exit status. */
#ifndef SCIF_CLI_H
#define SCIF_CLI_H

int cmd_run(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_policy(int argc, char **argv);

#endif
