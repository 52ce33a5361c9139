/* script.c — one scene's life: a sandboxed Lua state, a simulator, and the scene running
 * as a Lua coroutine on its own host stack.
 *
 * Why a host stack (run/fiber.h) under the Lua coroutine: the stepper must be able to stop
 * after any runtime event, and events fire deep inside runtime C calls. A Lua yield cannot
 * cross C frames, so the scene runs on a fiber and every stop point — an event, the end of
 * an operation, a new scene line, a lesson pause — is one switch back to the host.
 * Stop points are numbered (S->tick) and their kinds recorded, which is all the stepper
 * needs to step back: replay from the start to an earlier tick. */
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "golang/exec.h"
#include "script/script.h"

enum { SCENE_STACK = 8 << 20, SCENE_MAX_BYTES = 4 << 20 };

/* One FNV-1a round over a whole 64-bit word (xor, then multiply by FNV's 64-bit prime):
 * the byte-wise form cost 9% of a scene's run time for the same determinism check. */
static uint64_t fnv_word(uint64_t h, uint64_t w) { return (h ^ w) * 0x100000001b3ull; }

/* The event digest: every event's fields in stream order (not seq, which restarts with
 * lesson.reset's fresh simulator while the digest goes on), as five words: kind | p << 32,
 * span | slot << 32, addr, size, aux. */
static void digest_event(gh_Script *S, const gh_Event *ev)
{
    uint64_t h = S->digest;
    h = fnv_word(h, (uint64_t)(uint32_t)ev->kind | (uint64_t)(uint32_t)ev->p << 32);
    h = fnv_word(h, (uint64_t)(uint32_t)ev->span | (uint64_t)ev->slot << 32);
    h = fnv_word(h, ev->addr);
    h = fnv_word(h, ev->size);
    h = fnv_word(h, ev->aux);
    S->digest = h;
}

/* A scene line is charged with the go.func calls in progress; a Go statement's line with
 * the lines on its program's call stack, as pprof charges a Go program's frames. */
static bool charge_profile(gh_Script *S, uint64_t bytes)
{
    int site = gh_sim_site(S->sim);
    if (!S->goProfCur) return gh_profile_add(&S->prof, site, bytes);
    gh_Profile *p = &S->goProf[S->goProfCur - 1].prof;
    const int *stack = NULL;
    int n = S->goExecCur ? gh_exec_stack_lines(S->goExecCur, &stack) : 0;
    if (!n) return gh_profile_add(p, site, bytes);
    return gh_profile_charge(p, site > 0 ? site : -1, bytes, stack, n);
}

static void on_event(void *ud, const gh_Event *ev)
{
    gh_Script *S = ud;
    bool over = S->state == GH_SCENE_DONE || S->state == GH_SCENE_FAILED;
    if (!over) digest_event(S, ev); /* after the end it is the host reading (a report's ReadMemStats) */
    /* Like Go's MemProfile: tiny fits into an existing block are not profiled. */
    bool startup = S->goLoading && ev->kind == GH_EV_MALLOC;   /* a Go runtime's, before its main */
    if (ev->kind == GH_EV_MALLOC && ev->aux != GH_PATH_TINY_FIT && !startup && !charge_profile(S, ev->size))
        gh_script_out_of_memory(S, "allocation profile");
    if (S->hprof && !startup) gh_script_pprof_event(S, ev);
    if (S->fwd && !S->quiet) S->fwd(S->fwdUd, ev);
    if (S->state != GH_SCENE_RUNNING) return;
    uint32_t kind = GH_STOP_EVENT;
    if (ev->kind == GH_EV_GC_PHASE) kind |= GH_STOP_PHASE;
    if (ev->kind == GH_EV_GC_START) kind |= GH_STOP_CYCLE;
    gh_script_tick(S, kind);
}

