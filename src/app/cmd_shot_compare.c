/* cmd_shot_compare.c — `gohotel shot SCENE.lua --compare K=V,K=V ...` (or `shot A.lua B.lua
 * ...`, two scenes side by side): the same frames as
 * shot (--step N, --end, --pause NAME, --pauses -o DIR), each drawn as the split view of
 * the two configurations standing at the same place: the same step number, the end, or
 * the same pause (by its number among the pauses passed, so a pause named once per run is
 * the same pause on both sides). --digest prints each side's step and event digest, the
 * figures `gohotel shot` and `run --json` print for that configuration alone, then the
 * difference panel as drawn: what its counters count from, and each figure's two values
 * (also for the split picture `shot --pauses` adds at a lesson.compare pause). */
#include <stdio.h>
#include <string.h>
#include "app/cli.h"
#include "app/compare_screen.h"
#include "app/offscreen_view.h"
#include "app/outdir.h"
#include "app/paths.h"

typedef struct Shot {
    const gh_RunOptions *o;
    gh_CompareWhat what;        /* --compare's, a lesson.compare's, or two scenes */
    char text[600];             /* what, as messages name it */
    gh_CompareScreen cs;
    SDL_Surface *surf;
    SDL_Renderer *r;
    int problems;
} Shot;

/* The offscreen split view of sh->what; 0, or the exit status after printing the error. */
static int open_shot(Shot *sh)
{
    const gh_RunOptions *o = sh->o;
    int w = o->w ? o->w : 1280, h = o->h ? o->h : 720;
    if (!gh_view_offscreen(w, h, &sh->surf, &sh->r)) {
        fprintf(stderr, "gohotel shot: cannot create an offscreen renderer: %s\n", SDL_GetError());
        return 1;
    }
    char fontDir[GH_APP_PATH_MAX], why[1200];
    gh_ViewOptions vo = {.projector = o->projector, .palette = o->projector ? 1 : 0,
                         .font_dir = gh_app_dir("assets/fonts", fontDir, sizeof fontDir)};
    gh_compare_what_text(&sh->what, sh->text, sizeof sh->text);
    if (!gh_compare_screen_open(&sh->cs, sh->r, w, h, &vo, &sh->what, o, why, sizeof why)) {
        fprintf(stderr, "gohotel shot: %s\n", why);
        SDL_DestroyRenderer(sh->r);
        SDL_FreeSurface(sh->surf);
        return strstr(why, "--compare") == why ? 2 : 1;
    }
    return 0;
}

static void close_shot(Shot *sh)
{
    gh_compare_screen_close(&sh->cs);
    SDL_DestroyRenderer(sh->r);
    SDL_FreeSurface(sh->surf);
}

static bool render(Shot *sh, const char *path, const char *where)
{
    for (int i = 0; i < 2; i++) { /* the control bar's step size, as a lesson's window shows it */
        gh_Session *s = &sh->cs.c.s[i];
        if (gh_session_pause_index(s) > 0) s->gran = GH_GRAN_PAUSE;
    }
    gh_compare_screen_render(&sh->cs, 0);
    if (path && !gh_split_view_screenshot(sh->cs.sv, path)) {
        fprintf(stderr, "gohotel shot: cannot write %s\n", path);
        return false;
    }
    if (sh->o->checkLayout) {
        static char buf[32768];
        int n = gh_split_view_layout_problems(sh->cs.sv, buf, sizeof buf);
        for (char *p = buf; n && *p;) {
            char *nl = strchr(p, '\n');
            if (nl) *nl = 0;
            fprintf(stderr, "%s: %s (compare %s): %s\n", sh->o->file, where, sh->text, p);
            if (!nl) break;
            p = nl + 1;
        }
        sh->problems += n;
    }
    return true;
}

/* The panel's figures as the picture shows them: "panel since: ..." then "panel NAME: L R". */
static void print_panel(const gh_Compare *c)
{
    char since[400];
    gh_compare_since_text(c, since, sizeof since);
    printf("panel since: %s\n", since);
    uint64_t fig[2][GH_COMPARE_NFIGURES];
    for (int i = 0; i < 2; i++) gh_compare_side_figures(c, i, fig[i]);
    for (int k = 0; k < GH_COMPARE_NFIGURES; k++)
        printf("panel %s: %llu %llu\n", gh_compare_figure[k].json, (unsigned long long)fig[0][k], (unsigned long long)fig[1][k]);
}

static bool at_pause(const gh_Stepper *st) { return (gh_stepper_stop_kind(st) & GH_STEP_PAUSE) != 0; }

