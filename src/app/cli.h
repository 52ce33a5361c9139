/* cli.h — the table of gohotel subcommands. Each takes argv with argv[0] = its name and
 * returns the process exit status (0 ok, 1 failure, 2 bad usage). */
#ifndef GH_APP_CLI_H
#define GH_APP_CLI_H

typedef struct gh_Command {
    const char *name;
    int (*run)(int argc, char **argv);
} gh_Command;

extern const gh_Command gh_commands[];

int gh_cmd_sizeclasses(int argc, char **argv);
int gh_cmd_shot(int argc, char **argv);
int gh_cmd_play(int argc, char **argv);
int gh_cmd_run(int argc, char **argv);
int gh_cmd_exec(int argc, char **argv);

#endif
