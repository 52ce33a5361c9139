/* escape_walk.c — building the location graph from statements and expressions.
 * Each expression is evaluated "into a hole"; & and * adjust the hole's deref
 * count, and allocating expressions get their own location ("spill").
 */
#include "golang/escape_int.h"
#include <stdio.h>
#include <string.h>

void gh_esc_note(gh_EscState *e, gh_GoPos pos, const char *text)
{
    gh_EscDiag *d = gh_go_arena_push(e->arena, &e->notes, &e->nnotes, sizeof *d);
    d->pos = gh_esc_pos(e, pos);
    d->text = text;
}

/* Location of variable v as seen from the current context. */
gh_EscLoc *gh_esc_var_loc(gh_EscState *e, gh_GoObj *v)
{
    for (gh_EscCtx *c = e->ctx; c; c = c->parent)
        if (c->fn == v->owner && c->vars && v->id >= 0 && v->id < c->fn->nlocals) return c->vars[v->id];
    return NULL;
}

static int is_blank(const gh_GoNode *n) { return n->kind == GH_N_NAME && !strcmp(n->name, "_"); }

void gh_esc_discard(gh_EscState *e, const gh_GoNode *n) { gh_esc_expr(e, gh_esc_discard_hole(e), n); }

static gh_GoType *node_type(const gh_GoNode *n) { return n->type; }

/* Flattens s1 + s2 + s3 into its operands. */
static void discard_addstr(gh_EscState *e, const gh_GoNode *n)
{
    if (n->kind == GH_N_BINARY && n->op == GH_OP_ADDSTR && !n->parens) {
        discard_addstr(e, n->x);
        discard_addstr(e, n->y);
    } else {
        gh_esc_discard(e, n);
    }
}

static void walk_closure(gh_EscState *e, gh_EscHole k, const gh_GoNode *n)
{
    gh_GoFunc *fn = n->fn;
    k = gh_esc_spill(e, k, n);
    gh_EscFunc *inst = gh_esc_func_instance(e, fn, e->ctx->curfn, e->ctx, e->ctx->pos);
    /* remember the literal's instance so later static calls find it */
    int cnt = e->nlits;
    *(const gh_GoNode **)gh_go_arena_push(e->arena, &e->lit_nodes, &cnt, sizeof n) = n;
    *(gh_EscFunc **)gh_go_arena_push(e->arena, &e->lit_insts, &e->nlits, sizeof inst) = inst;
    gh_EscClosure *cl = gh_go_arena_push(e->arena, &e->closures, &e->nclosures, sizeof *cl);
    cl->k = k;
    cl->clo = inst;
    cl->cvs = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(fn->ncaptured + 1));
    for (int i = 0; i < fn->ncaptured; i++) {
        gh_EscLoc *loc = gh_esc_var_loc(e, fn->captured[i]);
        cl->cvs[i] = loc;
        if (loc && !loc->captured) {
            loc->captured = 1;
            /* reassignments in straight-line code before the first capture don't count */
            if (loc->loop_depth == e->loop_depth) loc->reassigned = 0;
        }
    }
    /* walk the body in the closure's own context */
    gh_EscCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.parent = e->ctx;
    ctx.fn = fn;
    ctx.vars = inst->vars;
    ctx.curfn = inst;
    /* a literal in an inlined body is reported at the call, its own body at its own
     * positions (Go's copy of the closure is a function of its own) */
    ctx.nresults = fn->nresults;
    ctx.results = gh_go_arena_alloc(e->arena, sizeof(gh_EscLoc *) * (size_t)(fn->nresults + 1));
    for (int i = 0; i < fn->nresults; i++) ctx.results[i] = inst->vars[fn->results[i]->id];
    gh_EscCtx *saved = e->ctx;
    int depth = e->loop_depth;
    e->ctx = &ctx;
    e->loop_depth = 1;
    gh_esc_block(e, fn->body);
    e->ctx = saved;
    e->loop_depth = depth;
}

