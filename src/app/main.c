/* main.c — the gohotel executable: dispatches subcommands. */
#include <stdio.h>
#include <string.h>
#include "app/cli.h"

static const char *const usage =
    "usage: gohotel [--help] [--version] <command> [args]\n";

static const char *const help =
    "gohotel — an interactive simulator of Go's memory management, drawn as a hotel.\n"
    "\n"
    "usage: gohotel [--help] [--version] <command> [args]\n"
    "\n"
    "commands:\n"
    "  sizeclasses          print Go's size class table as the simulator uses it (CSV)\n"
    "  escape FILE.go       print Go's escape analysis diagnostics (-gcflags=-m) for FILE.go\n"
    "\n"
    "options:\n"
    "  --help               show this help\n"
    "  --version            show the version\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(help, stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("gohotel %s (simulating Go 1.19 on linux/amd64)\n", GOHOTEL_VERSION);
        return 0;
    }
    for (const gh_Command *c = gh_commands; c->name; c++)
        if (!strcmp(cmd, c->name)) return c->run(argc - 1, argv + 1);
    fprintf(stderr, "gohotel: unknown command or option '%s'\n", cmd);
    fputs(usage, stderr);
    return 2;
}
