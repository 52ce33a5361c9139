/* escape_call.c — calls in the escape graph: built-ins, calls tagged with the
 * callee's parameter leaks, calls inside the same batch, calls Go 1.19 inlines
 * (walked as a copy of the callee at the call site, reported at the call's
 * position), library calls, and go statements (arguments outlive the caller).
 */
#include "golang/escape_int.h"
#include "golang/go_inlsite.h"
#include "golang/go_library.h"
#include <string.h>

static gh_EscFunc *closure_instance(gh_EscState *e, const gh_GoNode *lit)
{
    for (int i = e->nlits - 1; i >= 0; i--)
        if (e->lit_nodes[i] == lit) return e->lit_insts[i];
    return NULL;
}

static int in_batch(gh_EscState *e, gh_GoFunc *fn) { return e->state[fn->id] == 1; }

/* Hole for argument i of a tagged (already analysed) callee. */
static gh_EscHole tag_hole(gh_EscState *e, gh_EscHole *ks, int nks, const gh_EscLeaks *lk)
{
    gh_EscHole parts[1 + GH_ESC_NUM_RESULTS];
    int n = 0;
    if (lk->heap) parts[n++] = gh_esc_shift(gh_esc_heap_hole(e), lk->heap - 1);
    for (int r = 0; r < GH_ESC_NUM_RESULTS && r < nks; r++)
        if (lk->res[r]) parts[n++] = gh_esc_shift(ks[r], lk->res[r] - 1);
    return gh_esc_tee(e, parts, n);
}

static gh_EscLeaks lib_leaks(char tag)
{
    gh_EscLeaks lk;
    memset(&lk, 0, sizeof lk);
    switch (tag) {
    case 'h': lk.heap = 1; break;
    case 'c': lk.heap = 2; break;
    case 'r': lk.res[0] = 1; break;
    case 'R': lk.res[0] = 2; break;
    default: break;
    }
    return lk;
}

static void arguments_tagged(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call,
                             const gh_GoNode *recv, gh_GoFunc *fn, gh_EscFunc *inst, const gh_GoLibFunc *lib)
{
    int np = call->nlist + (recv ? 1 : 0);
    for (int i = 0; i < np; i++) {
        const gh_GoNode *a = recv ? (i == 0 ? recv : call->list[i - 1]) : call->list[i];
        gh_EscHole k;
        if (lib) {
            gh_EscLeaks lk = lib_leaks(lib->tags[i] ? lib->tags[i] : 'n');
            k = tag_hole(e, ks, nks, &lk);
        } else if (!fn) {
            k = gh_esc_heap_hole(e);
        } else if (inst) {
            gh_GoObj *p = recv ? (i == 0 ? fn->recv : fn->params[i - 1]) : fn->params[i];
            k = gh_esc_hole(inst->vars[p->id]);
        } else {
            k = tag_hole(e, ks, nks, &e->tags[fn->id][i]);
        }
        gh_esc_expr(e, k, a);
    }
}

static const char *lib_text(int which)
{
    switch (which) {
    case 0: return "(interface {})(string(\"strings: illegal use of non-zero Builder copied by value\"))";
    case 1: return "(interface {})(string(\"strings.Builder.Grow: negative count\"))";
    case 2: return "make([]byte, len(strings.b.buf), int(2) * cap(strings.b.buf) + strings.n)";
    case 3: return "(interface {})(string(\"bytes.Buffer.Grow: negative count\"))";
    case 4: return "string(bytes.b.buf[bytes.b.off:])";
    case 5: return "sort.Interface(sort.IntSlice(sort.x))";
    default: return "sort.Interface(sort.StringSlice(sort.x))";
    }
}

static void heap_alloc_text(gh_EscState *e, gh_GoPos pos, int which, gh_EscHole k)
{
    gh_EscLoc *l = gh_esc_new_loc(e, NULL, NULL, pos);
    l->text = lib_text(which);
    gh_esc_flow(e, gh_esc_addr(k), l);
}

/* errors.New(text) inlined: Go walks its body `return &errorString{text}` at the call, so the
 * errorString is a location of the caller (reported at the call, as &errors.errorString{...})
 * holding text, whose address is the result. The call node carries its verdict for exec. */
