/* cafeteria.c — goroutine stacks as plate stacks. Each goroutine is a column; each frame a
 * plate with its function name and locals (value, or the address a pointer holds — graph.c
 * draws those arrows into the hotel). The newest plate is on top; when a stack is taller
 * than the panel, the oldest plates shrink to their names. A stack moved by copystack says
 * so, and just after the move its plates slide from the old stack into the new one.
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

/* A global of the program itself; the ones the compiler and the library make (a closure's
 * static funcval "main.main.func1·f", fmt's printer pool "fmt.ppFree") show with T, as
 * temporaries do. */
static bool global_shown(const gh_View *v, const gh_Slot *s)
{
    return v->showTemps || (s->name[0] != '.' && !strchr(s->name, '.') && !strstr(s->name, "·"));
}

static bool frame_shown(const gh_View *v, const gh_Frame *f) { return v->showTemps || strncmp(f->fn, "runtime.(", 9) != 0; }

/* The scene's own main goroutine, idle on an empty main.main, while another goroutine runs
 * a Go program's main.main: two main plates for one program would mislead. */
static bool placeholder(const gh_View *v, const gh_Sim *sim, const gh_G *g)
{
    if (v->showTemps || g->nframes != 1 || gh_frame_nslots(g, 0) || strcmp(g->frames[0].fn, "main.main")) return false;
    for (int32_t i = 0; i < gh_sim_ngs(sim); i++) {
        const gh_G *o = gh_sim_g(sim, i);
        if (o != g && o->status != GH_G_DEAD && o->nframes && !strcmp(o->frames[0].fn, "main.main")) return true;
    }
    return false;
}

static bool running(const gh_Sim *sim, const gh_G *g) { return g == gh_sim_curg(sim); }

static bool g_shown(const gh_View *v, const gh_Sim *sim, const gh_G *g) { return g->status != GH_G_DEAD && !placeholder(v, sim, g); }

static void add_box(gh_View *v, int32_t gid, int32_t frame, int32_t local, SDL_Rect r, gh_Addr ptr)
{
    if (v->nplates < GH_MAX_PLATES) v->plates[v->nplates++] = (gh_PlateBox){gid, frame, local, r, ptr};
}

/* ---- text that is whole at classroom size ----
 * A local is one row ("n = 6", "list → 0xc000002000") when it fits the plate, else two:
 * the name with its arrow, then the value indented under it. A goroutine's title drops
 * words ("· 512 B used", then "stack") before it would be cut. */

/* The local's text; *split is where its value starts. True when it holds a pointer. */
static bool local_text(const gh_Sim *sim, const gh_Slot *s, gh_Addr at, char *t, size_t n, int *split, gh_Addr *ptr)
{
    char val[64];
    *ptr = 0;
    bool isPtr = gh_fmt_local(sim, s, at, val, sizeof val, ptr);
    char name[GH_SLOT_NAME_MAX + 8];
    if (s->escaped && !*ptr) {
        /* moved to heap, but its declaration has not run: no room yet, and saying where it
         * will live would answer a lesson's question before the program does */
        snprintf(t, n, "%s (not declared yet)", s->name);
        *split = (int)strlen(t);
        return false;
    }
    if (s->escaped) snprintf(name, sizeof name, "&%s → ", s->name);
    else snprintf(name, sizeof name, "%s %s ", s->name, isPtr ? "→" : "=");
    /* a local the compiler's liveness says is dead here: its bytes stay, it is no root */
    snprintf(t, n, "%s%s%s%s", name, val, s->escaped ? " (moved to heap)" : "", s->dead ? " (dead)" : "");
    *split = (int)strlen(name) < (int)strlen(t) ? (int)strlen(name) : (int)strlen(t);
    return isPtr && !s->dead;
}

static int local_rows(gh_View *v, const char *t, int w) { return gh_text_w(v, GH_FONT_SMALL, t) <= w ? 1 : 2; }

/* Draw a local in one or two rows at (x, y), width w; returns the rows used. */
static int local_draw(gh_View *v, const char *t, int split, int x, int y, int w, SDL_Color c)
{
    if (local_rows(v, t, w) == 1) {
        gh_text(v, GH_FONT_SMALL, t, x, y, c, GH_ALIGN_LEFT, w);
        return 1;
    }
    char name[96];
    snprintf(name, sizeof name, "%.*s", split > 0 ? split - 1 : 0, t); /* without the trailing space */
    gh_text(v, GH_FONT_SMALL, name, x, y, c, GH_ALIGN_LEFT, w);
    gh_text(v, GH_FONT_SMALL, t + split, x + v->pad, y + gh_text_h(v, GH_FONT_SMALL), c, GH_ALIGN_LEFT, w - v->pad);
    return 2;
}

