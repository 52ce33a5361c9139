/* cmd_play.c — `gohotel` with no command, and `gohotel play [SCENE.lua] [--param K=V]...
 * [--projector] [--gogc N] [--procs N] [--size WxH] [--keys K,...] [--window]`: the window
 * (the lesson menu when no scene is given). With no display, the default lesson runs
 * headless and prints its transcript (`run --transcript`) and report. --keys drives the
 * window with scripted input (demos, tests); --window tries a window even without DISPLAY
 * (SDL_VIDEODRIVER=dummy in tests). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app/cli.h"
#include "app/paths.h"
#include "app/window.h"

/* The lesson a class starts with: the first numbered lesson, else the concat scene. */
static const char *default_scene(char *buf, size_t n)
{
    struct stat sb;
    snprintf(buf, n, "%s/01_stack_vs_heap.lua", gh_app_dir("scenes"));
    if (stat(buf, &sb) == 0) return buf;
    snprintf(buf, n, "%s/concat_vs_builder.lua", gh_app_dir("scenes"));
    return buf;
}

int gh_cmd_play(int argc, char **argv)
{
    gh_WindowOptions o = {.cfg = gh_config_default()};
    bool forceWindow = false;
    char *params[64];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        if (!strcmp(a, "--param") && more && o.nparams < 64) params[o.nparams++] = argv[++i];
        else if (!strcmp(a, "--projector")) o.projector = true;
        else if (!strcmp(a, "--gogc") && more) o.cfg.gcPercent = atoi(argv[++i]);
        else if (!strcmp(a, "--procs") && more) o.cfg.gomaxprocs = atoi(argv[++i]);
        else if (!strcmp(a, "--keys") && more) o.keys = argv[++i];
        else if (!strcmp(a, "--window")) forceWindow = true;
        else if (!strcmp(a, "--size") && more) {
            if (sscanf(argv[++i], "%dx%d", &o.w, &o.h) != 2 || o.w < 1 || o.h < 1) return fprintf(stderr, "gohotel play: --size WxH\n"), 2;
        }
        else if (a[0] != '-' && !o.scene) o.scene = a;
        else {
            fprintf(stderr, "usage: gohotel play [SCENE.lua] [--param K=V]... [--projector] [--gogc N] [--procs N] "
                            "[--size WxH] [--keys K1,K2,...] [--window]\n");
            return 2;
        }
    }
    o.params = params;
    const char *display = getenv("DISPLAY"), *wayland = getenv("WAYLAND_DISPLAY"), *drv = getenv("SDL_VIDEODRIVER");
    bool canWindow = forceWindow || (display && *display) || (wayland && *wayland) || (drv && *drv && strcmp(drv, "dummy") && strcmp(drv, "offscreen"));
    int rc = canWindow ? gh_window_run(&o) : -1;
    if (rc >= 0) return rc;
    /* No display: run the lesson headless and print its report. */
    char buf[1200];
    const char *scene = o.scene ? o.scene : default_scene(buf, sizeof buf);
    fprintf(stderr, "gohotel: no display; running %s headless\n", scene);
    char *rargv[3 + 2 * 64];
    int rargc = 0;
    rargv[rargc++] = "run";
    rargv[rargc++] = (char *)scene;
    rargv[rargc++] = "--transcript"; /* the lesson as a handout, then its report */
    for (int i = 0; i < o.nparams; i++) {
        rargv[rargc++] = "--param";
        rargv[rargc++] = params[i];
    }
    return gh_cmd_run(rargc, rargv);
}
