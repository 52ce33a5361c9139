/* cmd_shot.c — `gohotel shot SCENE.lua [--param K=V]... (--step N | --end | --pause NAME)
 * -o FILE.png [--size WxH] [--projector] [--check-layout] [--digest]`, or `--pauses -o DIR`: render
 * exact frames of a scene offscreen with SDL's software renderer (no display needed) and
 * write them as PNGs. --pauses writes DIR/NN-PAUSENAME.png for every lesson pause in order,
 * then DIR/NN-end.png; a pause the lesson asks to compare (lesson.compare) also gets
 * DIR/NN-PAUSENAME-compare.png, the split view (cmd_shot_compare.c). --check-layout asks the view, after each render, for its layout
 * problems (text too small for the back row, overflowing, overlapping; highlighted rooms
 * too small), prints them as `SCENE: pause NAME (step N): problem` and exits 1 if any. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app/cli.h"
#include "app/offscreen_view.h"
#include "app/outdir.h"
#include "app/session.h"

static const gh_OptionSpec SPEC = {
    .cmd = "shot",
    .accepts = GH_OPT_PARAM | GH_OPT_WHERE | GH_OPT_OUT | GH_OPT_SIZE | GH_OPT_PROJECTOR | GH_OPT_CHECK_LAYOUT |
               GH_OPT_DIGEST | GH_OPT_MAX_STEP_SECONDS | GH_OPT_MAX_MEMORY | GH_OPT_COMPARE,
    .usage = "usage: gohotel shot SCENE.lua [--param K=V]... (--step N | --end | --pause NAME) -o FILE.png\n"
             "                  [--size WxH] [--projector] [--check-layout] [--digest] [--max-step-seconds N]\n"
             "                  [--max-memory SIZE] [--compare K=V,K=V]\n"
             "       gohotel shot SCENE.lua [--param K=V]... --pauses -o DIR [--size WxH] [--projector] [--check-layout]\n"
             "       gohotel shot A.lua B.lua ...: the two scenes side by side (as --compare shows one twice)\n",
    .fileNoun = "scene",
    .twoFiles = true,
};

static int usage(const char *why)
{
    fprintf(stderr, "gohotel shot: %s\n%s", why, SPEC.usage);
    return 2;
}

typedef struct Shot {
    const gh_RunOptions *o;
    const char *scene;
    gh_Session s;
    gh_View *v;
    bool check;
    int problems;
} Shot;

/* Render the current step; write it to path (NULL: no file); check its layout. */
static bool render(Shot *sh, const char *path, const char *where)
{
    /* the control bar shows the step size the window would use: pause by pause in a lesson */
    bool paused = (gh_stepper_stop_kind(sh->s.st) & GH_STEP_PAUSE) || gh_session_pause_index(&sh->s) > 0;
    if (paused && sh->s.gran != GH_GRAN_PAUSE) {
        sh->s.gran = GH_GRAN_PAUSE;
        gh_session_sync_view(&sh->s);
    }
    gh_view_render(sh->v, gh_stepper_sim(sh->s.st), 0);
    if (path && !gh_view_screenshot(sh->v, path)) {
        fprintf(stderr, "gohotel shot: cannot write %s\n", path);
        return false;
    }
    if (sh->check) {
        static char buf[16384];
        int n = gh_view_layout_problems(sh->v, buf, sizeof buf);
        for (char *p = buf; n && *p;) {
            char *nl = strchr(p, '\n');
            if (nl) *nl = 0;
            fprintf(stderr, "%s: %s (step %llu): %s\n", sh->scene, where, (unsigned long long)gh_stepper_position(sh->s.st), p);
            if (!nl) break;
            p = nl + 1;
        }
        sh->problems += n;
    }
    return true;
}

