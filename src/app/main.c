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
    "  (none)               the lesson menu in a window; with no display, the first lesson as a\n"
    "                       transcript (its narration pause by pause) and its report\n"
    "  play [SCENE.lua]     open a scene (or the menu) in the window  [--param K=V] [--projector]\n"
    "                       [--gogc N|off] [--procs N] [--size WxH] [--compare K=V,K=V]; with no\n"
    "                       display, `run --transcript` with the same options\n"
    "  run SCENE.lua        run a scene headless and print its report  [--param K=V] [--json]\n"
    "                       [--transcript] [--gctrace] [--gogc N|off] [--procs N] [--steps N]\n"
    "                       [--max-ops N] [--max-memory SIZE] [--pprof FILE] [--compare K=V,K=V]\n"
    "  shot SCENE.lua       render one step of a scene to a PNG  (--step N | --end | --pause NAME)\n"
    "                       -o FILE.png [--size WxH] [--projector] [--param K=V] [--digest]\n"
    "                       --pauses -o DIR: one PNG per pause; --check-layout: fail on text\n"
    "                       that is too small, overflows its panel or overlaps other text;\n"
    "                       [--compare K=V,K=V]\n"
    "  gif SCENE.lua        record a stretch of a scene as an animated GIF, narration burned in\n"
    "                       [--from STEP|PAUSE] [--to STEP|PAUSE] -o FILE.gif [--size WxH]\n"
    "                       [--by line|operation|event|phase|pause] [--fps N] [--projector]\n"
    "                       [--compare K=V,K=V]\n"
    "  escape FILE.go       print Go's escape analysis diagnostics (-gcflags=-m) for FILE.go\n"
    "  escape -d=defer FILE.go  print the kind of each defer (-gcflags=-d=defer)\n"
    "  exec FILE.go         run a Go-subset program on the simulated runtime  [--json] [--gctrace]\n"
    "                       [--gcpacertrace] [--gogc N|off] [--procs N] [--max-ops N] [--max-memory SIZE]\n"
    "                       [--pprof FILE]\n"
    "  sizeclasses          print Go's size class table as the simulator uses it (CSV)\n"
    "\n"
    "options:\n"
    "  --help               show this help\n"
    "  --version            show the version\n"
    "  --max-memory SIZE    (run, play, shot, exec) host memory the scene or program may make\n"
    "                       gohotel allocate: 512M, 2G, bytes (default 1G); past it, Go's\n"
    "                       'fatal error: out of memory' at the line that asked\n"
    "  --compare K=V,K=V    (play, run, shot, gif) the scene twice side by side, in lock\n"
    "                       step: each side sets a param of the scene, gogc or procs (join\n"
    "                       several with +: n=100+gogc=50,n=1000+gogc=50)\n"
    "  A.lua B.lua          (play, run, shot, gif) two scenes side by side, in lock step by\n"
    "                       pause (the one with fewer pauses waits at its end)\n"
    "  --pprof FILE         (run, exec) write the heap profile for `go tool pprof FILE`:\n"
    "                       every allocation with its stack (exact counts: MemProfileRate=1)\n";

int main(int argc, char **argv)
{
    if (argc < 2) return gh_cmd_play(1, (char *[]){"play", NULL});
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
