/* presenter.c — what a teacher uses in front of the class and the class never needs in a
 * still: the laser-pointer spotlight (the window outside a circle around the pointer is
 * dimmed, a red dot marks the centre) and the key hints, a card of the clicker's keys that
 * shows when a scene opens (or on H) and fades out after a few seconds. Both are live
 * only: the app turns them on, so `gohotel shot` never draws them. */
#include "view/view_impl.h"

enum { HINTS_MS = 5000, HINTS_FADE_MS = 1200 };

void gh_view_set_laser(gh_View *v, bool on, int x, int y)
{
    v->laserOn = on;
    v->laserX = x, v->laserY = y;
}

bool gh_view_laser(const gh_View *v) { return v->laserOn; }

void gh_view_show_key_hints(gh_View *v, uint32_t now_ms)
{
    v->hintsAt = now_ms ? now_ms : 1; /* 0 means never shown */
}

/* 1 while the card is fully shown, then down to 0 over the fade; 0 when never shown. */
static float hints_alpha(const gh_View *v)
{
    if (!v->hintsAt || v->now < v->hintsAt) return 0;
    uint32_t age = v->now - v->hintsAt;
    if (age >= HINTS_MS) return 0;
    if (age <= HINTS_MS - HINTS_FADE_MS) return 1;
    return (float)(HINTS_MS - age) / HINTS_FADE_MS;
}

bool gh_view_key_hints_shown(const gh_View *v) { return hints_alpha(v) > 0; }

static SDL_Color with_alpha(SDL_Color c, float a)
{
    c.a = (Uint8)(c.a * (a < 0 ? 0 : a > 1 ? 1 : a));
    return c;
}

/* The card: three lines of "key what" pairs, centred at the foot of the
 * hotel (the narration and control bar stay readable under a fading card). The text fades
 * by mixing towards the card's colour: cached text textures carry no alpha. */
static void draw_hints(gh_View *v)
{
    float a = hints_alpha(v);
    if (a <= 0) return;
    static const char *const lines[] = {
        "PgDn / →  next pause      PgUp / ←  back      Space  play",
        "hold L  laser pointer      B  blank screen      F  full screen      M  motion on/off",
        "V  lesson's values      C  classroom mode      H  these keys      Esc  menu",
    };
    enum { NLINES = sizeof lines / sizeof lines[0] };
    int lh = gh_text_h(v, GH_FONT_BODY), pad = v->pad;
    int w = 0;
    for (int i = 0; i < NLINES; i++) {
        int tw = gh_text_w(v, GH_FONT_BODY, lines[i]);
        if (tw > w) w = tw;
    }
    w += 2 * pad;
    if (w > v->w - 2 * pad) w = v->w - 2 * pad;
    int h = NLINES * lh + 2 * pad;
    SDL_Rect A = v->panel[GH_PANEL_HOTEL].h ? v->panel[GH_PANEL_HOTEL] : (SDL_Rect){0, 0, v->w, v->h};
    SDL_Rect card = {(v->w - w) / 2, A.y + A.h - h - pad, w, h}; /* low: the arena's sign stays clear */
    const gh_Palette *pal = v->pal;
    gh_fill(v, card, with_alpha(pal->panel, 0.94f * a));
    gh_frame(v, card, v->projector ? 3 : 2, with_alpha(pal->accent, a));
    for (int i = 0; i < NLINES; i++)
        gh_text(v, GH_FONT_BODY, lines[i], card.x + card.w / 2, card.y + pad + i * lh, gh_mix(pal->panel, pal->text, a),
                GH_ALIGN_CENTER, card.w - pad);
}

/* Half the width of the chord a circle of radius r cuts from the row dy from its centre. */
static int chord(int r, int dy)
{
    int half = 0;
    while ((half + 1) * (half + 1) + dy * dy <= r * r) half++;
    return half;
}

/* The spotlight: every row of the window is dimmed outside the chord the circle cuts from
 * it (a circle drawn as spans, no texture needed), then a ring and a dot at the centre. */
static void draw_laser(gh_View *v)
{
    if (!v->laserOn) return;
    int cx = v->laserX, cy = v->laserY;
    int r = v->h / 9 > 40 ? v->h / 9 : 40;
    SDL_Color dim = {0, 0, 0, 150};
    SDL_SetRenderDrawBlendMode(v->r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(v->r, dim.r, dim.g, dim.b, dim.a);
    if (cy - r > 0) SDL_RenderFillRect(v->r, &(SDL_Rect){0, 0, v->w, cy - r});
    if (cy + r < v->h) SDL_RenderFillRect(v->r, &(SDL_Rect){0, cy + r, v->w, v->h - cy - r});
    for (int y = cy - r > 0 ? cy - r : 0; y < cy + r && y < v->h; y++) {
        int half = chord(r, y - cy);
        SDL_RenderFillRect(v->r, &(SDL_Rect){0, y, cx - half > 0 ? cx - half : 0, 1});
        if (cx + half < v->w) SDL_RenderFillRect(v->r, &(SDL_Rect){cx + half, y, v->w - cx - half, 1});
    }
    SDL_Color red = {230, 30, 30, 255};
    int dot = v->projector ? 9 : 7;
    for (int ring = 0; ring < 3; ring++) { /* a soft halo, then the dot */
        int rr = dot + 6 - 2 * ring;
        SDL_SetRenderDrawColor(v->r, red.r, red.g, red.b, (Uint8)(60 + 60 * ring));
        for (int y = -rr; y <= rr; y++) {
            int half = chord(rr, y);
            SDL_RenderFillRect(v->r, &(SDL_Rect){cx - half, cy + y, 2 * half + 1, 1});
        }
    }
    SDL_SetRenderDrawColor(v->r, 255, 230, 230, 255);
    SDL_RenderFillRect(v->r, &(SDL_Rect){cx - dot / 3, cy - dot / 3, 2 * (dot / 3) + 1, 2 * (dot / 3) + 1});
}

void gh_presenter_draw(gh_View *v)
{
    draw_hints(v);
    draw_laser(v);
}