/* Width of the text on a plate: inside its rim, locals indented by half a pad. */
static int locals_w(const gh_View *v, int plateW) { return plateW - v->pad - v->pad / 2; }

/* A ringed plate with a ringed line (lesson 1's "add's plate" and "c lives here") keeps
 * the two rings apart: its lines are set in by this many px on each side (the line's ring
 * then runs inside the plate's), its rim ends as far below its last line, and under it a
 * callout's line is kept free (gh_plate_rings_a_line, callout_rings.c), so the line's note
 * sits outside the plate's ring, tied to its line. */
static int ring_inset(const gh_View *v, const gh_G *g, uint32_t fi)
{
    return gh_plate_rings_a_line(v, g->id, (int32_t)fi) ? gh_ring_stroke(v) + 1 : 0;
}

static int callout_room(gh_View *v, const gh_G *g, uint32_t fi)
{
    return ring_inset(v, g, fi) ? gh_text_h(v, GH_FONT_BOLD) + 8 : 0;
}

static int plate_rows(gh_View *v, const gh_Sim *sim, const gh_G *g, uint32_t i, int w)
{
    const gh_Frame *f = &g->frames[i];
    int rows = 0;
    w -= 2 * ring_inset(v, g, i);
    for (uint32_t k = 0; k < gh_frame_nslots(g, i); k++) {
        const gh_Slot *s = &g->slots[f->firstSlot + k];
        if (!slot_shown(v, s)) continue;
        char t[200];
        int split;
        gh_Addr ptr;
        local_text(sim, s, f->sp + s->offset, t, sizeof t, &split, &ptr);
        rows += local_rows(v, t, locals_w(v, w));
    }
    return rows;
}

static int plate_h(gh_View *v, const gh_Sim *sim, const gh_G *g, uint32_t i, bool full, int w)
{
    int bh = gh_text_h(v, GH_FONT_BOLD), sh = gh_text_h(v, GH_FONT_SMALL);
    return bh + (full ? plate_rows(v, sim, g, i, w) * sh + ring_inset(v, g, i) + callout_room(v, g, i) : 0) + v->pad / 2 + 2;
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
    char t[200], sz[24];
    gh_fmt_bytes(sz, sizeof sz, f->size);
    snprintf(t, sizeof t, "%s()", f->fn);
    int tw = gh_text(v, GH_FONT_BOLD, t, x, r.y + v->pad / 4, ink, GH_ALIGN_LEFT, w);
    if (tw + gh_text_w(v, GH_FONT_SMALL, sz) + v->pad < w)
        gh_text(v, GH_FONT_SMALL, sz, r.x + r.w - v->pad / 2, r.y + v->pad / 4 + bh - sh, (SDL_Color){0x55, 0x55, 0x55, 255},
                GH_ALIGN_RIGHT, 0);
    add_box(v, g->id, (int32_t)fi, -1, r, 0);
    if (!full) return;
    /* a plate cut by the column's end (the newest, when space is short) shows the locals
     * whose rows fit inside its rim, and says how many more it holds */
    int in = ring_inset(v, g, fi);
    int rowsFit = (r.h - 2 - v->pad / 4 - bh - in) / sh, rowsAll = plate_rows(v, sim, g, fi, r.w), row = 0, left = 0;
    for (uint32_t k = 0; k < gh_frame_nslots(g, fi); k++) left += slot_shown(v, &g->slots[f->firstSlot + k]);
    for (uint32_t k = 0; k < gh_frame_nslots(g, fi); k++) {
        const gh_Slot *s = &g->slots[f->firstSlot + k];
        if (!slot_shown(v, s)) continue;
        int split;
        gh_Addr ptr;
        bool isPtr = local_text(sim, s, f->sp + s->offset, t, sizeof t, &split, &ptr);
        int y = r.y + v->pad / 4 + bh + row * sh, need = local_rows(v, t, locals_w(v, r.w) - 2 * in);
        if (rowsAll > rowsFit && row + need > rowsFit - (left > 1)) { /* keep the last row for "⋮ N more" */
            if (row < rowsFit) {
                snprintf(t, sizeof t, "⋮ %d more local%s", left, left == 1 ? "" : "s");
                gh_text(v, GH_FONT_SMALL, t, x + v->pad / 2, y, pal->dim, GH_ALIGN_LEFT, locals_w(v, r.w));
            }
            break;
        }
        left--;
        int n = local_draw(v, t, split, x + v->pad / 2 + in, y, locals_w(v, r.w) - 2 * in, isPtr ? (SDL_Color){0x00, 0x4a, 0x80, 255}
                                                                         : s->dead ? (SDL_Color){0x70, 0x70, 0x70, 255} : ink);
        row += n;
        add_box(v, g->id, (int32_t)fi, (int32_t)k, (SDL_Rect){r.x + in, y, r.w - 2 * in, n * sh}, isPtr ? ptr : 0);
    }
}