bool gh_script_on_teardown(gh_Script *S, gh_ScriptTeardown fn)
{
    for (int i = 0; i < S->nteardown; i++)
        if (S->teardown[i] == fn) return true;
    if (S->nteardown == GH_MAX_TEARDOWNS) return false;
    S->teardown[S->nteardown++] = fn;
    return true;
}

static void run_teardowns(gh_Script *S)
{
    for (int i = S->nteardown - 1; i >= 0; i--) S->teardown[i](S);
}

void gh_script_out_of_memory(gh_Script *S, const char *what)
{
    if (!S->killed) snprintf(S->killMsg, sizeof S->killMsg, "gohotel: out of memory (%s)", what);
    if (S->state == GH_SCENE_RUNNING) S->killed = true; /* the count hook raises it (sandbox.c) */
    else if (S->state == GH_SCENE_DONE || S->state == GH_SCENE_FAILED) {
        snprintf(S->err, sizeof S->err, "%s", S->killMsg);
        S->status = 1;
    }
}

bool gh_script_boot_sim(gh_Script *S, const gh_Config *cfg)
{
    gh_Sim *sim = gh_sim_new(cfg);
    if (!sim) return false;
    run_teardowns(S);
    if (S->sim) gh_sim_free(S->sim);
    S->sim = sim;
    S->gen++;
    gh_script_pprof_reset(S);
    gh_sim_listen(sim, on_event, S);
    if (!gh_tdescs_reregister(&S->types, sim)) return false;
    /* The main goroutine and main.main's frame: the scene's top-level locals live here. */
    return gh_newproc(sim) == 1 && gh_frame_push(sim, "main.main", GH_MAIN_FRAME, 0);
}

gh_Script *gh_script_new(const gh_ScriptOptions *opt, const char *luaDir)
{
    gh_Script *S = calloc(1, sizeof *S);
    if (!S) return NULL;
    S->opt = *opt;
    if (!S->opt.luaMemLimit) S->opt.luaMemLimit = (size_t)64 << 20;
    if (!S->opt.idleLimit) S->opt.idleLimit = 10000000;
    if (!S->opt.maxOps) S->opt.maxOps = 20000000;
    snprintf(S->luaDir, sizeof S->luaDir, "%s", luaDir ? luaDir : "lua");
    S->L = lua_newstate(gh_sandbox_alloc, S);
    if (!S->L) {
        free(S);
        return NULL;
    }
    *(gh_Script **)lua_getextraspace(S->L) = S;
    S->digest = GH_DIGEST_START;
    if (!gh_console_open(S)) {
        gh_script_free(S);
        return NULL;
    }
    return S;
}

void gh_script_free(gh_Script *S)
{
    if (!S) return;
    /* A suspended scene's C frames live only on its own stack and hold no resources
     * (no __gc or __close metamethods are used), so closing the state is enough. */
    if (S->L) lua_close(S->L);
    gh_watchdog_free(S->watch);
    run_teardowns(S); /* before the console: go.program's interpreters write to it */
    gh_console_close(S);
    gh_fiber_free(&S->fiber);
    gh_sim_free(S->sim);
    gh_tdescs_free(&S->types);
    gh_profile_free(&S->prof);
    free(S->hprofFrames);
    free(S->hprofFile);
    free(S->hprofNames);
    for (int i = 0; i < S->ngoProf; i++) {
        gh_profile_free(&S->goProf[i].prof);
        gh_text_free(&S->goProf[i].text);
    }
    free(S->marks);
    free(S);
}

bool gh_script_param(gh_Script *S, const char *key, const char *val)
{
    for (int i = 0; i < S->nparams; i++)
        if (!strcmp(S->params[i].key, key)) {
            snprintf(S->params[i].val, sizeof S->params[i].val, "%s", val);
            return true;
        }
    if (S->nparams == GH_MAX_PARAMS) return false;
    snprintf(S->params[S->nparams].key, sizeof S->params[0].key, "%s", key);
    snprintf(S->params[S->nparams].val, sizeof S->params[0].val, "%s", val);
    S->nparams++;
    return true;
}

