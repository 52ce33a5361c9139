/* escape.c — Go's escape analysis, rebuilt for teaching: the location graph,
 * the solver, and the driver that analyses functions callee-first.
 *
 * THE IDEA.  A value may live in a goroutine's stack frame only if no pointer
 * to it can outlive that frame.  The compiler proves this per function batch
 * (a strongly connected set of functions plus their closures), bottom-up over
 * the call graph, after inlining.
 *
 * STRUCTURES.
 *  - A location is anything that can hold a value: every variable (params,
 *    results, locals), every allocating expression (new(T), &T{...}, make,
 *    slice literals, closures, []byte(s), string(b), s+t, and the boxed copy
 *    made when a non-pointer value is converted to an interface), plus two
 *    specials: the heap (anything that outlives everyone: globals, unknown
 *    callees, goroutines) and the blank sink (discarded values).
 *  - An edge dst <- src carries "derefs" = (number of *) - (number of &):
 *    p = &x gives -1, p = q gives 0, p = *q gives 1, p = **q gives 2.
 *    Fields are not distinguished, and indexing a slice counts as a deref.
 *  - A hole is "where the value being evaluated goes": a destination plus
 *    the derefs accumulated so far.  Walking `p = &x` evaluates &x into the
 *    hole (p, 0); the & turns it into (p, -1); reaching the name x adds the
 *    edge p <-(-1)- x.
 *
 * ALGORITHM.
 *  1. Make locations for every declared variable of the batch (Go's Dcl
 *     order; this is also the order "moved to heap" lines come out).
 *  2. Walk each body statement by statement, creating expression locations
 *     and edges (escape_walk.c, escape_call.c).  Calls to already-analysed
 *     functions use their parameter tags; calls inside the batch connect to
 *     the callee's parameter locations directly; calls Go would inline are
 *     walked as a copy of the callee body at the call site.
 *  3. Decide closure captures: a captured variable is copied into the closure
 *     when it is never reassigned after capture, never address-taken and at
 *     most 128 bytes; otherwise the closure holds its address.
 *  4. Force to the heap whatever is too big for a stack: explicit variables
 *     over 10 MiB, new/&T{} over 64 KiB, make with a non-constant size or
 *     over 64 KiB.
 *  5. Solve: for each root location, find the minimum derefs from every
 *     location to it (a Bellman-Ford walk over the graph; a negative count is
 *     clamped to 0 once counted as "address flows").  If the address of l
 *     reaches a root that outlives l, l escapes and becomes a root itself.
 *     A root outlives l when it escapes, when it is a result parameter (the
 *     caller may keep it), when it is declared at a shallower loop depth in
 *     the same function, or when l belongs to a closure nested in its function.
 *     Flows from a parameter to the heap or to a result become its tag
 *     ("leaking param: p", "leaking param content: p" for derefs >= 1,
 *     "leaking param: p to result ~r0 level=0").
 *  6. Report (escape_report.c).
 *
 * WORKED EXAMPLE (the article's movedExample).
 *      func movedExample() *int { y := 2; return &y }
 *  Locations: y, ~r0.  `return &y` evaluates &y into hole (~r0, 0) -> edge
 *  ~r0 <-(-1)- y.  Solving from root ~r0: y is reached with derefs -1, so its
 *  address flows to ~r0; a result outlives every local, hence y escapes:
 *  "moved to heap: y".  In stackExample, x only flows to println's argument,
 *  which is discarded, so nothing is printed.
 *
 * SIMPLIFICATIONS VERSUS REAL GO (1.19).
 *  - The inliner's cost model counts nodes of our syntax tree, not Go's IR;
 *    costs of library functions are copied from Go 1.19.8.
 *  - Library bodies are not analysed: their parameter tags and the few lines
 *    their inlined bodies print are transcribed (go_library.c).
 *  - Static callees through variables are found only for `f := func...`
 *    assigned once; results of inlined calls are not followed.
 *  - Defer only outside loops (the deferred call flows as a call made there). Channels:
 *    escape_chan.c (a sent value flows to the heap; makechan is never a location).
 *  - "Transient" locations (which only affect code generation) are not kept.
 */
#include "golang/escape_int.h"
#include <stdlib.h>
#include <string.h>

gh_GoPos gh_esc_pos(gh_EscState *e, gh_GoPos p)
{
    return e->ctx && e->ctx->pos.line ? e->ctx->pos : p;
}

gh_EscLoc *gh_esc_new_loc(gh_EscState *e, gh_GoObj *var, const gh_GoNode *expr, gh_GoPos pos)
{
    gh_EscLoc *l = gh_go_arena_alloc(e->arena, sizeof *l);
    l->var = var;
    l->expr = expr;
    l->pos = gh_esc_pos(e, pos);
    l->curfn = e->ctx ? e->ctx->curfn : NULL;
    l->loop_depth = e->loop_depth;
    l->key = (1LL << 50) + e->seq++;
    l->original = e->ctx && !e->ctx->pos.line && l->curfn && l->curfn->original;
    l->site = e->ctx ? e->ctx->site : 0;
    *(gh_EscLoc **)gh_go_arena_push(e->arena, &e->locs, &e->nlocs, sizeof l) = l;
    return l;
}

gh_EscHole gh_esc_hole(gh_EscLoc *l) { gh_EscHole k = {l, 0, 0}; return k; }
gh_EscHole gh_esc_heap_hole(gh_EscState *e) { return gh_esc_hole(&e->heap); }
gh_EscHole gh_esc_discard_hole(gh_EscState *e) { return gh_esc_hole(&e->blank); }

