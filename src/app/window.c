/* window.c — the window loop. One thread: poll input, act, advance the play timer, draw.
 * Keys (Space, Right/PageDown, Left/PageUp, Home, N, E, F/F11, S, R/F5, B, G, P, C, +/-, Esc)
 * follow gh_view_key_action; a clicker's PageUp/PageDown/B/F5 therefore just work. On top
 * of those the window adds what needs the lesson list or a question:
 *   - a lesson steps pause by pause by default; G picks finer steps, and the choice holds
 *     for the rest of the session, lessons opened later included;
 *   - at a lesson's end PageDown offers the next lesson, and PageDown again opens it;
 *   - T shows the compiler's temporaries on the plates (hidden by default);
 *   - hold L for the laser pointer (a spotlight follows the mouse); H shows the key hints,
 *     which also come up for a few seconds when the first scene opens;
 *   - W starts recording the window to gohotel-SCENE-N.gif, W again stops (gif.c); side by
 *     side, the split view to gohotel-SCENE-compare-N.gif (entering or leaving it stops);
 *   - a pause's speaker notes (lesson.notes) are printed to the terminal, never drawn;
 *   - D at a pause whose lesson asks for a comparison (lesson.compare), or from the start
 *     with `play --compare K=V,K=V` (or `play A.lua B.lua`): the scene side by side in two
 *     configurations (or the two scenes), both
 *     stepping together (window_compare.c); D or Esc comes back;
 *   - V opens the params bar: the lesson's params and their suggested values (Left/Right
 *     choose, Up/Down another param, Enter restarts the lesson with it at the same pause);
 *   - Esc leaves fullscreen first, then goes back to the menu (or quits when started on a
 *     scene); Esc in the menu asks before quitting.
 * Questions use the view's prompt bar. Scripted input (--keys) can also check the state
 * with expect-... tokens, which is how the tests see what a teacher would see. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/menu.h"
#include "app/paths.h"
#include "app/session.h"
#include "app/window.h"
#include "app/window_compare.h"

typedef enum { PROMPT_NONE, PROMPT_QUIT, PROMPT_NEXT, PROMPT_PARAMS } PromptKind;

typedef struct Win {
    SDL_Window *win;
    SDL_Renderer *r;
    gh_View *view;
    gh_Session s;
    const gh_WindowOptions *o;
    gh_Menu menu;
    bool haveMenu;
    bool inScene, fromMenu, blank, fullscreen, temps;
    bool hintsShown;          /* the key hints came up when the first scene opened */
    gh_GifRecorder *rec;      /* W: the window being recorded to a GIF (NULL: not) */
    char recPath[300];
    uint32_t recLast, recStart;
    int recW, recH;
    uint32_t *recBuf;
    int shots;
    int pinX, pinY;         /* where pin-newest of --keys pinned the tooltip (-1: nowhere) */
    int gran;                 /* granularity chosen with G (-1: each scene's default) */
    PromptKind prompt;
    int next;                 /* PROMPT_NEXT: the menu index of the lesson offered */
    int param, choice, nvals; /* PROMPT_PARAMS: declaration shown, value selected */
    char vals[16][64], labels[16][96], title[256];
    int rc;                   /* 1 once a scripted expectation failed */
    gh_WindowCompare cmp;     /* D: side by side (cmp.on) */
} Win;

static const char *base_name(const char *p) { return strrchr(p, '/') ? strrchr(p, '/') + 1 : p; }
static void stop_recording(Win *w);
/* The scene file's name without its extension (".lua"), for pictures and recordings. */
static int stem_len(const char *base) { return (int)(strlen(base) > 4 ? strlen(base) - 4 : strlen(base)); }

static void hide_prompt(Win *w)
{
    w->prompt = PROMPT_NONE;
    gh_view_set_prompt(w->view, NULL);
}

/* The scene's default granularity: pause by pause in a lesson, line by line otherwise;
 * the one chosen with G wins once there is one. */
static void apply_granularity(Win *w)
{
    int g = w->gran;
    if (g < 0 || (g == GH_GRAN_PAUSE && !w->s.lesson)) g = w->s.lesson ? GH_GRAN_PAUSE : GH_GRAN_LINE;
    w->s.gran = g;
    gh_session_sync_view(&w->s);
}

static bool open_scene(Win *w, const char *scene)
{
    const gh_WindowOptions *o = w->o;
    hide_prompt(w);
    stop_recording(w); /* a recording is of one scene */
    if (w->inScene) gh_session_close(&w->s);
    gh_session_open(&w->s, w->view, scene, &o->cfg, o->params, o->nparams, o->maxStepSeconds);
    gh_session_start(&w->s, stdout); /* what the scene prints also goes to the terminal */
    apply_granularity(w);
    w->inScene = true;
    if (!w->hintsShown) gh_view_show_key_hints(w->view, SDL_GetTicks()); /* once; H brings them back */
    w->hintsShown = true;
    char t[300];
    snprintf(t, sizeof t, "gohotel · %.200s", gh_stepper_title(w->s.st)[0] ? gh_stepper_title(w->s.st) : base_name(scene));
    SDL_SetWindowTitle(w->win, t);
    return true;
}

