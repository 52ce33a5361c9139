/* text.c — fonts (DejaVu from assets/fonts, falling back to the system copy with a warning)
 * and a cache of rendered strings: text is drawn every frame, but SDL_ttf rasterises a
 * string only the first time it is seen; entries unused for a frame are dropped when full. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

static const char *const FILES[GH_FONT_COUNT] = {"DejaVuSans.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                                                 "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSans.ttf"};
/* Pixel sizes at 1280×720 (small, body, bold, title, mono, caption). Classroom sizes are
 * read from the back row: narration 26 px, nothing under 18 px; they grow with the window
 * but never shrink below these (a smaller window hides panels instead, see layout.c). */
static const int SIZE_NORMAL[GH_FONT_COUNT] = {11, 13, 13, 16, 12, 16};
static const int SIZE_PROJECTOR[GH_FONT_COUNT] = {18, 18, 18, 22, 18, 26};
static const char *const SYSTEM_DIR = "/usr/share/fonts/truetype/dejavu";

static TTF_Font *open_font(const char *dir, const char *file, int px)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    return TTF_OpenFont(path, px);
}

bool gh_text_open(gh_View *v)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(v->warning, sizeof v->warning, "SDL_ttf failed to start (%s): text is not drawn", TTF_GetError());
        return false;
    }
    gh_text_close(v);
    for (int f = 0; f < GH_FONT_COUNT; f++) {
        float k = v->projector && v->scale < 1 ? 1.0f : v->scale;
        int px = (int)((v->projector ? SIZE_PROJECTOR[f] : SIZE_NORMAL[f]) * k + 0.5f);
        v->fontPx[f] = px;
        v->font[f] = open_font(v->fontDir, FILES[f], px);
        if (!v->font[f]) {
            v->font[f] = open_font(SYSTEM_DIR, FILES[f], px);
            if (!v->warning[0])
                snprintf(v->warning, sizeof v->warning, "font %s not found in %.120s; using %s", FILES[f], v->fontDir,
                         v->font[f] ? SYSTEM_DIR : "no font at all (text is not drawn)");
        }
        if (v->font[f]) TTF_SetFontHinting(v->font[f], TTF_HINTING_LIGHT);
    }
    if (v->warning[0]) fprintf(stderr, "gohotel: warning: %s\n", v->warning);
    return v->font[GH_FONT_BODY] != NULL;
}

void gh_text_flush(gh_View *v)
{
    for (int i = 0; i < GH_TEXT_CACHE && v->cache; i++) {
        if (v->cache[i].tex) SDL_DestroyTexture(v->cache[i].tex);
        free(v->cache[i].s);
    }
    if (v->cache) memset(v->cache, 0, sizeof(gh_TextEntry) * GH_TEXT_CACHE);
    v->ncache = 0;
}

void gh_text_close(gh_View *v)
{
    gh_text_flush(v);
    for (int f = 0; f < GH_FONT_COUNT; f++) {
        if (v->font[f]) TTF_CloseFont(v->font[f]);
        v->font[f] = NULL;
    }
}

int gh_text_h(const gh_View *v, gh_FontId f) { return v->font[f] ? TTF_FontLineSkip(v->font[f]) : v->fontPx[f] + 2; }

int gh_text_w(gh_View *v, gh_FontId f, const char *s)
{
    int w = 0, h = 0;
    if (!v->font[f] || !*s) return 0;
    TTF_SizeUTF8(v->font[f], s, &w, &h);
    return w;
}

static uint32_t hash(gh_FontId f, SDL_Color c, const char *s)
{
    uint32_t h = 2166136261u ^ (uint32_t)f ^ (uint32_t)c.r << 8 ^ (uint32_t)c.g << 16 ^ (uint32_t)c.b << 24;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h ? h : 1;
}

/* Drop entries not used in this or the previous frame; rehash the rest. */
static void evict(gh_View *v)
{
    gh_TextEntry *old = v->cache;
    gh_TextEntry *nc = calloc(GH_TEXT_CACHE, sizeof *nc);
    if (!nc) { gh_text_flush(v); return; }
    v->cache = nc;
    v->ncache = 0;
    for (int i = 0; i < GH_TEXT_CACHE; i++) {
        gh_TextEntry *e = &old[i];
        if (!e->tex) continue;
        if (e->lastFrame + 1 < v->frame || v->ncache > GH_TEXT_CACHE / 2) {
            SDL_DestroyTexture(e->tex);
            free(e->s);
            continue;
        }
        uint32_t j = e->hash % GH_TEXT_CACHE;
        while (nc[j].tex) j = (j + 1) % GH_TEXT_CACHE;
        nc[j] = *e;
        v->ncache++;
    }
    free(old);
}

static gh_TextEntry *lookup(gh_View *v, gh_FontId f, const char *s, SDL_Color c)
{
    if (!v->cache) return NULL;
    uint32_t h = hash(f, c, s), j = h % GH_TEXT_CACHE;
    for (; v->cache[j].tex; j = (j + 1) % GH_TEXT_CACHE) {
        gh_TextEntry *e = &v->cache[j];
        if (e->hash == h && e->font == f && e->c.r == c.r && e->c.g == c.g && e->c.b == c.b && !strcmp(e->s, s))
            return e;
    }
    if (v->ncache >= GH_TEXT_CACHE * 3 / 4) {
        evict(v);
        return lookup(v, f, s, c);
    }
    SDL_Surface *surf = TTF_RenderUTF8_Blended(v->font[f], s, c);
    if (!surf) return NULL;
    SDL_Texture *t = SDL_CreateTextureFromSurface(v->r, surf);
    gh_TextEntry e = {h, v->frame, (uint8_t)f, c, strdup(s), t, surf->w, surf->h};
    SDL_FreeSurface(surf);
    if (!t || !e.s) { if (t) SDL_DestroyTexture(t); free(e.s); return NULL; }
    v->cache[j] = e;
    v->ncache++;
    return &v->cache[j];
}

