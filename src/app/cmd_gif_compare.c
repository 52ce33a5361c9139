/* cmd_gif_compare.c — `gohotel gif SCENE.lua --compare K=V,K=V ...` and `gohotel gif A.lua
 * B.lua ...`: the split view (compare_screen.h) recorded as an animated GIF, each half's
 * narration burned in as it is drawn there, the difference panel under them.
 *
 * Both sides start where the window opens them (their first pause) and step in lock step
 * as the window's PageDown does on a split view: each side steps its own run by the same
 * kind of stop point (pause by pause when the scene has pauses, line by line otherwise;
 * --by chooses). A side that has reached its end stays there while the other goes on.
 * --from and --to name a pause (of the left side; with two scenes, else of the right) —
 * both sides to that pause's number, as `shot --compare --pause` — or a step number, both
 * sides to that step; --clip takes both from the left side's lesson.clip. A frame is held
 * as in `gohotel gif`: a step for half a second, a pause (on either side) and the end for
 * three, on the recording's own clock, so the same command writes the same file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/cli.h"
#include "app/compare_screen.h"
#include "app/paths.h"

enum { LINE_MS = 500, PAUSE_MS = 3000, MAX_STEPS = 4000 };

typedef struct GifCmp {
    const gh_RunOptions *o;
    gh_CompareScreen cs;
    SDL_Surface *surf;
    SDL_Renderer *r;
    gh_GifRecorder *rec;
    int fps;
    uint32_t now;               /* the recording's clock, ms */
    uint32_t mask;              /* the stop points one step goes to */
} GifCmp;

/* Where a --from/--to puts the sides: a pause number (k > 0), or a step on both. */
typedef struct Mark {
    int pause;
    uint64_t step;
    bool end;                   /* --to not given: both sides' ends */
    bool home;                  /* --from not given: each side where the window opens it */
} Mark;

static bool at_pause(const gh_Stepper *st) { return (gh_stepper_stop_kind(st) & GH_STEP_PAUSE) != 0; }

/* The number of the pause called name, looked for on the left (two scenes: then the right). */
static int pause_number(GifCmp *g, const char *name)
{
    gh_Compare *c = &g->cs.c;
    for (int side = 0; side < (c->scenes ? 2 : 1); side++) {
        gh_Stepper *st = c->s[side].st;
        gh_stepper_goto(st, 0);
        while (gh_stepper_step(st, GH_STEP_PAUSE | GH_STEP_END))
            if (at_pause(st) && !strcmp(gh_stepper_pause_name(st), name)) return gh_stepper_pauses_passed(st);
    }
    return 0;
}

static bool resolve(GifCmp *g, const char *opt, const char *v, Mark *m, const char *text)
{
    memset(m, 0, sizeof *m);
    if (v[strspn(v, "0123456789")] == 0) {
        m->step = strtoull(v, NULL, 10);
        return true;
    }
    m->pause = pause_number(g, v);
    if (!m->pause) fprintf(stderr, "gohotel gif: %s %s: %s has no pause point named '%s'\n", opt, v, text, v);
    return m->pause > 0;
}

static void goto_mark(GifCmp *g, const Mark *m)
{
    gh_Compare *c = &g->cs.c;
    if (m->home)
        for (int i = 0; i < 2; i++) gh_session_goto_step(&c->s[i], c->s[i].home);
    else if (m->pause) gh_compare_goto_pause_index(c, m->pause);
    else
        for (int i = 0; i < 2; i++) gh_session_goto_step(&c->s[i], m->step);
}

/* Has the recording reached `to`: both sides at their ends, or at or past the mark. */
static bool reached(GifCmp *g, const Mark *to)
{
    gh_Compare *c = &g->cs.c;
    bool done = true;
    for (int i = 0; i < 2; i++) {
        const gh_Stepper *st = c->s[i].st;
        bool there = gh_stepper_finished(st);
        if (!to->end && to->pause) there |= gh_stepper_pauses_passed(st) >= to->pause;
        else if (!to->end) there |= gh_stepper_position(st) >= to->step;
        done &= there;
    }
    return done;
}

