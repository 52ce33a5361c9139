/* gif.c — recording what a renderer shows as an animated GIF (giflib writes the file).
 *
 * Palette. A GIF frame has at most 256 colours, and the states of the rooms must come out
 * exactly as the view draws them (a grey room must stay the palette's grey, not its nearest
 * neighbour in a colour cube). So the global colour table starts with every colour of the
 * view's palette, exactly, and fills the rest with a 6×6×5 colour cube and a grey ramp for
 * what is blended (anti-aliased text, fades, veils). A pixel whose colour is in the table is
 * written as itself; any other goes to its nearest entry, found once per 15-bit colour and
 * then remembered.
 *
 * Size. Consecutive frames mostly differ in a small area (a room changes, a flash fades), so
 * each frame is written as the smallest rectangle that changed since the previous one, drawn
 * over it (disposal "do not dispose"); a frame equal to the previous one only lengthens the
 * previous frame's delay. The frame before is therefore held back until the next arrives
 * (its delay is not known before). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <gif_lib.h>
#include "view/view_impl.h"

enum { NEAR_CACHE = 1 << 15, EXACT_SLOTS = 512 };

struct gh_GifRecorder {
    GifFileType *gif;
    int w, h;
    GifColorType table[256];
    int ncolors;
    uint32_t exactKey[EXACT_SLOTS]; /* 0x01RRGGBB, 0 = empty */
    uint8_t exactIdx[EXACT_SLOTS];
    int16_t nearest[NEAR_CACHE];   /* 15-bit colour → table index, -1 = not yet */
    uint8_t *prev, *cur;           /* indexed frames: the last written, the one being added */
    bool havePending;
    SDL_Rect pending;              /* the held-back frame's changed rectangle (in prev) */
    int pendingCs;                 /* its delay so far, in 1/100 s */
    int frames;
    char err[200];
};

static uint32_t slot_of(uint32_t key) { return (key * 2654435761u) >> 23 & (EXACT_SLOTS - 1); }

static int find_exact(const gh_GifRecorder *g, uint32_t rgb)
{
    uint32_t key = 0x01000000u | rgb;
    for (uint32_t j = slot_of(key);; j = (j + 1) & (EXACT_SLOTS - 1)) {
        if (g->exactKey[j] == key) return g->exactIdx[j];
        if (!g->exactKey[j]) return -1;
    }
}

static void add_color(gh_GifRecorder *g, uint8_t r, uint8_t gr, uint8_t b, bool exact)
{
    uint32_t rgb = (uint32_t)r << 16 | (uint32_t)gr << 8 | b;
    if (g->ncolors >= 256 || find_exact(g, rgb) >= 0) return;
    g->table[g->ncolors] = (GifColorType){r, gr, b};
    if (exact) {
        uint32_t key = 0x01000000u | rgb, j = slot_of(key);
        while (g->exactKey[j]) j = (j + 1) & (EXACT_SLOTS - 1);
        g->exactKey[j] = key;
        g->exactIdx[j] = (uint8_t)g->ncolors;
    }
    g->ncolors++;
}

/* Every SDL_Color of a palette: gh_Palette holds only colours after its name (palette.c). */
static void add_palette(gh_GifRecorder *g, const gh_Palette *p)
{
    const SDL_Color *c = &p->bg;
    int n = (int)((sizeof *p - offsetof(gh_Palette, bg)) / sizeof(SDL_Color));
    for (int i = 0; i < n; i++) add_color(g, c[i].r, c[i].g, c[i].b, true);
}

static uint8_t index_of(gh_GifRecorder *g, uint32_t argb)
{
    uint32_t rgb = argb & 0xffffff;
    int e = find_exact(g, rgb);
    if (e >= 0) return (uint8_t)e;
    uint32_t k = (rgb >> 9 & 0x7c00) | (rgb >> 6 & 0x3e0) | (rgb >> 3 & 0x1f);
    if (g->nearest[k] < 0) {
        int r = (int)(rgb >> 16), gr = (int)(rgb >> 8 & 0xff), b = (int)(rgb & 0xff), best = 0;
        long bestD = -1;
        for (int i = 0; i < g->ncolors; i++) {
            long dr = r - g->table[i].Red, dg = gr - g->table[i].Green, db = b - g->table[i].Blue;
            long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db; /* weighted: the eye sees green best */
            if (bestD < 0 || d < bestD) bestD = d, best = i;
        }
        g->nearest[k] = (int16_t)best;
    }
    return (uint8_t)g->nearest[k];
}

static const char *why(int code) { return GifErrorString(code) ? GifErrorString(code) : "error"; }

static bool fail(gh_GifRecorder *g, const char *what, int code)
{
    snprintf(g->err, sizeof g->err, "%s: %s", what, why(code));
    return false;
}