/* ---- prompts ---- */

static void show_quit(Win *w)
{
    w->prompt = PROMPT_QUIT;
    snprintf(w->title, sizeof w->title, "Quit gohotel? Enter or Esc: quit · any other key: stay");
    gh_ViewPrompt p = {.title = w->title,
                       .items = {"Quit", "Stay"}, .nitems = 2, .selected = 0};
    gh_view_set_prompt(w->view, &p);
}

/* At the end of a lesson: offer the next one in the menu's order. */
static void offer_next(Win *w)
{
    int i = w->haveMenu ? gh_menu_find(&w->menu, w->s.scene) : -1;
    if (i < 0 || i >= w->menu.nlessons || i + 1 >= w->menu.nlessons) {
        snprintf(w->s.status, sizeof w->s.status, "%s", i >= 0 && i + 1 == w->menu.nlessons ? "the last lesson ends here" : "end of scene");
        gh_session_sync_view(&w->s);
        return;
    }
    w->next = i + 1;
    w->prompt = PROMPT_NEXT;
    snprintf(w->title, sizeof w->title, "Next: %.160s — PageDown to open, PageUp to stay", w->menu.title[w->next]);
    gh_ViewPrompt p = {.title = w->title, .items = {"Open it (PageDown)", "Stay here (PageUp)"}, .nitems = 2, .selected = 0};
    gh_view_set_prompt(w->view, &p);
}

/* The params bar for declaration w->param: its suggested values (and the value in use). */
static void show_params(Win *w)
{
    const gh_ParamDecl *d;
    int n = gh_stepper_param_decls(w->s.st, &d);
    if (n == 0) {
        hide_prompt(w);
        snprintf(w->s.status, sizeof w->s.status, "this scene declares no params");
        gh_session_sync_view(&w->s);
        return;
    }
    w->param = (w->param % n + n) % n;
    const gh_ParamDecl *p = &d[w->param];
    w->nvals = 0;
    bool inList = false;
    for (int i = 0; i < p->nsuggested; i++) inList |= !strcmp(p->suggested[i], p->value);
    if (!inList) snprintf(w->vals[w->nvals++], sizeof w->vals[0], "%s", p->value);
    for (int i = 0; i < p->nsuggested && w->nvals < 16; i++) snprintf(w->vals[w->nvals++], sizeof w->vals[0], "%s", p->suggested[i]);
    if (w->prompt != PROMPT_PARAMS) /* start on the value in use */
        for (int i = 0; i < w->nvals; i++)
            if (!strcmp(w->vals[i], p->value)) w->choice = i;
    w->prompt = PROMPT_PARAMS;
    w->choice = (w->choice % w->nvals + w->nvals) % w->nvals;
    gh_ViewPrompt vp = {.nitems = w->nvals, .selected = w->choice};
    for (int i = 0; i < w->nvals; i++) {
        bool now = !strcmp(w->vals[i], p->value), def = !strcmp(w->vals[i], p->def);
        snprintf(w->labels[i], sizeof w->labels[i], "%s%s", w->vals[i], now ? " (now)" : def ? " (default)" : "");
        vp.items[i] = w->labels[i];
    }
    char which[48] = "";
    if (n > 1) snprintf(which, sizeof which, " (param %d of %d, Up/Down)", w->param + 1, n);
    snprintf(w->title, sizeof w->title, "%.60s = %.60s%s · Left/Right choose · Enter restarts here · Esc cancels", p->name,
             p->value, which);
    vp.title = w->title;
    gh_view_set_prompt(w->view, &vp);
}