static void errors_new(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call)
{
    gh_EscLoc *l = gh_esc_new_loc(e, NULL, call, call->pos);
    l->text = "&errors.errorString{...}";
    gh_esc_flow(e, gh_esc_addr(nks ? ks[0] : gh_esc_discard_hole(e)), l);
    gh_esc_expr(e, gh_esc_hole(l), call->list[0]);
}

/* An interface method call (e.Error()): the callee is unknown, so the receiver's value
 * and every argument flow to the heap. */
static void iface_call(gh_EscState *e, const gh_GoNode *call)
{
    gh_esc_expr(e, gh_esc_heap_hole(e), call->x->x);
    for (int i = 0; i < call->nlist; i++) gh_esc_expr(e, gh_esc_heap_hole(e), call->list[i]);
}

/* Lines printed by the copy of a library body that Go inlines at the call. */
static void lib_effects(gh_EscState *e, const gh_GoNode *call, const gh_GoLibFunc *lib, gh_EscHole *ks, int nks)
{
    const char *fname = e->ctx->curfn->fn->name;
    switch (lib->effect) {
    case GH_LIBFX_SB_COPYCHECK:
        heap_alloc_text(e, call->pos, 0, gh_esc_heap_hole(e));
        break;
    case GH_LIBFX_SB_GROW:
        heap_alloc_text(e, call->pos, 0, gh_esc_heap_hole(e));
        heap_alloc_text(e, call->pos, 1, gh_esc_heap_hole(e));
        heap_alloc_text(e, call->pos, 2, gh_esc_heap_hole(e));
        break;
    case GH_LIBFX_BB_GROW:
        gh_esc_note(e, call->pos, gh_go_arena_printf(e->arena, "%s ignoring self-assignment in bytes.b.buf = bytes.b.buf[:bytes.m]", fname));
        heap_alloc_text(e, call->pos, 3, gh_esc_heap_hole(e));
        break;
    case GH_LIBFX_BB_STRING:
        heap_alloc_text(e, call->pos, 4, nks ? ks[0] : gh_esc_discard_hole(e));
        break;
    case GH_LIBFX_SORT_INTS:   /* Sort(IntSlice(x)): the box is Sort's parameter, which leaks */
        heap_alloc_text(e, call->pos, 5, gh_esc_heap_hole(e));
        break;
    case GH_LIBFX_SORT_STRINGS:
        heap_alloc_text(e, call->pos, 6, gh_esc_heap_hole(e));
        break;
    case GH_LIBFX_BB_RESET:
        gh_esc_note(e, call->pos, gh_go_arena_printf(e->arena, "%s ignoring self-assignment in bytes.b.buf = bytes.b.buf[:int(0)]", fname));
        break;
    default: break;
    }
}

static int inline_active(gh_EscState *e, gh_GoFunc *fn)
{
    for (gh_EscCtx *c = e->ctx; c; c = c->parent) if (c->fn == fn) return 1;
    return 0;
}

/* Walks fn's body as if copied at the call: parameters become fresh locals of
 * the caller assigned from the arguments; returns assign to fresh results. */
