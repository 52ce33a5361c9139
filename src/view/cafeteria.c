/* cafeteria.c — goroutine stacks as plate stacks. Each goroutine is a column; each frame a
 * plate with its function name and locals (value, or the address a pointer holds — graph.c
 * draws those arrows into the hotel). The newest plate is on top; when a stack is taller
 * than the panel, the oldest plates shrink to their names. A stack that just grew says so.
 *
 * The class sees the program's own variables, one plate per function call: compiler
 * temporaries (any name starting with '.': .autotmp_3, .spill, .closureptr), the runtime's
 * pseudo frames (runtime.(no shrink) pads a stack so it is not shrunk) and the scene's idle
 * main goroutine while a Go program runs its own main.main are left out, unless
 * gh_view_set_show_temporaries asks for them. */
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

void gh_view_set_show_temporaries(gh_View *v, bool on) { v->showTemps = on; }

static bool slot_shown(const gh_View *v, const gh_Slot *s) { return v->showTemps || s->name[0] != '.'; }

static bool frame_shown(const gh_View *v, const gh_Frame *f) { return v->showTemps || strncmp(f->fn, "runtime.(", 9) != 0; }

static uint32_t shown_slots(const gh_View *v, const gh_G *g, uint32_t i)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < gh_frame_nslots(g, i); k++) n += slot_shown(v, &g->slots[g->frames[i].firstSlot + k]);
    return n;
}

/* The scene's own main goroutine, idle on an empty main.main, while another goroutine runs
 * a Go program's main.main: two main plates for one program would mislead. */
static bool placeholder(const gh_View *v, const gh_Sim *sim, const gh_G *g)
{
    if (v->showTemps || g->nframes != 1 || gh_frame_nslots(g, 0) || strcmp(g->frames[0].fn, "main.main")) return false;
    for (int32_t i = 0; i < sim->stacks.ngs; i++) {
        const gh_G *o = &sim->stacks.gs[i];
        if (o != g && o->status != GH_G_DEAD && o->nframes && !strcmp(o->frames[0].fn, "main.main")) return true;
    }
    return false;
}

static bool g_shown(const gh_View *v, const gh_Sim *sim, const gh_G *g) { return g->status != GH_G_DEAD && !placeholder(v, sim, g); }

static void add_box(gh_View *v, int32_t gid, int32_t frame, int32_t local, SDL_Rect r, gh_Addr ptr)
{
    if (v->nplates < GH_MAX_PLATES) v->plates[v->nplates++] = (gh_PlateBox){gid, frame, local, r, ptr};
}

static int plate_h(gh_View *v, const gh_G *g, uint32_t i, bool full)
{
    int bh = gh_text_h(v, GH_FONT_BOLD), sh = gh_text_h(v, GH_FONT_SMALL);
    return bh + (full ? (int)shown_slots(v, g, i) * sh : 0) + v->pad / 2 + 2;
}

