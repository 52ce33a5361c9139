/* escape_batch.c — the driver: orders functions callee-first in strongly
 * connected batches (as Go's bottom-up visitor does, after inlining), makes
 * one location per declared variable, walks bodies, settles closure captures,
 * applies the stack-size limits, solves and reports each batch.
 */
#include "golang/escape_int.h"
#include <string.h>

#define MAX_STACK_VAR ((long long)GH_ESC_MAX_STACK_VAR)                   /* bytes: explicit variables */
#define MAX_IMPLICIT_STACK_VAR ((long long)GH_ESC_MAX_IMPLICIT_STACK_VAR) /* bytes: new, &T{}, make (escape.h) */
#define MAX_BYVAL_CAPTURE 128                  /* bytes: larger captured variables go by reference */

gh_EscFunc *gh_esc_func_instance(gh_EscState *e, gh_GoFunc *fn, gh_EscFunc *outer, gh_EscCtx *parent_ctx, gh_GoPos override)
{
    gh_EscFunc *f = gh_go_arena_alloc(e->arena, sizeof *f);
    f->fn = fn;
    f->outer = outer;
    f->pos_override = override;
    f->order = e->nfns;
    f->original = !override.line && (!outer || outer->original);
    f->vars = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(fn->nlocals + 1));
    *(gh_EscFunc **)gh_go_arena_push(e->arena, &e->fns, &e->nfns, sizeof f) = f;
    gh_EscCtx tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.parent = parent_ctx;
    tmp.fn = fn;
    tmp.curfn = f;
    tmp.pos = override;
    gh_EscCtx *saved = e->ctx;
    int depth = e->loop_depth;
    e->ctx = &tmp;
    e->loop_depth = 1;
    for (int i = 0; i < fn->nlocals; i++) {
        gh_GoObj *v = fn->locals[i];
        gh_EscLoc *l = gh_esc_new_loc(e, v, NULL, v->pos);
        l->key = ((long long)f->order << 32) + i;
        l->is_param = v->cls == GH_CLASS_PARAM;
        for (int r = 0; r < fn->nresults; r++)
            if (fn->results[r] == v) l->result_index = r + 1;
        f->vars[i] = l;
    }
    e->ctx = saved;
    e->loop_depth = depth;
    return f;
}

static void flow_closures(gh_EscState *e)
{
    for (int i = 0; i < e->nclosures; i++) {
        gh_EscClosure *cl = &e->closures[i];
        gh_GoFunc *fn = cl->clo->fn;
        for (int k = 0; k < fn->ncaptured; k++) {
            gh_EscLoc *loc = cl->cvs[k];
            if (!loc) continue;
            int byval = !loc->addrtaken && !loc->reassigned && gh_go_type_size(fn->captured[k]->type) <= MAX_BYVAL_CAPTURE;
            gh_EscHole h = cl->k;
            if (!byval) h = gh_esc_addr(h);
            gh_esc_flow(e, h, loc);
        }
    }
}

static int small_int_const(const gh_GoNode *n)
{
    return n->op == GH_OP_CONST && gh_go_type_is_integer(n->type) && n->cval >= -2147483647LL - 1 && n->cval <= 2147483647LL;
}

static int too_big(gh_EscLoc *l)
{
    if (l->var) return l->var->cls == GH_CLASS_AUTO && gh_go_type_size(l->var->type) > MAX_STACK_VAR;
    const gh_GoNode *n = l->expr;
    if (!n) return 0;
    if (n->op == GH_OP_NEW || n->op == GH_OP_PTRLIT) return gh_go_type_size(n->type->elem) > MAX_IMPLICIT_STACK_VAR;
    if (n->op == GH_OP_MAKESLICE) {
        const gh_GoNode *r = n->nlist > 2 ? n->list[2] : n->list[1];
        if (!small_int_const(r)) return 1;                       /* "non-constant size" */
        long long es = gh_go_type_size(gh_go_under(n->type)->elem);
        return es != 0 && r->cval > MAX_IMPLICIT_STACK_VAR / es;  /* "too large for stack" */
    }
    return 0;
}

