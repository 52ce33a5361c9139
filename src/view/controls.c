/* controls.c — the control bar: transport buttons with drawn icons, speed, next GC, run to
 * end, the step granularity switch, reload, screenshot, blank, palette, classroom mode and
 * full screen, each captioned with its key so a clicker user learns the binding. The bar
 * only reports clicks; the app owns what they do. */
#include <stdio.h>
#include "view/view_impl.h"

typedef struct Btn { gh_ViewAction a; const char *label, *key; int icon; } Btn;
enum { ICON_NONE, ICON_RESTART, ICON_BACK, ICON_PLAY, ICON_PAUSE, ICON_STEP, ICON_END };

static const Btn BTNS[] = {
    {GH_ACT_RESTART, "Restart", "Home", ICON_RESTART}, {GH_ACT_BACK, "Back", "← PgUp", ICON_BACK},
    {GH_ACT_PLAY_PAUSE, "Play", "Space", ICON_PLAY},   {GH_ACT_STEP, "Step", "→ PgDn", ICON_STEP},
    {GH_ACT_END, "End", "E", ICON_END},                {GH_ACT_SLOWER, "Slower", "−", 0},
    {GH_ACT_FASTER, "Faster", "+", 0},                 {GH_ACT_NEXT_GC, "Next GC", "N", 0},
    {GH_ACT_GRANULARITY, "Step by", "G", 0},           {GH_ACT_RELOAD, "Reload", "R F5", 0},
    {GH_ACT_SCREENSHOT, "Shot", "S", 0},               {GH_ACT_BLANK, "Blank", "B", 0},
    {GH_ACT_PALETTE, "Palette", "P", 0},               {GH_ACT_PROJECTOR, "Classroom", "C", 0},
    {GH_ACT_FULLSCREEN, "Full screen", "F F11", 0},
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
    if (b->a == GH_ACT_PLAY_PAUSE && v->ctl.playing) return "Pause";
    if (b->a == GH_ACT_GRANULARITY && v->granularity[0]) return v->granularity;
    return b->label;
}

void gh_controls_draw(gh_View *v)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect r = v->panel[GH_PANEL_CONTROLS];
    gh_fill(v, r, pal->panel);
    gh_fill(v, (SDL_Rect){r.x, r.y, r.w, v->line}, pal->panelEdge);
    for (int i = 0; i < GH_ACT_COUNT; i++) v->button[i] = (SDL_Rect){0, 0, 0, 0};
    int bh = gh_text_h(v, GH_FONT_BODY), sh = gh_text_h(v, GH_FONT_SMALL), is = bh * 2 / 3;
    char info[160];
    if (v->ctl.nsteps >= 0)
        snprintf(info, sizeof info, "step %lld / %lld · ×%g%s%s", (long long)v->ctl.step, (long long)v->ctl.nsteps,
                 (double)v->ctl.speed, v->status[0] ? " · " : "", v->status);
    else snprintf(info, sizeof info, "step %lld · ×%g%s%s", (long long)v->ctl.step, (double)v->ctl.speed,
                  v->status[0] ? " · " : "", v->status);
    int infoW = gh_text_w(v, GH_FONT_BODY, info) + 2 * v->pad;
    int x = r.x + v->pad / 2, y = r.y + v->line + v->pad / 2, h = r.h - v->line - v->pad;
    for (int i = 0; i < NBTN; i++) {
        const Btn *b = &BTNS[i];
        const char *l = label_of(v, b);
        int lw = gh_text_w(v, GH_FONT_BODY, l) + (b->icon ? is * 3 / 2 : 0), kw = gh_text_w(v, GH_FONT_SMALL, b->key);
        int w = (lw > kw ? lw : kw) + v->pad * 3 / 2;
        if (x + w > r.x + r.w - infoW) break; /* narrow window: the rest stay on their keys */
        SDL_Rect br = {x, y, w, h};
        bool on = (b->a == GH_ACT_PLAY_PAUSE && v->ctl.playing) || (b->a == GH_ACT_PROJECTOR && v->projector);
        bool hover = v->mouseIn && gh_rect_has(br, v->mouseX, v->mouseY);
        gh_fill(v, br, on ? pal->buttonOn : hover ? gh_mix(pal->button, pal->accent, 0.25f) : pal->button);
        gh_frame(v, br, v->projector ? 2 : 1, pal->panelEdge);
        SDL_Color fg = on ? (SDL_Color){255, 255, 255, 255} : pal->buttonText;
        int cx = x + (w - lw) / 2, ty = y + (h - bh - sh) / 2;
        if (b->icon) {
            icon(v, b->icon == ICON_PLAY && v->ctl.playing ? ICON_PAUSE : b->icon, cx, ty + (bh - is) / 2, is, fg);
            cx += is * 3 / 2;
        }
        gh_text(v, GH_FONT_BODY, l, cx, ty, fg, GH_ALIGN_LEFT, 0);
        gh_text(v, GH_FONT_SMALL, b->key, x + w / 2, ty + bh, on ? fg : pal->dim, GH_ALIGN_CENTER, 0);
        v->button[b->a] = br;
        x += w + v->pad / 2;
    }
    gh_text(v, GH_FONT_BODY, info, r.x + r.w - v->pad, y + (h - bh) / 2, pal->text, GH_ALIGN_RIGHT, 0);
}

bool gh_view_button_rect(const gh_View *v, gh_ViewAction a, SDL_Rect *out)
{
    if ((unsigned)a >= GH_ACT_COUNT || v->button[a].w <= 0) return false;
    *out = v->button[a];
    return true;
}