void gh_esc_expr(gh_EscState *e, gh_EscHole k, const gh_GoNode *n)
{
    if (!n) return;
    gh_GoType *t = node_type(n);
    if (k.derefs >= 0 && t && !gh_go_type_is_untyped(t) && t->kind != GH_K_TUPLE && !gh_go_type_has_pointers(t))
        k = gh_esc_discard_hole(e);
    if (n->kind == GH_N_CONVIFACE) {
        if (!gh_go_type_is_interface(n->x->type) && !gh_go_type_is_direct_iface(n->x->type)) k = gh_esc_spill(e, k, n);
        gh_esc_expr(e, k, n->x);
        return;
    }
    if (n->kind == GH_N_DDDSLICE) {
        k = gh_esc_spill(e, k, n);
        for (int i = 0; i < n->nlist; i++) gh_esc_expr(e, k, n->list[i]);
        return;
    }
    if (n->kind == GH_N_FUNCLIT) { walk_closure(e, k, n); return; }
    switch (n->op) {
    case GH_OP_CONST: case GH_OP_NIL: case GH_OP_TYPE: case GH_OP_FUNCNAME: case GH_OP_PKGMEMBER:
    case GH_OP_PKG: case GH_OP_NONE:
        return;
    case GH_OP_VAR: {
        if (n->obj->cls == GH_CLASS_GLOBAL) return;
        gh_EscLoc *l = gh_esc_var_loc(e, n->obj);
        if (l) gh_esc_flow(e, k, l);
        return;
    }
    case GH_OP_COMPARE:
        /* x == 2.5 with x an interface: Go converts the concrete side in walk, after escape
         * analysis, so the conversion gets no line (gohotel's checker made it a node) */
        gh_esc_discard(e, n->x->kind == GH_N_CONVIFACE ? n->x->x : n->x);
        gh_esc_discard(e, n->y->kind == GH_N_CONVIFACE ? n->y->x : n->y);
        return;
    case GH_OP_NEG: case GH_OP_ARITH: case GH_OP_LOGIC:
        if (n->kind == GH_N_UNARY) gh_esc_discard(e, n->x);
        else { gh_esc_discard(e, n->x); gh_esc_discard(e, n->y); }
        return;
    case GH_OP_ADDR: gh_esc_expr(e, gh_esc_addr(k), n->x); return;
    case GH_OP_DEREF: gh_esc_expr(e, gh_esc_deref(k), n->x); return;
    case GH_OP_DOT: gh_esc_expr(e, k, n->x); return;
    case GH_OP_METHOD: case GH_OP_IMETHOD: {  /* a method value (a call's callee is never walked): a closure holding the receiver */
        gh_EscHole ck = gh_esc_spill(e, k, n);
        /* Go also flows the receiver to the method's receiver parameter; an interface
         * method is unknown, so that is the heap: err.Error makes err's data escape; a
         * static method by its tag, its results to the heap (escape_call.c) */
        gh_EscHole ks[2] = {ck, n->op == GH_OP_IMETHOD ? gh_esc_heap_hole(e) : gh_esc_method_value_recv(e, n)};
        ck = gh_esc_tee(e, ks, 2);
        gh_esc_expr(e, ck, n->x);
        return;
    }
    case GH_OP_DOTPTR: gh_esc_expr(e, gh_esc_deref(k), n->x); return;
    case GH_OP_DOTTYPE:
        if (!gh_go_type_is_interface(n->type) && !gh_go_type_is_direct_iface(n->type)) k = gh_esc_deref(k);
        gh_esc_expr(e, k, n->x);
        return;
    case GH_OP_INDEX_ARRAY: gh_esc_expr(e, k, n->x); gh_esc_discard(e, n->y); return;
    case GH_OP_INDEX_SLICE: case GH_OP_INDEX_STRING:
        gh_esc_expr(e, gh_esc_deref(k), n->x); gh_esc_discard(e, n->y); return;
    case GH_OP_SLICE_SLICE: case GH_OP_SLICE_STRING: case GH_OP_SLICE_ARRAY:
        if (n->op == GH_OP_SLICE_ARRAY && n->x->kind == GH_N_STAR && n->x->op == GH_OP_DEREF &&
            n->x->pos.line == n->x->x->pos.line && n->x->pos.col == n->x->x->pos.col)
            gh_esc_expr(e, k, n->x->x);             /* p[a:b] on *[N]T: p itself */
        else if (n->op == GH_OP_SLICE_ARRAY)
            gh_esc_expr(e, gh_esc_addr(k), n->x);   /* a[:] takes the array's address */
        else
            gh_esc_expr(e, k, n->x);
        gh_esc_discard(e, n->y); gh_esc_discard(e, n->z); gh_esc_discard(e, n->w);
        return;
    case GH_OP_CONV:
        gh_esc_expr(e, k, n->kind == GH_N_CALL ? n->list[0] : n->x);
        return;
    case GH_OP_CONVIFACE: {
        const gh_GoNode *x = n->list[0];
        if (!gh_go_type_is_interface(x->type) && !gh_go_type_is_direct_iface(x->type)) k = gh_esc_spill(e, k, n);
        gh_esc_expr(e, k, x);
        return;
    }
    case GH_OP_NEW: gh_esc_spill(e, k, n); return;
    case GH_OP_MAKESLICE:
        gh_esc_spill(e, k, n);
        for (int i = 1; i < n->nlist; i++) gh_esc_discard(e, n->list[i]);
        return;
    case GH_OP_PTRLIT: gh_esc_expr(e, gh_esc_spill(e, k, n), n->x); return;
    /* maps: the hmap is the allocation; keys and values put in a map are stored in the heap
     * (Go's "key of map put", "map literal key/value"); a lookup or delete leaks nothing */
    case GH_OP_MAKEMAP:
        gh_esc_spill(e, k, n);
        for (int i = 1; i < n->nlist; i++) gh_esc_discard(e, n->list[i]);
        return;
    case GH_OP_MAPLIT:
        gh_esc_spill(e, k, n);
        for (int i = 0; i < n->nlist; i++) {
            gh_esc_expr(e, gh_esc_heap_hole(e), n->list[i]->x);
            gh_esc_expr(e, gh_esc_heap_hole(e), n->list[i]->y);
        }
        return;
    case GH_OP_INDEX_MAP: gh_esc_discard(e, n->x); gh_esc_discard(e, n->y); return;
    case GH_OP_DELETE: gh_esc_discard(e, n->list[0]); gh_esc_discard(e, n->list[1]); return;
    /* channels (escape_chan.c): makechan always allocates on the heap, no verdict to print */
    case GH_OP_RECV: gh_esc_discard(e, n->x); return;
    case GH_OP_MAKECHAN: for (int i = 1; i < n->nlist; i++) gh_esc_discard(e, n->list[i]); return;
    case GH_OP_CLOSE: gh_esc_discard(e, n->list[0]); return;
    case GH_OP_ARRAYLIT:
        for (int i = 0; i < n->nlist; i++) gh_esc_expr(e, k, n->list[i]);
        return;
    case GH_OP_SLICELIT:
        k = gh_esc_spill(e, k, n);
        for (int i = 0; i < n->nlist; i++) gh_esc_expr(e, k, n->list[i]);
        return;
    case GH_OP_STRUCTLIT:
        for (int i = 0; i < n->nlist; i++)
            gh_esc_expr(e, k, n->list[i]->kind == GH_N_KEYVALUE ? n->list[i]->y : n->list[i]);
        return;
    case GH_OP_STR2BYTES: case GH_OP_BYTES2STR: case GH_OP_RUNE2STR: case GH_OP_STR2RUNES: case GH_OP_RUNES2STR:
        gh_esc_spill(e, k, n);
        gh_esc_discard(e, n->list[0]);
        return;
    case GH_OP_ADDSTR:
        gh_esc_spill(e, k, n);
        discard_addstr(e, n->x);
        discard_addstr(e, n->y);
        return;
    default:
        gh_esc_call(e, &k, 1, n);
        return;
    }
}

