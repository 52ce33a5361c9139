/* go_inline.c — Go 1.19's inlining decision, approximated on our tree.  A
 * function is inlinable when it is not //go:noinline, has no go/defer, and its
 * "hairiness" stays within a budget of 80: every node costs 1, a call costs 57
 * more unless the callee is itself inlinable (then the callee's cost), and a
 * closure costs 15 plus its body.  Costs of library functions come from
 * Go 1.19.8 (go_library.c).  Only the yes/no outcome matters here, because it
 * changes which allocations the escape analysis sees in each caller.
 */
#include "golang/escape.h"
#include <string.h>

#define INLINE_BUDGET 80      /* nodes (inlineMaxBudget) */
#define EXTRA_CALL_COST 57    /* per non-inlined call (inlineExtraCallCost) */
#define CLOSURE_COST 15       /* per function literal */

typedef struct Inl { gh_GoProgram *prog; int *busy; gh_GoFunc *cur; int self_call; } Inl;

static int func_cost(Inl *in, gh_GoFunc *f);

static int callee_cost(Inl *in, gh_GoFunc *f)
{
    if (f == in->cur) in->self_call = 1; /* a directly recursive function is never inlined */
    if (in->busy[f->id]) return -1;      /* recursion: not (yet) inlinable */
    func_cost(in, f);
    return f->inlinable ? f->cost : -1;
}

static int cost(Inl *in, const gh_GoNode *n, int *hairy);

/* A call through a local holding the func literal an inlinable call returned
 * (`c := counter(); c()`, go_static_result.c), or through a local holding a literal:
 * the literal's function, else NULL. Only for marking calls: Go computes a function's
 * cost before it inlines counter() there, when c() is still a call of a value (+57). */
static gh_GoFunc *static_callee(Inl *in, const gh_GoNode *x)
{
    gh_GoFunc *f = gh_go_static_closure(x);
    if (f) return f;
    const gh_GoNode *d = gh_go_static_result_call(x), *lit = d ? gh_go_static_result_lit(d) : NULL;
    return lit && callee_cost(in, d->fn) >= 0 ? lit->fn : NULL;
}

static int addstr_operands(Inl *in, const gh_GoNode *n, int *hairy)
{
    if (n->kind == GH_N_BINARY && n->op == GH_OP_ADDSTR && !n->parens)
        return addstr_operands(in, n->x, hairy) + addstr_operands(in, n->y, hairy);
    return cost(in, n, hairy);
}

