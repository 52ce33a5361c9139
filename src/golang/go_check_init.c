/* go_check_init.c — package-level variables: their checking, and Go's initialization order.
 *
 * Checking. A package variable may be used before its declaration (`var a = b + 1` then
 * `var b = f()`), so every package variable is declared first, without a type unless it
 * names one; its initializer is checked when the variable is first used, or in source
 * order otherwise (as types2 checks package objects on demand). Needing the type of a
 * variable whose initializer is being checked is a cycle among initializers: Go's
 * "initialization loop" (below), reported along the chain being checked.
 *
 * Order (the spec's "Package initialization", as cmd/compile's pkginit/initorder.go runs
 * it). Each `var x = e` is one assignment (`var a, b = 1, 2` two; `var x T` one with no
 * value; `var a, b = f()` one for both, as Go's OAS2FUNC, standing under a's global id).
 * An assignment depends on the package variables e refers to, directly or through the bodies
 * of the functions and methods e refers to (transitively, closures included).
 * The assignments are taken in source order; each one waits for its dependencies not yet
 * initialized; whenever some are ready they are initialized, earliest declared first, and
 * what waited on them may become ready. `var a = b + 1; var b = f()` runs f, then a.
 *
 * What is left over waits on itself: Go reports, from the first such variable in source
 * order, the first loop a depth-first walk finds (references taken by the position of
 * their declarations, initialized variables skipped), turned to start at its earliest
 * variable:
 *     a.go:3:5: initialization loop for a
 *     	./a.go:3:5: a refers to
 *     	./a.go:5:6: f refers to
 *     	./a.go:7:5: b refers to
 *     	./a.go:3:5: a
 */
#include "golang/go_const_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct gh_GoPkgVars {
    gh_GoScope *scope;          /* the package scope */
    gh_GoNode **decl;           /* by global id: its VARDECL */
    int *state;                 /* by global id: 0 unchecked, 1 being checked, 2 checked */
    gh_GoObj **chain; int nchain;   /* the variables being checked, outermost first */
} PkgVars;

/* One node of the reference graph: a package variable or a function. */
typedef struct Ref { gh_GoObj *var; gh_GoFunc *fn; } Ref;

static gh_GoPos ref_pos(Ref r) { return r.var ? r.var->pos : r.fn->pos; }
static const char *ref_name(Ref r)   /* a method as Go's pkginit prints it: its bare name */
{
    if (r.var) return r.var->name;
    const char *dot = r.fn->recv ? strrchr(r.fn->name, '.') : NULL;
    return dot ? dot + 1 : r.fn->name;
}
static int pos_before(gh_GoPos a, gh_GoPos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

static void report_loop(gh_GoChecker *c, Ref *l, int n)
{
    int first = -1;   /* turn the loop to start at its earliest declared variable */
    for (int i = 0; i < n; i++)
        if (l[i].var && (first < 0 || pos_before(l[i].var->pos, l[first].var->pos))) first = i;
    if (first < 0) first = 0;
    char msg[2048];
    int len = snprintf(msg, sizeof msg, "initialization loop for %s", ref_name(l[first]));
    for (int k = 0; k <= n && len < (int)sizeof msg; k++) {
        Ref r = l[(first + k) % n];
        gh_GoPos p = ref_pos(r);
        len += snprintf(msg + len, sizeof msg - (size_t)len, "\n\t./%s:%d:%d: %s%s", c->src->base, p.line, p.col,
                        ref_name(r), k < n ? " refers to" : "");
    }
    gh_go_fail(c->src, ref_pos(l[first]), "%s", msg);
}

/* ---- checking ---- */

static void check_decl(gh_GoChecker *c, gh_GoNode *d)
{
    PkgVars *pv = c->pkgvars;
    for (int k = 0; k < d->nlist; k++) pv->state[d->list[k]->obj->id] = 1;
    gh_GoScope *scope = c->scope;
    gh_GoFunc *fn = c->fn, *top = c->top;
    const gh_GoNode *callee = c->callee;
    int depth = c->loop_depth;
    c->scope = pv->scope; c->fn = NULL; c->top = NULL; c->callee = NULL; c->loop_depth = 0;
    gh_GoType *t = d->list[0]->obj->type;   /* the named type, if any (set when declared) */
    if (d->nlist > 1 && d->nlist2 == 1) {   /* var a, b = f() (or a comma-ok form): one assignment */
        for (int k = 0; k < d->nlist; k++)
            *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &pv->chain, &pv->nchain, sizeof d->list[k]->obj) = d->list[k]->obj;
        gh_go_check_tuple_values(c, d, t);
        for (int k = 0; k < d->nlist; k++) { pv->state[d->list[k]->obj->id] = 2; pv->nchain--; }
        c->scope = scope; c->fn = fn; c->top = top; c->callee = callee; c->loop_depth = depth;
        return;
    }
    for (int k = 0; k < d->nlist; k++) {
        gh_GoObj *o = d->list[k]->obj;
        *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &pv->chain, &pv->nchain, sizeof o) = o;
        if (k < d->nlist2) {
            gh_GoType *xt = gh_go_check_expr(c, d->list2[k], t);
            gh_GoType *vt = t ? t : gh_go_type_default(&c->prog->u, xt);
            d->list2[k] = gh_go_assign_conv(c, d->list2[k], vt, d->list2[k]->pos, "variable declaration");
            o->type = vt;
            o->cval = d->list2[k]->cval;
            o->big = d->list2[k]->big;
        }
        d->list[k]->type = o->type;
        pv->state[o->id] = 2;
        pv->nchain--;
    }
    c->scope = scope; c->fn = fn; c->top = top; c->callee = callee; c->loop_depth = depth;
}

