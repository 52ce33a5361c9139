/* commands.c — the subcommand table. */
#include <stddef.h>
#include "app/cli.h"

const gh_Command gh_commands[] = {
    {"sizeclasses", gh_cmd_sizeclasses},
    {NULL, NULL},
};