static bool all_pauses(Shot *sh, const char *dir)
{
    if (!gh_out_make_dirs(dir)) {
        fprintf(stderr, "gohotel shot: cannot create %s\n", dir);
        return false;
    }
    gh_Compare *c = &sh->cs.c;
    char path[1400], part[200], where[300];
    int k = 0;
    for (int p = 1;; p++) {
        gh_compare_goto_pause_index(c, p);
        if (!at_pause(c->s[0].st) && !at_pause(c->s[1].st)) break; /* both past their last pause */
        const gh_Stepper *named = at_pause(c->s[0].st) ? c->s[0].st : c->s[1].st;
        for (int i = 0; i < 2; i++) gh_view_reset(gh_split_view_half(sh->cs.sv, i));
        gh_out_file_part(gh_stepper_pause_name(named), part, sizeof part);
        snprintf(path, sizeof path, "%s/%02d-%s.png", dir, ++k, part);
        snprintf(where, sizeof where, "pause %s", gh_stepper_pause_name(named));
        if (!render(sh, path, where)) return false;
    }
    gh_compare_goto_end(c);
    for (int i = 0; i < 2; i++) gh_view_reset(gh_split_view_half(sh->cs.sv, i));
    snprintf(path, sizeof path, "%s/%02d-end.png", dir, ++k);
    return render(sh, path, "end of scene");
}

/* The pause called name on the left side (two scenes: else on the right): both to that
 * pause's number. */
static bool goto_pause(Shot *sh, const char *name)
{
    for (int side = 0; side < (sh->cs.c.scenes ? 2 : 1); side++) {
        gh_Stepper *st = sh->cs.c.s[side].st;
        gh_stepper_goto(st, 0);
        while (gh_stepper_step(st, GH_STEP_PAUSE | GH_STEP_END))
            if (at_pause(st) && !strcmp(gh_stepper_pause_name(st), name)) {
                gh_compare_goto_pause_index(&sh->cs.c, gh_stepper_pauses_passed(st));
                return true;
            }
    }
    return false;
}

int gh_shot_compare_pause(const gh_RunOptions *o, const char *spec, int k, const char *path)
{
    Shot sh = {.o = o, .what = {spec, {o->file, NULL}}};
    if (open_shot(&sh)) return -1;
    gh_compare_goto_pause_index(&sh.cs.c, k);
    char where[300];
    snprintf(where, sizeof where, "pause %.200s", gh_stepper_pause_name(sh.cs.c.s[0].st));
    bool ok = render(&sh, path, where);
    if (ok && o->digest) print_panel(&sh.cs.c);
    const char *err = gh_compare_error(&sh.cs.c);
    if (ok && err) fprintf(stderr, "%s\n", err);
    close_shot(&sh);
    return ok && !err ? sh.problems : -1;
}

int gh_shot_compare(const gh_RunOptions *o)
{
    Shot sh = {.o = o, .what = gh_compare_what(o)};
    int rc = open_shot(&sh);
    if (rc) return rc;
    gh_Compare *c = &sh.cs.c;
    char label[300] = "";
    if (o->where == GH_WHERE_PAUSES) {
        if (!all_pauses(&sh, o->out)) rc = 1;
    } else if (o->where == GH_WHERE_STEP) {
        for (int i = 0; i < 2; i++) gh_session_goto_step(&c->s[i], (uint64_t)o->step);
        snprintf(label, sizeof label, "step %lld", (long long)o->step);
    } else if (o->where == GH_WHERE_END) {
        gh_compare_goto_end(c);
        snprintf(label, sizeof label, "end of scene");
    } else if (!goto_pause(&sh, o->pause)) {
        fprintf(stderr, "gohotel shot: %s has no pause point named '%s'\n", o->file2 ? sh.text : o->file, o->pause);
        rc = 1;
    } else {
        snprintf(label, sizeof label, "pause %.200s", o->pause);
    }
    if (rc == 0 && o->where != GH_WHERE_PAUSES && !render(&sh, o->out, label)) rc = 1;
    if (rc == 0 && o->digest)
        for (int i = 0; i < 2; i++)
            printf("%s: steps %llu event_digest %016llx\n", c->spec.side[i].label,
                   (unsigned long long)gh_stepper_position(c->s[i].st), (unsigned long long)gh_stepper_event_digest(c->s[i].st));
    if (rc == 0 && o->digest) print_panel(c);
    const char *err = gh_compare_error(c);
    if (rc == 0 && err) {
        fprintf(stderr, "%s\n", err);
        rc = 1;
    }
    if (rc == 0 && sh.problems) {
        fprintf(stderr, "gohotel shot: %d layout problem%s\n", sh.problems, sh.problems == 1 ? "" : "s");
        rc = 1;
    }
    close_shot(&sh);
    return rc;
}