/* Where an assignment to n stores: a local's location, or the heap for
 * anything reached through a pointer or a global. */
gh_EscHole gh_esc_addr_of(gh_EscState *e, const gh_GoNode *n)
{
    if (!n || is_blank(n)) return gh_esc_discard_hole(e);
    switch (n->op) {
    case GH_OP_VAR: {
        if (n->obj->cls == GH_CLASS_GLOBAL) return gh_esc_heap_hole(e);
        gh_EscLoc *l = gh_esc_var_loc(e, n->obj);
        return l ? gh_esc_hole(l) : gh_esc_heap_hole(e);
    }
    case GH_OP_DOT: return gh_esc_addr_of(e, n->x);
    case GH_OP_INDEX_ARRAY:
        gh_esc_discard(e, n->y);
        return gh_esc_addr_of(e, n->x);
    case GH_OP_INDEX_SLICE:
        gh_esc_discard(e, n->y);
        gh_esc_discard(e, n->x);
        return gh_esc_heap_hole(e);
    case GH_OP_INDEX_MAP:   /* m[k] = v: mapassign stores k and v in the map's buckets */
        gh_esc_discard(e, n->x);
        gh_esc_expr(e, gh_esc_heap_hole(e), n->y);
        return gh_esc_heap_hole(e);
    default: /* *p, p.f through a pointer */
        gh_esc_discard(e, n);
        return gh_esc_heap_hole(e);
    }
}