/* ---- one goroutine: its title, a stack gauge, its plates ---- */

enum { GH_CAF_TITLE_MAX = 224 };   /* a title's bytes: the longest candidate, whole */

/* What a parked goroutine waits on, as Go's traceback says it: " [chan receive]",
 * " [select]", " [semacquire]"; "" when g runs or is runnable (Go prints a reason for a
 * waiting g only). */
static void g_reason(const gh_Sim *sim, const gh_G *g, char *t, size_t n)
{
    t[0] = 0;
    if (g->waitReason && !running(sim, g)) snprintf(t, n, " [%s]", g->waitReason);
}

/* The row under a goroutine's title that says what happened to it on a channel, or none
 * (false) where nothing applies or no wording fits w:
 *   - parked, its sudog on one channel whose room is on screen: the hchan by the address the
 *     chan variable's plate shows too (c → 0xc000004000), "waits on hchan 0xc000004000";
 *   - woken by a partner and not run since: the hand-off, "G3's send handed it the value"
 *     (straight into its variable: Go's sendDirect), "G3's receive took its value", "G3's
 *     receive made room for its value" (a full buffer), "woken by G3's close". */
static bool g_state_row(gh_View *v, const gh_Sim *sim, const gh_G *g, int w, char *t, size_t n)
{
    char c[2][96];
    t[0] = 0;
    if (running(sim, g)) return false;
    if (g->waitReason) {
        int32_t span;
        uint32_t slot;
        bool agg;
        SDL_Rect r;
        if (!g->waitOn || !gh_find_object(sim, g->waitOn, &span, &slot) || !gh_hotel_room_rect(v, sim, span, slot, &r, &agg))
            return false;
        snprintf(c[0], sizeof c[0], "waits on hchan %#llx", (unsigned long long)g->waitOn);
        snprintf(c[1], sizeof c[1], "on hchan %#llx", (unsigned long long)g->waitOn);
    } else if (g->wokeBy && g->wokeHow) {
        const char *how = g->wokeHow;
        if (!strcmp(how, "send")) snprintf(c[0], sizeof c[0], "G%d's send handed it the value", g->wokeBy);
        else if (!strcmp(how, "receive")) snprintf(c[0], sizeof c[0], "G%d's receive took its value", g->wokeBy);
        else if (!strcmp(how, "receive (buffered)")) snprintf(c[0], sizeof c[0], "G%d's receive made room for its value", g->wokeBy);
        else snprintf(c[0], sizeof c[0], "woken by G%d's %s", g->wokeBy, how);
        snprintf(c[1], sizeof c[1], "woken by G%d's %s", g->wokeBy, !strcmp(how, "receive (buffered)") ? "receive" : how);
    } else return false;
    for (int k = 0; k < 2; k++)
        if (gh_text_w(v, GH_FONT_SMALL, c[k]) <= w) {
            snprintf(t, n, "%s", c[k]);
            return true;
        }
    return false;
}

/* The title that fits w: with the stack's size and use, or fewer words; a parked
 * goroutine's reason is the last thing dropped. A stack moved by copystack says so: just
 * after the move "G1 stack grew from 2 KiB to 4 KiB: copied" (or shrank), and from then on
 * "stack 4 KiB, copied from 2 KiB", the first words to go when space is short. */
