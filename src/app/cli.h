/* cli.h — the table of gohotel subcommands. Each takes argv with argv[0] = its name and
 * returns the process exit status (0 ok, 1 failure, 2 bad usage). Their options are read
 * by the one parser of options.h. */
#ifndef GH_APP_CLI_H
#define GH_APP_CLI_H
#include "app/options.h"

typedef struct gh_Command {
    const char *name;
    int (*run)(int argc, char **argv);
} gh_Command;

extern const gh_Command gh_commands[];

int gh_cmd_sizeclasses(int argc, char **argv);
int gh_cmd_shot(int argc, char **argv);
int gh_cmd_gif(int argc, char **argv);
int gh_cmd_play(int argc, char **argv);
int gh_cmd_run(int argc, char **argv);
int gh_cmd_exec(int argc, char **argv);

/* `run`'s work once its options are parsed: run o->file headless and print its report.
 * `play` with no display runs the same options through it. */
int gh_run_scene(const gh_RunOptions *o);
/* shot and run with --compare (cmd_shot_compare.c, cmd_run_compare.c). */
int gh_shot_compare(const gh_RunOptions *o);
int gh_run_compare(const gh_RunOptions *o);
/* gif with --compare or two scenes (cmd_gif_compare.c). */
int gh_gif_compare(const gh_RunOptions *o);
/* The split view of comparison `spec` at pause number k of o->file, written to path: the
 * number of layout problems (o->checkLayout, printed), or -1 after printing an error. */
int gh_shot_compare_pause(const gh_RunOptions *o, const char *spec, int k, const char *path);

#endif
