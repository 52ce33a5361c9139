/* controls.c — the control bar: transport buttons with drawn icons, speed, next GC, run to
 * end, the step granularity switch, reload, screenshot, blank, palette, classroom mode and
 * full screen, each showing its key so a clicker user learns the binding, and the step
 * counter. The bar is one row when the window is wide enough and wraps otherwise: every
 * button stays reachable, and the text keeps its size. The bar only reports clicks; the
 * app owns what they do. */
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

typedef struct Btn { gh_ViewAction a; const char *label, *key; int icon; } Btn;
enum { ICON_NONE, ICON_RESTART, ICON_BACK, ICON_PLAY, ICON_PAUSE, ICON_STEP, ICON_END };

/* Transport buttons are an icon and their key; the others their key and a short word. */
static const Btn BTNS[] = {
    {GH_ACT_RESTART, "", "Home", ICON_RESTART},     {GH_ACT_BACK, "", "PgUp", ICON_BACK},
    {GH_ACT_PLAY_PAUSE, "", "Space", ICON_PLAY},    {GH_ACT_STEP, "", "PgDn", ICON_STEP},
    {GH_ACT_END, "", "E", ICON_END},                {GH_ACT_SLOWER, "slower", "−", 0},
    {GH_ACT_FASTER, "faster", "+", 0},              {GH_ACT_NEXT_GC, "next GC", "N", 0},
    {GH_ACT_GRANULARITY, "step by", "G", 0},        {GH_ACT_RELOAD, "reload", "R", 0},
    {GH_ACT_SCREENSHOT, "shot", "S", 0},            {GH_ACT_BLANK, "blank", "B", 0},
    {GH_ACT_PALETTE, "palette", "P", 0},            {GH_ACT_PROJECTOR, "classroom", "C", 0},
    {GH_ACT_FULLSCREEN, "full screen", "F", 0},
};
enum { NBTN = sizeof BTNS / sizeof BTNS[0] };

static void icon(gh_View *v, int kind, int x, int y, int s, SDL_Color c)
{
    float X = (float)x, Y = (float)y, S = (float)s, bar = S / 5 > 2 ? S / 5 : 2;
    switch (kind) {
    case ICON_PLAY: gh_tri(v, X, Y, X, Y + S, X + S * 0.9f, Y + S / 2, c); break;
    case ICON_PAUSE:
        gh_fill(v, (SDL_Rect){x, y, (int)(S / 3), s}, c);
        gh_fill(v, (SDL_Rect){x + (int)(S * 0.6f), y, (int)(S / 3), s}, c);
        break;
    case ICON_STEP:
        gh_tri(v, X, Y, X, Y + S, X + S * 0.7f, Y + S / 2, c);
        gh_fill(v, (SDL_Rect){x + (int)(S * 0.72f), y, (int)bar, s}, c);
        break;
    case ICON_BACK:
        gh_fill(v, (SDL_Rect){x, y, (int)bar, s}, c);
        gh_tri(v, X + S, Y, X + S, Y + S, X + S * 0.3f, Y + S / 2, c);
        break;
    case ICON_RESTART:
        gh_fill(v, (SDL_Rect){x, y, (int)bar, s}, c);
        gh_tri(v, X + S * 0.65f, Y, X + S * 0.65f, Y + S, X + bar, Y + S / 2, c);
        gh_tri(v, X + S * 1.1f, Y, X + S * 1.1f, Y + S, X + S * 0.5f, Y + S / 2, c);
        break;
    case ICON_END:
        gh_tri(v, X, Y, X, Y + S, X + S * 0.55f, Y + S / 2, c);
        gh_tri(v, X + S * 0.45f, Y, X + S * 0.45f, Y + S, X + S, Y + S / 2, c);
        gh_fill(v, (SDL_Rect){x + (int)S, y, (int)bar, s}, c);
        break;
    default: break;
    }
}

static const char *label_of(const gh_View *v, const Btn *b)
{
    if (b->a == GH_ACT_GRANULARITY && v->granularity[0]) return v->granularity;
    return b->label;
}