/* Cost of subtree n; sets *hairy for constructs Go never inlines. */
static int cost(Inl *in, const gh_GoNode *n, int *hairy)
{
    if (!n || n->op == GH_OP_TYPE) return 0;  /* type syntax is not code */
    int c = 1;
    switch (n->kind) {
    case GH_N_GO: case GH_N_DEFER: *hairy = 1; return 0;
    case GH_N_SELECT:   /* Go 1.19 inlines a select: each clause a node, a receive an OSELRECV2 */
        for (int i = 0; i < n->nlist; i++) {
            const gh_GoNode *cl = n->list[i], *comm = cl->x;
            c += 1 + cost(in, cl->z, hairy);
            if (!comm) continue;
            if (comm->kind == GH_N_SEND) { c += cost(in, comm, hairy); continue; }
            /* the assignment, the receive, its two left-hand slots, each new variable declared */
            c += 1 + cost(in, comm->kind == GH_N_ASSIGN ? comm->list2[0] : comm->x, hairy) + 2;
            if (comm->kind == GH_N_ASSIGN && comm->define)
                for (int k = 0; k < comm->nlist; k++) if (comm->list[k]->obj && comm->list[k]->obj->defn == comm) c += 2;
        }
        return c;
    case GH_N_BLOCK: c = 0; break;
    case GH_N_EXPRSTMT: c = 0; break;
    case GH_N_ASSIGN: /* each new variable adds a declaration node and its name */
        if (n->define) for (int i = 0; i < n->nlist; i++) if (n->list[i]->obj && n->list[i]->obj->defn == n) c += 2;
        break;
    case GH_N_INCDEC: c = 2; break;
    case GH_N_VARDECL: c = 3 * n->nlist; break;   /* declaration + assignment per name */
    case GH_N_RANGE: c = 3; break;
    case GH_N_BRANCH: return n->tok == GH_T_FALLTHROUGH ? 0 : 1;   /* Go drops fallthrough from the body */
    case GH_N_TYPESWITCH:   /* the switch, its guard, the guard's name, per clause its types and its v */
        c = 2 + cost(in, n->x, hairy) + (n->y ? 1 : 0) + cost(in, n->z, hairy);
        for (int i = 0; i < n->nlist; i++) c += 1 + n->list[i]->nlist + (n->y ? 1 : 0) + cost(in, n->list[i]->z, hairy);
        return c;
    case GH_N_FUNCLIT: return 1 + CLOSURE_COST + cost(in, n->z, hairy);
    case GH_N_DDDSLICE: c = 0; break;  /* variadic args are packed only after inlining */
    case GH_N_CALL:
        switch (n->op) {
        case GH_OP_CALLFUNC: case GH_OP_CALLMETH: {
            int cc = callee_cost(in, n->fn);
            c += cc >= 0 ? cc : EXTRA_CALL_COST;
            break;
        }
        case GH_OP_CALLDYN: {
            gh_GoFunc *f = gh_go_static_closure(n->x);   /* not static_callee: Go judges cost before inlining counter() */
            int cc = f ? callee_cost(in, f) : -1;
            c += cc >= 0 ? cc : EXTRA_CALL_COST;
            break;
        }
        case GH_OP_CALLLIB: c += n->lib->cost > 0 ? n->lib->cost : n->lib->cost < 0 ? 0 : EXTRA_CALL_COST; break;   /* -1: an intrinsic */
        case GH_OP_CALLIFACE: c += EXTRA_CALL_COST; break;   /* never inlined */
        case GH_OP_PANIC: c += 1; break;
        case GH_OP_RECOVER: *hairy = 1; return 0;   /* Go: "cannot inline f: call to recover" */
        case GH_OP_NEW: return 2;
        case GH_OP_MAKESLICE:
            for (int i = 1; i < n->nlist; i++) c += cost(in, n->list[i], hairy);
            return c;
        case GH_OP_MAKEMAP: case GH_OP_MAKECHAN:   /* Go's typecheck gives make(map[K]V), make(chan T) the size 0: one literal more */
            return c + (n->nlist > 1 ? cost(in, n->list[1], hairy) : 1);
        case GH_OP_STR2RUNES:   /* []rune("...") is Go's literal: itself, its type, and a key, an index and a rune per rune */
            if (n->list[0]->op == GH_OP_CONST) return c + 1 + 3 * (int)(n->cval < 1000000 ? n->cval : 1000000);
            return c + cost(in, n->list[0], hairy);
        case GH_OP_CONV: case GH_OP_CONVIFACE: case GH_OP_STR2BYTES: case GH_OP_BYTES2STR: case GH_OP_RUNE2STR: case GH_OP_RUNES2STR:
            return c + cost(in, n->list[0], hairy);
        default: break;
        }
        if (n->op == GH_OP_CALLMETH || n->op == GH_OP_CALLIFACE || (n->op == GH_OP_CALLLIB && n->x->op == GH_OP_METHOD))
            c += 1 + cost(in, n->x->x, hairy);   /* method expression + receiver */
        else if (n->op == GH_OP_CALLFUNC || n->op == GH_OP_CALLDYN)
            c += cost(in, n->x, hairy);
        else if (n->op == GH_OP_CALLLIB)
            c += 1;                              /* built-ins have no callee node */
        for (int i = 0; i < n->nlist; i++) c += cost(in, n->list[i], hairy);
        return c;
    case GH_N_COMPOSITE:
        if (n->op == GH_OP_SLICELIT) c = 2;
        for (int i = 0; i < n->nlist; i++) {
            const gh_GoNode *el = n->list[i];
            if (n->op == GH_OP_STRUCTLIT) c += 1 + cost(in, el->kind == GH_N_KEYVALUE ? el->y : el, hairy);
            else c += cost(in, el, hairy);
        }
        return c;
    case GH_N_ARRAYTYPE: case GH_N_STRUCTTYPE: case GH_N_FUNCTYPE: case GH_N_INTERFACETYPE: return 0;
    default: break;
    }
    if (n->kind == GH_N_SELECTOR && n->op == GH_OP_PKGMEMBER) return 1;
    if (n->op == GH_OP_CONST) return 1;           /* folded to one literal */
    if (n->op == GH_OP_ADDSTR && n->kind == GH_N_BINARY) {
        /* a + b + c is one concatenation node with three operands */
        return 1 + addstr_operands(in, n, hairy);
    }
    c += cost(in, n->x, hairy) + cost(in, n->y, hairy) + cost(in, n->z, hairy) + cost(in, n->w, hairy);
    for (int i = 0; i < n->nlist; i++) c += cost(in, n->list[i], hairy);
    for (int i = 0; i < n->nlist2; i++) c += cost(in, n->list2[i], hairy);
    return c;
}