void gh_esc_analyze_batch(gh_EscState *e, gh_GoFunc **fns, int n)
{
    memset(&e->heap, 0, sizeof e->heap);
    memset(&e->blank, 0, sizeof e->blank);
    e->heap.escapes = 1;
    e->nlocs = 0; e->locs = NULL;
    e->nfns = 0; e->fns = NULL;
    e->nclosures = 0; e->closures = NULL;
    e->nnotes = 0; e->notes = NULL;
    e->nlits = 0; e->lit_nodes = NULL; e->lit_insts = NULL;
    gh_GoPos none = {0, 0};
    for (int i = 0; i < n; i++) {
        e->state[fns[i]->id] = 1;
        gh_esc_func_instance(e, fns[i], NULL, NULL, none);
    }
    for (int i = 0; i < n; i++) {
        gh_EscFunc *inst = e->fns[i];
        gh_GoFunc *fn = inst->fn;
        gh_EscCtx ctx;
        memset(&ctx, 0, sizeof ctx);
        ctx.fn = fn;
        ctx.vars = inst->vars;
        ctx.curfn = inst;
        ctx.nresults = fn->nresults;
        ctx.results = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(fn->nresults + 1));
        for (int r = 0; r < fn->nresults; r++) ctx.results[r] = inst->vars[fn->results[r]->id];
        e->ctx = &ctx;
        e->loop_depth = 1;
        gh_esc_block(e, fn->body);
        e->ctx = NULL;
    }
    flow_closures(e);
    for (int i = 0; i < e->nlocs; i++)
        if (too_big(e->locs[i])) gh_esc_flow(e, gh_esc_addr(gh_esc_heap_hole(e)), e->locs[i]);
    gh_esc_solve(e);
    gh_esc_finish(e);
    for (int i = 0; i < n; i++) {
        gh_GoFunc *fn = fns[i];
        gh_EscFunc *inst = e->fns[i];
        int np = fn->nparams + (fn->recv ? 1 : 0);
        e->tags[fn->id] = gh_go_arena_alloc(e->arena, sizeof(gh_EscLeaks) * (size_t)(np + 1));
        for (int p = 0; p < np; p++) {
            gh_GoObj *v = fn->recv ? (p == 0 ? fn->recv : fn->params[p - 1]) : fn->params[p];
            e->tags[fn->id][p] = inst->vars[v->id]->leaks;
        }
        e->state[fn->id] = 2;
    }
}

/* ---- callee-first ordering (Tarjan over references after inlining) ---- */

typedef struct Order {
    gh_EscState *e;
    int *node_id;          /* by gh_GoFunc.id: 0 unvisited, else visit number; done = big */
    gh_GoFunc **stack; int nstack;
    int next;
    int *inl_guard;
} Order;

static int visit(Order *o, gh_GoFunc *f);

static void refs_in(Order *o, const gh_GoNode *n, int *min);

static void ref(Order *o, gh_GoFunc *g, int *min)
{
    if (g->outer) return; /* closures belong to their enclosing function's batch */
    int m = o->node_id[g->id] ? o->node_id[g->id] : visit(o, g);
    if (m < *min) *min = m;
}

static void refs_in(Order *o, const gh_GoNode *n, int *min)
{
    if (!n) return;
    if (n->kind == GH_N_NAME && n->op == GH_OP_FUNCNAME) ref(o, n->fn, min);
    if (n->kind == GH_N_CALL && (n->op == GH_OP_CALLFUNC || n->op == GH_OP_CALLMETH)) {
        if (n->inl && !o->inl_guard[n->fn->id]) {
            /* inlined: the caller now contains the callee's body instead */
            o->inl_guard[n->fn->id] = 1;
            refs_in(o, n->fn->body, min);
            o->inl_guard[n->fn->id] = 0;
            if (n->op == GH_OP_CALLMETH) refs_in(o, n->x->x, min);
            for (int i = 0; i < n->nlist; i++) refs_in(o, n->list[i], min);
            return;
        }
        if (n->op == GH_OP_CALLMETH) ref(o, n->fn, min);
    }
    if (n->kind == GH_N_FUNCLIT) { refs_in(o, n->z, min); return; }
    refs_in(o, n->x, min);
    refs_in(o, n->y, min);
    refs_in(o, n->z, min);
    refs_in(o, n->w, min);
    for (int i = 0; i < n->nlist; i++) refs_in(o, n->list[i], min);
    for (int i = 0; i < n->nlist2; i++) refs_in(o, n->list2[i], min);
}

#define DONE 0x3fffffff

static int visit(Order *o, gh_GoFunc *f)
{
    int id = ++o->next;
    o->node_id[f->id] = id;
    int min = id;
    *(gh_GoFunc **)gh_go_arena_push(o->e->arena, &o->stack, &o->nstack, sizeof f) = f;
    refs_in(o, f->body, &min);
    if (min == id) {
        int i = o->nstack - 1;
        while (o->stack[i] != f) i--;
        for (int k = i; k < o->nstack; k++) o->node_id[o->stack[k]->id] = DONE;
        gh_esc_analyze_batch(o->e, o->stack + i, o->nstack - i);
        o->nstack = i;
    }
    return min;
}

void gh_go_escape_analyze(gh_GoProgram *prog, gh_EscResult *out)
{
    gh_EscState e;
    memset(&e, 0, sizeof e);
    e.prog = prog;
    e.arena = &prog->src->arena;
    gh_go_inline_decide(prog);
    e.tags = gh_go_arena_alloc(e.arena, sizeof(gh_EscLeaks *) * (size_t)(prog->nall + 1));
    e.state = gh_go_arena_alloc(e.arena, sizeof(int) * (size_t)(prog->nall + 1));
    Order o;
    memset(&o, 0, sizeof o);
    o.e = &e;
    o.node_id = gh_go_arena_alloc(e.arena, sizeof(int) * (size_t)(prog->nall + 1));
    o.inl_guard = gh_go_arena_alloc(e.arena, sizeof(int) * (size_t)(prog->nall + 1));
    for (int i = 0; i < prog->nfuncs; i++)
        if (!o.node_id[prog->funcs[i]->id]) visit(&o, prog->funcs[i]);
    gh_esc_analyze_init(&e);   /* the package initializers: Go's init, analysed last (escape_init.c) */
    out->diags = e.out;
    out->ndiags = e.nout;
}