static void plate(gh_View *v, const gh_Sim *sim, const gh_G *g, uint32_t fi, SDL_Rect r, bool full)
{
    const gh_Palette *pal = v->pal;
    const gh_Frame *f = &g->frames[fi];
    SDL_Rect rim = {r.x, r.y, r.w, r.h - 2};
    gh_fill(v, rim, pal->plate);
    gh_frame(v, rim, v->projector ? 2 : 1, pal->plateEdge);
    gh_fill(v, (SDL_Rect){r.x + r.w / 10, r.y + r.h - 2, r.w * 8 / 10, 2}, pal->plateEdge); /* the plate's foot */
    SDL_Color ink = {0x10, 0x10, 0x10, 255};
    int bh = gh_text_h(v, GH_FONT_BOLD), sh = gh_text_h(v, GH_FONT_SMALL), x = r.x + v->pad / 2, w = r.w - v->pad;
    char t[160], sz[24];
    gh_fmt_bytes(sz, sizeof sz, f->size);
    snprintf(t, sizeof t, "%s()", f->fn);
    int tw = gh_text(v, GH_FONT_BOLD, t, x, r.y + v->pad / 4, ink, GH_ALIGN_LEFT, w);
    if (tw + gh_text_w(v, GH_FONT_SMALL, sz) + v->pad < w)
        gh_text(v, GH_FONT_SMALL, sz, r.x + r.w - v->pad / 2, r.y + v->pad / 4 + bh - sh, (SDL_Color){0x55, 0x55, 0x55, 255},
                GH_ALIGN_RIGHT, 0);
    add_box(v, g->id, (int32_t)fi, -1, r, 0);
    if (!full) return;
    int row = 0;
    for (uint32_t k = 0; k < gh_frame_nslots(g, fi); k++) {
        const gh_Slot *s = &g->slots[f->firstSlot + k];
        if (!slot_shown(v, s)) continue;
        char val[64];
        gh_Addr ptr = 0;
        bool isPtr = gh_fmt_local(sim, s, f->sp + s->offset, val, sizeof val, &ptr);
        if (s->escaped) snprintf(t, sizeof t, "&%s → %s (moved to heap)", s->name, val);
        else snprintf(t, sizeof t, "%s %s %s", s->name, isPtr ? "→" : "=", val);
        SDL_Rect lr = {r.x, r.y + v->pad / 4 + bh + row++ * sh, r.w, sh};
        gh_text(v, GH_FONT_SMALL, t, x + v->pad / 2, lr.y, isPtr ? (SDL_Color){0x00, 0x4a, 0x80, 255} : ink, GH_ALIGN_LEFT, w - v->pad / 2);
        add_box(v, g->id, (int32_t)fi, (int32_t)k, lr, isPtr ? ptr : 0);
    }
}

static void column(gh_View *v, const gh_Sim *sim, const gh_G *g, SDL_Rect c)
{
    const gh_Palette *pal = v->pal;
    int sh = gh_text_h(v, GH_FONT_SMALL);
    char t[96], sz[24], used[24];
    gh_fmt_bytes(sz, sizeof sz, g->stackhi - g->stacklo);
    gh_fmt_bytes(used, sizeof used, g->stackhi - g->sp);
    snprintf(t, sizeof t, "G%d%s · stack %s · %s used", g->id, sim->stacks.cur == g->id ? " (running)" : "", sz, used);
    bool grew = v->growG == g->id && gh_anim_flash(v, v->growAt, 2500) > 0;
    if (grew) {
        gh_fmt_bytes(sz, sizeof sz, v->growTo);
        snprintf(t, sizeof t, "G%d stack grew to %s: copied", g->id, sz);
        gh_fill(v, (SDL_Rect){c.x, c.y, c.w, sh}, pal->highlight);
    }
    gh_text(v, GH_FONT_SMALL, t, c.x, c.y, grew ? (SDL_Color){0, 0, 0, 255} : pal->dim, GH_ALIGN_LEFT, c.w);
    /* gauge: how full the stack is */
    double frac = (double)(g->stackhi - g->sp) / (double)(g->stackhi - g->stacklo + 1);
    gh_fill(v, (SDL_Rect){c.x, c.y + sh, c.w, 3}, pal->wall);
    gh_fill(v, (SDL_Rect){c.x, c.y + sh, (int)(c.w * frac), 3}, pal->room[GH_ROOM_STACK]);
    int top = c.y + sh + 3 + v->pad / 2, bottom = c.y + c.h, gap = v->pad / 3;
    int need = 0;
    uint32_t top1 = 0; /* the newest frame shown */
    for (uint32_t i = 0; i < g->nframes; i++)
        if (frame_shown(v, &g->frames[i])) { need += plate_h(v, g, i, true) + gap; top1 = i; }
    int y = bottom;
    for (uint32_t i = 0; i < g->nframes; i++) {
        if (!frame_shown(v, &g->frames[i])) continue;
        int full = plate_h(v, g, i, true), small = plate_h(v, g, i, false);
        bool showFull = need <= bottom - top || i == top1; /* the newest plate always shows its locals */
        int h = showFull ? full : small;
        if (!showFull) need -= full - small;
        if (y - h < top) {
            gh_text(v, GH_FONT_SMALL, "⋮ more plates", c.x + c.w / 2, top - sh, pal->dim, GH_ALIGN_CENTER, 0);
            break;
        }
        plate(v, sim, g, i, (SDL_Rect){c.x, y - h, c.w, h}, showFull);
        y -= h + gap;
    }
    if (!g->nframes) gh_text(v, GH_FONT_SMALL, "no frames", c.x, top, pal->dim, GH_ALIGN_LEFT, c.w);
}

