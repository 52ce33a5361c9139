/* desk.c — the front desk under the hotel. Key rings: each P's mcache holds one key per
 * span class it allocates from (a floor checked out without queueing), plus its current
 * tiny block. Reception: each mcentral with its partial (free rooms left) and full floors.
 * The title line is the building management, mheap: free and released pages, sweepgen.
 * A refill flashes the key that was just handed over. */
#include <stdio.h>
#include "view/view_impl.h"

static int key_chip(gh_View *v, const gh_Sim *sim, int32_t p, int spc, int x, int y, int maxx)
{
    const gh_Palette *pal = v->pal;
    const gh_MSpan *s = gh_sim_span(sim, gh_sim_mcache_span(sim, p, spc));
    char t[32], es[24];
    gh_fmt_bytes(es, sizeof es, s->elemsize);
    snprintf(t, sizeof t, "%s%s", es, gh_spanclass_noscan((uint8_t)spc) ? "" : "*");
    int sh = gh_text_h(v, GH_FONT_SMALL), w = gh_text_w(v, GH_FONT_SMALL, t) + v->pad;
    if (x + w > maxx) return -1;
    SDL_Rect r = {x, y, w, sh};
    gh_fill(v, r, gh_mix(pal->key, pal->panel, 0.55f));
    int filled = s->nelems ? (int)((int64_t)w * s->allocCount / s->nelems) : 0;
    gh_fill(v, (SDL_Rect){x, y + sh - sh / 4, filled, sh / 4}, pal->key);
    gh_frame(v, r, 1, pal->key);
    gh_text(v, GH_FONT_SMALL, t, x + w / 2, y, pal->text, GH_ALIGN_CENTER, 0);
    for (int k = 0; k < v->nrefill; k++) {
        const gh_Flash *f = &v->refill[k];
        float a = gh_anim_flash(v, f->t, GH_FLASH_MS * 2);
        if (f->span != spc || (int32_t)f->slot != p || a <= 0) continue;
        SDL_Color c = pal->highlight;
        c.a = (Uint8)(255 * a);
        gh_frame(v, (SDL_Rect){x - 3, y - 3, w + 6, sh + 6}, 3, c);
    }
    if (v->nchips < 256) v->chips[v->nchips++] = (gh_Chip){p, spc, r};
    return w;
}

static int cached(const gh_Sim *sim, int32_t p)
{
    int n = 0;
    for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++) n += gh_sim_mcache_span(sim, p, spc) >= 0;
    return n;
}

static void ring(gh_View *v, const gh_Sim *sim, int32_t p, SDL_Rect r)
{
    const gh_Palette *pal = v->pal;
    gh_MCacheInfo c = gh_sim_mcache_of(sim, p);
    char name[16];
    snprintf(name, sizeof name, "P%d", p);
    int x = r.x + gh_text(v, GH_FONT_BOLD, name, r.x, r.y, pal->text, GH_ALIGN_LEFT, 0) + v->pad / 2;
    int n = 0;
    for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++) {
        if (gh_sim_mcache_span(sim, p, spc) < 0) continue;
        int w = key_chip(v, sim, p, spc, x, r.y, r.x + r.w);
        if (w < 0) { /* no room for the rest: say so if even that fits */
            if (x + gh_text_w(v, GH_FONT_SMALL, "…") <= r.x + r.w) gh_text(v, GH_FONT_SMALL, "…", x, r.y, pal->dim, GH_ALIGN_LEFT, 0);
            break;
        }
        x += w + v->pad / 3;
        n++;
    }
    char t[32];
    snprintf(t, sizeof t, "tiny %llu/16", (unsigned long long)c.tinyoffset);
    if (c.tiny && n == cached(sim, p) && x + gh_text_w(v, GH_FONT_SMALL, t) <= r.x + r.w) /* whole, after every key */
        x += gh_text(v, GH_FONT_SMALL, t, x, r.y, pal->room[GH_ROOM_TINY], GH_ALIGN_LEFT, 0) + v->pad;
    if (!n && !c.tiny) gh_text(v, GH_FONT_SMALL, "no keys yet", x, r.y, pal->dim, GH_ALIGN_LEFT, r.x + r.w - x);
}

