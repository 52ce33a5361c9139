/* op.c — the bracket around every scripted operation (new, make, append, a store, a
 * concatenation, runtime.GC...). Begin: the previous operation's in-flight temporaries stop
 * being roots, allocations are charged to the running scene line. End: a simulated Go
 * panic becomes a Lua error, queued finalizers run, and the stepper may stop here. */
#include <string.h>
#include "runtime/runtime.h"
#include "script/script.h"
#include "script/value.h"

gh_Sim *gh_op_begin(lua_State *L) { return gh_op_begin_from(L, 1); }

gh_Sim *gh_op_begin_from(lua_State *L, int first)
{
    gh_Script *S = gh_script_of(L);
    if (!S->sim) luaL_error(L, "no simulator is running");
    S->curL = L;
    if (gh_sim_err(S->sim)) gh_op_raise(L);
    gh_temps_clear(S->sim);
    /* The operands of this operation are live until it ends, as registers would hold them
     * in Go (append(keep, make(...)) must not lose the new slice to a GC inside append). */
    for (int i = first, n = lua_gettop(L); i <= n; i++) {
        const gh_Value *v = gh_value_peek(L, i);
        if (v && v->addr && v->serial != GH_SERIAL_NOT_HEAP) gh_temp_push(S->sim, v->addr);
    }
    gh_sim_set_site(S->sim, S->line);
    S->idleInstr = 0;
    if (++S->ops > S->opt.maxOps)
        gh_error_kill(L, "the scene ran %llu runtime operations without ending (an endless loop?); "
                         "gohotel run --max-ops N allows more",
                      (unsigned long long)S->opt.maxOps);
    return S->sim;
}

int gh_op_raise(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    char msg[GH_ERRMSG_MAX];
    memcpy(msg, gh_sim_errmsg(S->sim), sizeof msg);
    /* A panic can be recovered (pcall), so the simulator goes on; a fatal error or an
     * out-of-memory stays set and every later operation fails the same way, as in Go. */
    if (gh_sim_err(S->sim) == GH_ERR_PANIC) gh_sim_clear_error(S->sim);
    return luaL_error(L, "%s", msg);
}

/* Go's finalizer goroutine: run each queued finalizer on it (gh_sim_gc(sim).fing), in a frame holding
 * the object pointer (so the object stays reachable while its finalizer runs).
 * The finalizer runs under lua_pcall so that whatever it does — an error a pcall in the
 * scene will catch, the runaway guard — the runfinq frame is popped and the scene is back
 * on its own goroutine before the error goes on (a lua_call unwound past both, and the
 * scene's next locals landed in runtime.runfinq's frame). S->inFinalizer makes
 * lesson.reset refuse: it would free the simulator this loop is running on. */
static void run_finalizers(lua_State *L, gh_Script *S)
{
    gh_Sim *sim = S->sim;
    uint64_t p;
    int32_t fn;
    int32_t back = gh_sim_running(sim).g + 1;
    while (gh_gc_next_finalizer(sim, &p, &fn)) {
        int32_t span, type = GH_TYPE_BYTES;
        uint32_t slot;
        if (gh_find_object(sim, p, &span, &slot)) type = gh_sim_span(sim, span)->objtype[slot];
        int32_t fing = gh_sim_gc(sim).fing;
        if (fing > 0) gh_gosched_to(sim, fing);
        bool pushed = gh_frame_push(sim, "runtime.runfinq", 16, S->line);
        gh_Addr a = pushed ? gh_frame_local(sim, "obj", GH_TYPE_POINTER, 8, false) : 0;
        if (a) gh_store_ptr(sim, a, p);
        lua_getfield(L, LUA_REGISTRYINDEX, "gh.finalizers");
        lua_rawgeti(L, -1, fn);
        lua_remove(L, -2);
        gh_value_push_ptr(L, p, gh_tdesc_for_runtime_type(L, type));
        S->inFinalizer++;
        int st = lua_pcall(L, 1, 0, 0);
        S->inFinalizer--;
        if (pushed) gh_frame_pop(sim);
        gh_gosched_to(sim, back);
        S->curL = L;
        if (st != LUA_OK) lua_error(L); /* the finalizer's own error, now on the scene's goroutine */
        if (gh_sim_err(sim)) gh_op_raise(L);
    }
}

int gh_op_end(lua_State *L, int nret)
{
    gh_Script *S = gh_script_of(L);
    if (gh_sim_err(S->sim)) gh_op_raise(L);
    /* (the count, not gh_sim_gc's whole snapshot: this runs after every operation) */
    if (gh_gc_queued_finalizers(S->sim, GH_FIN_HOST)) run_finalizers(L, S);
    S->curL = L; /* finalizers and nested calls ran other code: this thread stops here */
    gh_script_tick(S, GH_STOP_OP);
    return nret;
}
