/* view.c — creating and configuring a gh_View: modes, lesson text, controls state and
 * highlights. Every string handed in is copied, so callers may pass temporaries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "view/view_impl.h"

static void apply_scale(gh_View *v)
{
    float sx = v->w / 1280.0f, sy = v->h / 720.0f;
    v->scale = sx < sy ? sx : sy;
    if (v->scale < 0.6f) v->scale = 0.6f;
    v->pad = (int)((v->projector ? 10 : 8) * v->scale + 0.5f);
    v->line = (int)((v->projector ? 3 : 1) * v->scale + 0.5f);
    if (v->line < 1) v->line = 1;
    gh_text_open(v);
    v->fullDirty = true;
}

gh_View *gh_view_new(SDL_Renderer *r, int w, int h, const gh_ViewOptions *opt)
{
    gh_View *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    v->cache = calloc(GH_TEXT_CACHE, sizeof *v->cache);
    v->labels = calloc(GH_MAX_LABELS, sizeof *v->labels);
    v->zaProgress = -1; /* no smooth zoom drawn yet */
    if (!v->cache || !v->labels) { gh_view_free(v); return NULL; }
    v->r = r;
    v->w = w;
    v->h = h;
    v->projector = opt && opt->projector;
    v->paletteId = opt && opt->palette ? opt->palette : v->projector ? 1 : 0;
    v->pal = gh_palette_get(v->paletteId);
    snprintf(v->fontDir, sizeof v->fontDir, "%s", opt && opt->font_dir ? opt->font_dir : "assets/fonts");
    for (int i = 0; i < GH_PANEL_COUNT; i++) v->panelOn[i] = true;
    v->graphMode = -1;
    v->zoom = 1;
    v->ctl.speed = 1;
    v->ctl.nsteps = -1;
    v->growG = v->grownSpan = v->moveG = -1;
    v->moveProgress = -1;
    v->textPanel = -1;
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    apply_scale(v);
    return v;
}

void gh_view_free(gh_View *v)
{
    if (!v) return;
    gh_text_close(v);
    free(v->cache);
    free(v->labels);
    free(v->title);
    free(v->narration);
    free(v->error);
    free(v->console);
    free(v->srcName);
    for (int i = 0; i < v->nsrc; i++) free(v->src[i]);
    free(v->src);
    free(v->hotel.floors);
    free(v->hotel.spanFloor);
    free(v->hotel.heatTaken);
    free(v->hotel.heatFree);
    free(v->hotel.heatReleased);
    free(v->px.p);
    free(v->spanDirty);
    free(v->scratch);
    if (v->hotelTex) SDL_DestroyTexture(v->hotelTex);
    if (v->zaTex) SDL_DestroyTexture(v->zaTex);
    free(v->zaNext);
    free(v->zaText);
    free(v);
}

void gh_view_resize(gh_View *v, int w, int h)
{
    if (w == v->w && h == v->h) return;
    v->w = w;
    v->h = h;
    apply_scale(v);
}

const char *gh_view_warning(const gh_View *v) { return v->warning; }

void gh_view_set_projector(gh_View *v, bool on)
{
    if (v->projector == on) return;
    v->projector = on;
    gh_view_set_palette(v, on ? 1 : 0);
    apply_scale(v);
}
bool gh_view_projector(const gh_View *v) { return v->projector; }

void gh_view_set_palette(gh_View *v, int palette)
{
    v->paletteId = palette == 1 ? 1 : 0;
    v->pal = gh_palette_get(v->paletteId);
    v->fullDirty = true;
}
void gh_view_toggle_palette(gh_View *v) { gh_view_set_palette(v, !v->paletteId); }
void gh_view_set_blank(gh_View *v, bool on) { v->blank = on; }
void gh_view_set_half(gh_View *v, bool on) { v->half = on; }

void gh_view_show_panel(gh_View *v, gh_ViewPanel p, bool on)
{
    if ((unsigned)p < GH_PANEL_COUNT) v->panelOn[p] = on;
    v->fullDirty = true;
}
void gh_view_set_graph(gh_View *v, int mode) { v->graphMode = mode; }
void gh_view_invalidate(gh_View *v) { v->fullDirty = true; }

