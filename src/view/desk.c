/* desk.c — the front desk under the hotel. Key rings: each P's mcache holds one key per
 * span class it allocates from (a floor checked out without queueing), plus its current
 * tiny block. Reception: each mcentral with its partial (free rooms left) and full floors.
 * The title line is the building management, mheap: free and released pages, sweepgen.
 * A refill flashes the key that was just handed over, and the key travels from reception
 * (or from mheap, for a floor just made of free pages) to the P's ring: desk_key_travel.c. What does not fit is counted ("+59
 * keys, tiny", "+2 more", "+5 more Ps"), never cut. */
#include <stdio.h>
#include "view/view_impl.h"

static void key_text(const gh_Sim *sim, int32_t p, int spc, char *t, size_t n)
{
    char es[24];
    gh_fmt_bytes(es, sizeof es, gh_sim_span(sim, gh_sim_mcache_span(sim, p, spc))->elemsize);
    snprintf(t, n, "%s%s", es, gh_spanclass_noscan((uint8_t)spc) ? "" : "*");
}

static int key_w(gh_View *v, const gh_Sim *sim, int32_t p, int spc)
{
    char t[32];
    key_text(sim, p, spc, t, sizeof t);
    return gh_text_w(v, GH_FONT_SMALL, t) + v->pad;
}

static int key_chip(gh_View *v, const gh_Sim *sim, int32_t p, int spc, int x, int y)
{
    const gh_Palette *pal = v->pal;
    const gh_MSpan *s = gh_sim_span(sim, gh_sim_mcache_span(sim, p, spc));
    char t[32];
    key_text(sim, p, spc, t, sizeof t);
    int sh = gh_text_h(v, GH_FONT_SMALL), w = gh_text_w(v, GH_FONT_SMALL, t) + v->pad;
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

/* What a ring that cannot show everything says instead of the rest: how many keys are not
 * shown, and whether the tiny block is not either ("+3 keys, tiny"); "+N" when even that
 * is too wide. */
static void more_text(int keys, bool tiny, bool shortForm, char *t, size_t n)
{
    if (shortForm) snprintf(t, n, "+%d", keys + tiny);
    else if (!keys) snprintf(t, n, "+tiny block");
    else snprintf(t, n, "+%d key%s%s", keys, keys == 1 ? "" : "s", tiny ? ", tiny" : "");
}

/* Does a lesson highlight point into span id (a room or the floor)? */
static bool highlighted(const gh_View *v, const gh_Sim *sim, int32_t id)
{
    for (int i = 0; i < v->nhl; i++)
        if ((v->hl[i].kind == GH_HL_ROOM || v->hl[i].kind == GH_HL_FLOOR) && gh_sim_span_of(sim, v->hl[i].addr) == id) return true;
    return false;
}

/* One P's key ring: its name, a chip per span class its mcache holds, then its tiny block.
 * When the row is too narrow, as many chips as leave room for an honest count of the rest,
 * the keys to floors the lesson highlights first. */
static void ring(gh_View *v, const gh_Sim *sim, int32_t p, SDL_Rect r)
{
    const gh_Palette *pal = v->pal;
    gh_MCacheInfo c = gh_sim_mcache_of(sim, p);
    char name[16], tiny[32], more[40];
    snprintf(name, sizeof name, "P%d", p);
    snprintf(tiny, sizeof tiny, "tiny %llu/16", (unsigned long long)c.tinyoffset);
    int nw = gh_text(v, GH_FONT_BOLD, name, r.x, r.y, pal->text, GH_ALIGN_LEFT, 0);
    if (p < 8) v->deskP[p] = (SDL_Rect){r.x, r.y, nw, r.h};
    int x = r.x + nw + v->pad / 2, maxx = r.x + r.w;
    int spcs[GH_NUM_SPAN_CLASSES], w[GH_NUM_SPAN_CLASSES], n = 0, gap = v->pad / 3;
    for (int pass = 0; pass < 2; pass++) /* the keys to highlighted floors first: the lesson talks about them */
        for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++) {
            int32_t id = gh_sim_mcache_span(sim, p, spc);
            if (id >= 0 && highlighted(v, sim, id) == !pass) { spcs[n] = spc; w[n] = key_w(v, sim, p, spc); n++; }
        }
    int tw = c.tiny ? gh_text_w(v, GH_FONT_SMALL, tiny) : 0;
    /* the most keys (and the tiny block after them) that fit with the count of the rest;
     * fewer chips rather than a count too short to name the tiny block */
    int shown = -1;
    bool tinyShown = false, shortForm = false;
    for (int form = 0; form < 2 && shown < 0; form++)
        for (int k = n; k >= 0; k--) {
            int keysW = 0;
            for (int i = 0; i < k; i++) keysW += w[i] + gap;
            if (x + keysW - (k ? gap : 0) > maxx) continue;
            bool t = c.tiny && k == n && x + keysW + tw <= maxx;
            if (k < n || (c.tiny && !t)) {
                more_text(n - k, c.tiny && !t, form == 1, more, sizeof more);
                if (x + keysW + gh_text_w(v, GH_FONT_SMALL, more) > maxx) continue;
            }
            shown = k;
            tinyShown = t;
            shortForm = form == 1;
            break;
        }
    if (shown < 0) shown = 0; /* not even "+N" fits: the P's name alone */
    for (int i = 0; i < shown; i++) x += key_chip(v, sim, p, spcs[i], x, r.y) + gap;
    if (tinyShown) x += gh_text(v, GH_FONT_SMALL, tiny, x, r.y, pal->room[GH_ROOM_TINY], GH_ALIGN_LEFT, 0) + v->pad;
    if (shown < n || (c.tiny && !tinyShown)) {
        more_text(n - shown, c.tiny && !tinyShown, shortForm, more, sizeof more);
        if (x + gh_text_w(v, GH_FONT_SMALL, more) <= maxx) gh_text(v, GH_FONT_SMALL, more, x, r.y, pal->dim, GH_ALIGN_LEFT, 0);
    }
    if (!n && !c.tiny) gh_text(v, GH_FONT_SMALL, "no keys yet", x, r.y, pal->dim, GH_ALIGN_LEFT, r.x + r.w - x);
}