static void split_dir(gh_Script *S, const char *path)
{
    snprintf(S->scenePath, sizeof S->scenePath, "%s", path);
    snprintf(S->sceneDir, sizeof S->sceneDir, "%s", path);
    char *slash = strrchr(S->sceneDir, '/');
    if (slash) *slash = 0;
    else snprintf(S->sceneDir, sizeof S->sceneDir, ".");
}

static bool fail(gh_Script *S, const char *msg)
{
    if (msg != S->err) snprintf(S->err, sizeof S->err, "%s", msg);
    S->status = 1;
    S->state = GH_SCENE_FAILED;
    return false;
}

/* setmetatable without __gc. Lua runs __gc metamethods with hooks off (the count hook is
 * the instruction guard), at any allocation and inside lua_close: an endless __gc would
 * hang the scene where no guard can stop it. So a metatable with a __gc field (any value:
 * Lua marks the table for finalization then, and a later function in that field would run)
 * is refused; Go's finalizers are runtime.SetFinalizer, which runs under the guard. */
static int f_setmetatable(lua_State *L)
{
    if (lua_istable(L, 2)) {
        lua_pushliteral(L, "__gc");
        bool gc = lua_rawget(L, 2) != LUA_TNIL;
        lua_pop(L, 1);
        if (gc)
            return gh_error_scene(L, "setmetatable: a __gc metamethod is not allowed in a scene (it would run "
                                     "outside the instruction guard); use runtime.SetFinalizer");
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static void guard_setmetatable(lua_State *L)
{
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, f_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
}

const gh_TextRules gh_scene_rules = {.what = "scene", .maxBytes = SCENE_MAX_BYTES};

bool gh_script_load(gh_Script *S, const char *path, const gh_Text *text, const char *textErr)
{
    split_dir(S, path);
    if (!gh_script_boot_sim(S, &S->opt.sim)) return fail(S, "gohotel: cannot create the simulator");
    if (!gh_sandbox_open(S)) return fail(S, S->err[0] ? S->err : "gohotel: cannot open the Lua modules");
    guard_setmetatable(S->L);
    if (!text) return fail(S, textErr);
    S->text = text;
    char chunk[GH_PATH_MAX + 1];
    snprintf(chunk, sizeof chunk, "@%s", path);
    S->co = lua_newthread(S->L);
    lua_setfield(S->L, LUA_REGISTRYINDEX, "gh.scene");
    int st = luaL_loadbufferx(S->co, text->bytes, text->length, chunk, "t");
    if (st != LUA_OK) {
        S->line = 0;
        char err[GH_ERR_MAX];
        gh_error_text(S, S->co, st, err, sizeof err);
        return fail(S, lua_tostring(S->co, -1) ? lua_tostring(S->co, -1) : err);
    }
    lua_Debug ar;
    lua_pushvalue(S->co, -1);
    lua_getinfo(S->co, ">S", &ar);
    S->sceneSource = ar.source;
    gh_sandbox_hook(S->co);
    S->state = GH_SCENE_NEW;
    return true;
}

/* The scene's fiber: run the coroutine to its end (the fiber then hands back for good). */
static void scene_main(void *ud)
{
    gh_Script *S = ud;
    int nres = 0;
    S->state = GH_SCENE_RUNNING;
    int st = lua_resume(S->co, S->L, 0, &nres);
    if (st == LUA_YIELD) {
        lua_pushliteral(S->co, "coroutine.yield called outside a goroutine");
        st = LUA_ERRRUN;
    }
    if (st != LUA_OK) {
        gh_error_text(S, S->co, st, S->err, sizeof S->err);
        S->status = 1;
    }
    gh_script_tick(S, GH_STOP_END);
    S->state = st == LUA_OK ? GH_SCENE_DONE : GH_SCENE_FAILED;
}

void gh_script_run(gh_Script *S, uint32_t mask, uint64_t target)
{
    if (S->state == GH_SCENE_DONE || S->state == GH_SCENE_FAILED) return;
    S->stopMask = mask;
    S->target = target;
    if (S->state == GH_SCENE_NEW && !gh_fiber_init(&S->fiber, SCENE_STACK, scene_main, S)) {
        fail(S, "gohotel: cannot allocate the scene's stack");
        return;
    }
    double limit = S->opt.maxStepSeconds ? S->opt.maxStepSeconds : GH_WATCHDOG_DEFAULT_SECONDS;
    if (!S->watch && limit > 0) S->watch = gh_watchdog_new(limit, GH_WATCHDOG_GRACE_SECONDS, S->scenePath);
    S->state = GH_SCENE_RUNNING;
    if (S->watch) gh_watchdog_enter(S->watch, S->line);
    gh_fiber_resume(&S->fiber);
    if (S->watch) gh_watchdog_leave(S->watch);
}

static void record(gh_Script *S, uint32_t kind)
{
    if (S->tick <= S->nmarks) return; /* replaying: already known */
    if (S->nmarks == S->capmarks) {
        uint64_t nc = S->capmarks ? S->capmarks * 2 : 4096;
        uint8_t *m = realloc(S->marks, nc);
        if (!m) return gh_script_out_of_memory(S, "stop points: step back needs every one");
        S->marks = m;
        S->capmarks = nc;
    }
    S->marks[S->nmarks++] = (uint8_t)kind;
}

/* The scene line to show: the innermost frame of the scene file on the running Lua stack.
 * The line hook alone would leave it inside a helper that has already returned (a call in
 * the arguments of lesson.step), and never points into lua/ modules either way. */
static int shown_line(gh_Script *S, uint32_t kind)
{
    lua_State *L = S->curL;
    lua_Debug ar;
    if (kind & GH_STOP_END) return S->line; /* the scene's threads may be gone */
    for (int level = 0; L && lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) break;
        if (ar.source == S->sceneSource && ar.currentline > 0) return ar.currentline;
    }
    return S->line;
}

/* What a view reads at this stop point: the line and the highlights that still stand.
 * Taken only when stopping, never changing what the scene does next. */
static void take_view(gh_Script *S, uint32_t kind)
{
    S->shownLine = shown_line(S, kind);
    S->nshown = 0;
    for (int i = 0; i < S->nhl; i++)
        if (gh_highlight_valid(S, &S->hl[i])) S->shown[S->nshown++] = S->hl[i].h;
}

/* Stop at this point: what the view shows, then back to the stepper. Apart from
 * gh_script_tick, which runs at every stop point passed (a million a second). */
static __attribute__((noinline)) void stop_here(gh_Script *S, uint32_t kind)
{
    S->lastKind = kind;
    take_view(S, kind);
    if (kind & GH_STOP_END) return; /* scene_main hands back itself */
    S->state = GH_SCENE_SUSPENDED;
    gh_fiber_yield(&S->fiber); /* back to the stepper */
    S->state = GH_SCENE_RUNNING;
}

void gh_script_tick(gh_Script *S, uint32_t kind)
{
    S->tick++;
    if (S->watch) gh_watchdog_beat(S->watch, S->line);
    if (S->tick > S->nmarks && S->nmarks < S->capmarks) S->marks[S->nmarks++] = (uint8_t)kind;
    else record(S, kind);
    if ((S->target && S->tick == S->target) || (kind & S->stopMask) || (kind & GH_STOP_END)) stop_here(S, kind);
}

int gh_script_profile_top(const gh_Script *S, gh_ProfileRow **rows)
{
    const gh_Profile *p[1 + GH_GO_PROFILES] = {&S->prof};
    const char *files[1 + GH_GO_PROFILES] = {S->scenePath};
    for (int i = 0; i < S->ngoProf; i++) p[i + 1] = &S->goProf[i].prof, files[i + 1] = S->goProf[i].name;
    return gh_profile_top_files(p, files, 1 + S->ngoProf, rows);
}