static void inline_call(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call, const gh_GoNode *recv, gh_GoFunc *fn)
{
    gh_GoPos pos = gh_esc_pos(e, call->pos);
    gh_EscCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.parent = e->ctx;
    ctx.fn = fn;
    ctx.curfn = e->ctx->curfn;
    ctx.pos = pos;
    ctx.inline_depth = e->ctx->inline_depth + 1;
    /* the interpreter runs this copy as a frame of its own: it needs the verdicts here */
    if (ctx.curfn && ctx.curfn->original) ctx.site = gh_go_inlsite_child(e->prog, e->ctx->site, call, 1);
    ctx.vars = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(fn->nlocals + 1));
    gh_EscCtx *saved = e->ctx;
    e->ctx = &ctx;
    for (int i = 0; i < fn->nlocals; i++) {
        gh_GoObj *v = fn->locals[i];
        gh_EscLoc *l = gh_esc_new_loc(e, v, NULL, pos);
        l->key = ((long long)ctx.curfn->order << 32) + (1LL << 30) + e->seq;
        for (int r = 0; r < fn->nresults; r++)
            if (fn->results[r] == v && !fn->sig->results[r].name) l->text = gh_go_arena_printf(e->arena, "~R%d", r);
        ctx.vars[i] = l;
    }
    ctx.nresults = fn->nresults;
    ctx.results = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(fn->nresults + 1));
    for (int i = 0; i < fn->nresults; i++) ctx.results[i] = ctx.vars[fn->results[i]->id];
    /* inlvars = args, evaluated in the caller's context */
    e->ctx = saved;
    int np = fn->nparams + (recv ? 1 : 0);
    for (int i = 0; i < np; i++) {
        gh_GoObj *p = recv ? (i == 0 ? fn->recv : fn->params[i - 1]) : fn->params[i];
        const gh_GoNode *a = recv ? (i == 0 ? recv : call->list[i - 1]) : call->list[i];
        ctx.vars[p->id]->loop_depth = e->loop_depth;
        gh_esc_expr(e, gh_esc_hole(ctx.vars[p->id]), a);
    }
    e->ctx = &ctx;
    gh_esc_block(e, fn->body);
    e->ctx = saved;
    for (int i = 0; i < fn->nresults; i++)
        gh_esc_flow(e, i < nks ? ks[i] : gh_esc_discard_hole(e), ctx.results[i]);
}

/* A call of an unknown func value whose callee expression is already walked. */
static int fallback_dynamic(gh_EscState *e, const gh_GoNode *call)
{
    for (int i = 0; i < call->nlist; i++) gh_esc_expr(e, gh_esc_heap_hole(e), call->list[i]);
    return 1;
}

/* c() of `c := counter()`, counter inlined here: Go inlines c() too, a copy of the
 * literal's body at the call whose captured variables are those the literal's copy in
 * this function captured (counter's inlined locals). A context standing for counter's
 * copy holds them while the body is walked. 0: no such copy found (the caller then
 * treats the call as one of the literal's instance, or as dynamic). */
static int inline_result_lit(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call, const gh_GoNode *lit)
{
    if (call->x->kind == GH_N_CALL)   /* counter()(): the inlined counter() first, making the literal's copy */
        gh_esc_expr(e, gh_esc_discard_hole(e), call->x);
    gh_EscFunc *inst = closure_instance(e, lit);
    if (!inst || inst->outer != e->ctx->curfn) return call->x->kind == GH_N_CALL ? fallback_dynamic(e, call) : 0;
    const gh_EscClosure *cl = NULL;
    for (int i = e->nclosures - 1; i >= 0 && !cl; i--)
        if (e->closures[i].clo == inst) cl = &e->closures[i];
    gh_GoFunc *fn = lit->fn, *owner = fn->outer;
    int ok = cl && owner;
    for (int i = 0; ok && i < fn->ncaptured; i++)
        if (fn->captured[i]->owner != owner || !cl->cvs[i]) ok = 0;
    if (!ok) return call->x->kind == GH_N_CALL ? fallback_dynamic(e, call) : 0;
    gh_EscCtx home = *e->ctx;
    home.parent = e->ctx;
    home.fn = owner;
    home.vars = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(owner->nlocals + 1));
    for (int i = 0; i < fn->ncaptured; i++) home.vars[fn->captured[i]->id] = cl->cvs[i];
    gh_EscCtx *saved = e->ctx;
    e->ctx = &home;
    inline_call(e, ks, nks, call, NULL, fn);
    e->ctx = saved;
    return 1;
}