/* A key while a prompt is up in a scene; true when the prompt took it. */
static bool prompt_key(Win *w, SDL_Keycode k)
{
    if (k == SDLK_s) return false; /* a screenshot shows the prompt too */
    if (w->prompt == PROMPT_NEXT) {
        if (k == SDLK_PAGEDOWN || k == SDLK_RIGHT || k == SDLK_RETURN || k == SDLK_KP_ENTER) {
            int next = w->next;
            open_scene(w, w->menu.path[next]);
            return true;
        }
        hide_prompt(w);
        return k == SDLK_PAGEUP || k == SDLK_LEFT || k == SDLK_ESCAPE; /* "stay"; other keys act as usual */
    }
    if (w->prompt == PROMPT_PARAMS) {
        const gh_ParamDecl *d;
        int n = gh_stepper_param_decls(w->s.st, &d);
        if (k == SDLK_LEFT || k == SDLK_PAGEUP) w->choice--;
        else if (k == SDLK_RIGHT || k == SDLK_PAGEDOWN) w->choice++;
        else if (k == SDLK_UP || k == SDLK_DOWN) {
            w->param += k == SDLK_DOWN ? 1 : -1;
            w->prompt = PROMPT_NONE; /* re-select the new param's value in use */
        } else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && w->param < n) {
            char name[64], val[64];
            snprintf(name, sizeof name, "%s", d[w->param].name);
            snprintf(val, sizeof val, "%s", w->vals[w->choice]);
            hide_prompt(w);
            gh_session_apply_param(&w->s, name, val);
            char t[300];
            snprintf(t, sizeof t, "gohotel · %.200s", gh_stepper_title(w->s.st));
            SDL_SetWindowTitle(w->win, t);
            return true;
        } else if (k == SDLK_ESCAPE || k == SDLK_v) {
            hide_prompt(w);
            return true;
        } else return true; /* modal: other keys wait */
        show_params(w);
        return true;
    }
    return false;
}

/* ---- scripted input ---- */

/* expect-split-tooltip:left:TEXT (or right:TEXT): side by side, that half shows a tooltip
 * containing TEXT and the other half none; expect-split-tooltip:none: neither shows one. */
static bool split_tooltip(Win *w, const char *arg, char *got, size_t n)
{
    char text[2][1024];
    bool shown[2];
    for (int i = 0; i < 2; i++) {
        shown[i] = gh_window_compare_tooltip(&w->cmp, i, text[i], sizeof text[i]);
        for (char *c = text[i]; *c; c++) if (*c == '\n') *c = '|';
    }
    snprintf(got, n, "%s; left %s'%.300s', right %s'%.300s'", w->cmp.on ? "side by side" : "not side by side",
             shown[0] ? "" : "none ", text[0], shown[1] ? "" : "none ", text[1]);
    if (!strcmp(arg, "none")) return w->cmp.on && !shown[0] && !shown[1];
    int side = !strncmp(arg, "left:", 5) ? 0 : !strncmp(arg, "right:", 6) ? 1 : -1;
    if (side < 0) return false;
    return shown[side] && !shown[1 - side] && strstr(text[side], strchr(arg, ':') + 1);
}

/* An expect-... token of --keys: check what the window shows now; a mismatch is reported
 * and makes the exit status 1. */
