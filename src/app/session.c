/* session.c — the step controller behind the window and `gohotel shot`.
 * Stepping is delegated to the stepper (deterministic replay makes "back" exact); this file
 * decides how big a step is (the granularity switch), when to step (play timer), and keeps
 * the view's panels in sync with the scene. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app/paths.h"
#include "app/session.h"

static const struct { const char *name; uint32_t kinds; } GRANS[] = {
    {"line", GH_STEP_LINE | GH_STEP_PAUSE | GH_STEP_END},
    {"operation", GH_STEP_OP | GH_STEP_PAUSE | GH_STEP_END},
    {"event", GH_STEP_EVENT | GH_STEP_PAUSE | GH_STEP_END},
    {"GC phase", GH_STEP_PHASE | GH_STEP_PAUSE | GH_STEP_END},
    {"pause", GH_STEP_PAUSE | GH_STEP_END},
};
enum { NGRANS = sizeof GRANS / sizeof GRANS[0] };
_Static_assert((int)NGRANS == (int)GH_GRAN_COUNT && GH_GRAN_PAUSE == 4, "GRANS follows the GH_GRAN_* order");

const char *gh_session_granularity(const gh_Session *s) { return GRANS[s->gran].name; }

static long long file_mtime(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 ? (long long)sb.st_mtime * 1000000000LL + sb.st_mtim.tv_nsec : -1;
}

/* Allocation sites are scene lines: name them "scene.lua:LINE" for the tooltips. */
static const char *site_name(void *ud, int32_t site)
{
    gh_Session *s = ud;
    const char *base = strrchr(s->scene, '/') ? strrchr(s->scene, '/') + 1 : s->scene;
    if (site <= 0) return NULL;
    snprintf(s->siteName, sizeof s->siteName, "%.250s:%d", base, (int)site);
    return s->siteName;
}

/* A room a Go program made: its Go line and the compiler's verdict, from the scene. */
static int room_note(void *ud, uint64_t addr, char *buf, size_t n)
{
    gh_Session *s = ud;
    return s->st ? gh_stepper_room_note(s->st, addr, buf, n) : 0;
}

static void forward_event(void *ud, const gh_Event *ev)
{
    gh_Session *s = ud;
    if (s->view) gh_view_event(s->view, gh_stepper_sim(s->st), ev);
}

/* A stepper with the session's config and params, printing to out, no scene loaded yet. */
static gh_Stepper *new_stepper(const gh_Session *s, FILE *out)
{
    char luaDir[GH_APP_PATH_MAX];
    gh_StepperConfig sc = {.sim = s->cfg, .luaDir = gh_app_dir("lua", luaDir, sizeof luaDir), .out = out,
                          .maxStepSeconds = s->maxStepSeconds};
    gh_Stepper *st = gh_stepper_new(&sc);
    for (int i = 0; st && i < s->nparams; i++) gh_stepper_param(st, s->params[i][0], s->params[i][1]);
    return st;
}

/* A fresh stepper with the session's config and params, loaded but not run. */
static bool load(gh_Session *s)
{
    if (s->st) gh_stepper_free(s->st);
    s->st = new_stepper(s, s->echo);
    if (!s->st) return false;
    gh_stepper_listen(s->st, forward_event, s);
    s->mtime = file_mtime(s->scene);
    if (s->view) gh_view_reset(s->view);
    return gh_stepper_load(s->st, s->scene);
}

bool gh_session_open(gh_Session *s, gh_View *view, const char *scene, const gh_Config *cfg,
                     const char *const *params, int nparams, double maxStepSeconds)
{
    memset(s, 0, sizeof *s);
    s->view = view;
    if (view) gh_view_set_site_namer(view, site_name, s);
    if (view) gh_view_set_room_noter(view, room_note, s);
    s->cfg = cfg ? *cfg : gh_config_default();
    s->maxStepSeconds = maxStepSeconds;
    s->speed = 4;
    snprintf(s->scene, sizeof s->scene, "%s", scene);
    for (int i = 0; i < nparams && s->nparams < GH_SESSION_MAX_PARAMS; i++) {
        const char *eq = strchr(params[i], '=');
        if (!eq) continue;
        snprintf(s->params[s->nparams][0], 256, "%.*s", (int)(eq - params[i]), params[i]);
        snprintf(s->params[s->nparams][1], 256, "%s", eq + 1);
        s->nparams++;
    }
    bool ok = load(s);
    gh_session_sync_view(s);
    return ok;
}

void gh_session_close(gh_Session *s)
{
    if (s->st) gh_stepper_free(s->st);
    memset(s, 0, sizeof *s);
}

