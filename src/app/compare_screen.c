/* compare_screen.c — a comparison on a split view (compare_screen.h). The panel groups its
 * figures: the gauges under "now", the counters under what they count from (the running
 * lesson.measure's start on each side, else the program's start). */
#include <stdio.h>
#include <string.h>
#include "app/compare_screen.h"

bool gh_compare_screen_open(gh_CompareScreen *cs, SDL_Renderer *r, int w, int h, const gh_ViewOptions *vo,
                            const gh_CompareWhat *what, const gh_RunOptions *base, char *why, size_t n)
{
    memset(cs, 0, sizeof *cs);
    cs->sv = gh_split_view_new(r, w, h, vo);
    if (!cs->sv) return snprintf(why, n, "cannot create the split view"), false;
    if (!gh_compare_open(&cs->c, what, base, gh_split_view_half(cs->sv, 0), gh_split_view_half(cs->sv, 1), why, n)) {
        gh_split_view_free(cs->sv);
        cs->sv = NULL;
        return false;
    }
    gh_split_view_set_labels(cs->sv, cs->c.spec.side[0].label, cs->c.spec.side[1].label);
    return true;
}

void gh_compare_screen_close(gh_CompareScreen *cs)
{
    gh_compare_close(&cs->c);
    gh_split_view_free(cs->sv);
    memset(cs, 0, sizeof *cs);
}

/* Where the two stand: the pause both are at (two scenes: each one's name when they differ;
 * one at its end: the other's pause), else each one's step. */
static void status(const gh_Compare *c, char *buf, size_t n)
{
    const gh_Stepper *a = c->s[0].st, *b = c->s[1].st;
    bool pa = (gh_stepper_stop_kind(a) & GH_STEP_PAUSE) != 0, pb = (gh_stepper_stop_kind(b) & GH_STEP_PAUSE) != 0;
    if (gh_stepper_finished(a) && gh_stepper_finished(b)) snprintf(buf, n, "both at the end");
    else if (pa && pb && gh_stepper_pauses_passed(a) == gh_stepper_pauses_passed(b) &&
             strcmp(gh_stepper_pause_name(a), gh_stepper_pause_name(b)))
        snprintf(buf, n, "pause %d · %.60s | %.60s", gh_stepper_pauses_passed(a), gh_stepper_pause_name(a), gh_stepper_pause_name(b));
    else if (pa && pb && gh_stepper_pauses_passed(a) == gh_stepper_pauses_passed(b))
        snprintf(buf, n, "pause %d · %s", gh_stepper_pauses_passed(a), gh_stepper_pause_name(a));
    else if ((pa && gh_stepper_finished(b)) || (pb && gh_stepper_finished(a))) /* the one with fewer pauses waits at its end */
        snprintf(buf, n, "pause %d · %.60s | %.60s", gh_stepper_pauses_passed(pa ? a : b), pa ? gh_stepper_pause_name(a) : "end",
                 pa ? "end" : gh_stepper_pause_name(b));
    else
        snprintf(buf, n, "step %llu | %llu", (unsigned long long)gh_stepper_position(a), (unsigned long long)gh_stepper_position(b));
}

void gh_compare_screen_sync(gh_CompareScreen *cs)
{
    gh_Compare *c = &cs->c;
    uint64_t fig[2][GH_COMPARE_NFIGURES];
    for (int i = 0; i < 2; i++) {
        gh_session_sync_view(&c->s[i]);
        /* one scene's title is the same on both sides: each half's header names its side */
        if (!c->scenes) gh_view_set_title(gh_split_view_half(cs->sv, i), c->spec.side[i].label);
        gh_compare_side_figures(c, i, fig[i]);
    }
    gh_SplitRow rows[GH_COMPARE_NFIGURES];
    for (int k = 0; k < GH_COMPARE_NFIGURES; k++) {
        const gh_CompareFigure *f = &gh_compare_figure[k];
        rows[k] = (gh_SplitRow){f->name, f->kind == GH_FIG_BYTES ? GH_SPLIT_BYTES : f->kind == GH_FIG_NS ? GH_SPLIT_NS : GH_SPLIT_COUNT,
                                {fig[0][k], fig[1][k]}};
    }
    gh_split_view_set_rows(cs->sv, rows, GH_COMPARE_NFIGURES);
    /* the gauges say now; the counters since the lesson's measure began (or the start) */
    int gauges = 0;
    while (gauges < GH_COMPARE_NFIGURES && !gh_compare_figure[gauges].counter) gauges++;
    char since[400];
    gh_compare_since_text(c, since, sizeof since);
    gh_split_view_set_groups(cs->sv, gauges, "now", since);
    char st[200];
    status(c, st, sizeof st);
    gh_split_view_set_status(cs->sv, st);
}

void gh_compare_screen_render(gh_CompareScreen *cs, uint32_t now_ms)
{
    gh_compare_screen_sync(cs);
    gh_split_view_render(cs->sv, gh_stepper_sim(cs->c.s[0].st), gh_stepper_sim(cs->c.s[1].st), now_ms);
}
