/* cmd_gif.c — `gohotel gif SCENE.lua [--param K=V]... [--from STEP|PAUSE] [--to STEP|PAUSE]
 * [--by line|operation|event|phase|pause] -o out.gif [--size WxH] [--fps N] [--projector]`:
 * render a stretch of a scene headless as an animated GIF, the same frames the window would
 * show, narration included.
 *
 * From the start point (a step number, a pause name, or by default where the window opens
 * the scene) the scene steps as the window's PageDown would (pause by pause in a lesson, line
 * by line otherwise; --by chooses) to the end point (by default the end). Each stop is held
 * on screen: a step for half a second, a pause and the end for three, long enough to read
 * the narration. --clip NAME takes both ends from a stretch the lesson named with
 * lesson.clip(NAME, FROM_PAUSE, TO_PAUSE). The steps are counted before anything is drawn, so a stretch too long for
 * one GIF is refused at once. Time in the frames is the recording's own clock
 * (frame k is drawn at k/fps seconds), never the wall clock, so the same command gives the
 * same file: flashes fade over the held frames exactly as in the window. With --compare
 * K=V,K=V, or two scenes, it records the split view instead (cmd_gif_compare.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/cli.h"
#include "app/offscreen_view.h"
#include "app/session.h"

static const gh_OptionSpec SPEC = {
    .cmd = "gif",
    .accepts = GH_OPT_PARAM | GH_OPT_OUT | GH_OPT_SIZE | GH_OPT_PROJECTOR | GH_OPT_RANGE | GH_OPT_FPS | GH_OPT_BY |
               GH_OPT_MAX_STEP_SECONDS | GH_OPT_MAX_MEMORY | GH_OPT_GOGC | GH_OPT_PROCS | GH_OPT_REDUCED_MOTION | GH_OPT_COMPARE,
    .usage = "usage: gohotel gif SCENE.lua [--param K=V]... [--from STEP|PAUSE] [--to STEP|PAUSE | --clip NAME] -o FILE.gif\n"
             "                 [--by line|operation|event|phase|pause] [--size WxH] [--fps N] [--projector]\n"
             "                 [--gogc N|off] [--procs N] [--reduced-motion] [--compare K=V,K=V]\n"
             "       gohotel gif A.lua B.lua [options]: the two scenes side by side (as --compare shows one twice)\n",
    .fileNoun = "scene",
    .twoFiles = true,
};

enum { LINE_MS = 500, PAUSE_MS = 3000, MAX_STEPS = 4000 };

typedef struct Gif {
    gh_Session s;
    gh_OffscreenView off;
    gh_View *v;                 /* off.v */
    gh_GifRecorder *rec;
    int fps;
    uint32_t now;   /* the recording's clock, ms */
} Gif;

/* A --from/--to value as a stop point: digits are a step, anything else a pause's name. */
static bool resolve(Gif *g, const char *scene, const char *opt, const char *v, uint64_t *out)
{
    if (v[strspn(v, "0123456789")] == 0) {
        *out = strtoull(v, NULL, 10);
        gh_session_goto_step(&g->s, *out);
        if (gh_stepper_position(g->s.st) < *out) {
            fprintf(stderr, "gohotel gif: %s %s: %s ends at step %llu\n", opt, v, scene,
                    (unsigned long long)gh_stepper_position(g->s.st));
            return false;
        }
        return true;
    }
    if (!gh_session_goto_pause(&g->s, v)) {
        fprintf(stderr, "gohotel gif: %s %s: %s has no pause point named '%s'\n", opt, v, scene, v);
        return false;
    }
    *out = gh_stepper_position(g->s.st);
    return true;
}

/* Hold what the scene shows now for ms: frames at the recording's clock. */
static bool hold(Gif *g, uint32_t ms)
{
    int frames = (int)(ms * (uint32_t)g->fps / 1000);
    if (frames < 1) frames = 1;
    int cs = 100 / g->fps;
    for (int i = 0; i < frames; i++) {
        gh_view_render(g->v, gh_stepper_sim(g->s.st), g->now);
        if (!gh_gif_add(g->rec, g->off.surf->pixels, g->off.surf->pitch, cs)) return false;
        g->now += 1000u / (uint32_t)g->fps;
    }
    return true;
}

static const uint32_t BY[] = {GH_STEP_LINE, GH_STEP_OP, GH_STEP_EVENT, GH_STEP_PHASE, 0};

/* The number of steps from `from` to `to` (stepping only, nothing drawn); -1 past MAX_STEPS. */
static int64_t count_steps(Gif *g, uint32_t mask, uint64_t from, uint64_t to)
{
    gh_stepper_goto(g->s.st, from);
    int64_t n = 0;
    while (gh_stepper_position(g->s.st) < to && !gh_stepper_finished(g->s.st)) {
        if (++n > MAX_STEPS) return -1;
        if (!gh_stepper_step(g->s.st, mask)) break;
    }
    return n;
}