void gh_session_reload(gh_Session *s)
{
    uint64_t at = s->st ? gh_stepper_position(s->st) : 0;
    load(s);
    if (!gh_stepper_failed(s->st)) gh_stepper_goto(s->st, at);
    snprintf(s->status, sizeof s->status, "reloaded %.120s", strrchr(s->scene, '/') ? strrchr(s->scene, '/') + 1 : s->scene);
    if (s->view) gh_view_invalidate(s->view);
    gh_session_sync_view(s);
}

/* Where the scene opens. A lesson opens on its first pause: the title and the first
 * narration, which is also where PageDown by pauses starts. A scene with no pause opens
 * on its first step that has a title or narration (else step 1): never on step 0, where
 * nothing has run and the window would be blank. */
static uint64_t find_home(gh_Session *s)
{
    /* Does the scene pause at all? Ask a silent copy, so the window and the terminal see
     * each step once: the real run below goes forward only as far as home. */
    gh_Stepper *probe = new_stepper(s, NULL);
    s->lesson = false;
    if (probe && gh_stepper_load(probe, s->scene))
        while (!s->lesson && gh_stepper_step(probe, GH_STEP_PAUSE | GH_STEP_END))
            s->lesson = (gh_stepper_stop_kind(probe) & GH_STEP_PAUSE) != 0;
    gh_stepper_free(probe);
    if (s->lesson) {
        gh_stepper_step(s->st, GH_STEP_PAUSE | GH_STEP_END);
        return gh_stepper_position(s->st);
    }
    while (gh_stepper_step(s->st, GH_STEP_LINE | GH_STEP_END))
        if (gh_stepper_title(s->st)[0] || gh_stepper_narration(s->st)[0] || gh_stepper_finished(s->st)) break;
    if (gh_stepper_finished(s->st) && !gh_stepper_title(s->st)[0] && !gh_stepper_narration(s->st)[0])
        gh_stepper_goto(s->st, 1);
    return gh_stepper_position(s->st);
}

void gh_session_start(gh_Session *s, FILE *echo)
{
    s->echo = echo;
    load(s);
    s->home = gh_stepper_failed(s->st) && gh_stepper_position(s->st) == 0 ? 0 : find_home(s);
    gh_session_sync_view(s);
}

int gh_session_pause_index(const gh_Session *s)
{
    return gh_stepper_pauses_passed(s->st);
}

void gh_session_apply_param(gh_Session *s, const char *name, const char *value)
{
    int k = gh_session_pause_index(s), i = 0;
    while (i < s->nparams && strcmp(s->params[i][0], name)) i++;
    if (i == s->nparams && s->nparams < GH_SESSION_MAX_PARAMS) s->nparams++;
    if (i < s->nparams) {
        snprintf(s->params[i][0], sizeof s->params[i][0], "%s", name);
        snprintf(s->params[i][1], sizeof s->params[i][1], "%s", value);
    }
    s->playing = false;
    gh_session_start(s, s->echo); /* at the first pause, or home */
    for (int p = gh_session_pause_index(s); p < k && gh_stepper_step(s->st, GH_STEP_PAUSE | GH_STEP_END);)
        if (gh_stepper_stop_kind(s->st) & GH_STEP_PAUSE) p++;
    const char *pause = gh_stepper_pause_name(s->st);
    if (k > 0 && pause[0] && (gh_stepper_stop_kind(s->st) & GH_STEP_PAUSE))
        snprintf(s->status, sizeof s->status, "%.40s = %.40s · back at pause %d (%.40s)", name, value, k, pause);
    else snprintf(s->status, sizeof s->status, "%.40s = %.40s · restarted", name, value);
    if (s->view) gh_view_invalidate(s->view);
    gh_session_sync_view(s);
}

bool gh_session_goto_step(gh_Session *s, uint64_t step)
{
    bool ok = gh_stepper_goto(s->st, step);
    gh_session_sync_view(s);
    return ok;
}

bool gh_session_goto_end(gh_Session *s)
{
    while (gh_stepper_step(s->st, GH_STEP_END)) {}
    gh_session_sync_view(s);
    return !gh_stepper_failed(s->st);
}

bool gh_session_goto_pause(gh_Session *s, const char *name)
{
    gh_stepper_goto(s->st, 0);
    while (gh_stepper_step(s->st, GH_STEP_PAUSE | GH_STEP_END)) {
        if (!strcmp(gh_stepper_pause_name(s->st), name) && (gh_stepper_stop_kind(s->st) & GH_STEP_PAUSE)) {
            gh_session_sync_view(s);
            return true;
        }
    }
    gh_session_sync_view(s);
    return false;
}