/* One step of both sides (a side at its end, or already at `to`, stays); false when
 * neither moved. */
static bool step_both(GifCmp *g, const Mark *to)
{
    gh_Compare *c = &g->cs.c;
    bool moved = false;
    for (int i = 0; i < 2; i++) {
        gh_Stepper *st = c->s[i].st;
        if (gh_stepper_finished(st)) continue;
        if (!to->end && to->pause && gh_stepper_pauses_passed(st) >= to->pause) continue;
        if (!to->end && !to->pause && gh_stepper_position(st) >= to->step) continue;
        moved |= gh_stepper_step(st, g->mask);
    }
    return moved;
}

/* The steps from `from` to `to` (nothing drawn); -1 past MAX_STEPS. */
static int64_t count_steps(GifCmp *g, const Mark *from, const Mark *to)
{
    goto_mark(g, from);
    int64_t n = 0;
    while (!reached(g, to)) {
        if (++n > MAX_STEPS) return -1;
        if (!step_both(g, to)) break;
    }
    return n;
}

static bool hold(GifCmp *g, uint32_t ms)
{
    int frames = (int)(ms * (uint32_t)g->fps / 1000);
    if (frames < 1) frames = 1;
    for (int i = 0; i < frames; i++) {
        gh_compare_screen_render(&g->cs, g->now);
        if (!gh_gif_add(g->rec, g->surf->pixels, g->surf->pitch, 100 / g->fps)) return false;
        g->now += 1000u / (uint32_t)g->fps;
    }
    return true;
}

static int record(GifCmp *g, const Mark *from, const Mark *to)
{
    gh_Compare *c = &g->cs.c;
    goto_mark(g, from);
    for (int i = 0; i < 2; i++) gh_view_reset(gh_split_view_half(g->cs.sv, i));
    for (;;) {
        bool pause = at_pause(c->s[0].st) || at_pause(c->s[1].st), last = reached(g, to);
        if (!hold(g, pause || last ? PAUSE_MS : LINE_MS)) return 1;
        if (last || !step_both(g, to)) break;
    }
    return 0;
}

/* The left side's lesson.clip NAME as --from and --to; false after saying which there are. */
static bool clip(GifCmp *g, const char *name, const char **from, const char **to, const char *text)
{
    gh_Session *s = &g->cs.c.s[0];
    gh_session_goto_end(s);
    const gh_Clip *cl;
    int n = gh_stepper_clips(s->st, &cl), i = 0;
    while (i < n && strcmp(cl[i].name, name)) i++;
    if (i == n) {
        fprintf(stderr, "gohotel gif: --clip %s: %s names no clip '%s' (lesson.clip)%s\n", name, text, name, n ? "; it has:" : "");
        for (int k = 0; k < n; k++) fprintf(stderr, "  %s (%s to %s)\n", cl[k].name, cl[k].from, cl[k].to);
        return false;
    }
    static gh_Clip want;
    want = cl[i];
    *from = want.from, *to = want.to;
    return true;
}

/* Open the offscreen split view; 0, or the exit status after printing the error. */
static int open_gif(GifCmp *g, int w, int h)
{
    const gh_RunOptions *o = g->o;
    if (!gh_view_offscreen(w, h, &g->surf, &g->r)) {
        fprintf(stderr, "gohotel gif: cannot create an offscreen renderer: %s\n", SDL_GetError());
        return 1;
    }
    char fontDir[GH_APP_PATH_MAX], why[1200];
    gh_ViewOptions vo = {.projector = o->projector, .palette = o->projector ? 1 : 0,
                         .font_dir = gh_app_dir("assets/fonts", fontDir, sizeof fontDir)};
    gh_CompareWhat what = gh_compare_what(o);
    if (!gh_compare_screen_open(&g->cs, g->r, w, h, &vo, &what, o, why, sizeof why)) {
        fprintf(stderr, "gohotel gif: %s\n", why);
        SDL_DestroyRenderer(g->r);
        SDL_FreeSurface(g->surf);
        return strstr(why, "--compare") == why ? 2 : 1;
    }
    for (int i = 0; i < 2; i++) gh_view_set_reduced_motion(gh_split_view_half(g->cs.sv, i), o->reducedMotion);
    return 0;
}

