/* hit.c — what is under a pixel, and the tooltip text that describes it: for a room its
 * address, floor, size class, state and colour, type, size, allocation site and a bytes
 * preview with any text shown as a string; for plates, keys and buttons what they hold. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include "view/view_impl.h"

gh_ViewHit gh_view_hit(const gh_View *v, const gh_Sim *sim, int x, int y)
{
    gh_ViewHit h = {.kind = GH_HIT_NONE, .span = -1, .goroutine = -1, .frame = -1, .local = -1, .p = -1, .spanclass = -1};
    for (int a = 1; a < GH_ACT_COUNT; a++)
        if (v->button[a].w > 0 && gh_rect_has(v->button[a], x, y)) {
            h.kind = GH_HIT_BUTTON;
            h.panel = GH_PANEL_CONTROLS;
            h.action = (gh_ViewAction)a;
            return h;
        }
    for (int i = v->nplates - 1; i >= 0; i--) { /* locals before the plate holding them */
        const gh_PlateBox *b = &v->plates[i];
        if (!gh_rect_has(b->r, x, y)) continue;
        h.kind = b->local >= 0 ? GH_HIT_LOCAL : GH_HIT_FRAME;
        h.panel = GH_PANEL_CAFETERIA;
        h.goroutine = b->gid;
        h.frame = b->frame;
        h.local = b->local;
        h.addr = b->ptr;
        return h;
    }
    for (int i = 0; i < v->nchips; i++) {
        if (!gh_rect_has(v->chips[i].r, x, y)) continue;
        h.kind = v->chips[i].p >= 0 ? GH_HIT_KEY : GH_HIT_CENTRAL;
        h.panel = GH_PANEL_DESK;
        h.p = v->chips[i].p;
        h.spanclass = v->chips[i].spc;
        return h;
    }
    if (gh_hotel_hit(v, sim, x, y, &h)) return h;
    for (int p = 0; p < GH_PANEL_COUNT; p++)
        if (v->panel[p].w > 0 && gh_rect_has(v->panel[p], x, y)) {
            h.kind = GH_HIT_PANEL;
            h.panel = (gh_ViewPanel)p;
            return h;
        }
    return h;
}