static void g_title(gh_View *v, const gh_Sim *sim, const gh_G *g, int w, char *t, size_t n, bool *grew)
{
    char sz[24], used[24], state[48], from[24], note[64];
    gh_fmt_bytes(sz, sizeof sz, g->stackhi - g->stacklo);
    gh_fmt_bytes(used, sizeof used, g->stackhi - g->sp);
    g_reason(sim, g, state, sizeof state);
    if (running(sim, g)) snprintf(state, sizeof state, " (running)");
    *grew = v->growG == g->id && gh_anim_flash(v, v->growAt, 2500) > 0;
    char c[9][GH_CAF_TITLE_MAX];
    int nc = 0;
    bool parked = g->waitReason && !running(sim, g);
    if (*grew) {
        const char *how = v->growTo < v->growFrom ? "shrank" : "grew";
        gh_fmt_bytes(sz, sizeof sz, v->growTo);
        gh_fmt_bytes(from, sizeof from, v->growFrom);
        snprintf(c[nc++], sizeof c[0], "G%d stack %s from %s to %s: copied", g->id, how, from, sz);
        snprintf(c[nc++], sizeof c[0], "G%d stack %s \u2192 %s: copied", g->id, from, sz);
        snprintf(c[nc++], sizeof c[0], "G%d stack %s to %s: copied", g->id, how, sz);
        snprintf(c[nc++], sizeof c[0], "G%d %s to %s: copied", g->id, how, sz);
        snprintf(c[nc++], sizeof c[0], "G%d %s to %s", g->id, how, sz);
        snprintf(c[nc++], sizeof c[0], "G%d %s", g->id, how);
    } else {
        if (g->copiedFrom) {
            gh_fmt_bytes(from, sizeof from, g->copiedFrom);
            snprintf(note, sizeof note, ", copied from %s", from);
            snprintf(c[nc++], sizeof c[0], "G%d%s · stack %s%s · %s used", g->id, state, sz, note, used);
            snprintf(c[nc++], sizeof c[0], "G%d%s · stack %s%s", g->id, state, sz, note);
            if (!parked) snprintf(c[nc++], sizeof c[0], "G%d · stack %s%s", g->id, sz, note);
            snprintf(c[nc++], sizeof c[0], "G%d%s · stack %s (copied)", g->id, state, sz);
        } else {
            snprintf(c[nc++], sizeof c[0], "G%d%s · stack %s · %s used", g->id, state, sz, used);
        }
        snprintf(c[nc++], sizeof c[0], "G%d%s · stack %s", g->id, state, sz);
        snprintf(c[nc++], sizeof c[0], "G%d%s · %s", g->id, state, sz);
        if (parked) { /* parked: the reason outlasts the sizes */
            snprintf(c[nc++], sizeof c[0], "G%d%s", g->id, state);
            snprintf(c[nc++], sizeof c[0], "G%d", g->id);
        } else {
            snprintf(c[nc++], sizeof c[0], "G%d · %s", g->id, sz);
        }
    }
    int k = 0;
    while (k < nc - 1 && gh_text_w(v, GH_FONT_SMALL, c[k]) > w) k++;
    snprintf(t, n, "%.223s", c[k]);   /* GH_CAF_TITLE_MAX - 1 */
}

/* Does the whole title fit w (what a column needs to stand beside others)? With the
 * goroutine's state as drawn: "(running)", its wait reason, or neither; a moved stack's
 * "copied from" note does not count (it is the first thing dropped). */
static bool g_title_fits(gh_View *v, const gh_Sim *sim, const gh_G *g, int w)
{
    char sz[24], used[24], state[48], t[GH_CAF_TITLE_MAX];
    gh_fmt_bytes(sz, sizeof sz, g->stackhi - g->stacklo);
    gh_fmt_bytes(used, sizeof used, g->stackhi - g->sp);
    g_reason(sim, g, state, sizeof state);
    if (running(sim, g)) snprintf(state, sizeof state, " (running)");
    snprintf(t, sizeof t, "G%d%s · stack %s · %s used", g->id, state, sz, used);
    return gh_text_w(v, GH_FONT_SMALL, t) <= w;
}

/* The title row, the channel row when it has one (g_state_row), and
 * the stack gauge under them. */
static int g_head_h(gh_View *v, const gh_Sim *sim, const gh_G *g, int w)
{
    char row[96];
    int sh = gh_text_h(v, GH_FONT_SMALL);
    return sh + (g_state_row(v, sim, g, w, row, sizeof row) ? sh : 0) + 3 + v->pad / 2;
}

/* Shown frames of g, oldest first, into fr; returns how many. */
static int shown_frames(const gh_View *v, const gh_G *g, uint32_t *fr, int max)
{
    int n = 0;
    for (uint32_t i = 0; i < g->nframes && n < max; i++)
        if (frame_shown(v, &g->frames[i])) fr[n++] = i;
    return n;
}

enum { MAX_SHOWN_FRAMES = 256 };

/* Height g needs at width w: every plate full (full) or only the newest (!full). */
static int g_need_h(gh_View *v, const gh_Sim *sim, const gh_G *g, int w, bool full)
{
    uint32_t fr[MAX_SHOWN_FRAMES];
    int n = shown_frames(v, g, fr, MAX_SHOWN_FRAMES), gap = v->pad / 3, h = g_head_h(v, sim, g, w);
    if (!n) return h + gh_text_h(v, GH_FONT_SMALL);
    if (!full) return h + plate_h(v, sim, g, fr[n - 1], true, w) + (n > 1 ? gh_text_h(v, GH_FONT_SMALL) : 0); /* "⋮ older" */
    for (int k = 0; k < n; k++) h += plate_h(v, sim, g, fr[k], true, w) + (k ? gap : 0);
    return h;
}

