/* window.c — the window loop. One thread: poll input, act, advance the play timer, draw.
 * Keys (Space, Right/PageDown, Left/PageUp, Home, N, E, F/F11, S, R/F5, B, G, P, C, +/-, Esc)
 * follow gh_view_key_action; a clicker's PageUp/PageDown/B/F5 therefore just work. Esc
 * leaves fullscreen first, then goes back to the menu (or quits when started on a scene). */
#include <stdio.h>
#include <string.h>
#include "app/menu.h"
#include "app/paths.h"
#include "app/session.h"
#include "app/window.h"

typedef struct Win {
    SDL_Window *win;
    SDL_Renderer *r;
    gh_View *view;
    gh_Session s;
    bool inScene, fromMenu, blank, fullscreen;
    int shots;
} Win;

/* Perform the next scripted input (see gh_WindowOptions.keys); false when none is left. */
static bool script_next(Win *w, const char **cursor)
{
    const char *c = *cursor;
    if (!c || !*c) return false;
    const char *end = strchr(c, ',');
    size_t n = end ? (size_t)(end - c) : strlen(c);
    char tok[64];
    snprintf(tok, sizeof tok, "%.*s", (int)(n < sizeof tok ? n : sizeof tok - 1), c);
    *cursor = end ? end + 1 : c + n;
    int rw, rh;
    if (sscanf(tok, "resize:%dx%d", &rw, &rh) == 2) SDL_SetWindowSize(w->win, rw, rh);
    else if (!strcmp(tok, "minimize")) SDL_MinimizeWindow(w->win);
    else if (!strcmp(tok, "restore")) SDL_RestoreWindow(w->win);
    else if (strcmp(tok, "wait") != 0) {
        SDL_Event e = {0};
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = SDL_GetKeyFromName(tok);
        if (e.key.keysym.sym == SDLK_UNKNOWN) fprintf(stderr, "gohotel: unknown key '%s' in --keys\n", tok);
        else SDL_PushEvent(&e);
    }
    return true;
}

static void toggle_fullscreen(Win *w)
{
    w->fullscreen = !w->fullscreen;
    SDL_SetWindowFullscreen(w->win, w->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

static void screenshot(Win *w)
{
    char path[300];
    const char *base = strrchr(w->s.scene, '/') ? strrchr(w->s.scene, '/') + 1 : w->s.scene;
    snprintf(path, sizeof path, "gohotel-%.*s-step%llu-%d.png", (int)(strlen(base) > 4 ? strlen(base) - 4 : strlen(base)), base,
             (unsigned long long)gh_stepper_position(w->s.st), ++w->shots);
    bool ok = gh_view_screenshot(w->view, path);
    snprintf(w->s.status, sizeof w->s.status, ok ? "saved %.140s" : "could not write %.130s", path);
    gh_session_sync_view(&w->s);
}

static bool open_scene(Win *w, const char *scene, const gh_WindowOptions *o)
{
    gh_session_open(&w->s, w->view, scene, &o->cfg, o->params, o->nparams);
    w->inScene = true;
    SDL_SetWindowTitle(w->win, "gohotel");
    return true;
}

/* One input event while a scene is shown. Returns false to quit the program. */
static bool scene_event(Win *w, const SDL_Event *e)
{
    gh_ViewAction a = GH_ACT_NONE;
    if (e->type == SDL_QUIT) return false;
    if (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
        int ww = e->window.data1 > 1 ? e->window.data1 : 1, hh = e->window.data2 > 1 ? e->window.data2 : 1;
        gh_view_resize(w->view, ww, hh);
        return true;
    }
    if (e->type == SDL_KEYDOWN) {
        if (e->key.keysym.sym == SDLK_ESCAPE) {
            if (w->fullscreen) toggle_fullscreen(w);
            else if (w->fromMenu) {
                gh_session_close(&w->s);
                w->inScene = false;
            } else return false;
            return true;
        }
        a = gh_view_key_action(e->key.keysym.sym);
    } else {
        a = gh_view_handle_event(w->view, gh_stepper_sim(w->s.st), e);
    }
    switch (a) {
    case GH_ACT_NONE: return true;
    case GH_ACT_QUIT: return false;
    case GH_ACT_FULLSCREEN: toggle_fullscreen(w); return true;
    case GH_ACT_SCREENSHOT: screenshot(w); return true;
    case GH_ACT_BLANK: w->blank = !w->blank; gh_view_set_blank(w->view, w->blank); return true;
    case GH_ACT_PALETTE: gh_view_toggle_palette(w->view); return true;
    case GH_ACT_PROJECTOR: gh_view_set_projector(w->view, !gh_view_projector(w->view)); return true;
    default: return gh_session_act(&w->s, a);
    }
}

int gh_window_run(const gh_WindowOptions *o)
{
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return -1;
    Win w;
    memset(&w, 0, sizeof w);
    int ww = o->w > 0 ? o->w : 1280, hh = o->h > 0 ? o->h : 720;
    w.win = SDL_CreateWindow("gohotel", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, ww, hh,
                             SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!w.win) {
        SDL_Quit();
        return -1;
    }
    w.r = SDL_CreateRenderer(w.win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!w.r) w.r = SDL_CreateRenderer(w.win, -1, SDL_RENDERER_SOFTWARE); /* no GPU */
    if (!w.r) {
        fprintf(stderr, "gohotel: cannot create a renderer: %s\n", SDL_GetError());
        SDL_DestroyWindow(w.win);
        SDL_Quit();
        return 1;
    }
    SDL_GetRendererOutputSize(w.r, &ww, &hh);
    gh_ViewOptions vo = {.projector = o->projector, .palette = o->projector ? 1 : 0, .font_dir = gh_app_dir("assets/fonts")};
    w.view = gh_view_new(w.r, ww, hh, &vo);
    if (!w.view) {
        fprintf(stderr, "gohotel: cannot create the view\n");
        return 1;
    }
    if (gh_view_warning(w.view)[0]) fprintf(stderr, "gohotel: warning: %s\n", gh_view_warning(w.view));
    gh_Menu menu;
    bool haveMenu = gh_menu_open(&menu, gh_app_dir("scenes"), gh_app_dir("assets/fonts"), o->projector);
    if (o->scene) open_scene(&w, o->scene, o);
    w.fromMenu = !o->scene;
    bool running = true;
    const char *script = o->keys;
    uint32_t last = SDL_GetTicks();
    while (running) {
        if (script && !script_next(&w, &script)) running = false; /* scripted run: done */
        SDL_Event e;
        while (running && SDL_PollEvent(&e)) {
            if (w.inScene) {
                running = scene_event(&w, &e);
            } else {
                int pick = haveMenu ? gh_menu_event(&menu, &e) : -2;
                if (pick == -2) running = false;
                else if (pick >= 0) open_scene(&w, menu.path[pick], o);
            }
        }
        uint32_t now = SDL_GetTicks();
        SDL_GetRendererOutputSize(w.r, &ww, &hh);
        if (w.inScene) {
            gh_session_tick(&w.s, (now - last) / 1000.0);
            gh_view_render(w.view, gh_stepper_sim(w.s.st), now);
        } else if (haveMenu) {
            gh_menu_draw(&menu, w.r, ww, hh);
        }
        last = now;
        SDL_RenderPresent(w.r);
        SDL_Delay(w.s.playing ? 1 : 12);
    }
    if (w.inScene) gh_session_close(&w.s);
    if (haveMenu) gh_menu_close(&menu);
    gh_view_free(w.view);
    SDL_DestroyRenderer(w.r);
    SDL_DestroyWindow(w.win);
    SDL_Quit();
    return 0;
}