int gh_gif_compare(const gh_RunOptions *o)
{
    int w = o->w ? o->w : 1280, h = o->h ? o->h : 720;
    GifCmp g = {.o = o, .fps = o->fps ? o->fps : 10, .now = 1000};
    int rc = open_gif(&g, w, h);
    if (rc) return rc;
    gh_Compare *c = &g.cs.c;
    char text[600];
    gh_CompareWhat what = gh_compare_what(o);
    gh_compare_what_text(&what, text, sizeof text);
    const char *where = o->file2 ? text : o->file; /* what a pause or clip is looked for in */
    gh_compare_start(c, NULL); /* where the window opens the two: the default start */
    bool lesson = c->s[0].lesson || c->s[1].lesson;
    int gran = o->by ? o->by - 1 : lesson ? GH_GRAN_PAUSE : GH_GRAN_LINE;
    static const uint32_t BY[] = {GH_STEP_LINE, GH_STEP_OP, GH_STEP_EVENT, GH_STEP_PHASE, 0};
    g.mask = BY[gran] | GH_STEP_PAUSE | GH_STEP_END;
    for (int i = 0; i < 2; i++) {
        c->s[i].gran = gran;
        gh_view_reset(gh_split_view_half(g.cs.sv, i));
    }
    Mark from = {.home = true}, to = {.end = true};
    const char *f = o->from, *t = o->to;
    if (o->clip && !clip(&g, o->clip, &f, &t, where)) rc = 1;
    if (!rc && f && !resolve(&g, "--from", f, &from, where)) rc = 1;
    if (!rc && t && !resolve(&g, "--to", t, &to, where)) rc = 1;
    if (!rc && f && t && ((from.pause && to.pause && to.pause < from.pause) || (!from.pause && !to.pause && to.step < from.step))) {
        fprintf(stderr, "gohotel gif: --to %s comes before --from\n", t);
        rc = 1;
    }
    if (!rc && count_steps(&g, &from, &to) < 0) {
        fprintf(stderr, "gohotel gif: %s: more than %d steps from %s to %s; choose a shorter stretch with --from and --to, or larger steps with --by\n",
                text, MAX_STEPS, f ? f : "the start", t ? t : "the end");
        rc = 1;
    }
    char err[300];
    if (!rc && !(g.rec = gh_gif_open(gh_split_view_panel_view(g.cs.sv), o->out, w, h, err, sizeof err))) {
        fprintf(stderr, "gohotel gif: %s\n", err);
        rc = 1;
    }
    if (!rc) {
        rc = record(&g, &from, &to);
        if (rc && gh_gif_error(g.rec)[0]) fprintf(stderr, "gohotel gif: %s: %s\n", o->out, gh_gif_error(g.rec));
        int frames = gh_gif_frames(g.rec);
        if (!gh_gif_close(g.rec, err, sizeof err)) {
            fprintf(stderr, "gohotel gif: %s: %s\n", o->out, err);
            rc = 1;
        }
        if (!rc) {
            FILE *fp = fopen(o->out, "rb");
            long bytes = -1;
            if (fp && fseek(fp, 0, SEEK_END) == 0) bytes = ftell(fp);
            if (fp) fclose(fp);
            printf("wrote %s: %d frames, %.1f s, %ld bytes (%s: steps %llu | %llu)\n", o->out, frames, (g.now - 1000) / 1000.0,
                   bytes, text, (unsigned long long)gh_stepper_position(c->s[0].st), (unsigned long long)gh_stepper_position(c->s[1].st));
        }
    }
    const char *e = gh_compare_error(c);
    if (!rc && e) { /* the frames show the side's error panel */
        fprintf(stderr, "%s\n", e);
        rc = 1;
    }
    gh_compare_screen_close(&g.cs);
    SDL_DestroyRenderer(g.r);
    SDL_FreeSurface(g.surf);
    return rc;
}