/* Does every string of g fit w whole (the whole title, one-row locals, names)? */
static bool g_fits(gh_View *v, const gh_Sim *sim, const gh_G *g, int w)
{
    char t[200];
    if (!g_title_fits(v, sim, g, w)) return false;
    uint32_t fr[MAX_SHOWN_FRAMES];
    int n = shown_frames(v, g, fr, MAX_SHOWN_FRAMES);
    for (int k = 0; k < n; k++) {
        const gh_Frame *f = &g->frames[fr[k]];
        snprintf(t, sizeof t, "%s()", f->fn);
        if (gh_text_w(v, GH_FONT_BOLD, t) > w - v->pad) return false;
        int rows = 0;
        for (uint32_t j = 0; j < gh_frame_nslots(g, fr[k]); j++) rows += slot_shown(v, &g->slots[f->firstSlot + j]);
        if (plate_rows(v, sim, g, fr[k], w) > rows) return false; /* a local would need two rows */
    }
    return true;
}

/* ---- the move to a bigger (or smaller) stack ----
 * Go's copystack allocates the new stack, copies the used frames into it, fixes the
 * pointers into the old one and frees it. For GH_STACK_MOVE_MS after the move the column
 * draws both stacks as trays around the plates: the old one narrower, dashed, at the
 * column's right end, fading as it is freed, and the new one the column's width in the
 * stack colour, while the plates slide from the old into the new (eased). A still (time 0) and reduced motion show the end: the plates in the new stack,
 * the title saying it was copied. */
enum { GH_STACK_MOVE_MS = 300 };

/* How far g's plates are on their way (0..1), -1 when they are not moving. */
static float move_progress(const gh_View *v, const gh_G *g)
{
    if (v->growG != g->id || v->reducedMotion || v->now <= v->growAt || v->now - v->growAt >= GH_STACK_MOVE_MS) return -1;
    float t = (float)(v->now - v->growAt) / GH_STACK_MOVE_MS;
    return t * t * (3 - 2 * t);
}

/* A stack as a tray around its plates: the new one solid, the old one dashed, alpha a. */
static void stack_tray(gh_View *v, SDL_Rect r, float a, bool isNew)
{
    SDL_Color c = isNew ? v->pal->room[GH_ROOM_STACK] : v->pal->dim;
    c.a = (Uint8)(255 * a);
    int t = v->projector ? 3 : 2;
    SDL_Rect b = r; /* inside the column: its clip would cut a frame drawn around it */
    if (isNew) {
        gh_frame(v, b, t, c);
        return;
    }
    for (int x = b.x; x < b.x + b.w; x += 4 * t) { /* dashed: the old stack, being freed */
        int dw = x + 2 * t > b.x + b.w ? b.x + b.w - x : 2 * t;
        gh_fill(v, (SDL_Rect){x, b.y, dw, t}, c);
        gh_fill(v, (SDL_Rect){x, b.y + b.h - t, dw, t}, c);
    }
    for (int y = b.y; y < b.y + b.h; y += 4 * t) {
        int dh = y + 2 * t > b.y + b.h ? b.y + b.h - y : 2 * t;
        gh_fill(v, (SDL_Rect){b.x, y, t, dh}, c);
        gh_fill(v, (SDL_Rect){b.x + b.w - t, y, t, dh}, c);
    }
}

/* Plates stack from the bottom of c, newest on top and always with its locals. When they
 * do not fit, the oldest shrink to their names, then the oldest are left out and a
 * "⋮ N older plates" line at the bottom says so. */