static int globals(gh_View *v, const gh_Sim *sim, SDL_Rect c)
{
    const gh_Stacks *st = &sim->stacks;
    if (!st->nglobals) return 0;
    int sh = gh_text_h(v, GH_FONT_SMALL), x = c.x;
    x += gh_text(v, GH_FONT_SMALL, "globals:", x, c.y, v->pal->dim, GH_ALIGN_LEFT, 0) + v->pad / 2;
    for (uint32_t i = 0; i < st->nglobals && x < c.x + c.w; i++) {
        const gh_Slot *s = &st->globals[i];
        if (!slot_shown(v, s)) continue;
        char val[64], t[160];
        gh_Addr ptr;
        bool isPtr = gh_fmt_local(sim, s, GH_DATA_BASE + s->offset, val, sizeof val, &ptr);
        snprintf(t, sizeof t, "%s %s %s", s->name, isPtr ? "→" : "=", val);
        int w = gh_text(v, GH_FONT_SMALL, t, x, c.y, v->pal->text, GH_ALIGN_LEFT, c.x + c.w - x);
        add_box(v, -1, -1, (int32_t)i, (SDL_Rect){x, c.y, w, sh}, isPtr ? ptr : 0);
        x += w + v->pad;
    }
    return sh + v->pad / 2;
}

void gh_cafeteria_draw(gh_View *v, const gh_Sim *sim)
{
    int live = 0;
    for (int32_t i = 0; i < sim->stacks.ngs; i++) live += g_shown(v, sim, &sim->stacks.gs[i]);
    char sub[64];
    snprintf(sub, sizeof sub, "%d goroutine%s", live, live == 1 ? "" : "s");
    SDL_Rect c = gh_panel(v, GH_PANEL_CAFETERIA, "Cafeteria · stacks", sub);
    int gy = globals(v, sim, c);
    c.y += gy;
    c.h -= gy;
    int ncol = live < 3 ? live : 3, k = 0;
    if (!ncol) { gh_text(v, GH_FONT_SMALL, "no goroutines", c.x, c.y, v->pal->dim, GH_ALIGN_LEFT, c.w); return; }
    int cw = (c.w - (ncol - 1) * v->pad) / ncol;
    for (int32_t i = 0; i < sim->stacks.ngs && k < ncol; i++) {
        const gh_G *g = &sim->stacks.gs[i];
        if (!g_shown(v, sim, g)) continue;
        column(v, sim, g, (SDL_Rect){c.x + k * (cw + v->pad), c.y, cw, c.h});
        k++;
    }
    if (live > ncol) {
        char t[32];
        snprintf(t, sizeof t, "+%d more", live - ncol);
        gh_text(v, GH_FONT_SMALL, t, c.x + c.w, v->panel[GH_PANEL_CAFETERIA].y + v->pad / 2, v->pal->dim, GH_ALIGN_RIGHT, 0);
    }
}

static const gh_PlateBox *find(const gh_View *v, int32_t gid, int32_t frame, int32_t local)
{
    for (int i = 0; i < v->nplates; i++)
        if (v->plates[i].gid == gid && v->plates[i].frame == frame && v->plates[i].local == local) return &v->plates[i];
    return NULL;
}

bool gh_view_frame_rect(const gh_View *v, int32_t gid, int32_t frame, SDL_Rect *out)
{
    const gh_PlateBox *b = find(v, gid, frame, -1);
    if (b) *out = b->r;
    return b != NULL;
}

bool gh_view_local_rect(const gh_View *v, int32_t gid, int32_t frame, int32_t local, SDL_Rect *out)
{
    const gh_PlateBox *b = find(v, gid, frame, local);
    if (b) *out = b->r;
    return b != NULL;
}