static int same_safe_expr(const gh_GoNode *a, const gh_GoNode *b)
{
    if (a->op != b->op) return 0;
    switch (a->op) {
    case GH_OP_VAR: return a->obj == b->obj;
    case GH_OP_DOT: case GH_OP_DOTPTR: return !strcmp(a->name, b->name) && same_safe_expr(a->x, b->x);
    case GH_OP_DEREF: return same_safe_expr(a->x, b->x);
    case GH_OP_CONST: return a->cval == b->cval;
    case GH_OP_INDEX_ARRAY: case GH_OP_INDEX_SLICE: return same_safe_expr(a->x, b->x) && same_safe_expr(a->y, b->y);
    case GH_OP_ARITH:
        return a->tok == b->tok && same_safe_expr(a->x, b->x) && (!a->y) == (!b->y) && (!a->y || same_safe_expr(a->y, b->y));
    default: return 0;
    }
}

/* Go's mayAffectMemory: an index that only reads names, constants and arithmetic of them. */
static int may_affect_memory(const gh_GoNode *n)
{
    if (!n) return 0;
    switch (n->op) {
    case GH_OP_VAR: case GH_OP_CONST: case GH_OP_NIL: return 0;
    case GH_OP_ARITH: case GH_OP_INDEX_ARRAY: case GH_OP_INDEX_SLICE: case GH_OP_INDEX_STRING:
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case GH_OP_CONV: case GH_OP_LEN: case GH_OP_CAP: return may_affect_memory(n->list[0]);
    case GH_OP_NEG: case GH_OP_DOT: case GH_OP_DOTPTR: case GH_OP_DEREF: return may_affect_memory(n->x);
    default: return 1;
    }
}

static int self_assign(const gh_GoNode *dst, const gh_GoNode *src)
{
    if (!dst || !src) return 0;
    if ((dst->op == GH_OP_DEREF || dst->op == GH_OP_DOTPTR) &&
        (src->op == GH_OP_SLICE_SLICE || src->op == GH_OP_SLICE_STRING) && same_safe_expr(dst, src->x))
        return 1;
    if (dst->op != src->op) return 0;
    if (dst->op == GH_OP_DOT || dst->op == GH_OP_DOTPTR) return same_safe_expr(dst->x, src->x);
    if (dst->op == GH_OP_INDEX_ARRAY || dst->op == GH_OP_INDEX_SLICE)   /* r[i], r[j] = r[j], r[i] */
        return !may_affect_memory(dst->y) && !may_affect_memory(src->y) && same_safe_expr(dst->x, src->x);
    return 0;
}

void gh_esc_reassigned(gh_EscState *e, gh_EscHole *ks, int n, const gh_GoNode *where)
{
    for (int i = 0; i < n; i++) {
        gh_EscLoc *l = ks[i].dst;
        if (l->var && l->var->defn == where && where->kind != GH_N_RANGE) continue;
        l->reassigned = 1;
    }
}

static void fmt_list(const gh_GoNode **l, int n, char *buf, size_t size)
{
    size_t at = 0;
    buf[0] = 0;
    for (int i = 0; i < n && at + 4 < size; i++) {
        if (i) { memcpy(buf + at, ", ", 3); at += 2; }
        if (l[i]) gh_go_expr_format(l[i], buf + at, size - at);
        else snprintf(buf + at, size - at, "_");
        at += strlen(buf + at);
    }
}

void gh_esc_assign_list(gh_EscState *e, const gh_GoNode **dsts, gh_EscHole *ks, const gh_GoNode **srcs, int n,
                        const gh_GoNode *where)
{
    for (int i = 0; i < n; i++) {
        gh_EscHole k = ks[i];
        if (dsts && dsts[i] && srcs[i] && self_assign(dsts[i], srcs[i])) {
            char a[600], b[600];
            /* Go prints the whole statement: r[i], r[j] = r[j], r[i] */
            fmt_list(dsts, n, a, sizeof a);
            fmt_list(srcs, n, b, sizeof b);
            const gh_EscFunc *f = e->ctx->curfn;
            /* Go spells the statement as written: p.x = p.y, or p.x += p.y */
            const char *op = where->kind == GH_N_ASSIGN && where->tok != GH_T_ASSIGN && where->tok != GH_T_DEFINE
                                 ? gh_go_tok_string((gh_GoTok)where->tok) : "=";
            gh_esc_note(e, where->pos, gh_go_arena_printf(e->arena, "%s ignoring self-assignment in %s %s %s", f->fn->name, a, op, b));
            k = gh_esc_discard_hole(e);
        }
        gh_esc_expr(e, k, srcs[i]);
    }
    gh_esc_reassigned(e, ks, n, where);
}