static void expect(Win *w, const char *tok)
{
    char got[700] = "";
    const char *arg = strchr(tok, ':') ? strchr(tok, ':') + 1 : "";
    bool ok = false;
    const char *pause = w->inScene ? gh_stepper_pause_name(w->s.st) : "";
    bool atPause = w->inScene && (gh_stepper_stop_kind(w->s.st) & GH_STEP_PAUSE);
    if (!strncmp(tok, "expect-pause:", 13)) {
        ok = atPause && !strcmp(pause, arg);
        snprintf(got, sizeof got, "%s%s", atPause ? "pause " : "not at a pause; last pause ", pause);
    } else if (!strncmp(tok, "expect-compare:", 15)) { /* side by side: the comparison shown, or "none" */
        char shown[600]; /* --keys splits at commas: the token spells the comma '|' */
        snprintf(shown, sizeof shown, "%s", w->cmp.on ? w->cmp.spec : "none");
        for (char *c = strchr(shown, ','); c; c = strchr(c, ',')) *c = '|';
        ok = !strcmp(shown, arg);
        const gh_Stepper *l = w->cmp.on ? w->cmp.cs.c.s[0].st : NULL, *r = w->cmp.on ? w->cmp.cs.c.s[1].st : NULL;
        if (ok && l) /* and both halves at the same pause, or the one with fewer pauses at its end */
            ok = gh_stepper_pauses_passed(l) == gh_stepper_pauses_passed(r) || gh_stepper_finished(l) || gh_stepper_finished(r);
        snprintf(got, sizeof got, "comparison %s", shown);
    } else if (!strncmp(tok, "expect-pause-index:", 19)) { /* the N-th pause of the scene */
        int k = w->inScene ? gh_session_pause_index(&w->s) : -1;
        ok = atPause && k == atoi(arg);
        snprintf(got, sizeof got, "pause number %d (%s)%s", k, pause, atPause ? "" : ", not at a pause");
    } else if (!strncmp(tok, "expect-scene:", 13)) {
        ok = w->inScene && !strcmp(base_name(w->s.scene), arg);
        snprintf(got, sizeof got, "%.200s", w->inScene ? base_name(w->s.scene) : "the menu");
    } else if (!strcmp(tok, "expect-menu")) {
        ok = !w->inScene;
        snprintf(got, sizeof got, "%.200s", w->inScene ? base_name(w->s.scene) : "the menu");
    } else if (!strncmp(tok, "expect-title:", 13)) {
        const char *t = w->inScene ? gh_stepper_title(w->s.st) : "";
        ok = strstr(t, arg) != NULL;
        snprintf(got, sizeof got, "title '%.200s'", t);
    } else if (!strncmp(tok, "expect-prompt:", 14)) {
        ok = w->prompt != PROMPT_NONE && strstr(w->title, arg);
        snprintf(got, sizeof got, "%s'%.200s'", w->prompt != PROMPT_NONE ? "prompt " : "no prompt; last ", w->title);
    } else if (!strcmp(tok, "expect-no-prompt")) {
        ok = w->prompt == PROMPT_NONE;
        snprintf(got, sizeof got, "prompt '%.200s'", w->title);
    } else if (!strncmp(tok, "expect-gran:", 12)) {
        ok = w->inScene && !strcmp(gh_session_granularity(&w->s), arg);
        snprintf(got, sizeof got, "%s", w->inScene ? gh_session_granularity(&w->s) : "the menu");
    } else if (!strncmp(tok, "expect-selected:", 16)) {
        ok = w->haveMenu && w->menu.n && strstr(w->menu.title[w->menu.sel], arg) != NULL &&
             w->menu.items[w->menu.sel].w > 0; /* selected and drawn */
        snprintf(got, sizeof got, "'%.200s'%s", w->haveMenu && w->menu.n ? w->menu.title[w->menu.sel] : "",
                 w->haveMenu && w->menu.items[w->menu.sel].w > 0 ? "" : " (not visible)");
    } else if (!strncmp(tok, "expect-error:", 13) || !strcmp(tok, "expect-no-error")) { /* the scene's error panel */
        const char *e = w->inScene && gh_stepper_failed(w->s.st) ? gh_stepper_error(w->s.st) : "";
        ok = tok[7] == 'n' ? !e[0] : e[0] && strstr(e, arg);
        snprintf(got, sizeof got, "%s'%.200s'", e[0] ? "error " : "no error", e);
    } else if (!strncmp(tok, "expect-param:", 13)) {
        const gh_ParamDecl *d;
        int n = w->inScene ? gh_stepper_param_decls(w->s.st, &d) : 0;
        char kv[200];
        for (int i = 0; i < n && !ok; i++) {
            snprintf(kv, sizeof kv, "%s=%s", d[i].name, d[i].value);
            ok = !strcmp(kv, arg);
            snprintf(got + strlen(got), sizeof got - strlen(got), "%s ", kv);
        }
    } else if (!strncmp(tok, "expect-laser:", 13) || !strncmp(tok, "expect-hints:", 13)) { /* on or off */
        bool on = tok[7] == 'l' ? (w->cmp.on ? gh_window_compare_laser(&w->cmp) : gh_view_laser(w->view)) : gh_view_key_hints_shown(w->view);
        ok = !strcmp(arg, on ? "on" : "off");
        snprintf(got, sizeof got, "%s %s", tok[7] == 'l' ? "laser" : "key hints", on ? "on" : "off");
    } else if (!strncmp(tok, "expect-tooltip:", 15)) { /* the tooltip pin-newest pinned */
        const gh_Sim *sim = w->inScene ? gh_stepper_sim(w->s.st) : NULL;
        char text[1024] = "";
        if (sim && w->pinX >= 0) {
            gh_ViewHit h = gh_view_hit(w->view, sim, w->pinX, w->pinY);
            gh_view_describe(w->view, sim, &h, text, sizeof text);
        }
        ok = strstr(text, arg) != NULL;
        for (char *c = text; *c; c++) if (*c == '\n') *c = '|';
        snprintf(got, sizeof got, "tooltip '%.600s'", w->pinX >= 0 ? text : "(nothing pinned)");
    } else if (!strncmp(tok, "expect-split-tooltip:", 21)) { /* side by side: which half shows a tooltip, saying what */
        ok = split_tooltip(w, arg, got, sizeof got);
    } else {
        fprintf(stderr, "gohotel: unknown expectation '%s' in --keys\n", tok);
        w->rc = 1;
        return;
    }
    if (!ok) {
        fprintf(stderr, "gohotel: --keys %s failed: got %s (step %llu)\n", tok, got,
                w->inScene ? (unsigned long long)gh_stepper_position(w->s.st) : 0ULL);
        w->rc = 1;
    }
}

/* pin-newest of --keys: pin the tooltip on the room of the newest heap object, as a click
 * on it would (the room must be drawn in the last frame). */