/* Every pause of the lesson in order, then the end. */
static bool all_pauses(Shot *sh, const char *dir)
{
    if (!gh_out_make_dirs(dir)) {
        fprintf(stderr, "gohotel shot: cannot create %s: %s\n", dir, strerror(errno));
        return false;
    }
    int k = 0;
    char path[1400], part[200], where[300];
    gh_stepper_goto(sh->s.st, 0);
    while (gh_stepper_step(sh->s.st, GH_STEP_PAUSE | GH_STEP_END)) {
        bool pause = (gh_stepper_stop_kind(sh->s.st) & GH_STEP_PAUSE) != 0;
        if (!pause && !gh_stepper_finished(sh->s.st)) continue;
        const char *name = pause ? gh_stepper_pause_name(sh->s.st) : "end";
        gh_session_sync_view(&sh->s);
        gh_view_reset(sh->v); /* each picture as `shot --pause NAME` draws it: no history from earlier pauses */
        gh_out_file_part(name, part, sizeof part);
        snprintf(path, sizeof path, "%s/%02d-%s.png", dir, ++k, part);
        snprintf(where, sizeof where, "%s %s", pause ? "pause" : "end", pause ? name : "of scene");
        if (!render(sh, path, where)) return false;
        const char *cmp = pause ? gh_stepper_compare(sh->s.st) : "";
        if (cmp[0]) { /* lesson.compare: this pause side by side too */
            snprintf(path, sizeof path, "%s/%02d-%s-compare.png", dir, k, part);
            int problems = gh_shot_compare_pause(sh->o, cmp, gh_session_pause_index(&sh->s), path);
            if (problems < 0) return false;
            sh->problems += problems;
        }
        if (gh_stepper_finished(sh->s.st)) break;
    }
    if (!gh_stepper_finished(sh->s.st)) { /* the last stop was a pause: the end is one more picture */
        gh_session_goto_end(&sh->s);
        gh_view_reset(sh->v);
        snprintf(path, sizeof path, "%s/%02d-end.png", dir, ++k);
        if (!render(sh, path, "end of scene")) return false;
    }
    return true;
}

int gh_cmd_shot(int argc, char **argv)
{
    gh_RunOptions o;
    int rc = gh_run_options_parse(&o, &SPEC, argc, argv);
    if (rc) return rc < 0 ? 0 : rc;
    if (!o.where) return usage("choose what to render: --step N, --end, --pause NAME or --pauses");
    if (!o.out) return usage(o.where == GH_WHERE_PAUSES ? "--pauses needs -o DIR" : "-o FILE.png is missing");
    if (o.compare || o.file2) return gh_shot_compare(&o);
    int w = o.w ? o.w : 1280, h = o.h ? o.h : 720;
    Shot sh = {.o = &o, .scene = o.file, .check = o.checkLayout};
    gh_OffscreenView off;
    if (!gh_offscreen_view_open(&off, "shot", w, h, o.projector)) return 1;
    sh.v = off.v;
    gh_session_open(&sh.s, sh.v, sh.scene, &o.cfg, o.params, o.nparams, o.maxStepSeconds);
    char label[300] = "";
    if (gh_stepper_failed(sh.s.st) && gh_stepper_position(sh.s.st) == 0 && gh_stepper_error(sh.s.st)[0]) {
        fprintf(stderr, "%s\n", gh_stepper_error(sh.s.st));
        rc = 1;
    } else if (o.where == GH_WHERE_PAUSES) {
        if (!all_pauses(&sh, o.out)) rc = 1;
    } else if (o.where == GH_WHERE_STEP) {
        gh_session_goto_step(&sh.s, (uint64_t)o.step);
        if (gh_stepper_position(sh.s.st) < (uint64_t)o.step)
            fprintf(stderr, "gohotel shot: the scene ends at step %llu; showing its last step\n",
                    (unsigned long long)gh_stepper_position(sh.s.st));
        snprintf(label, sizeof label, "step %lld", (long long)o.step);
    } else if (o.where == GH_WHERE_END) {
        gh_session_goto_end(&sh.s);
        snprintf(label, sizeof label, "end of scene");
    } else if (!gh_session_goto_pause(&sh.s, o.pause)) {
        fprintf(stderr, "gohotel shot: %s has no pause point named '%s'\n", sh.scene, o.pause);
        rc = 1;
    } else {
        snprintf(label, sizeof label, "pause %.200s", o.pause);
    }
    if (rc == 0 && o.where != GH_WHERE_PAUSES && !render(&sh, o.out, label)) rc = 1;
    if (rc == 0 && o.digest) /* the same figures as `gohotel run --json`'s "steps" and "event_digest" */
        printf("steps %llu event_digest %016llx\n", (unsigned long long)gh_stepper_position(sh.s.st),
               (unsigned long long)gh_stepper_event_digest(sh.s.st));
    if (rc == 0 && gh_stepper_failed(sh.s.st) && gh_stepper_error(sh.s.st)[0]) {
        fprintf(stderr, "%s\n", gh_stepper_error(sh.s.st)); /* the picture shows the error panel */
        rc = 1;
    }
    if (rc == 0 && sh.problems) {
        fprintf(stderr, "gohotel shot: %d layout problem%s\n", sh.problems, sh.problems == 1 ? "" : "s");
        rc = 1;
    }
    gh_session_close(&sh.s);
    gh_offscreen_view_close(&off);
    return rc;
}