bool gh_session_act(gh_Session *s, gh_ViewAction a)
{
    uint32_t kinds = GRANS[s->gran].kinds;
    s->status[0] = 0;
    switch (a) {
    case GH_ACT_QUIT: return false;
    case GH_ACT_PLAY_PAUSE:
        s->playing = !s->playing;
        if (gh_stepper_finished(s->st)) s->playing = false;
        break;
    case GH_ACT_STEP: gh_stepper_step(s->st, kinds); break;
    case GH_ACT_BACK: /* never before home: step 0 is blank */
        if (gh_stepper_position(s->st) <= s->home)
            snprintf(s->status, sizeof s->status, "%s", s->lesson ? "first pause · already at the start" : "already at the start");
        else {
            gh_stepper_back(s->st, kinds);
            if (gh_stepper_position(s->st) < s->home) gh_stepper_goto(s->st, s->home);
        }
        break;
    case GH_ACT_RESTART:
        s->playing = false;
        if (s->view) gh_view_reset(s->view);
        gh_stepper_goto(s->st, s->home);
        break;
    case GH_ACT_NEXT_GC: gh_stepper_step(s->st, GH_STEP_CYCLE | GH_STEP_END); break;
    case GH_ACT_END:
        s->playing = false;
        while (gh_stepper_step(s->st, GH_STEP_END)) {}
        break;
    case GH_ACT_FASTER: s->speed = s->speed >= 256 ? 256 : s->speed * 2; break;
    case GH_ACT_SLOWER: s->speed = s->speed <= 0.25f ? 0.25f : s->speed / 2; break;
    case GH_ACT_GRANULARITY: s->gran = (s->gran + 1) % NGRANS; break;
    case GH_ACT_RELOAD: gh_session_reload(s); return true;
    default: break;
    }
    gh_session_sync_view(s);
    return true;
}

void gh_session_tick(gh_Session *s, double dt)
{
    long long m = file_mtime(s->scene);
    if (m != -1 && m != s->mtime) gh_session_reload(s);
    if (!s->playing) return;
    s->playDebt += dt * s->speed;
    int budget = 64; /* never freeze the window for a long stretch of steps */
    while (s->playDebt >= 1 && budget-- > 0) {
        s->playDebt -= 1;
        if (!gh_stepper_step(s->st, GRANS[s->gran].kinds) || gh_stepper_finished(s->st)) {
            s->playing = false;
            break;
        }
        if (gh_stepper_stop_kind(s->st) & GH_STEP_PAUSE) { /* a lesson pause stops play */
            s->playing = false;
            break;
        }
    }
    if (s->playDebt > 4) s->playDebt = 0;
    gh_session_sync_view(s);
}

/* Is name a global (go.globals) / a local of the running goroutine's newest frame? A local
 * shadows a global of the same name, as in Go. */
static bool is_global(const gh_Sim *sim, const char *name)
{
    return gh_global_index(sim, name) >= 0;
}

static bool is_local(const gh_Sim *sim, const char *name)
{
    const gh_G *g = gh_sim_curg(sim);
    return g && g->nframes && gh_frame_local_index(g, g->nframes - 1, name) >= 0;
}

/* A floor highlight given as a span class: the floor the running P allocates that class
 * from (its mcache's span, else any in-use span of the class); 0 if there is none. */
static gh_Addr class_floor(const gh_Sim *sim, gh_Addr spanclass)
{
    int32_t id = gh_sim_mcache_span(sim, gh_sim_running(sim).p, (int)spanclass);
    for (int32_t k = 0; id < 0 && k < gh_sim_nspans(sim); k++)
        if (gh_sim_span(sim, k)->state == GH_SPAN_INUSE && gh_sim_span(sim, k)->spanclass == spanclass) id = k;
    return id >= 0 ? gh_sim_span(sim, id)->startAddr : 0;
}

/* The frame of g a frame highlight names (its newest call of the function) or a variable
 * highlight names (the newest frame holding a local of that name), into *frame; -1 if none. */
static int32_t stack_find(const gh_G *g, const gh_Highlight *h, int32_t *frame)
{
    for (int32_t f = (int32_t)g->nframes - 1; f >= 0; f--)
        if (h->kind == GH_TARGET_VARIABLE ? gh_frame_local_index(g, (uint32_t)f, h->target) >= 0
                                          : !strcmp(g->frames[f].fn, h->target))
            return *frame = f;
    return -1;
}

/* A frame or variable highlight: the running goroutine's frame running target (frame), or
 * its newest frame with the variable's plate (a local; a global that no local shadows is
 * shown among the globals). */
static void highlight_stack(gh_Session *s, const gh_Sim *sim, const gh_Highlight *h)
{
    bool variable = h->kind == GH_TARGET_VARIABLE;
    if (variable && is_global(sim, h->target) && !is_local(sim, h->target)) {
        gh_view_highlight_frame(s->view, -1, -1, h->target, h->label);
        return;
    }
    const gh_G *g = gh_sim_curg(sim);
    if (!g) return;
    int32_t frame = g->nframes ? (int32_t)g->nframes - 1 : 0;
    if (stack_find(g, h, &frame) < 0) /* not here: a go.program's goroutine (the scene runs on its own) */
        for (int32_t i = gh_sim_ngs(sim) - 1; i >= 0; i--) {
            const gh_G *o = gh_sim_g(sim, i);
            if (o != g && o->status != GH_G_DEAD && stack_find(o, h, &frame) >= 0) { g = o; break; }
        }
    gh_view_highlight_frame(s->view, g->id, frame, variable ? h->target : NULL, h->label);
}

