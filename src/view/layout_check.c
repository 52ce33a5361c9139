/* layout_check.c — is the last frame legible from the back row? gh_view_layout_problems
 * reads what text.c recorded for every string drawn (its visible box, the font's pixel
 * size, the panel it belongs to, whether it is narration) and what render.c noted about
 * the lesson's highlights, and lists what a teacher would see as broken:
 *
 *   - in classroom mode, narration under 26 px or any other text under 18 px (the font's
 *     pixel size, the size it was opened at — one line per panel);
 *   - narration that did not fit its band (lines were dropped);
 *   - a text box outside its panel (floating text — callouts, tooltips — is checked against
 *     the panel its centre lies in, or the window);
 *   - two text boxes that overlap (text drawn on its own filled box, a button label or a
 *     callout, overlaps nothing of its own; text hidden under the opaque stop-the-world
 *     banner is not shown, so it overlaps nothing either);
 *   - a highlighted room (a room or floor highlight) drawn smaller than 12 px, only as a
 *     density strip, off screen, or pointing at no object; the stop-the-world banner over
 *     a highlighted room; a callout over rooms its highlight does not point at
 *     (callout_cover.c), set whole in another floor's sign column (callout_cover.c), or on
 *     plate lines it does not point at (callout_lines.c); a
 *     highlighted plate or variable the cafeteria does not draw;
 *   - a source line the narration quotes (gh_view_quote_line) that the code panel does not
 *     show whole.
 * Overlap is tested pairwise on the boxes; boxes touching along an edge (stacked lines)
 * do not overlap, and a 1-pixel sliver is tolerated (antialiasing, rounding). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "view/view_impl.h"

enum { MIN_NARRATION_PX = 26, MIN_TEXT_PX = 18, MIN_ROOM_PX = 12 };

static const char *const PANEL_NAME[GH_PANEL_COUNT] = {"header", "narration", "code", "hotel", "front desk",
                                                      "cafeteria", "janitor", "chart", "memstats", "controls"};

typedef struct Out { char *p; int n, len, count; } Out;
static void problem(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(Out *o, const char *fmt, ...)
{
    o->count++;
    if (!o->p || o->len >= o->n - 1) return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(o->p + o->len, (size_t)(o->n - o->len), fmt, ap);
    va_end(ap);
    if (k > 0) o->len = o->len + k < o->n - 1 ? o->len + k : o->n - 1;
    if (o->len < o->n - 1) o->p[o->len++] = '\n', o->p[o->len] = 0;
}

static const char *panel_name(int p) { return p >= 0 && p < GH_PANEL_COUNT ? PANEL_NAME[p] : "window"; }

/* The panel a label is judged against: its own, or for floating text the one under its centre. */
static int owner(const gh_View *v, const gh_Label *l)
{
    if (l->panel >= 0) return l->panel;
    SDL_Point mid = {l->r.x + l->r.w / 2, l->r.y + l->r.h / 2};
    for (int p = 0; p < GH_PANEL_COUNT; p++)
        if (v->panel[p].w > 0 && v->panel[p].h > 0 && SDL_PointInRect(&mid, &v->panel[p])) return p;
    return -1;
}

static SDL_Rect box_of(const gh_View *v, int p)
{
    return p >= 0 ? v->panel[p] : (SDL_Rect){0, 0, v->w, v->h};
}

/* Pixels by which r sticks out of b (the largest side), 0 when inside. */
static int overflow(SDL_Rect r, SDL_Rect b)
{
    int d[4] = {b.x - r.x, b.y - r.y, r.x + r.w - (b.x + b.w), r.y + r.h - (b.y + b.h)}, m = 0;
    for (int i = 0; i < 4; i++)
        if (d[i] > m) m = d[i];
    return m;
}