static void pin_newest(Win *w)
{
    const gh_Sim *sim = w->inScene ? gh_stepper_sim(w->s.st) : NULL;
    gh_Addr a = sim ? gh_sim_last_alloc(sim) : 0;
    int32_t span = a ? gh_sim_span_of(sim, a) : -1;
    int x, y;
    w->pinX = w->pinY = -1;
    if (span >= 0) {
        const gh_MSpan *s = gh_sim_span(sim, span);
        uint32_t slot = s->elemsize ? (uint32_t)((a - s->startAddr) / s->elemsize) : 0;
        if (gh_view_room_probe(w->view, sim, span, slot, &x, &y)) {
            gh_view_pin(w->view, sim, x, y);
            w->pinX = x, w->pinY = y;
            return;
        }
    }
    fprintf(stderr, "gohotel: --keys pin-newest failed: no heap object drawn to pin (step %llu)\n",
            w->inScene ? (unsigned long long)gh_stepper_position(w->s.st) : 0ULL);
    w->rc = 1;
}

/* Perform the next scripted input (see gh_WindowOptions.keys); false when none is left. */
static bool script_next(Win *w, const char **cursor)
{
    const char *c = *cursor;
    if (!c || !*c) return false;
    const char *end = strchr(c, ',');
    size_t n = end ? (size_t)(end - c) : strlen(c);
    char tok[256];
    snprintf(tok, sizeof tok, "%.*s", (int)(n < sizeof tok ? n : sizeof tok - 1), c);
    *cursor = end ? end + 1 : c + n;
    int rw, rh;
    if (sscanf(tok, "resize:%dx%d", &rw, &rh) == 2) SDL_SetWindowSize(w->win, rw, rh);
    else if (!strncmp(tok, "expect", 6)) expect(w, tok);
    else if (!strcmp(tok, "pin-newest")) pin_newest(w);
    else if (!strcmp(tok, "hover-newest:left") || !strcmp(tok, "hover-newest:right")) { /* side by side */
        SDL_Event e = {0};
        e.type = SDL_MOUSEMOTION;
        if (gh_window_compare_newest_room_point(&w->cmp, tok[13] == 'r', &e.motion.x, &e.motion.y)) SDL_PushEvent(&e);
        else {
            fprintf(stderr, "gohotel: --keys %s failed: not side by side, or no heap object drawn there\n", tok);
            w->rc = 1;
        }
    }
    else if (sscanf(tok, "mouse:%dx%d", &rw, &rh) == 2) {
        SDL_Event e = {0};
        e.type = SDL_MOUSEMOTION;
        e.motion.x = rw, e.motion.y = rh;
        SDL_PushEvent(&e);
    } else if (!strncmp(tok, "hold:", 5) || !strncmp(tok, "release:", 8)) { /* a key held down, then let go */
        SDL_Event e = {0};
        e.type = tok[0] == 'h' ? SDL_KEYDOWN : SDL_KEYUP;
        e.key.keysym.sym = SDL_GetKeyFromName(strchr(tok, ':') + 1);
        if (e.key.keysym.sym == SDLK_UNKNOWN) fprintf(stderr, "gohotel: unknown key '%s' in --keys\n", tok);
        else SDL_PushEvent(&e);
    }
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
    const char *base = base_name(w->s.scene);
    snprintf(path, sizeof path, "gohotel-%.*s-step%llu-%d.png", stem_len(base), base,
             (unsigned long long)gh_stepper_position(w->s.st), ++w->shots);
    bool ok = gh_view_screenshot(w->view, path);
    snprintf(w->s.status, sizeof w->s.status, ok ? "saved %.140s" : "could not write %.130s", path);
    gh_session_sync_view(&w->s);
}

/* ---- recording (W): the window's frames, ten a second, to gohotel-SCENE-N.gif ---- */

static void stop_recording(Win *w)
{
    if (!w->rec) return;
    char err[300];
    int frames = gh_gif_frames(w->rec);
    bool ok = gh_gif_close(w->rec, err, sizeof err);
    w->rec = NULL;
    free(w->recBuf);
    w->recBuf = NULL;
    if (ok) snprintf(w->s.status, sizeof w->s.status, "saved %.120s (%d frames, %.1f s)", w->recPath, frames,
                     (w->recLast - w->recStart) / 1000.0);
    else snprintf(w->s.status, sizeof w->s.status, "could not write %.60s: %.60s", w->recPath, err);
    fprintf(stderr, "gohotel: %s\n", w->s.status);
    if (w->inScene) gh_session_sync_view(&w->s);
}

static void start_recording(Win *w)
{
    int ww, hh;
    SDL_GetRendererOutputSize(w->r, &ww, &hh);
    const char *base = base_name(w->s.scene);
    /* side by side, the split view is recorded (with its palette), as `gif --compare` does */
    snprintf(w->recPath, sizeof w->recPath, "gohotel-%.*s-%s%d.gif", stem_len(base), base, w->cmp.on ? "compare-" : "",
             ++w->shots);
    char err[300];
    const gh_View *pv = w->cmp.on ? gh_split_view_panel_view(w->cmp.cs.sv) : w->view;
    w->recBuf = malloc((size_t)ww * hh * 4);
    w->rec = w->recBuf ? gh_gif_open(pv, w->recPath, ww, hh, err, sizeof err) : NULL;
    if (!w->rec) {
        snprintf(w->s.status, sizeof w->s.status, "%.150s", w->recBuf ? err : "out of memory for recording");
        free(w->recBuf);
        w->recBuf = NULL;
        gh_session_sync_view(&w->s);
        return;
    }
    w->recW = ww, w->recH = hh;
    w->recStart = w->recLast = SDL_GetTicks() - 100; /* the first frame is taken at once */
    fprintf(stderr, "gohotel: recording the window to %s (W stops)\n", w->recPath);
}