static void set_str(char **dst, const char *s)
{
    free(*dst);
    *dst = s ? strdup(s) : NULL;
}
void gh_view_set_title(gh_View *v, const char *t) { set_str(&v->title, t); }
void gh_view_set_narration(gh_View *v, const char *t) { set_str(&v->narration, t); }
void gh_view_set_error(gh_View *v, const char *t) { set_str(&v->error, t); }
void gh_view_set_console(gh_View *v, const char *t) { set_str(&v->console, t && t[0] ? t : NULL); }

void gh_view_set_source(gh_View *v, const char *name, const char *const *lines, int n)
{
    for (int i = 0; i < v->nsrc; i++) free(v->src[i]);
    free(v->src);
    v->src = n > 0 ? calloc((size_t)n, sizeof(char *)) : NULL;
    v->nsrc = 0;
    for (int i = 0; v->src && i < n; i++) { /* out of memory: the lines copied so far are shown */
        if (!(v->src[i] = strdup(lines[i] ? lines[i] : ""))) break;
        v->nsrc = i + 1;
    }
    set_str(&v->srcName, name);
}
void gh_view_set_line(gh_View *v, int line) { v->curLine = line; }

void gh_view_set_controls(gh_View *v, const gh_ViewControls *c)
{
    v->ctl = *c;
    snprintf(v->granularity, sizeof v->granularity, "%s", c->granularity ? c->granularity : "");
    snprintf(v->status, sizeof v->status, "%s", c->status ? c->status : "");
    v->ctl.granularity = v->granularity;
    v->ctl.status = v->status;
}

void gh_view_set_site_namer(gh_View *v, const char *(*fn)(void *, int32_t), void *ud)
{
    v->siteName = fn;
    v->siteUd = ud;
}

void gh_view_set_room_noter(gh_View *v, int (*fn)(void *, uint64_t, char *, size_t), void *ud)
{
    v->roomNote = fn;
    v->roomNoteUd = ud;
}

void gh_view_clear_highlights(gh_View *v) { v->nhl = v->nquoted = 0; }

void gh_view_quote_line(gh_View *v, int line)
{
    for (int i = 0; i < v->nquoted; i++)
        if (v->quoted[i] == line) return;
    if (line >= 1 && v->nquoted < GH_MAX_HL) v->quoted[v->nquoted++] = line;
}

static gh_ViewHighlight *add_hl(gh_View *v, uint8_t kind, const char *label)
{
    if (v->nhl >= GH_MAX_HL) return NULL;
    gh_ViewHighlight *h = &v->hl[v->nhl++];
    memset(h, 0, sizeof *h);
    h->kind = kind;
    snprintf(h->label, sizeof h->label, "%s", label ? label : "");
    return h;
}

void gh_view_highlight_addr(gh_View *v, gh_HighlightKind kind, gh_Addr addr, const char *label)
{
    gh_ViewHighlight *h = add_hl(v, (uint8_t)kind, label);
    if (h) h->addr = addr;
}

void gh_view_highlight_frame(gh_View *v, int32_t gid, int32_t frame, const char *local, const char *label)
{
    gh_ViewHighlight *h = add_hl(v, local ? GH_HL_LOCAL : GH_HL_FRAME, label);
    if (!h) return;
    h->gid = gid;
    h->frame = frame;
    snprintf(h->local, sizeof h->local, "%s", local ? local : "");
}

int gh_view_label_count(const gh_View *v) { return v->nlabels; }
const char *gh_view_label(const gh_View *v, int i, SDL_Rect *where)
{
    if (i < 0 || i >= v->nlabels) return NULL;
    if (where) *where = v->labels[i].r;
    return v->labels[i].s;
}
int gh_view_label_px(const gh_View *v, int i) { return i >= 0 && i < v->nlabels ? v->labels[i].px : 0; }
int gh_view_narration_px(const gh_View *v) { return v->fontPx[GH_FONT_CAPTION]; }
int gh_view_min_text_px(const gh_View *v)
{
    int m = 1 << 20;
    for (int f = 0; f < GH_FONT_COUNT; f++)
        if (f != GH_FONT_CAPTION && v->fontPx[f] < m) m = v->fontPx[f];
    return m;
}