static int func_cost(Inl *in, gh_GoFunc *f)
{
    if (f->cost) return f->cost;
    in->busy[f->id] = 1;
    gh_GoFunc *saved = in->cur;
    int saved_self = in->self_call;
    in->cur = f;
    in->self_call = 0;
    int hairy = 0;
    int c = cost(in, f->body, &hairy);
    hairy |= in->self_call;
    in->cur = saved;
    in->self_call = saved_self;
    in->busy[f->id] = 0;
    f->cost = c > 0 ? c : 1;
    f->inlinable = !hairy && !f->noinline && !f->has_go_or_defer && c <= INLINE_BUDGET;
    return f->cost;
}

/* Marks call sites in n that Go would inline; `top` is the function whose body
 * we are in (a function is never inlined into itself). */
static void mark(Inl *in, gh_GoNode *n, gh_GoFunc *top, int in_go)
{
    if (!n) return;
    if (n->kind == GH_N_GO || n->kind == GH_N_DEFER) { mark(in, n->x, top, 1); return; }   /* a deferred call is not inlined either */
    if (n->kind == GH_N_CALL && !in_go) {
        gh_GoFunc *f = NULL;
        if (n->op == GH_OP_CALLFUNC || n->op == GH_OP_CALLMETH) f = n->fn;
        else if (n->op == GH_OP_CALLDYN) f = static_callee(in, n->x);
        if (f && f != top) {
            func_cost(in, f);
            n->inl = f->inlinable;
        }
        if (n->op == GH_OP_CALLLIB) n->inl = n->lib->inlined;
    }
    if (n->kind == GH_N_CALL && in_go) {
        /* the go or deferred call itself is not inlined, its arguments may contain calls */
        mark(in, n->x, top, 0);
        for (int i = 0; i < n->nlist; i++) mark(in, n->list[i], top, 0);
        return;
    }
    mark(in, n->x, top, 0);
    mark(in, n->y, top, 0);
    mark(in, n->z, top, 0);
    mark(in, n->w, top, 0);
    for (int i = 0; i < n->nlist; i++) mark(in, n->list[i], top, 0);
    for (int i = 0; i < n->nlist2; i++) mark(in, n->list2[i], top, 0);
}

void gh_go_inline_decide(gh_GoProgram *prog)
{
    Inl in;
    in.prog = prog;
    in.cur = NULL;
    in.self_call = 0;
    in.busy = gh_go_arena_alloc(&prog->src->arena, sizeof(int) * (size_t)(prog->nall + 1));
    for (int i = 0; i < prog->nall; i++) func_cost(&in, prog->all[i]);
    for (int i = 0; i < prog->nall; i++) {
        gh_GoFunc *top = prog->all[i];
        while (top->outer) top = top->outer;
        mark(&in, prog->all[i]->body, top, 0);
    }
    /* the package's init function inlines the calls of the variables' initializers too */
    for (int i = 0; i < prog->file->nlist; i++)
        if (prog->file->list[i] && prog->file->list[i]->kind == GH_N_VARDECL)
            for (int k = 0; k < prog->file->list[i]->nlist2; k++) mark(&in, prog->file->list[i]->list2[k], NULL, 0);
}