/* The step counter, the status (unless !status) and the speed while playing. */
static void info_text(const gh_View *v, char *info, size_t n, bool status)
{
    const char *st = status ? v->status : "";
    if (v->ctl.nsteps >= 0)
        snprintf(info, n, "step %lld/%lld%s%s", (long long)v->ctl.step, (long long)v->ctl.nsteps, st[0] ? " · " : "", st);
    else snprintf(info, n, "step %lld%s%s", (long long)v->ctl.step, st[0] ? " · " : "", st);
    if (v->ctl.playing) { /* the speed matters while playing */
        size_t k = strlen(info);
        snprintf(info + k, n - k, " · ×%g", (double)v->ctl.speed);
    }
}

/* Words go first from these buttons when the row is full (their key, and the tooltip,
 * still say what they do); the granularity's word goes last, it is state. */
static const gh_ViewAction SHED[] = {GH_ACT_FULLSCREEN, GH_ACT_PROJECTOR, GH_ACT_PALETTE, GH_ACT_BLANK, GH_ACT_SCREENSHOT,
                                     GH_ACT_RELOAD,     GH_ACT_FASTER,    GH_ACT_SLOWER,  GH_ACT_NEXT_GC, GH_ACT_GRANULARITY};
enum { NSHED = sizeof SHED / sizeof SHED[0] };

static bool shed(const bool *dropped, gh_ViewAction a)
{
    for (int i = 0; i < NSHED; i++)
        if (SHED[i] == a) return dropped[i];
    return false;
}

static int btn_w(gh_View *v, const Btn *b, bool word)
{
    int is = gh_text_h(v, GH_FONT_BODY) * 2 / 3, sp = gh_text_w(v, GH_FONT_BODY, " ");
    const char *l = word ? label_of(v, b) : "";
    int w = gh_text_w(v, GH_FONT_BOLD, b->key) + (b->icon ? is * 3 / 2 : 0) + (l[0] ? sp + gh_text_w(v, GH_FONT_BODY, l) : 0);
    return w + v->pad;
}

/* Lay the buttons out left to right, wrapping to a new row when the width is used up (so
 * every button stays on screen however narrow the window); the step counter goes at the
 * right of the last row, or on a row of its own. Returns the number of rows; draws when r
 * is not NULL. */
static int flow(gh_View *v, int W, const SDL_Rect *r)
{
    const gh_Palette *pal = v->pal;
    int bh = gh_text_h(v, GH_FONT_BODY), h = bh + v->pad / 2, gap = v->pad / 3 > 2 ? v->pad / 3 : 2, is = bh * 2 / 3;
    int x0 = v->pad / 2, x = x0, row = 0, top = (r ? r->y : 0) + v->line + v->pad / 2;
    char info[200];
    info_text(v, info, sizeof info, true);
    int infoW = gh_text_w(v, GH_FONT_BODY, info) + v->pad, infoMax = W * 2 / 5;
    if (infoW > infoMax) infoW = infoMax; /* the status is cut before buttons wrap */
    /* drop words until one row holds every button and the counter (or no word is left);
     * then the status goes (the narration says where the lesson is) before the bar wraps */
    bool dropped[NSHED] = {false};
    for (int k = 0;; k++) {
        int total = 2 * x0 + infoW; /* margins at both ends, as the rows are laid out */
        for (int i = 0; i < NBTN; i++) total += btn_w(v, &BTNS[i], !shed(dropped, BTNS[i].a)) + gap;
        if (total > W && k == NSHED && v->status[0]) {
            info_text(v, info, sizeof info, false);
            int shortW = gh_text_w(v, GH_FONT_BODY, info) + v->pad;
            if (total - infoW + shortW <= W) infoW = shortW;
            else info_text(v, info, sizeof info, true);
        }
        if (total <= W || k == NSHED) break;
        dropped[k] = true;
    }
    for (int i = 0; i < NBTN; i++) {
        const Btn *b = &BTNS[i];
        bool word = !shed(dropped, b->a);
        int w = btn_w(v, b, word);
        if (x + w > W - x0 && x > x0) { x = x0; row++; }
        SDL_Rect br = {x, top + row * (h + gap), w, h};
        if (r) {
            bool on = (b->a == GH_ACT_PLAY_PAUSE && v->ctl.playing) || (b->a == GH_ACT_PROJECTOR && v->projector);
            bool hover = v->mouseIn && gh_rect_has(br, v->mouseX, v->mouseY);
            gh_fill(v, br, on ? pal->buttonOn : hover ? gh_mix(pal->button, pal->accent, 0.25f) : pal->button);
            gh_frame(v, br, v->projector ? 2 : 1, pal->panelEdge);
            SDL_Color fg = on ? (SDL_Color){255, 255, 255, 255} : pal->buttonText;
            int cx = x + v->pad / 2, ty = br.y + (h - bh) / 2;
            if (b->icon) {
                icon(v, b->icon == ICON_PLAY && v->ctl.playing ? ICON_PAUSE : b->icon, cx, ty + (bh - is) / 2, is, fg);
                cx += is * 3 / 2;
            }
            cx += gh_text(v, GH_FONT_BOLD, b->key, cx, ty, fg, GH_ALIGN_LEFT, 0);
            const char *l = word ? label_of(v, b) : "";
            if (l[0]) gh_text(v, GH_FONT_BODY, l, cx + gh_text_w(v, GH_FONT_BODY, " "), ty, on ? fg : pal->dim, GH_ALIGN_LEFT, 0);
            v->button[b->a] = br;
        }
        x += w + gap;
    }
    if (x + infoW > W - x0) { x = x0; row++; }
    if (r) gh_text(v, GH_FONT_BODY, info, W - v->pad, top + row * (h + gap) + (h - bh) / 2, pal->text, GH_ALIGN_RIGHT, infoW - v->pad);
    return row + 1;
}

