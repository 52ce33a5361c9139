/* window_compare.c — side by side in the window (window_compare.h). The keys are the
 * window's (gh_view_key_action): every step, back, restart, next GC, end, play and step
 * size goes to both sides at once (gh_compare_act); S saves the split picture as
 * gohotel-compare-N.png; D or Esc leaves. The mouse works in either half as in the single
 * view: hover a room for its tooltip, click to pin it, wheel and drag (split_view.c). */
#include <stdio.h>
#include <string.h>
#include "app/paths.h"
#include "app/window_compare.h"

bool gh_window_compare_enter(gh_WindowCompare *wc, SDL_Renderer *r, int w, int h, bool projector, const char *spec,
                             const char *scene2, const gh_Session *s, char *why, size_t n)
{
    static char kv[GH_SESSION_MAX_PARAMS][520];
    gh_RunOptions base = {.file = s->scene, .cfg = s->cfg, .maxStepSeconds = s->maxStepSeconds};
    for (int i = 0; i < s->nparams && i < GH_RUN_MAX_PARAMS; i++) {
        snprintf(kv[i], sizeof kv[i], "%s=%s", s->params[i][0], s->params[i][1]);
        base.params[base.nparams++] = kv[i];
    }
    char fontDir[GH_APP_PATH_MAX];
    gh_ViewOptions vo = {.projector = projector, .palette = projector ? 1 : 0,
                         .font_dir = gh_app_dir("assets/fonts", fontDir, sizeof fontDir)};
    int shots = wc->shots;
    memset(wc, 0, sizeof *wc);
    wc->shots = shots;
    gh_CompareWhat what = {spec, {s->scene, spec ? NULL : scene2}};
    if (!gh_compare_screen_open(&wc->cs, r, w, h, &vo, &what, &base, why, n)) return false;
    gh_compare_what_text(&what, wc->spec, sizeof wc->spec);
    int k = s->st ? gh_stepper_pauses_passed(s->st) : 0;
    gh_compare_start(&wc->cs.c, NULL);
    if (k > 0) gh_compare_goto_pause_index(&wc->cs.c, k);
    for (int i = 0; i < 2; i++) wc->cs.c.s[i].gran = s->gran;
    wc->on = true;
    return true;
}

void gh_window_compare_leave(gh_WindowCompare *wc)
{
    if (wc->on) gh_compare_screen_close(&wc->cs);
    wc->on = false;
}

int gh_window_compare_event(gh_WindowCompare *wc, const SDL_Event *e)
{
    if (e->type == SDL_QUIT) return -1;
    /* the mouse to the half under it (hover, pin, zoom, pan); a key also hides both tooltips */
    gh_split_view_handle_event(wc->cs.sv, gh_stepper_sim(wc->cs.c.s[0].st), gh_stepper_sim(wc->cs.c.s[1].st), e);
    /* the laser pointer while L is held, following the mouse across both halves */
    if (e->type == SDL_KEYUP && e->key.keysym.sym == SDLK_l) gh_split_view_set_laser(wc->cs.sv, false, 0, 0);
    if (e->type == SDL_MOUSEMOTION && gh_split_view_laser(wc->cs.sv))
        gh_split_view_set_laser(wc->cs.sv, true, e->motion.x, e->motion.y);
    if (e->type != SDL_KEYDOWN) return 0;
    SDL_Keycode k = e->key.keysym.sym;
    if (k == SDLK_l) {
        int mx, my;
        SDL_GetMouseState(&mx, &my);
        if (!gh_split_view_laser(wc->cs.sv)) gh_split_view_set_laser(wc->cs.sv, true, mx, my);
        return 0;
    }
    if (k == SDLK_d || k == SDLK_ESCAPE) return 1;
    gh_ViewAction a = gh_view_key_action(k);
    switch (a) {
    case GH_ACT_SCREENSHOT: {
        char path[64];
        snprintf(path, sizeof path, "gohotel-compare-%d.png", ++wc->shots);
        if (!gh_split_view_screenshot(wc->cs.sv, path)) fprintf(stderr, "gohotel: could not write %s\n", path);
        else printf("gohotel: saved %s\n", path);
        return 0;
    }
    case GH_ACT_QUIT: return 1;
    case GH_ACT_NONE: case GH_ACT_BLANK: case GH_ACT_PALETTE: case GH_ACT_PROJECTOR: case GH_ACT_FULLSCREEN:
    case GH_ACT_RELOAD: case GH_ACT_COUNT:
        return 0;
    default: gh_compare_act(&wc->cs.c, a); return 0;
    }
}

void gh_window_compare_frame(gh_WindowCompare *wc, double dt, uint32_t now)
{
    for (int i = 0; i < 2; i++) gh_session_tick(&wc->cs.c.s[i], dt);
    gh_compare_screen_render(&wc->cs, now);
}

void gh_window_compare_resize(gh_WindowCompare *wc, int w, int h)
{
    if (wc->on) gh_split_view_resize(wc->cs.sv, w, h);
}

bool gh_window_compare_newest_room_point(gh_WindowCompare *wc, int side, int *x, int *y)
{
    if (!wc->on || side < 0 || side > 1) return false;
    const gh_Sim *sim = gh_stepper_sim(wc->cs.c.s[side].st);
    gh_Addr a = sim ? gh_sim_last_alloc(sim) : 0;
    int32_t span = a ? gh_sim_span_of(sim, a) : -1;
    if (span < 0) return false;
    const gh_MSpan *s = gh_sim_span(sim, span);
    uint32_t slot = s->elemsize ? (uint32_t)((a - s->startAddr) / s->elemsize) : 0;
    if (!gh_view_room_probe(gh_split_view_half(wc->cs.sv, side), sim, span, slot, x, y)) return false;
    SDL_Rect r = gh_split_view_rect(wc->cs.sv, side); /* the half's own coordinates to the window's */
    *x += r.x, *y += r.y;
    return true;
}

bool gh_window_compare_tooltip(gh_WindowCompare *wc, int side, char *text, int n)
{
    if (n > 0) text[0] = 0;
    if (!wc->on || side < 0 || side > 1) return false;
    return gh_view_tooltip_text(gh_split_view_half(wc->cs.sv, side), gh_stepper_sim(wc->cs.c.s[side].st), text, n);
}

bool gh_window_compare_laser(const gh_WindowCompare *wc) { return wc->on && gh_split_view_laser(wc->cs.sv); }