typedef struct Out { char *p; int n, len; } Out;
static void say(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(Out *o, const char *fmt, ...)
{
    if (o->len >= o->n - 1) return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(o->p + o->len, (size_t)(o->n - o->len), fmt, ap);
    va_end(ap);
    if (k > 0) o->len = o->len + k < o->n - 1 ? o->len + k : o->n - 1;
}

static const char *meaning(gh_RoomState s)
{
    switch (s) {
    case GH_ROOM_FREE: return "free — a vacant room";
    case GH_ROOM_ALLOC: return "allocated — an object lives here";
    case GH_ROOM_TINY: return "tiny block — small noscan values share these 16 bytes";
    case GH_ROOM_WHITE: return "white — not reached yet; freed if still white at the end";
    case GH_ROOM_GREY: return "grey — reached, waiting to be scanned";
    case GH_ROOM_BLACK: return "black — reached and scanned: it survives";
    case GH_ROOM_GARBAGE: return "garbage — unreached; the sweep will free it";
    case GH_ROOM_STACK: return "goroutine stack memory";
    default: return "?";
    }
}

static void preview(Out *o, const gh_Sim *sim, gh_Addr a, uint64_t size)
{
    uint64_t n = size < 16 ? size : 16;
    const uint8_t *p = gh_peek(sim, a, n);
    if (!p) return;
    say(o, "\nbytes:");
    for (uint64_t i = 0; i < n; i++) say(o, " %02x", p[i]);
    if (size > n) say(o, " …");
    char text[40];
    int k = 0;
    for (uint64_t i = 0; i < n && p[i] >= 32 && p[i] < 127 && k < 32; i++) text[k++] = (char)p[i];
    text[k] = 0;
    if (k >= 2) say(o, "\nas text: \"%s%s\"", text, k == (int)n && size > n ? "…" : "");
}

static void room(const gh_View *v, const gh_Sim *sim, const gh_ViewHit *h, Out *o)
{
    const gh_MSpan *s = gh_sim_span(sim, h->span);
    int sc = gh_spanclass_sizeclass(s->spanclass);
    char es[24];
    gh_fmt_bytes(es, sizeof es, s->elemsize);
    say(o, "0x%" PRIx64 " · room %u of %u on floor (span) %d", h->addr, h->slot, s->nelems, h->span);
    if (sc) say(o, "\nsize class %d (%s rooms) · span class %d%s", sc, es, s->spanclass, gh_spanclass_noscan(s->spanclass) ? " noscan" : "");
    else say(o, "\nlarge object: a suite of %u pages (%s)", s->npages, es);
    say(o, "\nstate: %s", meaning(h->state));
    if (h->state == GH_ROOM_FREE) return;
    int32_t ty = s->objtype ? s->objtype[h->slot] : -1;
    const gh_Type *t = gh_sim_type(sim, ty);
    say(o, "\ntype: %s · size %s", ty == GH_OBJ_TINY_BLOCK ? "tiny block" : t ? t->name : "?", es);
    int32_t site = s->objsite ? s->objsite[h->slot] : -1;
    char note[256];
    const char *sn = site >= 0 && v->siteName ? v->siteName(v->siteUd, site) : NULL;
    if (v->roomNote && v->roomNote(v->roomNoteUd, h->addr, note, sizeof note) > 0) say(o, "\n%s", note);
    else if (sn) say(o, "\nallocated at %s", sn);
    else if (site >= 0) say(o, "\nallocation site %d", site);
    preview(o, sim, h->addr, s->elemsize);
    if (h->aggregated) say(o, "\n(zoom in to see rooms one by one)");
}

static void local(const gh_Sim *sim, const gh_ViewHit *h, Out *o)
{
    const gh_Slot *s = NULL;
    gh_Addr at = 0;
    const char *fn = "globals";
    if (h->goroutine < 0 && h->local >= 0 && (uint32_t)h->local < gh_sim_nglobals(sim)) {
        s = gh_sim_global(sim, (uint32_t)h->local);
        at = GH_DATA_BASE + s->offset;
    }
    for (int32_t i = 0; i < gh_sim_ngs(sim) && h->goroutine >= 0; i++) {
        const gh_G *g = gh_sim_g(sim, i);
        if (g->id != h->goroutine || h->frame < 0 || (uint32_t)h->frame >= g->nframes) continue;
        const gh_Frame *f = &g->frames[h->frame];
        fn = f->fn;
        if (h->local < 0) {
            say(o, "frame %s() of G%d · %u bytes · sp 0x%" PRIx64, f->fn, g->id, f->size, f->sp);
            if (f->line > 0) say(o, "\ncalled from line %d", f->line);
            return;
        }
        s = gh_frame_slot(g, (uint32_t)h->frame, (uint32_t)h->local);
        at = f->sp + s->offset;
    }
    if (!s) return;
    const gh_Type *t = gh_sim_type(sim, s->type);
    char val[64];
    gh_Addr ptr;
    gh_fmt_local(sim, s, at, val, sizeof val, &ptr);
    say(o, "%s in %s · type %s · %u bytes at 0x%" PRIx64 "\nvalue: %s", s->name, fn, t ? t->name : "?", s->size, at, val);
    if (s->escaped) say(o, "\nmoved to heap: this slot holds its address");
    if (s->dead) say(o, "\ndead here: not used again before it is overwritten, so not a root for the janitor");
}

int gh_view_describe(const gh_View *v, const gh_Sim *sim, const gh_ViewHit *h, char *buf, int n)
{
    Out o = {buf, n, 0};
    if (n > 0) buf[0] = 0;
    char sz[24];
    switch (h->kind) {
    case GH_HIT_ROOM: room(v, sim, h, &o); break;
    case GH_HIT_FREE_PAGES:
        gh_fmt_bytes(sz, sizeof sz, h->size);
        say(&o, "free pages at 0x%" PRIx64 " · %s\nmheap will hand them out as new floors", h->addr, sz);
        break;
    case GH_HIT_FLOOR: {
        const gh_MSpan *s = gh_sim_span(sim, h->span);
        gh_fmt_bytes(sz, sizeof sz, (uint64_t)s->npages * GH_PAGE_SIZE);
        if (s->state == GH_SPAN_MANUAL) say(&o, "stack of goroutine G%d · %s at 0x%" PRIx64, gh_stack_owner(sim, h->span), sz, s->startAddr);
        else say(&o, "span %d at 0x%" PRIx64 " · %u page%s (%s) · %u of %u rooms taken%s", h->span, s->startAddr, s->npages,
                 s->npages == 1 ? "" : "s", sz, s->allocCount, s->nelems, s->cachedBy >= 0 ? " · key held by a P" : "");
        break;
    }
    case GH_HIT_FRAME:
    case GH_HIT_LOCAL: local(sim, h, &o); break;
    case GH_HIT_KEY: {
        int32_t id = gh_sim_mcache_span(sim, h->p, h->spanclass);
        const gh_MSpan *s = id >= 0 ? gh_sim_span(sim, id) : NULL;
        if (s) say(&o, "P%d's key for span class %d (%u B rooms): span %d · %u of %u taken\nrooms come from here with no lock",
                   h->p, h->spanclass, s->elemsize, id, s->allocCount, s->nelems);
        break;
    }
    case GH_HIT_CENTRAL: {
        gh_CentralInfo c = gh_sim_central(sim, h->spanclass);
        say(&o, "mcentral for span class %d (%u B)\npartial: %u swept, %u unswept · full: %u swept, %u unswept", h->spanclass,
            gh_class_to_size[h->spanclass >> 1], c.partialSwept, c.partialUnswept, c.fullSwept, c.fullUnswept);
        break;
    }
    case GH_HIT_BUTTON: say(&o, "%s", gh_controls_describe(h->action)); break;
    case GH_HIT_WINDOW: {
        char t[256];
        gh_heat_describe(v, sim, h, t, sizeof t);
        say(&o, "%s", t);
        break;
    }
    default: break;
    }
    return o.len;
}