/* Remember a drawn string for the layout checker: its visible part (inside the clip
 * rectangle; nothing when clipped away), font size, panel and role. */
static void record(gh_View *v, gh_FontId f, const char *s, SDL_Rect r)
{
    if (!v->labels || v->nlabels >= GH_MAX_LABELS) return;
    if (SDL_RenderIsClipEnabled(v->r)) {
        SDL_Rect clip, vis;
        SDL_RenderGetClipRect(v->r, &clip);
        if (!SDL_IntersectRect(&r, &clip, &vis)) return;
        r = vis;
    }
    gh_Label *l = &v->labels[v->nlabels++];
    snprintf(l->s, sizeof l->s, "%.95s", s); /* whole lines, so a test sees a line's end */
    l->r = r;
    l->px = (int16_t)v->fontPx[f];
    l->panel = (int16_t)v->textPanel;
    l->flags = v->textFlags;
}

/* A drawing the class reads as text (a gauge): no callout may cover it, and the layout
 * checker sees it as a label named s. */
void gh_record_drawing(gh_View *v, const char *s, SDL_Rect r) { record(v, GH_FONT_SMALL, s, r); }

/* Longest prefix of s (whole UTF-8 characters) that fits in maxw with an ellipsis. */
static void ellipsize(gh_View *v, gh_FontId f, const char *s, int maxw, char *out, size_t n)
{
    size_t len = strlen(s), lo = 0, hi = len < n - 4 ? len : n - 4;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        while (mid > 0 && ((uint8_t)s[mid] & 0xC0) == 0x80) mid--;
        if (mid <= lo) { hi = lo; break; }
        memcpy(out, s, mid);
        strcpy(out + mid, "…");
        if (gh_text_w(v, f, out) <= maxw) lo = mid;
        else hi = mid - 1;
    }
    while (lo > 0 && ((uint8_t)s[lo] & 0xC0) == 0x80) lo--;
    memcpy(out, s, lo);
    strcpy(out + lo, lo ? "…" : "");
}

int gh_text(gh_View *v, gh_FontId f, const char *s, int x, int y, SDL_Color c, int align, int maxw)
{
    if (!s || !*s || !v->font[f]) return 0;
    char buf[512];
    if (maxw > 0 && gh_text_w(v, f, s) > maxw) {
        if (maxw < v->fontPx[f]) return 0;
        ellipsize(v, f, s, maxw, buf, sizeof buf);
        s = buf;
        if (!*s) return 0;
    }
    gh_TextEntry *e = lookup(v, f, s, c);
    if (!e) return 0;
    e->lastFrame = v->frame;
    SDL_Rect d = {x, y, e->w, e->h};
    if (align == GH_ALIGN_CENTER) d.x -= e->w / 2;
    else if (align == GH_ALIGN_RIGHT) d.x -= e->w;
    SDL_RenderCopy(v->r, e->tex, NULL, &d);
    record(v, f, s, d);
    if (v->zaLog && v->zaNext && v->nzaNext < GH_ZOOM_TEXTS && strlen(s) < sizeof v->zaNext[0].s) { /* hotel_zoom_anim.c */
        gh_LoggedText *t = &v->zaNext[v->nzaNext++];
        t->r = d;
        t->c = c;
        t->font = (uint8_t)f;
        memcpy(t->s, s, strlen(s) + 1);
    }
    return e->w;
}

void gh_text_blit(gh_View *v, gh_FontId f, const char *s, SDL_Color c, SDL_Rect dst, Uint8 a)
{
    if (!s || !*s || !v->font[f]) return;
    gh_TextEntry *e = lookup(v, f, s, c);
    if (!e) return;
    e->lastFrame = v->frame;
    SDL_SetTextureAlphaMod(e->tex, a);
    SDL_RenderCopy(v->r, e->tex, NULL, &dst);
    SDL_SetTextureAlphaMod(e->tex, 255);
}

int gh_text_wrap(gh_View *v, gh_FontId f, const char *s, SDL_Rect r, SDL_Color c, bool draw)
{
    if (!s || !v->font[f]) return 0;
    int lh = gh_text_h(v, f), y = r.y;
    char line[512];
    size_t ll = 0;
    const char *p = s;
    while (*p) {
        const char *w = p;
        while (*p && *p != ' ' && *p != '\n') p++;
        char cand[512];
        snprintf(cand, sizeof cand, "%.*s%s%.*s", (int)ll, line, ll ? " " : "", (int)(p - w), w);
        if (ll && gh_text_w(v, f, cand) > r.w) {
            if (draw && y + lh <= r.y + r.h) gh_text(v, f, line, r.x, y, c, GH_ALIGN_LEFT, r.w);
            y += lh;
            snprintf(line, sizeof line, "%.*s", (int)(p - w), w);
        } else {
            snprintf(line, sizeof line, "%s", cand);
        }
        ll = strlen(line);
        if (*p == '\n' || !*p) {
            if (draw && ll && y + lh <= r.y + r.h) gh_text(v, f, line, r.x, y, c, GH_ALIGN_LEFT, r.w);
            if (ll) y += lh;
            ll = 0;
            line[0] = 0;
            int nl = 0;
            while (*p == '\n') { p++; nl++; }
            if (nl > 1) y += lh / 2;
        } else {
            p++;
        }
    }
    return y - r.y;
}