/* Write the held-back frame: its delay, then its rectangle of prev. */
static bool flush_pending(gh_GifRecorder *g)
{
    if (!g->havePending) return true;
    GraphicsControlBlock gcb = {.DisposalMode = DISPOSE_DO_NOT, .UserInputFlag = false,
                                .DelayTime = g->pendingCs, .TransparentColor = NO_TRANSPARENT_COLOR};
    GifByteType ext[4];
    EGifGCBToExtension(&gcb, ext);
    if (EGifPutExtension(g->gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_ERROR) return fail(g, "frame delay", g->gif->Error);
    SDL_Rect r = g->pending;
    if (EGifPutImageDesc(g->gif, r.x, r.y, r.w, r.h, false, NULL) == GIF_ERROR) return fail(g, "frame", g->gif->Error);
    for (int y = r.y; y < r.y + r.h; y++)
        if (EGifPutLine(g->gif, g->prev + (size_t)y * g->w + r.x, r.w) == GIF_ERROR) return fail(g, "pixels", g->gif->Error);
    g->havePending = false;
    g->frames++;
    return true;
}

gh_GifRecorder *gh_gif_open(const gh_View *v, const char *path, int w, int h, char *err, size_t n)
{
    gh_GifRecorder *g = calloc(1, sizeof *g);
    uint8_t *a = malloc((size_t)w * h), *b = malloc((size_t)w * h);
    if (!g || !a || !b || w <= 0 || h <= 0) {
        snprintf(err, n, "out of memory for a %dx%d GIF", w, h);
        free(g), free(a), free(b);
        return NULL;
    }
    g->w = w, g->h = h, g->prev = a, g->cur = b;
    memset(g->nearest, 0xff, sizeof g->nearest);
    add_palette(g, v->pal);
    add_color(g, 0, 0, 0, true), add_color(g, 255, 255, 255, true); /* blank screen; text */
    for (int r = 0; r < 6; r++)
        for (int gr = 0; gr < 6; gr++)
            for (int bl = 0; bl < 5; bl++) add_color(g, (uint8_t)(r * 51), (uint8_t)(gr * 51), (uint8_t)(bl * 255 / 4), false);
    for (int k = 1; g->ncolors < 256 && k < 32; k++) add_color(g, (uint8_t)(k * 8), (uint8_t)(k * 8), (uint8_t)(k * 8), false);
    while (g->ncolors < 256) g->table[g->ncolors++] = (GifColorType){0, 0, 0};
    int code = 0, fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666); /* giflib's own open makes it 0600 */
    g->gif = fd >= 0 ? EGifOpenFileHandle(fd, &code) : NULL;
    if (!g->gif) {
        snprintf(err, n, "cannot write %s: %s", path, fd < 0 ? strerror(errno) : why(code));
        if (fd >= 0) close(fd);
        free(g->prev), free(g->cur), free(g);
        return NULL;
    }
    EGifSetGifVersion(g->gif, true);
    ColorMapObject *map = GifMakeMapObject(256, g->table);
    bool ok = map && EGifPutScreenDesc(g->gif, w, h, 8, 0, map) != GIF_ERROR;
    GifFreeMapObject(map);
    /* loop for ever (the NETSCAPE2.0 application extension) */
    static const GifByteType loop[3] = {1, 0, 0};
    ok = ok && EGifPutExtensionLeader(g->gif, APPLICATION_EXT_FUNC_CODE) != GIF_ERROR &&
         EGifPutExtensionBlock(g->gif, 11, "NETSCAPE2.0") != GIF_ERROR && EGifPutExtensionBlock(g->gif, 3, loop) != GIF_ERROR &&
         EGifPutExtensionTrailer(g->gif) != GIF_ERROR;
    if (!ok) {
        snprintf(err, n, "cannot write %s: %s", path, why(g->gif->Error));
        EGifCloseFile(g->gif, &code);
        free(g->prev), free(g->cur), free(g);
        return NULL;
    }
    return g;
}

bool gh_gif_add(gh_GifRecorder *g, const uint32_t *argb, int pitch, int centis)
{
    if (centis < 1) centis = 1;
    for (int y = 0; y < g->h; y++) {
        const uint32_t *row = (const uint32_t *)((const uint8_t *)argb + (size_t)y * pitch);
        uint8_t *out = g->cur + (size_t)y * g->w;
        for (int x = 0; x < g->w; x++) out[x] = index_of(g, row[x]);
    }
    SDL_Rect d = {0, 0, g->w, g->h};
    if (g->frames || g->havePending) { /* the rectangle that changed */
        int x0 = g->w, y0 = g->h, x1 = -1, y1 = -1;
        for (int y = 0; y < g->h; y++) {
            const uint8_t *a = g->prev + (size_t)y * g->w, *b = g->cur + (size_t)y * g->w;
            if (!memcmp(a, b, (size_t)g->w)) continue;
            int l = 0, r = g->w - 1;
            while (a[l] == b[l]) l++;
            while (a[r] == b[r]) r--;
            if (l < x0) x0 = l;
            if (r > x1) x1 = r;
            if (y < y0) y0 = y;
            y1 = y;
        }
        if (x1 < 0) { /* nothing changed: the frame before just stays longer */
            g->pendingCs += centis;
            return true;
        }
        d = (SDL_Rect){x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }
    if (!flush_pending(g)) return false;
    uint8_t *t = g->prev; /* cur becomes the frame held back */
    g->prev = g->cur, g->cur = t;
    g->pending = d, g->pendingCs = centis, g->havePending = true;
    return true;
}

int gh_gif_frames(const gh_GifRecorder *g) { return g->frames + (g->havePending ? 1 : 0); }

bool gh_gif_close(gh_GifRecorder *g, char *err, size_t n)
{
    bool ok = flush_pending(g);
    if (!ok) snprintf(err, n, "%s", g->err);
    int code = 0;
    if (EGifCloseFile(g->gif, &code) == GIF_ERROR && ok) {
        snprintf(err, n, "closing the GIF: %s", why(code));
        ok = false;
    }
    free(g->prev), free(g->cur), free(g);
    return ok;
}

const char *gh_gif_error(const gh_GifRecorder *g) { return g->err; }
