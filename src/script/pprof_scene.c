/* pprof_scene.c — a scene's heap profile (`gohotel run SCENE.lua --pprof FILE`): each
 * allocation recorded with the scene's call stack, each free the sweeper makes counted off.
 *
 * A scene's stack is its Lua stack, innermost first, keeping only the frames running the
 * scene file (not the lua/ helpers nor C): each is named as Lua's traceback names it —
 * "main chunk" for the file's top level, the function's name where the call names it
 * ("build" for a call to local build), "function 05_x.lua:12" for an anonymous one (not
 * Lua's "function <05_x.lua:12>": pprof cuts <...> off as C++ template arguments) —
 * at the scene file and the line running in it. The innermost scene frame's line is the
 * allocation site the events and the report name (gh_sim_site). While a go.program
 * statement runs, the Go program's frames (main.f at its .go file and line, exec_pprof.c)
 * come first, then the scene's frames that stepped it.
 * As everywhere in gohotel's profiles, a tiny allocation that fits in the current 16-byte
 * block is not recorded (Go's MemProfile does not see it either), nor a zero-size one. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec.h"
#include "script/script.h"

enum { STACK_MAX = 256, NAME_MAX_ = GH_HEAP_NAME_MAX };

bool gh_script_pprof(gh_Script *S, gh_HeapProfile *hp)
{
    S->hprof = NULL;
    if (!hp) return true;
    if (!S->hprofFrames) S->hprofFrames = malloc(sizeof *S->hprofFrames * STACK_MAX);
    if (!S->hprofNames) S->hprofNames = malloc(sizeof *S->hprofNames * STACK_MAX);
    char abs[PATH_MAX];
    if (!S->hprofFile) S->hprofFile = strdup(realpath(S->scenePath, abs) ? abs : S->scenePath);
    if (!S->hprofFrames || !S->hprofNames || !S->hprofFile) return false;
    S->hprof = hp;
    return true;
}

void gh_script_pprof_reset(gh_Script *S)
{
    if (S->hprof) gh_heap_profile_forget_live(S->hprof);
}

static bool is_scene(const gh_Script *S, const char *source)
{
    return S->sceneSource && source && (source == S->sceneSource || !strcmp(source, S->sceneSource));
}

/* The scene's frames on the running Lua thread, innermost first, into out[0..max). */
static int lua_frames(gh_Script *S, gh_HeapFrame *out, char (*names)[NAME_MAX_], int max)
{
    lua_State *L = S->curL;
    const char *base = strrchr(S->scenePath, '/');
    base = base ? base + 1 : S->scenePath;
    lua_Debug ar;
    int n = 0;
    for (int level = 0; L && n < max && lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sln", &ar) || !is_scene(S, ar.source) || ar.currentline <= 0) continue;
        if (!strcmp(ar.what, "main")) snprintf(names[n], NAME_MAX_, "main chunk");
        else if (ar.name) snprintf(names[n], NAME_MAX_, "%s", ar.name);
        else snprintf(names[n], NAME_MAX_, "function %.100s:%d", base, ar.linedefined);
        out[n] = (gh_HeapFrame){names[n], S->hprofFile, ar.currentline, ar.linedefined > 0 ? ar.linedefined : 0, false};
        n++;
    }
    return n;
}

void gh_script_pprof_event(gh_Script *S, const gh_Event *ev)
{
    if (ev->kind == GH_EV_FREE_OBJECT) {
        gh_heap_profile_free_object(S->hprof, ev->addr);
        return;
    }
    if (ev->kind == GH_EV_GC_END) {
        gh_heap_profile_gc_end(S->hprof, gh_sim_gc_last_forced(S->sim));
        return;
    }
    if (ev->kind != GH_EV_MALLOC || ev->aux == GH_PATH_TINY_FIT || !ev->size) return;
    int n = S->goExecCur ? gh_exec_heap_frames(S->goExecCur, ev->size, S->hprofFrames, S->hprofNames, STACK_MAX, false) : 0;
    n += lua_frames(S, S->hprofFrames + n, S->hprofNames + n, STACK_MAX - n);
    gh_heap_profile_malloc(S->hprof, ev->addr, ev->size, S->hprofFrames, n);
}