void gh_go_check_global_use(gh_GoChecker *c, gh_GoObj *o)
{
    PkgVars *pv = c->pkgvars;
    if (!pv || o->cls != GH_CLASS_GLOBAL || o->id < 0 || o->id >= c->prog->nglobals || pv->state[o->id] == 2) return;
    if (pv->state[o->id] == 0) { check_decl(c, pv->decl[o->id]); return; }
    if (o->type) return;   /* declared with its type: using it needs no value */
    int from = pv->nchain - 1;
    while (from > 0 && pv->chain[from] != o) from--;
    Ref *l = gh_go_arena_alloc(&c->src->arena, sizeof *l * (size_t)(pv->nchain - from + 1));
    for (int i = from; i < pv->nchain; i++) l[i - from] = (Ref){pv->chain[i], NULL};
    report_loop(c, l, pv->nchain - from);
}

void gh_go_check_package_vars(gh_GoChecker *c)
{
    gh_GoNode *file = c->prog->file;
    PkgVars *pv = gh_go_arena_alloc(&c->src->arena, sizeof *pv);
    pv->scope = c->scope;
    int n = c->prog->nglobals;
    for (int i = 0; i < file->nlist; i++)
        if (file->list[i]->kind == GH_N_VARDECL) n += file->list[i]->nlist;
    pv->decl = gh_go_arena_alloc(&c->src->arena, sizeof *pv->decl * (size_t)(n + 1));
    pv->state = gh_go_arena_alloc(&c->src->arena, sizeof *pv->state * (size_t)(n + 1));
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind != GH_N_VARDECL) continue;
        gh_GoType *t = d->x ? gh_go_check_type(c, d->x) : NULL;
        gh_go_check_decl_counts(c, d, 1);
        for (int k = 0; k < d->nlist; k++) {
            gh_GoObj *o = gh_go_obj_new(c, GH_OBJ_VAR, d->list[k]->name, d->list[k]->pos, t);
            o->cls = GH_CLASS_GLOBAL;
            o->id = c->prog->nglobals;
            d->list[k]->obj = o;
            d->list[k]->type = t;
            *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &c->prog->globals, &c->prog->nglobals, sizeof o) = o;
            pv->decl[o->id] = d;
            gh_go_scope_declare(c, o);
        }
    }
    c->pkgvars = pv;
    for (int i = 0; i < file->nlist; i++) {
        gh_GoNode *d = file->list[i];
        if (d->kind == GH_N_VARDECL && d->nlist && pv->state[d->list[0]->obj->id] == 0) check_decl(c, d);
    }
}

/* ---- the reference graph ---- */

typedef struct Graph {
    gh_GoChecker *c;
    Ref *refs; int nrefs;      /* scratch: direct references of one node */
} Graph;

static void add_ref(Graph *g, Ref r)
{
    for (int i = 0; i < g->nrefs; i++) if (g->refs[i].var == r.var && g->refs[i].fn == r.fn) return;
    *(Ref *)gh_go_arena_push(&g->c->src->arena, &g->refs, &g->nrefs, sizeof r) = r;
}

/* The package variables and functions n mentions (a closure's body is part of n). */
static void direct_refs(Graph *g, const gh_GoNode *n)
{
    if (!n) return;
    if (n->op == GH_OP_VAR && n->obj && n->obj->cls == GH_CLASS_GLOBAL && n->kind == GH_N_NAME) add_ref(g, (Ref){n->obj, NULL});
    if (n->fn && !n->fn->outer && n->fn->decl && n->fn->decl->kind == GH_N_FUNCDECL &&
        (n->op == GH_OP_FUNCNAME || n->op == GH_OP_CALLMETH || n->op == GH_OP_METHOD))
        add_ref(g, (Ref){NULL, n->fn});
    direct_refs(g, n->x); direct_refs(g, n->y); direct_refs(g, n->z); direct_refs(g, n->w);
    for (int i = 0; i < n->nlist; i++) direct_refs(g, n->list[i]);
    for (int i = 0; i < n->nlist2; i++) direct_refs(g, n->list2[i]);
}