/* After a frame is drawn, before it is shown: take it when a tenth of a second has passed
 * (a resized window ends the recording: a GIF has one size), then mark the window as
 * recording with a red dot the GIF does not get. */
static void record_frame(Win *w, uint32_t now)
{
    if (!w->rec) return;
    int ww, hh;
    SDL_GetRendererOutputSize(w->r, &ww, &hh);
    if (ww != w->recW || hh != w->recH) {
        stop_recording(w);
        return;
    }
    if (now - w->recLast >= 100) {
        if (SDL_RenderReadPixels(w->r, NULL, SDL_PIXELFORMAT_ARGB8888, w->recBuf, ww * 4) != 0 ||
            !gh_gif_add(w->rec, w->recBuf, ww * 4, (int)((now - w->recLast) / 10))) {
            stop_recording(w);
            return;
        }
        w->recLast = now;
    }
    SDL_SetRenderDrawColor(w->r, 220, 30, 30, 255);
    SDL_RenderFillRect(w->r, &(SDL_Rect){ww - 14, 4, 10, 10});
}

/* D: the comparison the lesson asks for at this pause, else the one `play --compare` gave,
 * else `play A.lua B.lua`'s second scene beside this one. */
static void enter_compare(Win *w, const char *spec)
{
    if (!spec || !spec[0]) spec = w->o->compare;
    if (!spec || !spec[0]) spec = NULL;
    if (!spec && !w->o->scene2) {
        snprintf(w->s.status, sizeof w->s.status, "no comparison here (lesson.compare, or play --compare K=V,K=V)");
        gh_session_sync_view(&w->s);
        return;
    }
    int ww, hh;
    char why[1200];
    SDL_GetRendererOutputSize(w->r, &ww, &hh);
    stop_recording(w); /* a recording is of one view */
    if (!gh_window_compare_enter(&w->cmp, w->r, ww, hh, gh_view_projector(w->view), spec, w->o->scene2, &w->s, why, sizeof why)) {
        fprintf(stderr, "gohotel: %s\n", why);
        snprintf(w->s.status, sizeof w->s.status, "cannot compare: %.120s", why);
        gh_session_sync_view(&w->s);
    }
}

/* One input event while a scene is shown. Returns false to quit the program. */
static bool scene_event(Win *w, const SDL_Event *e)
{
    gh_ViewAction a = GH_ACT_NONE;
    if (e->type == SDL_QUIT) return false;
    if (w->cmp.on) {
        if (e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_w) { /* W: record the split view */
            if (w->rec) stop_recording(w);
            else start_recording(w);
            return true;
        }
        int r = gh_window_compare_event(&w->cmp, e);
        if (r > 0) { /* a recording is of one view: leaving the split view ends it */
            stop_recording(w);
            gh_window_compare_leave(&w->cmp);
        }
        return r >= 0;
    }
    if (e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_d && w->prompt == PROMPT_NONE) {
        enter_compare(w, gh_stepper_compare(w->s.st));
        return true;
    }
    if (e->type == SDL_KEYDOWN) {
        SDL_Keycode k = e->key.keysym.sym;
        /* the view sees every key first: it hides the hover tooltip and resets the zoom on 0 */
        gh_ViewAction va = gh_view_handle_event(w->view, gh_stepper_sim(w->s.st), e);
        if (w->prompt != PROMPT_NONE && prompt_key(w, k)) return true;
        if (k == SDLK_v) {
            w->param = 0;
            show_params(w);
            return true;
        }
        if (k == SDLK_l) { /* the laser pointer, while L is held */
            int mx, my;
            SDL_GetMouseState(&mx, &my);
            if (!gh_view_laser(w->view)) gh_view_set_laser(w->view, true, mx, my);
            return true;
        }
        if (k == SDLK_h) {
            gh_view_show_key_hints(w->view, SDL_GetTicks());
            return true;
        }
        if (k == SDLK_w) { /* record the window to a GIF, W again stops */
            if (w->rec) stop_recording(w);
            else start_recording(w);
            return true;
        }
        if (k == SDLK_m) { /* reduced motion: changes show at once, the janitor does not walk */
            gh_view_set_reduced_motion(w->view, !gh_view_reduced_motion(w->view));
            snprintf(w->s.status, sizeof w->s.status, "motion %s", gh_view_reduced_motion(w->view) ? "reduced" : "on");
            gh_session_sync_view(&w->s);
            return true;
        }
        if (k == SDLK_t) { /* the compiler's temporaries (.autotmp, .spill, ...) on the plates */
            w->temps = !w->temps;
            gh_view_set_show_temporaries(w->view, w->temps);
            snprintf(w->s.status, sizeof w->s.status, "compiler temporaries %s", w->temps ? "shown" : "hidden");
            gh_session_sync_view(&w->s);
            return true;
        }
        if (k == SDLK_ESCAPE) {
            if (w->fullscreen) toggle_fullscreen(w);
            else if (w->fromMenu) {
                stop_recording(w);
                gh_session_close(&w->s);
                w->inScene = false;
                SDL_SetWindowTitle(w->win, "gohotel");
            } else return false;
            return true;
        }
        a = va;
    } else {
        if (e->type == SDL_KEYUP && e->key.keysym.sym == SDLK_l) gh_view_set_laser(w->view, false, 0, 0);
        if (e->type == SDL_MOUSEMOTION && gh_view_laser(w->view)) gh_view_set_laser(w->view, true, e->motion.x, e->motion.y);
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
    case GH_ACT_STEP:
        if (gh_stepper_finished(w->s.st) && !gh_stepper_failed(w->s.st)) {
            offer_next(w);
            return true;
        }
        return gh_session_act(&w->s, a);
    case GH_ACT_GRANULARITY: {
        bool ok = gh_session_act(&w->s, a);
        w->gran = w->s.gran; /* remembered for the rest of the session */
        return ok;
    }
    default: return gh_session_act(&w->s, a);
    }
}

