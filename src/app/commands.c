/* commands.c — the subcommand table. */
#include <stddef.h>
#include "app/cli.h"
#include "golang/escape_cli.h"

const gh_Command gh_commands[] = {
    {"sizeclasses", gh_cmd_sizeclasses},
    {"escape", gh_escape_cli},
    {NULL, NULL},
};