static void call_builtin(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call)
{
    switch (call->op) {
    case GH_OP_LEN: case GH_OP_CAP: case GH_OP_PRINT: case GH_OP_PRINTLN: case GH_OP_DELETE:
        for (int i = 0; i < call->nlist; i++) gh_esc_discard(e, call->list[i]);
        break;
    case GH_OP_PANIC: gh_esc_expr(e, gh_esc_heap_hole(e), call->list[0]); break;
    case GH_OP_COPY: {
        gh_esc_discard(e, call->list[0]);
        gh_GoType *t = gh_go_under(call->list[1]->type);
        gh_EscHole k = gh_esc_discard_hole(e);
        if (t->kind == GH_K_SLICE && gh_go_type_has_pointers(t->elem)) k = gh_esc_deref(gh_esc_heap_hole(e));
        gh_esc_expr(e, k, call->list[1]);
        break;
    }
    case GH_OP_APPEND: {
        gh_EscHole k0 = nks ? ks[0] : gh_esc_discard_hole(e);
        gh_GoType *st = gh_go_under(call->list[0]->type);
        if (gh_go_type_has_pointers(st->elem)) {
            gh_EscHole parts[2] = {k0, gh_esc_deref(gh_esc_heap_hole(e))};
            k0 = gh_esc_tee(e, parts, 2);
        }
        gh_esc_expr(e, k0, call->list[0]);
        if (call->dotdotdot) {
            gh_GoType *at = gh_go_under(call->list[1]->type);
            gh_EscHole k = gh_esc_discard_hole(e);
            if (at->kind == GH_K_SLICE && gh_go_type_has_pointers(at->elem)) k = gh_esc_deref(gh_esc_heap_hole(e));
            gh_esc_expr(e, k, call->list[1]);
        } else {
            for (int i = 1; i < call->nlist; i++) gh_esc_expr(e, gh_esc_heap_hole(e), call->list[i]);
        }
        break;
    }
    default: break;
    }
}

void gh_esc_call(gh_EscState *e, gh_EscHole *ks, int nks, const gh_GoNode *call)
{
    gh_GoFunc *fn = NULL;
    const gh_GoNode *recv = NULL, *result_lit = NULL;
    switch (call->op) {
    case GH_OP_CALLFUNC: fn = call->fn; break;
    case GH_OP_CALLMETH: fn = call->fn; recv = call->x->x; break;
    case GH_OP_CALLDYN:
        fn = gh_go_static_closure(call->x);
        if (!fn) {   /* c := counter(); c() with counter inlined: the literal's copy here */
            const gh_GoNode *d = gh_go_static_result_call(call->x);
            if (d && d->inl) result_lit = gh_go_static_result_lit(d);
        }
        break;
    case GH_OP_CALLLIB: {
        const gh_GoLibFunc *lib = call->lib;
        if (call->x->op == GH_OP_METHOD) recv = call->x->x;
        if (lib->effect == GH_LIBFX_ERRORS_NEW && lib->inlined && !e->in_go) { errors_new(e, ks, nks, call); return; }
        arguments_tagged(e, ks, nks, call, recv, NULL, NULL, lib);
        if (lib->inlined && !e->in_go) lib_effects(e, call, lib, ks, nks);
        return;
    }
    case GH_OP_CALLIFACE: iface_call(e, call); return;
    default:
        call_builtin(e, ks, nks, call);
        return;
    }
    /* Go 1.19 does not re-inline a call through a closure variable inside a
     * body it has itself inlined: the call goes to the closure's copy. */
    int via_var_in_copy = call->op == GH_OP_CALLDYN && call->x->kind != GH_N_FUNCLIT && e->ctx->pos.line;
    if (result_lit && call->inl && !e->in_go && !via_var_in_copy && !inline_active(e, result_lit->fn) &&
        inline_result_lit(e, ks, nks, call, result_lit))
        return;
    if (fn && call->inl && !e->in_go && !inline_active(e, fn) && !via_var_in_copy) {
        inline_call(e, ks, nks, call, recv, fn);
        return;
    }
    gh_EscFunc *inst = NULL;
    if (call->op == GH_OP_CALLDYN) {
        /* the callee value itself is only read */
        gh_esc_expr(e, gh_esc_discard_hole(e), call->x);
        if (fn && call->x->kind == GH_N_FUNCLIT) {
            inst = closure_instance(e, call->x);
            if (inst) inst->closure_called = 1;
        } else if (fn) {
            inst = closure_instance(e, call->x->obj->funclit);
        } else if (result_lit) {
            /* Go inlines this call into the copy; its flows are those of a call of the
             * copy's instance (made when counter() was walked here) */
            inst = closure_instance(e, result_lit);
            if (inst && inst->outer == e->ctx->curfn) fn = result_lit->fn;
            else inst = NULL;
        }
        if (fn && !inst) fn = NULL;
    } else if (fn && in_batch(e, fn)) {
        for (int i = 0; i < e->nfns && !inst; i++)
            if (e->fns[i]->fn == fn && e->fns[i]->original) inst = e->fns[i];
    }
    if (inst) {
        for (int i = 0; i < fn->nresults && i < nks; i++)
            gh_esc_flow(e, ks[i], inst->vars[fn->results[i]->id]);
    }
    arguments_tagged(e, ks, nks, call, recv, fn, inst, NULL);
}