static void fonts(const gh_View *v, Out *o)
{
    if (!v->projector) return;
    int worst[GH_PANEL_COUNT + 1], first[GH_PANEL_COUNT + 1], more[GH_PANEL_COUNT + 1], narr = 0;
    for (int p = 0; p <= GH_PANEL_COUNT; p++) worst[p] = 1 << 20, first[p] = -1, more[p] = 0;
    for (int i = 0; i < v->nlabels; i++) {
        const gh_Label *l = &v->labels[i];
        if (l->flags & GH_LABEL_NARRATION) {
            if (l->px < MIN_NARRATION_PX && !narr++) problem(o, "narration: font %d px < %d", l->px, MIN_NARRATION_PX);
            continue;
        }
        if (l->px >= MIN_TEXT_PX) continue;
        int p = l->panel >= 0 ? l->panel : GH_PANEL_COUNT;
        if (first[p] < 0) first[p] = i;
        else more[p]++;
        if (l->px < worst[p]) worst[p] = l->px;
    }
    for (int p = 0; p <= GH_PANEL_COUNT; p++) {
        if (first[p] < 0) continue;
        const gh_Label *l = &v->labels[first[p]];
        char tail[48] = "";
        if (more[p]) snprintf(tail, sizeof tail, " (and %d more, smallest %d px)", more[p], worst[p]);
        problem(o, "label '%s' (%s): font %d px < %d%s", l->s, p < GH_PANEL_COUNT ? PANEL_NAME[p] : "floating", l->px,
                MIN_TEXT_PX, tail);
    }
}

static void containment(const gh_View *v, Out *o)
{
    for (int i = 0; i < v->nlabels; i++) {
        const gh_Label *l = &v->labels[i];
        int p = owner(v, l);
        SDL_Rect b = box_of(v, p);
        if (b.w <= 0 || b.h <= 0) {
            problem(o, "label '%s' (%s): drawn for a hidden panel", l->s, panel_name(p));
            continue;
        }
        int d = overflow(l->r, b);
        if (d > 0) problem(o, "label '%s' (%s) overflows panel by %d px", l->s, panel_name(p), d);
    }
}

/* Drawn before the stop-the-world banner and mostly under it: hidden on purpose. */
static bool covered(const gh_View *v, const gh_Label *l, int i)
{
    SDL_Rect c = v->stwBanner, x;
    if (l->flags & GH_LABEL_HIDDEN) return true; /* door words under a callout */
    return c.w > 0 && i < v->stwLabel0 && SDL_IntersectRect(&l->r, &c, &x) && x.w * x.h * 2 > l->r.w * l->r.h;
}

static void overlaps(const gh_View *v, Out *o)
{
    int reported = 0;
    for (int i = 0; i < v->nlabels; i++) {
        const gh_Label *a = &v->labels[i];
        if (covered(v, a, i)) continue;
        for (int j = i + 1; j < v->nlabels; j++) {
            const gh_Label *b = &v->labels[j];
            SDL_Rect x;
            if (!SDL_IntersectRect(&a->r, &b->r, &x) || x.w < 2 || x.h < 2 || covered(v, b, j)) continue;
            if (reported++ < 40)
                problem(o, "label '%s' (%s) overlaps label '%s' (%s) by %dx%d px", a->s, panel_name(owner(v, a)), b->s,
                        panel_name(owner(v, b)), x.w, x.h);
            else o->count++;
        }
    }
}

