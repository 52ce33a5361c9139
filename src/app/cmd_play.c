/* cmd_play.c — `gohotel` with no command, and `gohotel play [SCENE.lua] [--param K=V]...
 * [--projector] [--gogc N|off] [--procs N] [--size WxH] [--keys K,...] [--window]`: the
 * window (the lesson menu when no scene is given). With no display, the scene (or the
 * default lesson) runs headless with the same options through `run`'s code, and prints its
 * transcript (`run --transcript`) and report. --keys drives the window with scripted input
 * (demos, tests); --window tries a window even without DISPLAY (SDL_VIDEODRIVER=dummy in
 * tests). `play A.lua B.lua` (like --compare K=V,K=V on one scene) opens the two side by
 * side, stepping together (window_compare.c); with no display, `run A.lua B.lua
 * --transcript`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app/cli.h"
#include "app/compare.h"
#include "app/paths.h"
#include "app/window.h"

static const gh_OptionSpec SPEC = {
    .cmd = "play",
    .accepts = GH_OPT_PARAM | GH_OPT_GOGC | GH_OPT_PROCS | GH_OPT_SIZE | GH_OPT_PROJECTOR | GH_OPT_KEYS |
               GH_OPT_WINDOW | GH_OPT_MAX_STEP_SECONDS | GH_OPT_MAX_MEMORY | GH_OPT_COMPARE | GH_OPT_REDUCED_MOTION,
    .usage = "usage: gohotel play [SCENE.lua] [--param K=V]... [--projector] [--gogc N|off] [--procs N] "
             "[--size WxH] [--keys K1,K2,...] [--window]\n"
             "                   [--max-step-seconds N] [--max-memory SIZE] [--compare K=V,K=V] [--reduced-motion]\n"
             "       gohotel play A.lua B.lua [options]: the two scenes side by side, stepping together\n",
    .fileNoun = "scene",
    .twoFiles = true,
    .fileOptional = true,
};

/* The lesson a class starts with: the first numbered lesson, else the concat scene. */
static const char *default_scene(char *buf, size_t n)
{
    struct stat sb;
    char dir[1024];
    snprintf(buf, n, "%s/01_stack_vs_heap.lua", gh_app_dir("scenes", dir, sizeof dir));
    if (stat(buf, &sb) == 0) return buf;
    snprintf(buf, n, "%s/concat_vs_builder.lua", dir);
    return buf;
}

int gh_cmd_play(int argc, char **argv)
{
    gh_RunOptions o;
    int rc = gh_run_options_parse(&o, &SPEC, argc, argv);
    if (rc) return rc < 0 ? 0 : rc;
    if ((o.compare || o.file2) && o.file) { /* a bad comparison is a usage error, before any window opens */
        char why[1200];
        gh_CompareWhat what = gh_compare_what(&o);
        if (!gh_compare_check(&what, &o, why, sizeof why)) {
            fprintf(stderr, "gohotel play: %s\n", why);
            return strstr(why, "--compare") == why ? 2 : 1;
        }
    }
    gh_WindowOptions w = {.scene = o.file, .cfg = o.cfg, .params = o.params, .nparams = o.nparams,
                          .projector = o.projector, .w = o.w, .h = o.h, .keys = o.keys,
                          .maxStepSeconds = o.maxStepSeconds, .compare = o.compare, .scene2 = o.file2, .reducedMotion = o.reducedMotion};
    const char *display = getenv("DISPLAY"), *wayland = getenv("WAYLAND_DISPLAY"), *drv = getenv("SDL_VIDEODRIVER");
    bool canWindow = o.window || (display && *display) || (wayland && *wayland) ||
                     (drv && *drv && strcmp(drv, "dummy") && strcmp(drv, "offscreen"));
    rc = canWindow ? gh_window_run(&w) : -1;
    if (rc >= 0) return rc;
    /* No display: the lesson as a handout, then its report, with every option given. */
    char buf[1200];
    if (!o.file) o.file = default_scene(buf, sizeof buf);
    fprintf(stderr, "gohotel: no display; running %s%s%s headless\n", o.file, o.file2 ? " and " : "", o.file2 ? o.file2 : "");
    o.transcript = true;
    return o.compare || o.file2 ? gh_run_compare(&o) : gh_run_scene(&o);
}