static void column(gh_View *v, const gh_Sim *sim, const gh_G *g, SDL_Rect c)
{
    const gh_Palette *pal = v->pal;
    int sh = gh_text_h(v, GH_FONT_SMALL);
    char t[GH_CAF_TITLE_MAX];
    bool grew;
    g_title(v, sim, g, c.w, t, sizeof t, &grew);
    if (grew) gh_fill(v, (SDL_Rect){c.x, c.y, c.w, sh}, pal->highlight);
    gh_text(v, GH_FONT_SMALL, t, c.x, c.y, grew ? (SDL_Color){0, 0, 0, 255} : pal->dim, GH_ALIGN_LEFT, c.w);
    int gy = c.y + sh;   /* the gauge's row: under the title, and under the channel row if any */
    if (g_state_row(v, sim, g, c.w, t, sizeof t)) {
        gh_text(v, GH_FONT_SMALL, t, c.x, gy, pal->text, GH_ALIGN_LEFT, c.w);
        gy += sh;
    }
    /* gauge: how full the stack is */
    double frac = (double)(g->stackhi - g->sp) / (double)(g->stackhi - g->stacklo + 1);
    gh_fill(v, (SDL_Rect){c.x, gy, c.w, 3}, pal->wall);
    gh_fill(v, (SDL_Rect){c.x, gy, (int)(c.w * frac), 3}, pal->room[GH_ROOM_STACK]);
    snprintf(t, sizeof t, "G%d's stack gauge", g->id);
    gh_record_drawing(v, t, (SDL_Rect){c.x, gy, c.w, 3}); /* a callout never hides it */
    int top = c.y + g_head_h(v, sim, g, c.w), bottom = c.y + c.h, gap = v->pad / 3;
    uint32_t fr[MAX_SHOWN_FRAMES];
    int n = shown_frames(v, g, fr, MAX_SHOWN_FRAMES);
    if (!n) {
        gh_text(v, GH_FONT_SMALL, "no frames", c.x, top, pal->dim, GH_ALIGN_LEFT, c.w);
        return;
    }
    int full[MAX_SHOWN_FRAMES], small[MAX_SHOWN_FRAMES], need = 0;
    bool isFull[MAX_SHOWN_FRAMES];
    for (int k = 0; k < n; k++) {
        full[k] = plate_h(v, sim, g, fr[k], true, c.w);
        small[k] = plate_h(v, sim, g, fr[k], false, c.w);
        isFull[k] = true;
        need += full[k] + (k ? gap : 0);
    }
    for (int k = 0; k < n - 1 && need > bottom - top; k++) { /* the oldest shrink first */
        need -= full[k] - small[k];
        isFull[k] = false;
    }
    int room = n && isFull[n - 1] ? callout_room(v, g, fr[n - 1]) : 0; /* the newest plate's callout line, under it */
    int first = 0; /* the oldest plate drawn */
    if (need > bottom - top) {
        bottom -= sh; /* the "older plates" line */
        while (first < n - 1 && need > bottom - top) need -= small[first++] + gap;
        if (need > bottom - top && room) { /* the newest plate's locals before its callout's line */
            need -= room;
            full[n - 1] -= room;
            room = 0;
        }
        if (need > bottom - top) bottom += sh; /* the newest plate alone needs the line's room: its locals first */
        else {
            snprintf(t, sizeof t, "⋮ %d older plate%s", first, first == 1 ? "" : "s");
            gh_text(v, GH_FONT_SMALL, t, c.x + c.w / 2, bottom, pal->dim, GH_ALIGN_CENTER, c.w);
        }
    }
    /* a stack just moved by copystack: the plates slide from the old stack, which fades
     * away (freed), into the new one (stack_move) */
    float e = move_progress(v, g);
    int dx0 = c.w / 4 + v->pad, dx = e >= 0 ? (int)(dx0 * (1 - e) + 0.5f) : 0, y = bottom, yTop = bottom;
    if (e >= 0) {
        SDL_RenderSetClipRect(v->r, &c);
        v->moveG = g->id;
        v->moveProgress = e;
    }
    int h0 = 0; /* the plates' height: the trays frame them */
    for (int k = first, yy = bottom; e >= 0 && k < n; k++) {
        int h = isFull[k] ? full[k] : small[k];
        if (k == n - 1 && yy - h < top) h = yy - top;
        if (h <= 0) break;
        yy -= h + gap;
        h0 = bottom - (yy + gap);
    }
    for (int k = first; k < n; k++) {
        int h = isFull[k] ? full[k] : small[k];
        if (k == n - 1 && y - h < top) h = y - top; /* the newest plate, cut by the column's end */
        if (h <= 0) break;
        int free = isFull[k] ? (k == n - 1 ? room : callout_room(v, g, fr[k])) : 0; /* kept free under it */
        if (free >= h) free = 0;
        if (free && v->nnoteRoom < 4) v->noteRoom[v->nnoteRoom++] = (SDL_Rect){c.x + dx, y - free, c.w, free};
        plate(v, sim, g, fr[k], (SDL_Rect){c.x + dx, y - h, c.w, h - free}, isFull[k]);
        yTop = y - h;
        y -= h + gap;
    }
    if (e >= 0) { /* the old stack, narrower, at the column's right end; the new one the whole width */
        stack_tray(v, (SDL_Rect){c.x + dx0, bottom - h0, c.w - dx0, h0}, 1 - e, false);
        stack_tray(v, (SDL_Rect){c.x, yTop, c.w, bottom - yTop}, 1, true);
        SDL_RenderSetClipRect(v->r, NULL);
    }
}