/* One input event on the menu. Returns false to quit. */
static bool menu_event(Win *w, const SDL_Event *e)
{
    if (e->type == SDL_QUIT) return false;
    if (w->prompt == PROMPT_QUIT) {
        if (e->type != SDL_KEYDOWN) return true;
        SDL_Keycode k = e->key.keysym.sym;
        if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_ESCAPE) return false;
        hide_prompt(w);
        return true;
    }
    if (e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_s) { /* a picture of the menu */
        char path[64];
        snprintf(path, sizeof path, "gohotel-menu-%d.png", ++w->shots);
        if (!gh_view_screenshot(w->view, path)) fprintf(stderr, "gohotel: could not write %s\n", path);
        return true;
    }
    int pick = w->haveMenu ? gh_menu_event(&w->menu, e) : GH_MENU_QUIT;
    if (pick == GH_MENU_QUIT) {
        if (!w->haveMenu) return false;
        show_quit(w);
    } else if (pick >= 0) {
        open_scene(w, w->menu.path[pick]);
    }
    return true;
}

/* Under a window manager the title bar and borders come on top of the window's size: a
 * 1280×720 window on a 1280×720 screen would put the control bar below the screen's edge.
 * Shrink the window to the display's usable area minus the decorations, and move it so
 * the frame is inside that area. Window managers place a new window (and learn its frame)
 * a few frames after it is created, so the window loop asks again during the first
 * second; after that the window is wherever the user puts it. */
static void fit_on_screen(SDL_Window *win)
{
    const char *drv = SDL_GetCurrentVideoDriver();
    if (!drv || !strcmp(drv, "dummy") || !strcmp(drv, "offscreen")) return; /* no screen to fit */
    if (SDL_GetWindowFlags(win) & (SDL_WINDOW_FULLSCREEN | SDL_WINDOW_MAXIMIZED | SDL_WINDOW_MINIMIZED)) return;
    SDL_Rect u;
    int di = SDL_GetWindowDisplayIndex(win);
    if (di < 0 || SDL_GetDisplayUsableBounds(di, &u) != 0) return;
    int top = 0, left = 0, bottom = 0, right = 0, x, y, ww, hh;
    SDL_GetWindowBordersSize(win, &top, &left, &bottom, &right);
    SDL_GetWindowSize(win, &ww, &hh);
    SDL_GetWindowPosition(win, &x, &y);
    int maxW = u.w - left - right, maxH = u.h - top - bottom;
    int nw = ww < maxW ? ww : maxW, nh = hh < maxH ? hh : maxH;
    bool inside = x - left >= u.x && y - top >= u.y && x + ww + right <= u.x + u.w && y + hh + bottom <= u.y + u.h;
    if (nw == ww && nh == hh && inside) return;
    if (nw != ww || nh != hh) SDL_SetWindowSize(win, nw, nh);
    int nx = x - left < u.x ? u.x + left : x + nw + right > u.x + u.w ? u.x + u.w - right - nw : x;
    int ny = y - top < u.y ? u.y + top : y + nh + bottom > u.y + u.h ? u.y + u.h - bottom - nh : y;
    SDL_SetWindowPosition(win, nx, ny); /* SDL positions the client area; the frame goes around it */
}