static int record(Gif *g, uint32_t mask, uint64_t from, uint64_t to)
{
    gh_session_goto_step(&g->s, from);
    gh_view_reset(g->v);
    gh_session_sync_view(&g->s);
    for (;;) {
        bool pause = (gh_stepper_stop_kind(g->s.st) & GH_STEP_PAUSE) != 0;
        bool last = gh_stepper_position(g->s.st) >= to || gh_stepper_finished(g->s.st);
        if (!hold(g, pause || last ? PAUSE_MS : LINE_MS)) return 1;
        if (last) break;
        if (!gh_stepper_step(g->s.st, mask)) break;
        gh_session_sync_view(&g->s);
    }
    return 0;
}

int gh_cmd_gif(int argc, char **argv)
{
    gh_RunOptions o;
    int rc = gh_run_options_parse(&o, &SPEC, argc, argv);
    if (rc) return rc < 0 ? 0 : rc;
    if (!o.out) {
        fprintf(stderr, "gohotel gif: -o FILE.gif is missing\n%s", SPEC.usage);
        return 2;
    }
    if (o.compare || o.file2) return gh_gif_compare(&o); /* the split view */
    int w = o.w ? o.w : 1280, h = o.h ? o.h : 720;
    Gif g = {.fps = o.fps ? o.fps : 10, .now = 1000};
    if (!gh_offscreen_view_open(&g.off, "gif", w, h, o.projector)) return 1;
    g.v = g.off.v;
    gh_view_set_reduced_motion(g.v, o.reducedMotion);
    gh_session_open(&g.s, g.v, o.file, &o.cfg, o.params, o.nparams, o.maxStepSeconds);
    uint64_t from = 0, to = UINT64_MAX;
    if (gh_stepper_failed(g.s.st) && gh_stepper_position(g.s.st) == 0 && gh_stepper_error(g.s.st)[0]) {
        fprintf(stderr, "%s\n", gh_stepper_error(g.s.st));
        rc = 1;
    } else {
        gh_session_start(&g.s, NULL); /* where the window opens the scene: the default start */
        from = gh_stepper_position(g.s.st);
        if (o.clip) { /* the lesson's clips are known once it has run */
            gh_session_goto_end(&g.s);
            const gh_Clip *c;
            int n = gh_stepper_clips(g.s.st, &c), i = 0;
            while (i < n && strcmp(c[i].name, o.clip)) i++;
            if (i == n) {
                fprintf(stderr, "gohotel gif: --clip %s: %s names no clip '%s' (lesson.clip)%s\n", o.clip, o.file, o.clip,
                        n ? "; it has:" : "");
                for (int k = 0; k < n; k++) fprintf(stderr, "  %s (%s to %s)\n", c[k].name, c[k].from, c[k].to);
                rc = 1;
            } else {
                static gh_Clip want;
                want = c[i];
                o.from = want.from, o.to = want.to;
            }
        }
        if (!rc && o.to && !resolve(&g, o.file, "--to", o.to, &to)) rc = 1;
        if (!rc && o.from && !resolve(&g, o.file, "--from", o.from, &from)) rc = 1;
        if (!rc && to < from) {
            fprintf(stderr, "gohotel gif: --to (step %llu) comes before --from (step %llu)\n", (unsigned long long)to,
                    (unsigned long long)from);
            rc = 1;
        }
    }
    uint32_t mask = 0;
    if (!rc) {
        g.s.gran = o.by ? o.by - 1 : g.s.lesson ? GH_GRAN_PAUSE : GH_GRAN_LINE; /* else as the window steps */
        mask = BY[g.s.gran] | GH_STEP_PAUSE | GH_STEP_END;
        if (count_steps(&g, mask, from, to) < 0) { /* before the file is made: nothing half-written */
            fprintf(stderr, "gohotel gif: %s: more than %d steps from step %llu to %s; choose a shorter stretch with --from and --to, or larger steps with --by\n",
                    o.file, MAX_STEPS, (unsigned long long)from, o.to ? o.to : "the end");
            rc = 1;
        }
    }
    char err[300];
    if (!rc && !(g.rec = gh_gif_open(g.v, o.out, w, h, err, sizeof err))) {
        fprintf(stderr, "gohotel gif: %s\n", err);
        rc = 1;
    }
    if (!rc) {
        rc = record(&g, mask, from, to);
        if (rc && gh_gif_error(g.rec)[0]) fprintf(stderr, "gohotel gif: %s: %s\n", o.out, gh_gif_error(g.rec));
        int frames = gh_gif_frames(g.rec);
        if (!gh_gif_close(g.rec, err, sizeof err)) {
            fprintf(stderr, "gohotel gif: %s: %s\n", o.out, err);
            rc = 1;
        }
        if (!rc) {
            FILE *f = fopen(o.out, "rb");
            long bytes = -1;
            if (f && fseek(f, 0, SEEK_END) == 0) bytes = ftell(f);
            if (f) fclose(f);
            printf("wrote %s: %d frames, %.1f s, %ld bytes (steps %llu to %llu)\n", o.out, frames, (g.now - 1000) / 1000.0, bytes,
                   (unsigned long long)from, (unsigned long long)gh_stepper_position(g.s.st));
        }
    }
    if (!rc && gh_stepper_failed(g.s.st) && gh_stepper_error(g.s.st)[0]) {
        fprintf(stderr, "%s\n", gh_stepper_error(g.s.st)); /* the frames show the error panel */
        rc = 1;
    }
    gh_session_close(&g.s);
    gh_offscreen_view_close(&g.off);
    return rc;
}