/* A goroutine in one line, when space is short: its id and newest call. */
static void one_line(gh_View *v, const gh_Sim *sim, const gh_G *g, SDL_Rect c)
{
    uint32_t fr[MAX_SHOWN_FRAMES];
    int n = shown_frames(v, g, fr, MAX_SHOWN_FRAMES);
    char t[5][200];
    const char *fn = n ? g->frames[fr[n - 1]].fn : "no frames";
    const char *paren = n ? "()" : "";
    char sz[24];
    gh_fmt_bytes(sz, sizeof sz, g->stackhi - g->stacklo);
    char state[48];   /* " (running)", a parked goroutine's " [chan receive]", or "" */
    g_reason(sim, g, state, sizeof state);
    if (running(sim, g)) snprintf(state, sizeof state, " (running)");
    snprintf(t[0], sizeof t[0], "G%d%s · %s%s · %d plate%s · stack %s", g->id, state, fn, paren, n, n == 1 ? "" : "s", sz);
    snprintf(t[1], sizeof t[1], "G%d%s · %s%s · %d plate%s", g->id, state, fn, paren, n, n == 1 ? "" : "s");
    snprintf(t[2], sizeof t[2], "G%d%s · %s%s", g->id, state, fn, paren);
    snprintf(t[3], sizeof t[3], "G%d · %s%s", g->id, fn, paren);
    snprintf(t[4], sizeof t[4], "G%d", g->id);
    int k = 0;
    while (k < 4 && gh_text_w(v, GH_FONT_SMALL, t[k]) > c.w) k++;
    gh_text(v, GH_FONT_SMALL, t[k], c.x, c.y, v->pal->dim, GH_ALIGN_LEFT, c.w);
    if (n) add_box(v, g->id, (int32_t)fr[n - 1], -1, c, 0);
}

/* ---- globals: as many lines as they need, each global whole ---- */

enum { MAX_GLOBAL_LINES = 4 };

/* Lay the globals out in rows of width c.w, the first after "globals:"; at most maxLines
 * rows, the last ending in "+N more" (or "+N" where that is too long) when some are left over. The globals that
 * point into the hotel come first (they are the roots a lesson talks about: "main keeps
 * &s in kept"), then the rest, each in declaration order; one too wide for the space left
 * is counted in "+N more", and a shorter one after it may still be shown. Returns the
 * height; draws when draw. */
static int globals(gh_View *v, const gh_Sim *sim, SDL_Rect c, int maxLines, bool draw)
{
    uint32_t nglobals = gh_sim_nglobals(sim);
    int shown = 0;
    for (uint32_t i = 0; i < nglobals; i++) shown += global_shown(v, gh_sim_global(sim, i));
    if (!shown) return 0;
    int sh = gh_text_h(v, GH_FONT_SMALL), x = c.x, line = 0, done = 0, sep = v->pad;
    int lead = gh_text_w(v, GH_FONT_SMALL, "globals:") + v->pad / 2;
    if (draw) gh_text(v, GH_FONT_SMALL, "globals:", x, c.y, v->pal->dim, GH_ALIGN_LEFT, 0);
    x += lead;
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < nglobals; i++) {
            const gh_Slot *s = gh_sim_global(sim, i);
            if (!global_shown(v, s)) continue;
            char t[200], more[48];
            int split;
            gh_Addr ptr;
            bool isPtr = local_text(sim, s, GH_DATA_BASE + s->offset, t, sizeof t, &split, &ptr);
            if (isPtr != (pass == 0)) continue;
            int w = gh_text_w(v, GH_FONT_SMALL, t);
            if (x > c.x + lead && x + w > c.x + c.w && line + 1 < maxLines) { /* next row */
                line++;
                x = c.x + v->pad;
            }
            /* on the last row, leave room for "+N more" (or at least "+N") when others may follow */
            int left = shown - done - 1;
            snprintf(more, sizeof more, "+%d", left);
            int need = x + w + (left && line + 1 >= maxLines ? sep + gh_text_w(v, GH_FONT_SMALL, more) : 0);
            if (need > c.x + c.w) continue; /* counted in "+N more" */
            if (draw) {
                int dw = gh_text(v, GH_FONT_SMALL, t, x, c.y + line * sh, v->pal->text, GH_ALIGN_LEFT, c.x + c.w - x);
                add_box(v, -1, -1, (int32_t)i, (SDL_Rect){x, c.y + line * sh, dw, sh}, isPtr ? ptr : 0);
            }
            x += w + sep;
            done++;
        }
    if (done < shown && draw) {
        char more[48];
        snprintf(more, sizeof more, "+%d more", shown - done);
        if (x + gh_text_w(v, GH_FONT_SMALL, more) > c.x + c.w && line + 1 < maxLines) {
            line++;
            x = c.x + v->pad;
        }
        if (x + gh_text_w(v, GH_FONT_SMALL, more) > c.x + c.w) snprintf(more, sizeof more, "+%d", shown - done);
        gh_text(v, GH_FONT_SMALL, more, x, c.y + line * sh, v->pal->dim, GH_ALIGN_LEFT, c.x + c.w - x);
    }
    return (line + 1) * sh + v->pad / 2;
}