static void rooms(const gh_View *v, Out *o)
{
    for (int i = 0; i < v->nhl; i++) {
        const gh_ViewHighlight *h = &v->hl[i];
        const char *what = h->kind == GH_HL_FLOOR ? "floor" : "room";
        char name[80];
        snprintf(name, sizeof name, "highlight '%s'", h->label[0] ? h->label : "(no label)");
        SDL_Rect r = v->hlRoom[i];
        int foreign = v->hlCallout[i].w > 0 ? gh_callout_foreign_rooms(v, v->hlCallout[i], v->hlSpan[i], v->hlSlot[i]) : 0;
        if (foreign) problem(o, "%s: its callout covers %d room%s it does not point at", name, foreign, foreign == 1 ? "" : "s");
        int lines = v->hlCallout[i].w > 0 ? gh_callout_foreign_lines(v, v->hlCallout[i], v->hlGid[i], v->hlFrame[i], v->hlLocal[i]) : 0;
        if (lines) problem(o, "%s: its callout sits on %d plate line%s it does not point at", name, lines, lines == 1 ? "" : "s");
        int signs = v->hlCallout[i].w > 0 ? gh_callout_foreign_signs(v, v->hlCallout[i], v->hlSpan[i]) : 0;
        if (signs) problem(o, "%s: its callout sits on the sign of %d floor%s it does not point at", name, signs, signs == 1 ? "" : "s");
        for (int j = 0; j < v->nhl && j < GH_MAX_HL; j++) { /* a plate's and its line's rings run into one */
            const char *other = v->hl[j].label[0] ? v->hl[j].label : "(no label)";
            SDL_Rect cj = v->hlRing[j];
            bool plates = (h->kind == GH_HL_LOCAL || h->kind == GH_HL_FRAME) && (v->hl[j].kind == GH_HL_LOCAL || v->hl[j].kind == GH_HL_FRAME);
            if (j > i && plates && v->hlRing[i].w > 0 && cj.w > 0 && !gh_rings_apart(v, v->hlRing[i], cj))
                problem(o, "%s: its ring runs into the ring of highlight '%s'", name, other);
        }
        if (h->kind == GH_HL_LOCAL || h->kind == GH_HL_FRAME) { /* the plate or line it points at is drawn */
            SDL_Rect pr;
            bool drawn = h->kind == GH_HL_FRAME ? gh_view_frame_rect(v, h->gid, h->frame, &pr)
                                                : v->hlLocal[i] >= 0 && gh_view_local_rect(v, h->gid, h->frame, v->hlLocal[i], &pr);
            if (!drawn) problem(o, "%s: its %s is not drawn in the cafeteria", name, h->kind == GH_HL_FRAME ? "plate" : "variable's line");
        }
        switch (v->hlSeen[i]) {
        case GH_SEEN_ROOM:
            if (r.w < MIN_ROOM_PX || r.h < MIN_ROOM_PX)
                problem(o, "%s: %s's rooms drawn %dx%d px < %d", name, what, r.w, r.h, MIN_ROOM_PX);
            if (v->stwBanner.w > 0 && SDL_HasIntersection(&r, &v->stwBanner))
                problem(o, "%s: the stop-the-world banner covers the highlighted %s", name, what);
            break;
        case GH_SEEN_DENSITY: problem(o, "%s: %s drawn as a density strip, not as rooms", name, what); break;
        case GH_SEEN_OFFSCREEN: problem(o, "%s: %s not on screen", name, what); break;
        case GH_SEEN_NO_OBJECT: problem(o, "%s: points at no object (0x%llx)", name, (unsigned long long)h->addr); break;
        default: break;
        }
    }
}

void gh_layout_note_highlights(gh_View *v, const gh_Sim *sim)
{
    for (int i = 0; i < v->nhl; i++) {
        const gh_ViewHighlight *h = &v->hl[i];
        int32_t span = -1;
        uint32_t slot = 0;
        v->hlSeen[i] = GH_SEEN_OTHER;
        v->hlRoom[i] = (SDL_Rect){0, 0, 0, 0};
        if (h->kind == GH_HL_ROOM) {
            if (!gh_find_object(sim, h->addr, &span, &slot)) { v->hlSeen[i] = GH_SEEN_NO_OBJECT; continue; }
        } else if (h->kind == GH_HL_FLOOR) {
            uint64_t page = h->addr >= GH_ARENA_BASE ? (h->addr - GH_ARENA_BASE) / GH_PAGE_SIZE : UINT64_MAX;
            if (page >= gh_sim_heap(sim).mappedPages || gh_sim_page_span(sim, page) < 0) { v->hlSeen[i] = GH_SEEN_NO_OBJECT; continue; }
            span = gh_sim_page_span(sim, page);
        } else {
            continue;
        }
        bool agg = false;
        if (!gh_hotel_room_rect(v, sim, span, slot, &v->hlRoom[i], &agg)) v->hlSeen[i] = GH_SEEN_OFFSCREEN;
        else v->hlSeen[i] = agg ? GH_SEEN_DENSITY : GH_SEEN_ROOM;
    }
}

int gh_view_layout_problems(gh_View *v, char *buf, int n)
{
    Out o = {buf, n, 0, 0};
    if (buf && n > 0) buf[0] = 0;
    if (v->blank) return 0;
    fonts(v, &o);
    if (v->narrationCut > 0)
        problem(&o, "narration: %d line%s do not fit in the caption band (%d px high)", v->narrationCut,
                v->narrationCut == 1 ? "" : "s", v->panel[GH_PANEL_NARRATION].h);
    containment(v, &o);
    overlaps(v, &o);
    rooms(v, &o);
    if (v->panel[GH_PANEL_SOURCE].h > 0)
        for (int i = 0; i < v->nquoted; i++)
            if (!v->quotedShown[i]) problem(&o, "quoted line %d: not shown in the code panel", v->quoted[i]);
    return o.count;
}