static bool central_text(const gh_Sim *sim, int spc, char *t, size_t n)
{
    gh_CentralInfo c = gh_sim_central(sim, spc);
    uint32_t partial = c.partialSwept + c.partialUnswept, full = c.fullSwept + c.fullUnswept;
    if (!partial && !full) return false;
    char es[24];
    gh_fmt_bytes(es, sizeof es, gh_class_to_size[spc >> 1]);
    snprintf(t, n, "%s%s: %u partial · %u full", es, spc & 1 ? "" : "*", partial, full);
    return true;
}

/* Reception: one chip per mcentral with floors; those that do not fit are counted
 * ("+2 more"), the count always left room for. */
static void reception(gh_View *v, const gh_Sim *sim, SDL_Rect r)
{
    const gh_Palette *pal = v->pal;
    int lw = gh_text(v, GH_FONT_BOLD, "mcentral", r.x, r.y, pal->text, GH_ALIGN_LEFT, 0);
    v->deskCentral = (SDL_Rect){r.x, r.y, lw, r.h};
    int x = r.x + lw + v->pad / 2;
    int spcs[GH_NUM_SPAN_CLASSES], w[GH_NUM_SPAN_CLASSES], n = 0;
    char t[64], more[24];
    for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++)
        if (central_text(sim, spc, t, sizeof t)) { spcs[n] = spc; w[n] = gh_text_w(v, GH_FONT_SMALL, t) + v->pad; n++; }
    int shown = 0, used = 0;
    for (int k = n; k >= 0; k--) {
        used = 0;
        for (int i = 0; i < k; i++) used += w[i];
        snprintf(more, sizeof more, "+%d more", n - k);
        if (x + used + (k < n ? gh_text_w(v, GH_FONT_SMALL, more) : 0) <= r.x + r.w) { shown = k; break; }
    }
    for (int i = 0; i < shown; i++) {
        central_text(sim, spcs[i], t, sizeof t);
        gh_fill(v, (SDL_Rect){x, r.y, w[i] - v->pad / 3, r.h}, gh_mix(pal->panel, pal->accent, 0.18f));
        gh_text(v, GH_FONT_SMALL, t, x + v->pad / 3, r.y, pal->text, GH_ALIGN_LEFT, 0);
        if (v->nchips < 256) v->chips[v->nchips++] = (gh_Chip){-1, spcs[i], (SDL_Rect){x, r.y, w[i], r.h}};
        x += w[i];
    }
    snprintf(more, sizeof more, "+%d more", n - shown);
    if (shown < n && x + gh_text_w(v, GH_FONT_SMALL, more) <= r.x + r.w) gh_text(v, GH_FONT_SMALL, more, x, r.y, pal->dim, GH_ALIGN_LEFT, 0);
    if (!n) gh_text(v, GH_FONT_SMALL, "every floor is checked out or free", x, r.y, pal->dim, GH_ALIGN_LEFT, r.x + r.w - x);
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

/* Key rings: two per row when there are more than two Ps (at most 8 places: with more Ps
 * the eighth says how many are not shown). */
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
    for (int p = 0; p < 8; p++) v->deskP[p] = (SDL_Rect){0, 0, 0, 0};
    int sh = gh_text_h(v, GH_FONT_SMALL), row = sh + v->pad / 4, perRow;
    int32_t nprocs = gh_sim_nprocs(sim);
    int rows = ring_rows(nprocs, &perRow), np = nprocs < 8 ? nprocs : 8;
    int colw = perRow ? c.w / perRow : c.w;
    for (int p = 0; p < np; p++) {
        SDL_Rect rr = {c.x + (p % perRow) * colw, c.y + (p / perRow) * row, colw - v->pad, sh};
        if (p == np - 1 && nprocs > np) { /* no room for every P: the last place counts the rest */
            snprintf(line, sizeof line, "+%d more Ps", nprocs - p);
            gh_text(v, GH_FONT_SMALL, line, rr.x, rr.y, v->pal->dim, GH_ALIGN_LEFT, rr.w);
        } else ring(v, sim, p, rr);
    }
    reception(v, sim, (SDL_Rect){c.x, c.y + rows * row, c.w, sh});
    /* the building management: mheap's free pages (MemStats' HeapIdle, HeapReleased) */
    int y = c.y + (rows + 1) * row;
    int hw = gh_text(v, GH_FONT_BOLD, "mheap", c.x, y, v->pal->text, GH_ALIGN_LEFT, 0);
    v->deskHeap = (SDL_Rect){c.x, y, hw, sh};
    int x = c.x + hw + v->pad / 2;
    snprintf(line, sizeof line, "%s idle · %s released · sweepgen %u", idle, rel, gh_sim_sweepgen(sim));
    gh_text(v, GH_FONT_SMALL, line, x, y, v->pal->dim, GH_ALIGN_LEFT, c.x + c.w - x);
    handovers(v);
    gh_desk_keys_travel(v);
}