static void dcl(gh_EscState *e, const gh_GoNode *name)
{
    if (!name || !name->obj || name->obj->kind != GH_OBJ_VAR || name->obj->cls == GH_CLASS_GLOBAL) return;
    gh_EscLoc *l = gh_esc_var_loc(e, name->obj);
    if (l) l->loop_depth = e->loop_depth;
}

/* a, b = f() whose results Go converts through temporaries (go_check_tuple.c, s->w): the
 * results go to the .autotmp_N temporaries, then each value (a temporary or its conversion,
 * reported as ".autotmp_4 escapes to heap") to its left-hand side. */
static void tuple_call_via_temps(gh_EscState *e, gh_EscHole *ks, int n, const gh_GoNode *s)
{
    const gh_GoNode *w = s->w;
    gh_EscHole ts[16];
    int nt = w->nlist2 < 16 ? w->nlist2 : 16;
    for (int i = 0; i < nt; i++) {
        dcl(e, w->list2[i]);
        ts[i] = gh_esc_addr_of(e, w->list2[i]);
    }
    gh_esc_call(e, ts, nt, s->list2[0]);
    for (int i = 0; i < n && i < w->nlist; i++) gh_esc_expr(e, ks[i], w->list[i]);
}

static void assign_stmt(gh_EscState *e, const gh_GoNode *s)
{
    int tuple = s->nlist2 == 1 && s->nlist > 1;
    if (s->define)
        for (int i = 0; i < s->nlist; i++)
            if (s->list[i]->obj && s->list[i]->obj->defn == s) dcl(e, s->list[i]);
    gh_EscHole ks[16];
    int n = s->nlist < 16 ? s->nlist : 16;
    for (int i = 0; i < n; i++) ks[i] = gh_esc_addr_of(e, s->list[i]);
    if (tuple && (s->list2[0]->op == GH_OP_INDEX_MAP || s->list2[0]->op == GH_OP_RECV)) {   /* v, ok = m[k]; v, ok = <-c */
        gh_esc_expr(e, ks[0], s->list2[0]);
        gh_esc_reassigned(e, ks, n, s);
        return;
    }
    if (tuple) {
        /* v, ok := x.(T) flows x into v (ok is a fresh bool); else a call's results */
        if (s->list2[0]->op == GH_OP_DOTTYPE) gh_esc_expr(e, ks[0], s->list2[0]);
        else if (s->w) tuple_call_via_temps(e, ks, n, s);
        else gh_esc_call(e, ks, n, s->list2[0]);
        gh_esc_reassigned(e, ks, n, s);
        return;
    }
    gh_esc_assign_list(e, (const gh_GoNode **)s->list, ks, (const gh_GoNode **)s->list2, n, s);
}

static void vardecl(gh_EscState *e, const gh_GoNode *d)
{
    for (int i = 0; i < d->nlist; i++) dcl(e, d->list[i]);
    if (!d->nlist2 || d->kind == GH_N_CONSTDECL) return;
    gh_EscHole ks[16];
    int n = d->nlist < 16 ? d->nlist : 16;
    for (int i = 0; i < n; i++) ks[i] = gh_esc_addr_of(e, d->list[i]);
    if (d->nlist2 == 1 && d->nlist > 1 && (d->list2[0]->op == GH_OP_INDEX_MAP || d->list2[0]->op == GH_OP_RECV)) {   /* var v, ok = m[k] */
        gh_esc_expr(e, ks[0], d->list2[0]);
        gh_esc_reassigned(e, ks, n, d);
        return;
    }
    if (d->nlist2 == 1 && d->nlist > 1) {
        if (d->list2[0]->op == GH_OP_DOTTYPE) gh_esc_expr(e, ks[0], d->list2[0]);
        else if (d->w) tuple_call_via_temps(e, ks, n, d);
        else gh_esc_call(e, ks, n, d->list2[0]);
        gh_esc_reassigned(e, ks, n, d);
        return;
    }
    gh_esc_assign_list(e, (const gh_GoNode **)d->list, ks, (const gh_GoNode **)d->list2, n, d);
}