static int by_decl_pos(const void *a, const void *b)
{
    gh_GoPos x = ref_pos(*(const Ref *)a), y = ref_pos(*(const Ref *)b);
    return pos_before(x, y) ? -1 : pos_before(y, x);
}

/* Direct references of a node (a variable: of its initializer; a function: of its body),
 * sorted by the position of their declarations; computed once per node (cache). */
typedef struct RefCache { Ref **fn; int *nfn; Ref **var; int *nvar; unsigned char *have_fn, *have_var; } RefCache;

static Ref *refs_of(Graph *g, RefCache *rc, Ref r, PkgVars *pv, int *n)
{
    int id = r.fn ? r.fn->id : r.var->id;
    unsigned char *have = r.fn ? rc->have_fn : rc->have_var;
    Ref **slot = r.fn ? &rc->fn[id] : &rc->var[id];
    int *nslot = r.fn ? &rc->nfn[id] : &rc->nvar[id];
    if (!have[id]) {
        g->refs = NULL; g->nrefs = 0;
        if (r.fn) direct_refs(g, r.fn->body);
        else {
            gh_GoNode *d = pv->decl[r.var->id];
            if (d->nlist2 == 1 && d->nlist > 1) direct_refs(g, d->list2[0]);   /* var a, b = f(): both */
            else
                for (int k = 0; k < d->nlist && k < d->nlist2; k++)
                    if (d->list[k]->obj == r.var) direct_refs(g, d->list2[k]);
        }
        if (g->nrefs) qsort(g->refs, (size_t)g->nrefs, sizeof *g->refs, by_decl_pos);
        *slot = g->refs; *nslot = g->nrefs; have[id] = 1;
    }
    *n = *nslot;
    return *slot;
}

/* ---- the order ---- */

typedef struct Order {
    Graph g;
    RefCache rc;
    PkgVars *pv;
    int *blocked;              /* by global id: dependencies not yet initialized; -1 done */
    int *processed;            /* by global id */
    int **waiting; int *nwaiting;   /* by global id: the variables waiting on it */
    unsigned char *seen_fn;    /* by function id (scratch of one collection) */
    unsigned char *seen_var;   /* by global id (scratch) */
    int *ready; int nready;    /* global ids, a set kept sorted by declaration position */
} Order;

/* The assignment a variable is initialised by, as the global id standing for it: its own,
 * or for `var a, b = f()` (one assignment of both, as Go's OAS2FUNC) the first name's. */
static int head(const PkgVars *pv, int id)
{
    const gh_GoNode *d = pv->decl[id];
    return d && d->nlist2 == 1 && d->nlist > 1 ? d->list[0]->obj->id : id;
}

/* The variables v's initializer depends on, through functions transitively. */
static void collect(Order *o, Ref r, int **out, int *nout)
{
    int n;
    Ref *rs = refs_of(&o->g, &o->rc, r, o->pv, &n);
    for (int i = 0; i < n; i++) {
        if (rs[i].var) {
            int id = head(o->pv, rs[i].var->id);
            if (o->seen_var[id]) continue;
            o->seen_var[id] = 1;
            *(int *)gh_go_arena_push(&o->g.c->src->arena, out, nout, sizeof(int)) = id;
        } else if (!o->seen_fn[rs[i].fn->id]) {
            o->seen_fn[rs[i].fn->id] = 1;
            collect(o, rs[i], out, nout);
        }
    }
}

static void push_ready(Order *o, int id)
{
    gh_GoObj **gl = o->g.c->prog->globals;
    int i = o->nready++;
    while (i > 0 && pos_before(gl[id]->pos, gl[o->ready[i - 1]]->pos)) { o->ready[i] = o->ready[i - 1]; i--; }
    o->ready[i] = id;
}

static void flush(Order *o)
{
    gh_GoProgram *p = o->g.c->prog;
    while (o->nready) {
        int id = o->ready[0];
        memmove(o->ready, o->ready + 1, sizeof *o->ready * (size_t)--o->nready);
        o->blocked[id] = -1;
        gh_GoNode *d = o->pv->decl[id];
        if (d->nlist2 == 1 && d->nlist > 1)   /* the other names of var a, b = f() are done with it */
            for (int j = 1; j < d->nlist; j++) o->blocked[d->list[j]->obj->id] = -1;
        int k = 0;
        while (d->list[k]->obj->id != id) k++;
        gh_GoInit *in = gh_go_arena_push(&o->g.c->src->arena, &p->inits, &p->ninits, sizeof *in);
        in->decl = d;
        in->k = k;
        for (int i = 0; i < o->nwaiting[id]; i++) {
            int w = o->waiting[id][i];
            if (--o->blocked[w] == 0) push_ready(o, w);
        }
        o->nwaiting[id] = 0;
    }
}