gh_EscHole gh_esc_shift(gh_EscHole k, int delta)
{
    k.derefs += delta;
    if (k.derefs < -1) k.derefs = -1; /* cannot happen for well-typed code */
    k.addrtaken = delta < 0;
    return k;
}

gh_EscHole gh_esc_deref(gh_EscHole k) { return gh_esc_shift(k, 1); }
gh_EscHole gh_esc_addr(gh_EscHole k) { return gh_esc_shift(k, -1); }

void gh_esc_flow(gh_EscState *e, gh_EscHole k, gh_EscLoc *src)
{
    if (k.addrtaken) src->addrtaken = 1;
    gh_EscLoc *dst = k.dst;
    if (dst == &e->blank) return;
    if (dst == src && k.derefs >= 0) return;     /* x = x, x = *x: no new information */
    if (dst->escapes && k.derefs < 0) {           /* heap = &x: x escapes right away */
        src->escapes = 1;
        return;
    }
    gh_EscEdge *ed = gh_go_arena_push(e->arena, &dst->edges, &dst->nedges, sizeof *ed);
    ed->src = src;
    ed->derefs = k.derefs;
}

gh_EscHole gh_esc_spill(gh_EscState *e, gh_EscHole k, const gh_GoNode *n)
{
    gh_EscLoc *l = gh_esc_new_loc(e, NULL, n, n->pos);
    gh_esc_flow(e, gh_esc_addr(k), l);
    return gh_esc_hole(l);
}

gh_EscHole gh_esc_tee(gh_EscState *e, gh_EscHole *ks, int n)
{
    if (n == 0) return gh_esc_discard_hole(e);
    if (n == 1) return ks[0];
    gh_GoPos none = {0, 0};
    gh_EscLoc *l = gh_esc_new_loc(e, NULL, NULL, none);
    for (int i = 0; i < n; i++) gh_esc_flow(e, ks[i], l);
    return gh_esc_hole(l);
}

/* f strictly encloses closure c */
static int contains_closure(gh_EscFunc *f, gh_EscFunc *c)
{
    if (!f || !c || f == c) return 0;
    for (gh_EscFunc *p = c->outer; p; p = p->outer)
        if (p == f) return 1;
    return 0;
}

static int outlives(gh_EscLoc *l, gh_EscLoc *other)
{
    if (l->escapes) return 1;
    if (l->result_index) {
        /* a closure called where it is written may return its caller's variables */
        if (contains_closure(other->curfn, l->curfn) && l->curfn->closure_called) return 0;
        return 1;
    }
    if (l->curfn == other->curfn && l->loop_depth < other->loop_depth) return 1;
    if (contains_closure(l->curfn, other->curfn)) return 1;
    return 0;
}

static void add_leak(unsigned char *slot, int derefs)
{
    if (derefs < 0) derefs = 0;
    if (*slot == 0 || derefs + 1 < *slot) *slot = (unsigned char)(derefs + 1 > 255 ? 255 : derefs + 1);
}

static void leak_to(gh_EscLoc *l, gh_EscLoc *sink, int derefs)
{
    if (!sink->escapes && sink->result_index && sink->curfn == l->curfn &&
        sink->result_index - 1 < GH_ESC_NUM_RESULTS) {
        add_leak(&l->leaks.res[sink->result_index - 1], derefs);
        return;
    }
    add_leak(&l->leaks.heap, derefs);
}

typedef struct Queue { gh_EscLoc **v; int n; } Queue;

static void enqueue(gh_EscState *e, Queue *q, gh_EscLoc *l)
{
    if (l->queued) return;
    l->queued = 1;
    *(gh_EscLoc **)gh_go_arena_push(e->arena, &q->v, &q->n, sizeof l) = l;
}

static void walk_one(gh_EscState *e, gh_EscLoc *root, unsigned walkgen, Queue *roots)
{
    Queue todo = {0, 0};
    root->walkgen = walkgen;
    root->derefs = 0;
    *(gh_EscLoc **)gh_go_arena_push(e->arena, &todo.v, &todo.n, sizeof root) = root;
    while (todo.n) {
        gh_EscLoc *l = todo.v[--todo.n];
        int derefs = l->derefs;
        int address_of = derefs < 0;
        if (address_of) derefs = 0;
        if (outlives(root, l)) {
            if (l->is_param) leak_to(l, root, derefs);
            if (address_of && !l->escapes) {
                l->escapes = 1;
                enqueue(e, roots, l);
                continue;
            }
        }
        for (int i = 0; i < l->nedges; i++) {
            gh_EscEdge *ed = &l->edges[i];
            if (ed->src->escapes) continue;
            int d = derefs + ed->derefs;
            if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
                ed->src->walkgen = walkgen;
                ed->src->derefs = d;
                *(gh_EscLoc **)gh_go_arena_push(e->arena, &todo.v, &todo.n, sizeof ed->src) = ed->src;
            }
        }
    }
}

void gh_esc_solve(gh_EscState *e)
{
    Queue roots = {0, 0};
    for (int i = 0; i < e->nlocs; i++) enqueue(e, &roots, e->locs[i]);
    enqueue(e, &roots, &e->heap);
    unsigned walkgen = 0;
    while (roots.n) {
        gh_EscLoc *root = roots.v[--roots.n];
        root->queued = 0;
        walk_one(e, root, ++walkgen, &roots);
    }
}