int gh_window_run(const gh_WindowOptions *o)
{
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return -1;
    static Win w; /* big (the menu's lists); one window per process */
    memset(&w, 0, sizeof w);
    w.pinX = w.pinY = -1;
    w.o = o;
    w.gran = -1;
    int ww = o->w > 0 ? o->w : 1280, hh = o->h > 0 ? o->h : 720;
    w.win = SDL_CreateWindow("gohotel", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, ww, hh,
                             SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!w.win) {
        SDL_Quit();
        return -1;
    }
    fit_on_screen(w.win);
    w.r = SDL_CreateRenderer(w.win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!w.r) w.r = SDL_CreateRenderer(w.win, -1, SDL_RENDERER_SOFTWARE); /* no GPU */
    if (!w.r) {
        fprintf(stderr, "gohotel: cannot create a renderer: %s\n", SDL_GetError());
        SDL_DestroyWindow(w.win);
        SDL_Quit();
        return 1;
    }
    SDL_GetRendererOutputSize(w.r, &ww, &hh);
    char fontDir[GH_APP_PATH_MAX], scenesDir[GH_APP_PATH_MAX];
    gh_app_dir("assets/fonts", fontDir, sizeof fontDir);
    gh_ViewOptions vo = {.projector = o->projector, .palette = o->projector ? 1 : 0, .font_dir = fontDir};
    w.view = gh_view_new(w.r, ww, hh, &vo);
    if (!w.view) {
        fprintf(stderr, "gohotel: cannot create the view\n");
        return 1;
    }
    if (gh_view_warning(w.view)[0]) fprintf(stderr, "gohotel: warning: %s\n", gh_view_warning(w.view));
    gh_view_set_reduced_motion(w.view, o->reducedMotion);
    w.haveMenu = gh_menu_open(&w.menu, gh_app_dir("scenes", scenesDir, sizeof scenesDir), fontDir, o->projector);
    if (o->scene) open_scene(&w, o->scene);
    if (o->scene && (o->compare || o->scene2)) enter_compare(&w, o->compare);
    w.fromMenu = !o->scene;
    bool running = true;
    const char *script = o->keys;
    uint32_t last = SDL_GetTicks(), started = last;
    while (running) {
        if (script && !script_next(&w, &script)) running = false; /* scripted run: done */
        SDL_Event e;
        while (running && SDL_PollEvent(&e)) {
            if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                int rw = e.window.data1 > 1 ? e.window.data1 : 1, rh = e.window.data2 > 1 ? e.window.data2 : 1;
                gh_view_resize(w.view, rw, rh);
                gh_window_compare_resize(&w.cmp, rw, rh);
                continue;
            }
            running = w.inScene ? scene_event(&w, &e) : menu_event(&w, &e);
        }
        uint32_t now = SDL_GetTicks();
        if (now - started < 1000) fit_on_screen(w.win);
        SDL_GetRendererOutputSize(w.r, &ww, &hh);
        if (w.inScene && w.cmp.on) {
            gh_window_compare_frame(&w.cmp, (now - last) / 1000.0, now);
            record_frame(&w, now);
        } else if (w.inScene) {
            gh_session_tick(&w.s, (now - last) / 1000.0);
            gh_view_render(w.view, gh_stepper_sim(w.s.st), now);
            record_frame(&w, now);
        } else if (w.haveMenu) {
            gh_menu_draw(&w.menu, w.r, ww, hh);
            gh_view_render_prompt(w.view);
        }
        last = now;
        SDL_RenderPresent(w.r);
        SDL_Delay(w.s.playing ? 1 : 12);
    }
    if (o->keys) { /* a scripted run says where it ended and what it did not get to, for the tests */
        int left = 0;
        for (const char *c = script; c && *c; c = strchr(c, ',') ? strchr(c, ',') + 1 : "") left++;
        fprintf(stderr, "gohotel: window closed at %s%s%s (scripted inputs left: %d)\n", w.inScene ? base_name(w.s.scene) : "the menu",
                w.inScene && (gh_stepper_stop_kind(w.s.st) & GH_STEP_PAUSE) ? ", pause " : "",
                w.inScene && (gh_stepper_stop_kind(w.s.st) & GH_STEP_PAUSE) ? gh_stepper_pause_name(w.s.st) : "", left);
    }
    stop_recording(&w);
    gh_window_compare_leave(&w.cmp);
    if (w.inScene) gh_session_close(&w.s);
    if (w.haveMenu) gh_menu_close(&w.menu);
    gh_view_free(w.view);
    SDL_DestroyRenderer(w.r);
    SDL_DestroyWindow(w.win);
    SDL_Quit();
    return w.rc;
}
