/* memstats_panel.c — runtime.MemStats as Go names it, read with gh_memstats_peek so
 * drawing never flushes an mcache. Byte fields are shown in KiB/MiB to be read from the
 * back of the room; counts are exact. */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include "view/view_impl.h"

typedef struct Field { const char *name; size_t off; bool bytes, u32; } Field;
#define B(f) {#f, offsetof(gh_MemStats, f), true, false}
#define N(f) {#f, offsetof(gh_MemStats, f), false, false}
static const Field FIELDS[] = {
    B(HeapAlloc), B(HeapInuse), B(HeapIdle), B(HeapReleased), N(HeapObjects),
    N(Mallocs), N(Frees), B(TotalAlloc), B(NextGC), {"NumGC", offsetof(gh_MemStats, NumGC), false, true},
};
enum { NFIELDS = sizeof FIELDS / sizeof FIELDS[0] };
/* Classroom mode shows fewer rows at a readable size: HeapIdle and HeapReleased are on the
 * front desk's mheap line. */
static const int CLASSROOM[] = {0, 1, 4, 5, 6, 7, 8, 9};
enum { NCLASSROOM = sizeof CLASSROOM / sizeof CLASSROOM[0] };

static int nfields(const gh_View *v) { return v->projector ? NCLASSROOM : NFIELDS; }
static const Field *field(const gh_View *v, int i) { return &FIELDS[v->projector ? CLASSROOM[i] : i]; }

/* Two columns when a name and a value fit twice in the width, else one. */
static int columns(gh_View *v, int w)
{
    int need = gh_text_w(v, GH_FONT_SMALL, "HeapReleased") + gh_text_w(v, GH_FONT_SMALL, "999.9 KiB") + 2 * v->pad;
    return w - 2 * v->pad >= 2 * need ? 2 : 1;
}

int gh_memstats_rows(gh_View *v, int w)
{
    int cols = columns(v, w);
    return (nfields(v) + cols - 1) / cols;
}

void gh_memstats_draw(gh_View *v, const gh_Sim *sim)
{
    const gh_Palette *pal = v->pal;
    SDL_Rect c = gh_panel(v, GH_PANEL_MEMSTATS, "runtime.MemStats", NULL);
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    int sh = gh_text_h(v, GH_FONT_SMALL), cols = columns(v, v->panel[GH_PANEL_MEMSTATS].w), nf = nfields(v);
    int rows = (nf + cols - 1) / cols, cw = (c.w - (cols - 1) * v->pad) / cols;
    for (int i = 0; i < nf; i++) {
        const Field *f = field(v, i);
        int x = c.x + (i / rows) * (cw + v->pad), y = c.y + (i % rows) * sh;
        if (y + sh > c.y + c.h + v->pad / 2) continue;
        uint64_t val = f->u32 ? *(const uint32_t *)((const char *)&m + f->off) : *(const uint64_t *)((const char *)&m + f->off);
        char s[32];
        if (f->bytes) gh_fmt_bytes(s, sizeof s, val);
        else snprintf(s, sizeof s, "%" PRIu64, val);
        int vw = gh_text(v, GH_FONT_SMALL, s, x + cw, y, pal->text, GH_ALIGN_RIGHT, cw / 2);
        gh_text(v, GH_FONT_SMALL, f->name, x, y, pal->dim, GH_ALIGN_LEFT, cw - vw - v->pad / 2);
    }
}
