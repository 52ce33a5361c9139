/* commands.c — the subcommand table. */
#include <stddef.h>
#include "app/cli.h"
#include "golang/escape_cli.h"

const gh_Command gh_commands[] = {
    {"sizeclasses", gh_cmd_sizeclasses},
    {"run", gh_cmd_run},
    {"escape", gh_escape_cli},
    {"exec", gh_cmd_exec},
    {"shot", gh_cmd_shot},
    {"gif", gh_cmd_gif},
    {"play", gh_cmd_play},
    {NULL, NULL},
};