/* ---- the panel ----
 * Goroutines side by side (at most 3) when every one's text is whole in its column;
 * otherwise stacked top to bottom, the running goroutine first with every plate it can
 * hold, the others whole, or reduced to their newest plate, or to one line when space is
 * short; the rest counted on a "+N more goroutines" line. */
void gh_cafeteria_draw(gh_View *v, const gh_Sim *sim)
{
    enum { MAX_G = 64 };
    const gh_G *gs[MAX_G];
    int live = 0, run = -1;
    for (int32_t i = 0; i < gh_sim_ngs(sim); i++) {
        const gh_G *g = gh_sim_g(sim, i);
        if (!g_shown(v, sim, g)) continue;
        if (running(sim, g) && live < MAX_G) run = live;
        if (live < MAX_G) gs[live] = g;
        live++;
    }
    int n = live < MAX_G ? live : MAX_G;
    if (run > 0) { /* the running goroutine first */
        const gh_G *r = gs[run];
        memmove(&gs[1], &gs[0], sizeof gs[0] * (size_t)run);
        gs[0] = r;
    }
    v->moveG = -1;
    v->moveProgress = -1;
    char sub[64];
    snprintf(sub, sizeof sub, "%d goroutine%s", live, live == 1 ? "" : "s");
    SDL_Rect c = gh_panel(v, GH_PANEL_CAFETERIA, "Cafeteria · stacks", sub);
    int sh = gh_text_h(v, GH_FONT_SMALL), gap = v->pad;
    int maxLines = (c.h / 4) / sh < MAX_GLOBAL_LINES ? (c.h / 4) / sh : MAX_GLOBAL_LINES;
    if (maxLines > 1 && n && globals(v, sim, c, maxLines, false) + g_need_h(v, sim, gs[0], c.w, false) > c.h)
        maxLines = 1; /* the globals give way to the running goroutine's newest plate */
    int gy = globals(v, sim, c, maxLines < 1 ? 1 : maxLines, true);
    c.y += gy;
    c.h -= gy;
    if (!n) { gh_text(v, GH_FONT_SMALL, "no goroutines", c.x, c.y, v->pal->dim, GH_ALIGN_LEFT, c.w); return; }

    int ncol = n < 3 ? n : 3;
    int cw = (c.w - (ncol - 1) * v->pad) / ncol;
    bool side = true;
    for (int k = 0; k < ncol && side && ncol > 1; k++) side = g_fits(v, sim, gs[k], cw);
    int shown = 0;
    if (side) {
        for (int k = 0; k < ncol; k++) column(v, sim, gs[k], (SDL_Rect){c.x + k * (cw + v->pad), c.y, cw, c.h - (live > ncol ? sh : 0)});
        shown = ncol;
    } else {
        /* stacked: the running goroutine with every plate if it can, then the others
         * whole, or with their newest plate only, or as one line; the rest counted */
        int avail = c.h, y = c.y, sh1 = n > 1 ? sh + gap : 0;
        int h0 = g_need_h(v, sim, gs[0], c.w, true);
        if (h0 > avail - sh1 || n == 1) h0 = avail - sh1;
        column(v, sim, gs[0], (SDL_Rect){c.x, y, c.w, h0});
        y += h0 + gap;
        shown = 1;
        for (int k = 1; k < n; k++) {
            int left = c.y + c.h - y - (k < n - 1 ? sh : 0); /* keep a row for "+N more" */
            int full = g_need_h(v, sim, gs[k], c.w, true), least = g_need_h(v, sim, gs[k], c.w, false);
            int h = left >= full ? full : left >= least ? least : left >= sh ? sh : 0;
            if (!h) break;
            if (h == sh && h < least) one_line(v, sim, gs[k], (SDL_Rect){c.x, y, c.w, sh});
            else column(v, sim, gs[k], (SDL_Rect){c.x, y, c.w, h});
            y += h + (h == sh ? gap / 2 : gap);
            shown++;
        }
    }
    if (live > shown) {
        char t[48];
        snprintf(t, sizeof t, "+%d more goroutine%s", live - shown, live - shown == 1 ? "" : "s");
        gh_text(v, GH_FONT_SMALL, t, c.x + c.w, c.y + c.h - sh, v->pal->dim, GH_ALIGN_RIGHT, c.w);
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

float gh_view_stack_move_progress(const gh_View *v, int32_t *gid)
{
    if (gid) *gid = v->moveG;
    return v->moveProgress;
}