static void range_stmt(gh_EscState *e, const gh_GoNode *s)
{
    gh_GoPos none = {0, 0};
    gh_EscLoc *tmp = gh_esc_new_loc(e, NULL, NULL, none);
    gh_esc_expr(e, gh_esc_hole(tmp), s->z);
    e->loop_depth++;
    gh_EscHole ks[2];
    ks[0] = gh_esc_addr_of(e, s->x);
    ks[1] = gh_esc_addr_of(e, s->y);
    gh_GoType *u = gh_go_under(s->z->type);
    if (u->kind == GH_K_ARRAY) gh_esc_flow(e, ks[1], tmp);
    else gh_esc_flow(e, gh_esc_deref(ks[1]), tmp);
    gh_esc_reassigned(e, ks, 2, s);
    gh_esc_block(e, s->w);
    e->loop_depth--;
}

static void return_stmt(gh_EscState *e, const gh_GoNode *s)
{
    if (!s->nlist) return;
    gh_EscHole ks[16];
    const gh_GoNode *dsts[16];
    int n = s->nlist < 16 ? s->nlist : 16;
    for (int i = 0; i < n; i++) {
        gh_EscLoc *l = i < e->ctx->nresults ? e->ctx->results[i] : NULL;
        ks[i] = l ? gh_esc_hole(l) : gh_esc_discard_hole(e);
        dsts[i] = NULL;
    }
    gh_esc_assign_list(e, dsts, ks, (const gh_GoNode **)s->list, n, s);
}

static void wrapper_slice_last(gh_EscState *e, const gh_GoNode *call);

void gh_esc_stmt(gh_EscState *e, const gh_GoNode *n)
{
    if (!n) return;
    switch (n->kind) {
    case GH_N_EXPRSTMT:
        if (n->x->kind == GH_N_CALL) gh_esc_call(e, NULL, 0, n->x);
        else gh_esc_discard(e, n->x);
        break;
    case GH_N_ASSIGN: assign_stmt(e, n); break;
    case GH_N_INCDEC: {
        gh_EscHole k = gh_esc_addr_of(e, n->x);
        gh_esc_reassigned(e, &k, 1, n);
        break;
    }
    case GH_N_VARDECL: case GH_N_CONSTDECL: vardecl(e, n); break;
    case GH_N_BLOCK: gh_esc_block(e, n); break;
    case GH_N_IF:
        gh_esc_stmt(e, n->x);
        gh_esc_discard(e, n->y);
        gh_esc_block(e, n->z);
        if (n->w) { int d = e->loop_depth; gh_esc_stmt(e, n->w); e->loop_depth = d; }
        break;
    case GH_N_FOR:
        gh_esc_stmt(e, n->x);
        e->loop_depth++;
        gh_esc_discard(e, n->y);
        gh_esc_stmt(e, n->z);
        gh_esc_block(e, n->w);
        e->loop_depth--;
        break;
    case GH_N_RANGE: range_stmt(e, n); break;
    case GH_N_RETURN: return_stmt(e, n); break;
    case GH_N_GO: gh_esc_go_stmt(e, n); break;
    /* a defer outside loops: Go 1.19 wraps the call in a closure kept in the frame until it
     * runs, so function and arguments do not escape and flow as in a call made there
     * (goDeferStmt: the later(discard) hole); in a loop (go_check_defer.c: define 2) the
     * wrapper is a heap closure, as a go statement's */
    case GH_N_DEFER:
        if (n->define == 2) gh_esc_go_stmt(e, n);
        else if (n->x->op == GH_OP_CALLLIB) {   /* the wrapper does not inline it (no copyCheck lines) */
            e->in_go = 1;
            gh_esc_call(e, NULL, 0, n->x);
            e->in_go = 0;
        } else gh_esc_call(e, NULL, 0, n->x);
        if (n->x->op == GH_OP_CALLLIB) wrapper_slice_last(e, n->x);
        break;
    default: if (!gh_esc_switch_stmt(e, n)) gh_esc_chan_stmt(e, n); break;
    }
}

/* A deferred library call's ... slice is made in the wrapper's body, after the defer
 * statement converted the operands: Go reports it after them. */
static void wrapper_slice_last(gh_EscState *e, const gh_GoNode *call)
{
    for (int i = 0; i < call->nlist; i++) {
        if (call->list[i]->kind != GH_N_DDDSLICE) continue;
        for (int k = 0; k < e->nlocs; k++)
            if (e->locs[k]->expr == call->list[i]) e->locs[k]->key = (1LL << 50) + e->seq++;
    }
}

void gh_esc_block(gh_EscState *e, const gh_GoNode *b)
{
    int old = e->loop_depth;
    for (int i = 0; i < b->nlist; i++) gh_esc_stmt(e, b->list[i]);
    e->loop_depth = old;
}
