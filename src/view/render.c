/* render.c — one frame: lay the panels out, then draw them back to front — header,
 * lesson, hotel (cached pixels, then signs, flashes, pointer arrows), desk, cafeteria,
 * janitor, chart, MemStats, control bar — and last what floats above everything: the
 * stop-the-world frame, highlights, the tooltip, the prompt and the presenter's laser
 * and key hints. */
#include <stdio.h>
#include "view/view_impl.h"

static bool stw(const gh_View *v, const gh_Sim *sim)
{
    uint8_t st = gh_sim_gc(sim).state;
    return st == GH_GCS_SWEEPTERM || st == GH_GCS_MARKTERM;
}

static void hotel_panel(gh_View *v, const gh_Sim *sim)
{
    char sub[128], mapped[32], res[32];
    gh_HeapInfo heap = gh_sim_heap(sim);
    gh_fmt_bytes(mapped, sizeof mapped, (uint64_t)heap.mappedPages * GH_PAGE_SIZE);
    gh_fmt_bytes(res, sizeof res, (uint64_t)heap.narenas * GH_ARENA_BYTES);
    snprintf(sub, sizeof sub, "%u arena%s · %s reserved · %s mapped%s", heap.narenas, heap.narenas == 1 ? "" : "s",
             res, mapped, v->zoom != 1 ? " · zoomed" : "");
    int room = v->panel[GH_PANEL_HOTEL].w - 3 * v->pad - gh_text_w(v, GH_FONT_BOLD, "The hotel · heap");
    if (gh_text_w(v, GH_FONT_SMALL, sub) > room) /* the reservation is 64 MiB an arena: the first to go */
        snprintf(sub, sizeof sub, "%u arena%s · %s mapped%s", heap.narenas, heap.narenas == 1 ? "" : "s", mapped,
                 v->zoom != 1 ? " · zoomed" : "");
    SDL_Rect c = gh_panel(v, GH_PANEL_HOTEL, "The hotel · heap", sub);
    int legend = gh_text_h(v, GH_FONT_SMALL) + v->pad / 2;
    v->hotel.area = (SDL_Rect){c.x, c.y + legend, c.w, c.h - legend};
    gh_hotel_zoom_note(v, sim);
    gh_hotel_layout(v, sim);
    gh_hotel_zoom_begin(v, sim);
    gh_hotel_paint(v, sim);
    SDL_RenderSetClipRect(v->r, &v->hotel.area);
    gh_hotel_zoom_log(v, true);
    gh_hotel_overlay(v, sim);
    gh_hotel_zoom_log(v, false);
    SDL_RenderSetClipRect(v->r, NULL);
    gh_hotel_zoom_draw(v);
}

static void stw_overlay(gh_View *v, const gh_Sim *sim)
{
    bool now = stw(v, sim);
    /* the afterglow needs time to have passed: a still taken right after the pause shows none */
    /* After the world restarts, the banner fades out, but only when the pause was among the
     * step's last events: a step that ran on far beyond it (pause to pause, across many
     * cycles) shows the state it stopped in, not an old stop-the-world. */
    bool recent = v->eventsSinceStw < GH_STW_RECENT_EVENTS;
    float f = now ? 1 : recent && v->stwUntil && v->now > v->stwAt ? gh_anim_fade(v, v->stwUntil, 600) : 0;
    if (f <= 0) return;
    const gh_Palette *pal = v->pal;
    SDL_Color c = pal->stwBg;
    c.a = (Uint8)(255 * f);
    int t = v->pad;
    gh_frame(v, (SDL_Rect){0, 0, v->w, v->h}, t, c);
    SDL_Rect A = v->panel[GH_PANEL_HOTEL];
    SDL_Color veil = pal->bg;
    veil.a = (Uint8)(110 * f);
    gh_fill(v, A, veil);
    const char *msg = now ? (gh_sim_gc(sim).state == GH_GCS_SWEEPTERM ? "STOP THE WORLD · sweep termination"
                                                               : "STOP THE WORLD · mark termination")
                          : "the world restarts";
    const char *sub = now ? "every goroutine is paused while the janitor works alone" : NULL;
    int th = gh_text_h(v, GH_FONT_TITLE), sh = sub ? gh_text_h(v, GH_FONT_BODY) : 0;
    int tw = gh_text_w(v, GH_FONT_TITLE, msg), sw = sub ? gh_text_w(v, GH_FONT_BODY, sub) : 0;
    int bw = (tw > sw ? tw : sw) + 2 * v->pad;
    if (bw > A.w) bw = A.w;
    /* the banner goes where it covers no highlighted room: a third down, else top, else bottom */
    int bh = th + sh + 3 * v->pad / 2, ys[3] = {A.y + A.h / 3, A.y + v->pad, A.y + A.h - bh - v->pad};
    SDL_Rect b = {A.x + (A.w - bw) / 2, ys[0], bw, bh};
    for (int k = 0; k < 3; k++) {
        b.y = ys[k];
        bool clear = true;
        for (int i = 0; i < v->nhl; i++)
            if (v->hlSeen[i] == GH_SEEN_ROOM && SDL_HasIntersection(&b, &v->hlRoom[i])) clear = false;
        if (clear) break;
    }
    v->stwBanner = b;
    v->stwLabel0 = v->nlabels;
    gh_fill(v, b, c);
    gh_hatch(v, (SDL_Rect){b.x, b.y, b.w, v->pad / 2}, 6, pal->stwText);
    gh_hatch(v, (SDL_Rect){b.x, b.y + b.h - v->pad / 2, b.w, v->pad / 2}, 6, pal->stwText);
    gh_text(v, GH_FONT_TITLE, msg, b.x + b.w / 2, b.y + 3 * v->pad / 4, pal->stwText, GH_ALIGN_CENTER, b.w - v->pad);
    if (sub) gh_text(v, GH_FONT_BODY, sub, b.x + b.w / 2, b.y + 3 * v->pad / 4 + th, pal->stwText, GH_ALIGN_CENTER, b.w - v->pad);
}