/* The receiver of a method value x.m (not called where it is written): Go's escape analysis
 * does not know how the bound func will be called, so it takes every result of m to the heap
 * and flows x into m's receiver parameter by m's tag (escape's OMETHVALUE, tagHole): a
 * receiver that m leaks to a result escapes, one m only reads does not. A library method's
 * receiver follows its table tag; a method of the batch being analysed, its receiver itself. */
gh_EscHole gh_esc_method_value_recv(gh_EscState *e, const gh_GoNode *n)
{
    gh_EscHole heap[GH_ESC_NUM_RESULTS];
    for (int i = 0; i < GH_ESC_NUM_RESULTS; i++) heap[i] = gh_esc_heap_hole(e);
    if (n->lib) {
        gh_EscLeaks lk = lib_leaks(n->lib->tags && n->lib->tags[0] ? n->lib->tags[0] : 'n');
        return tag_hole(e, heap, GH_ESC_NUM_RESULTS, &lk);
    }
    gh_GoFunc *fn = n->fn;
    if (!fn || !fn->recv) return gh_esc_heap_hole(e);
    if (in_batch(e, fn)) {
        for (int i = 0; i < e->nfns; i++)
            if (e->fns[i]->fn == fn && e->fns[i]->original) return gh_esc_hole(e->fns[i]->vars[fn->recv->id]);
        return gh_esc_heap_hole(e);
    }
    return tag_hole(e, heap, fn->nresults < GH_ESC_NUM_RESULTS ? fn->nresults : GH_ESC_NUM_RESULTS, &e->tags[fn->id][0]);
}

/* go f(args): the arguments are copied into a wrapper closure that outlives the
 * caller, so each argument's value flows to the heap (plus f's own tags). */
void gh_esc_go_stmt(gh_EscState *e, const gh_GoNode *n)
{
    const gh_GoNode *call = n->x;
    gh_GoType *sig = call->x->type ? gh_go_under(call->x->type) : NULL;
    e->in_go = 1;
    if (call->op == GH_OP_CALLDYN && sig && sig->kind == GH_K_FUNC && sig->nfields == 0 && sig->nresults == 0) {
        gh_esc_expr(e, gh_esc_heap_hole(e), call->x);
        e->in_go = 0;
        return;
    }
    gh_GoPos none = {0, 0};
    int np = call->nlist;
    const gh_GoNode *recv = (call->op == GH_OP_CALLMETH || call->op == GH_OP_CALLIFACE || (call->op == GH_OP_CALLLIB && call->x->op == GH_OP_METHOD)) ? call->x->x : NULL;
    if (call->op == GH_OP_CALLDYN) {
        gh_EscLoc *tmp = gh_esc_new_loc(e, NULL, NULL, none);
        gh_esc_expr(e, gh_esc_hole(tmp), call->x);
        gh_esc_flow(e, gh_esc_heap_hole(e), tmp);
    }
    for (int i = 0; i < np + (recv ? 1 : 0); i++) {
        const gh_GoNode *a = recv ? (i == 0 ? recv : call->list[i - 1]) : call->list[i];
        if (a->kind == GH_N_DDDSLICE) {   /* the wrapper holds the converted values; it makes the slice itself */
            gh_EscHole ks = gh_esc_spill(e, gh_esc_discard_hole(e), a);
            (void)ks;
            for (int k = 0; k < a->nlist; k++) gh_esc_expr(e, gh_esc_heap_hole(e), a->list[k]);
            continue;
        }
        gh_EscLoc *tmp = gh_esc_new_loc(e, NULL, NULL, none);
        gh_esc_expr(e, gh_esc_hole(tmp), a);
        gh_esc_flow(e, gh_esc_heap_hole(e), tmp);
    }
    e->in_go = 0;
}