static void reception(gh_View *v, const gh_Sim *sim, SDL_Rect r)
{
    const gh_Palette *pal = v->pal;
    int x = r.x + gh_text(v, GH_FONT_BOLD, "mcentral", r.x, r.y, pal->text, GH_ALIGN_LEFT, 0) + v->pad / 2;
    int shown = 0;
    for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++) {
        gh_CentralInfo c = gh_sim_central(sim, spc);
        uint32_t partial = c.partialSwept + c.partialUnswept, full = c.fullSwept + c.fullUnswept;
        if (!partial && !full) continue;
        char t[64], es[24];
        gh_fmt_bytes(es, sizeof es, gh_class_to_size[spc >> 1]);
        snprintf(t, sizeof t, "%s%s: %u partial · %u full", es, spc & 1 ? "" : "*", partial, full);
        int w = gh_text_w(v, GH_FONT_SMALL, t) + v->pad;
        if (x + w > r.x + r.w) {
            if (x + gh_text_w(v, GH_FONT_SMALL, "…") <= r.x + r.w) gh_text(v, GH_FONT_SMALL, "…", x, r.y, pal->dim, GH_ALIGN_LEFT, 0);
            break;
        }
        gh_fill(v, (SDL_Rect){x, r.y, w - v->pad / 3, r.h}, gh_mix(pal->panel, pal->accent, 0.18f));
        gh_text(v, GH_FONT_SMALL, t, x + v->pad / 3, r.y, pal->text, GH_ALIGN_LEFT, 0);
        if (v->nchips < 256) v->chips[v->nchips++] = (gh_Chip){-1, spc, (SDL_Rect){x, r.y, w, r.h}};
        x += w;
        shown++;
    }
    if (!shown) gh_text(v, GH_FONT_SMALL, "every floor is checked out or free", x, r.y, pal->dim, GH_ALIGN_LEFT, r.x + r.w - x);
}

/* A refill in motion: an arrow from the floor being handed over to the P's new key. */
static void handovers(gh_View *v)
{
    for (int k = 0; k < v->nrefill; k++) {
        const gh_Flash *f = &v->refill[k];
        float a = gh_anim_flash(v, f->t, GH_FLASH_MS * 2);
        SDL_Rect from;
        if (a <= 0 || f->floor < 0 || !gh_view_floor_rect(v, f->floor, &from)) continue;
        for (int i = 0; i < v->nchips; i++) {
            const gh_Chip *c = &v->chips[i];
            if (c->p != (int32_t)f->slot || c->spc != f->span) continue;
            SDL_Color col = v->pal->key;
            col.a = (Uint8)(255 * a);
            gh_arrow(v, (float)(from.x + v->hotel.signW), from.y + from.h / 2.0f, c->r.x + c->r.w / 2.0f, (float)c->r.y, 3, col, true);
        }
    }
}

/* Key rings: two per row when there are more than two Ps (at most 8 shown). */
static int ring_rows(int nprocs, int *perRow)
{
    int np = nprocs < 8 ? nprocs : 8;
    *perRow = np > 2 ? (np + 1) / 2 : np;
    return np > *perRow ? 2 : 1;
}

int gh_desk_height(gh_View *v, int w)
{
    (void)w;
    int perRow, rows = ring_rows(v->nprocs, &perRow), sh = gh_text_h(v, GH_FONT_SMALL), row = sh + v->pad / 4;
    return gh_text_h(v, GH_FONT_BOLD) + 2 * v->pad + (rows + 2) * row;
}

void gh_desk_draw(gh_View *v, const gh_Sim *sim)
{
    char line[160], idle[24], rel[24];
    gh_MemStats m;
    gh_memstats_peek(sim, &m);
    gh_fmt_bytes(idle, sizeof idle, m.HeapIdle);
    gh_fmt_bytes(rel, sizeof rel, m.HeapReleased);
    SDL_Rect c = gh_panel(v, GH_PANEL_DESK, "Front desk", NULL);
    v->nchips = 0;
    int sh = gh_text_h(v, GH_FONT_SMALL), row = sh + v->pad / 4, perRow;
    int32_t nprocs = gh_sim_nprocs(sim);
    int rows = ring_rows(nprocs, &perRow), np = nprocs < 8 ? nprocs : 8;
    int colw = perRow ? c.w / perRow : c.w;
    for (int p = 0; p < np; p++)
        ring(v, sim, p, (SDL_Rect){c.x + (p % perRow) * colw, c.y + (p / perRow) * row, colw - v->pad, sh});
    reception(v, sim, (SDL_Rect){c.x, c.y + rows * row, c.w, sh});
    /* the building management: mheap's free pages (MemStats' HeapIdle, HeapReleased) */
    int y = c.y + (rows + 1) * row;
    int x = c.x + gh_text(v, GH_FONT_BOLD, "mheap", c.x, y, v->pal->text, GH_ALIGN_LEFT, 0) + v->pad / 2;
    snprintf(line, sizeof line, "%s idle · %s released · sweepgen %u", idle, rel, gh_sim_sweepgen(sim));
    gh_text(v, GH_FONT_SMALL, line, x, y, v->pal->dim, GH_ALIGN_LEFT, c.x + c.w - x);
    handovers(v);
}