static void blank(gh_View *v)
{
    gh_fill(v, (SDL_Rect){0, 0, v->w, v->h}, (SDL_Color){0, 0, 0, 255});
}

void gh_view_render(gh_View *v, const gh_Sim *sim, uint32_t now_ms)
{
    v->now = now_ms;
    v->frame++;
    v->nlabels = 0;
    v->nplates = 0;
    v->nnoteRoom = 0;
    v->nkeys = 0;
    v->stwBanner = (SDL_Rect){0, 0, 0, 0};
    v->textPanel = -1;
    v->textFlags = 0;
    SDL_RenderSetClipRect(v->r, NULL);
    if (v->blank) { blank(v); return; }
    const gh_Palette *pal = v->pal;
    gh_fill(v, (SDL_Rect){0, 0, v->w, v->h}, pal->bg); /* not RenderClear: stay inside w×h */
    gh_anim_frame(v, sim);
    v->nprocs = gh_sim_nprocs(sim);
    gh_layout_panels(v);
    v->textPanel = GH_PANEL_HEADER;
    if (v->panel[GH_PANEL_HEADER].h) gh_header_draw(v, sim);
    gh_lesson_draw(v);
    if (v->panel[GH_PANEL_HOTEL].h) hotel_panel(v, sim);
    if (v->panel[GH_PANEL_DESK].h) gh_desk_draw(v, sim);
    if (v->panel[GH_PANEL_CAFETERIA].h) gh_cafeteria_draw(v, sim);
    if (v->panel[GH_PANEL_JANITOR].h) gh_janitor_draw(v, sim);
    if (v->panel[GH_PANEL_CHART].h) gh_chart_draw(v, sim);
    if (v->panel[GH_PANEL_MEMSTATS].h) gh_memstats_draw(v, sim);
    v->textPanel = GH_PANEL_CONTROLS;
    if (v->panel[GH_PANEL_CONTROLS].h) gh_controls_draw(v);
    v->textPanel = GH_PANEL_HOTEL;
    gh_graph_draw(v, sim);
    gh_layout_note_highlights(v, sim);
    stw_overlay(v, sim);
    v->textPanel = -1; /* what floats: callouts, the tooltip, the prompt (checked against the panel they sit in) */
    gh_highlights_draw(v, sim);
    if (v->panel[GH_PANEL_HOTEL].h) { /* over the rings and arrows, beside the callouts */
        SDL_RenderSetClipRect(v->r, &v->hotel.area);
        gh_hotel_janitor_draw(v, sim);
        SDL_RenderSetClipRect(v->r, NULL);
    } else {
        v->janitorRect = (SDL_Rect){0, 0, 0, 0};
    }
    gh_tooltip_draw(v, sim);
    /* modal, on top; above the narration band so the question's context stays readable */
    SDL_Rect band = v->panel[GH_PANEL_NARRATION];
    int promptBottom = v->panel[GH_PANEL_CONTROLS].h ? v->panel[GH_PANEL_CONTROLS].y : v->h;
    if (band.h > 0 && band.y > v->h / 3) promptBottom = band.y - (v->pad / 2 > 2 ? v->pad / 2 : 2);
    gh_prompt_draw(v, promptBottom);
    gh_presenter_draw(v);
}