static void sync_highlights(gh_Session *s, const gh_Sim *sim)
{
    gh_view_clear_highlights(s->view);
    const gh_Highlight *hl;
    int n = gh_stepper_highlights(s->st, &hl);
    for (int i = 0; i < n; i++) {
        const gh_Highlight *h = &hl[i];
        switch (h->kind) {
        case GH_TARGET_ROOM: gh_view_highlight_addr(s->view, GH_HL_ROOM, h->addr, h->label); break;
        case GH_TARGET_FLOOR:
        case GH_TARGET_SPAN: {
            gh_Addr a = h->addr < GH_NUM_SPAN_CLASSES && sim ? class_floor(sim, h->addr) : h->addr;
            if (a) gh_view_highlight_addr(s->view, GH_HL_FLOOR, a, h->label);
            break;
        }
        case GH_TARGET_FRAME:
        case GH_TARGET_VARIABLE:
            if (sim) highlight_stack(s, sim, h);
            break;
        case GH_TARGET_LINE: gh_view_quote_line(s->view, (int)h->addr); break;
        case GH_TARGET_COUNT: break;
        }
    }
}

/* The speaker notes of a pause go to the presenter's terminal (the echo stream) once each
 * time the window arrives at that pause, forward or back; the projected window never
 * shows them. */
static void print_notes(gh_Session *s)
{
    const char *notes = gh_stepper_notes(s->st);
    uint64_t at = gh_stepper_position(s->st) + 1;
    if (!s->echo || !notes[0] || s->notesAt == at) return;
    s->notesAt = at;
    fprintf(s->echo, "\n── speaker notes · pause %s ──\n%s\n\n", gh_stepper_pause_name(s->st), notes);
    fflush(s->echo);
}

void gh_session_sync_view(gh_Session *s)
{
    if (!s->view || !s->st) return;
    print_notes(s);
    const gh_Sim *sim = gh_stepper_sim(s->st);
    gh_view_set_title(s->view, gh_stepper_title(s->st));
    gh_view_set_narration(s->view, gh_stepper_narration(s->st));
    const char *name = strrchr(s->scene, '/') ? strrchr(s->scene, '/') + 1 : s->scene;
    const char *codeName;
    int codeLine;
    const gh_Text *code = gh_stepper_code(s->st, &codeName, &codeLine);
    const gh_Text *scene = gh_stepper_text(s->st); /* the very text the scene runs from */
    if (code) { /* the scene is stepping through Go source: show that instead */
        gh_view_set_source(s->view, codeName, code->lines, code->nlines);
        gh_view_set_line(s->view, codeLine);
    } else {
        gh_view_set_source(s->view, name, scene ? scene->lines : NULL, scene ? scene->nlines : 0);
        gh_view_set_line(s->view, gh_stepper_line(s->st));
    }
    gh_view_set_error(s->view, gh_stepper_failed(s->st) && gh_stepper_error(s->st)[0] ? gh_stepper_error(s->st) : NULL);
    gh_view_set_console(s->view, gh_stepper_console(s->st)); /* what the scene printed, up to now */
    sync_highlights(s, sim);
    char status[200];
    const char *pause = gh_stepper_pause_name(s->st);
    if (s->status[0]) snprintf(status, sizeof status, "%s", s->status);
    else if (gh_stepper_finished(s->st)) snprintf(status, sizeof status, "%s", gh_stepper_failed(s->st) ? "scene failed" : "end of scene");
    else if (pause && pause[0] && (gh_stepper_stop_kind(s->st) & GH_STEP_PAUSE) && gh_stepper_compare(s->st)[0])
        snprintf(status, sizeof status, "paused at %.60s · D: side by side %.100s", pause, gh_stepper_compare(s->st));
    else if (pause && pause[0] && (gh_stepper_stop_kind(s->st) & GH_STEP_PAUSE)) snprintf(status, sizeof status, "paused at %s", pause);
    else status[0] = 0;
    gh_ViewControls c = {.playing = s->playing, .speed = s->speed, .step = (int64_t)gh_stepper_position(s->st),
                         .nsteps = gh_stepper_finished(s->st) ? (int64_t)gh_stepper_known(s->st) : -1,
                         .granularity = GRANS[s->gran].name, .status = status};
    gh_view_set_controls(s->view, &c);
}