static int on_path(Ref *path, int n, Ref r)
{
    for (int i = 0; i < n; i++) if (path[i].var == r.var && path[i].fn == r.fn) return i;
    return -1;
}

/* pkginit's findInitLoopAndExit: depth first from r, done variables skipped. */
static void find_loop(Order *o, Ref r, Ref *path, int npath, unsigned char *ok_var, unsigned char *ok_fn)
{
    int at = on_path(path, npath, r);
    if (at >= 0) {
        int has_var = 0;
        for (int i = at; i < npath; i++) has_var |= path[i].var != NULL;
        if (has_var) report_loop(o->g.c, path + at, npath - at);
        return;
    }
    int n;
    Ref *rs = refs_of(&o->g, &o->rc, r, o->pv, &n);
    path[npath] = r;
    for (int i = 0; i < n; i++) {
        Ref x = rs[i];
        if (x.var ? o->blocked[x.var->id] == -1 || ok_var[x.var->id] : ok_fn[x.fn->id]) continue;
        find_loop(o, x, path, npath + 1, ok_var, ok_fn);
    }
    if (r.var) ok_var[r.var->id] = 1; else ok_fn[r.fn->id] = 1;
}

void gh_go_init_order(gh_GoChecker *c)
{
    gh_GoProgram *p = c->prog;
    PkgVars *pv = c->pkgvars;
    if (!pv || !p->nglobals) return;
    gh_GoArena *a = &c->src->arena;
    int ng = p->nglobals, nf = p->nall + 1;
    Order o;
    memset(&o, 0, sizeof o);
    o.g.c = c;
    o.pv = pv;
    o.blocked = gh_go_arena_alloc(a, sizeof(int) * (size_t)ng);
    o.processed = gh_go_arena_alloc(a, sizeof(int) * (size_t)ng);
    o.waiting = gh_go_arena_alloc(a, sizeof(int *) * (size_t)ng);
    o.nwaiting = gh_go_arena_alloc(a, sizeof(int) * (size_t)ng);
    o.ready = gh_go_arena_alloc(a, sizeof(int) * (size_t)ng);
    o.seen_fn = gh_go_arena_alloc(a, (size_t)nf);
    o.seen_var = gh_go_arena_alloc(a, (size_t)ng);
    o.rc.fn = gh_go_arena_alloc(a, sizeof(Ref *) * (size_t)nf);
    o.rc.nfn = gh_go_arena_alloc(a, sizeof(int) * (size_t)nf);
    o.rc.have_fn = gh_go_arena_alloc(a, (size_t)nf);
    o.rc.var = gh_go_arena_alloc(a, sizeof(Ref *) * (size_t)ng);
    o.rc.nvar = gh_go_arena_alloc(a, sizeof(int) * (size_t)ng);
    o.rc.have_var = gh_go_arena_alloc(a, (size_t)ng);
    for (int id = 0; id < ng; id++) {   /* globals are numbered in source order */
        if (!pv->decl[id]) { o.blocked[id] = -1; continue; }
        if (head(pv, id) != id) continue;   /* initialised with its declaration's first name */
        memset(o.seen_fn, 0, (size_t)nf);
        memset(o.seen_var, 0, (size_t)ng);
        int *deps = NULL, ndeps = 0;
        collect(&o, (Ref){p->globals[id], NULL}, &deps, &ndeps);
        o.processed[id] = 1;
        for (int i = 0; i < ndeps; i++) {
            int dep = deps[i];
            if (o.blocked[dep] == -1) continue;
            o.blocked[id]++;
            *(int *)gh_go_arena_push(a, &o.waiting[dep], &o.nwaiting[dep], sizeof(int)) = id;
        }
        if (!o.blocked[id]) push_ready(&o, id);
        flush(&o);
    }
    for (int id = 0; id < ng; id++) {
        if (o.blocked[id] == -1) continue;
        Ref *path = gh_go_arena_alloc(a, sizeof *path * (size_t)(ng + nf + 1));
        unsigned char *ok_var = gh_go_arena_alloc(a, (size_t)ng), *ok_fn = gh_go_arena_alloc(a, (size_t)nf);
        find_loop(&o, (Ref){p->globals[id], NULL}, path, 0, ok_var, ok_fn);
        gh_GoPos at = p->globals[id]->pos;
        gh_go_fail(c->src, at, "initialization of %s unfinished, but no loop found", p->globals[id]->name);
    }
}