int gh_controls_height(gh_View *v, int w)
{
    int rows = flow(v, w, NULL), h = gh_text_h(v, GH_FONT_BODY) + v->pad / 2, gap = v->pad / 3 > 2 ? v->pad / 3 : 2;
    return v->line + v->pad + rows * h + (rows - 1) * gap;
}

void gh_controls_draw(gh_View *v)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect r = v->panel[GH_PANEL_CONTROLS];
    gh_fill(v, r, pal->panel);
    gh_fill(v, (SDL_Rect){r.x, r.y, r.w, v->line}, pal->panelEdge);
    for (int i = 0; i < GH_ACT_COUNT; i++) v->button[i] = (SDL_Rect){0, 0, 0, 0};
    flow(v, r.w, &r);
}

const char *gh_controls_describe(gh_ViewAction a)
{
    switch (a) {
    case GH_ACT_RESTART: return "Restart the scene · Home";
    case GH_ACT_BACK: return "Back to the previous stop · PageUp or Left";
    case GH_ACT_PLAY_PAUSE: return "Play / pause · Space";
    case GH_ACT_STEP: return "Next stop · PageDown or Right";
    case GH_ACT_END: return "Run to the end · E or End";
    case GH_ACT_SLOWER: return "Play slower · - or Down";
    case GH_ACT_FASTER: return "Play faster · + or Up";
    case GH_ACT_NEXT_GC: return "Run to the next GC cycle · N";
    case GH_ACT_GRANULARITY: return "Step by: pause, line, operation, event, GC phase · G";
    case GH_ACT_RELOAD: return "Reload the scene file · R or F5";
    case GH_ACT_SCREENSHOT: return "Save a screenshot · S";
    case GH_ACT_BLANK: return "Blank the screen · B";
    case GH_ACT_PALETTE: return "Switch palette · P";
    case GH_ACT_PROJECTOR: return "Classroom mode: large text, high contrast · C";
    case GH_ACT_FULLSCREEN: return "Full screen · F or F11";
    default: return "";
    }
}

bool gh_view_button_rect(const gh_View *v, gh_ViewAction a, SDL_Rect *out)
{
    if ((unsigned)a >= GH_ACT_COUNT || v->button[a].w <= 0) return false;
    *out = v->button[a];
    return true;
}
