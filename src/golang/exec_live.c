/* exec_live.c — stack liveness for the interpreter's frames: which locals of a function
 * are live at each safe point, so that a dead local is not a root (Go's stack maps).
 *
 * Go's compiler (cmd/compile/internal/liveness) computes, for every safe point of a
 * function (calls, allocations: wherever the collector may run), the set of stack
 * variables that some path from there reads before it overwrites them; only those slots
 * are in the stack map the collector scans and copystack adjusts. A whole assignment
 * `x = v` is a definition (OpVarDef): x's previous value is dead while v is computed, so
 * in `for ... { t := build(); use(t) }` the previous iteration's t is no root while build
 * runs. A partial store (x.f = v, x[i] = v, x += v) reads x. Variables whose address is
 * taken are not in Go 1.19's stack maps: they are stack objects, scanned when a live
 * pointer leads to them. Here the same rule is computed ahead: an address-taken x is live
 * where x is, or where a local that may hold its address is (p := &x, q := id(&x), a
 * struct or closure holding &x: the target of an assignment holds every stack address its
 * value computes or reads from another holder; escape analysis moved to the heap every
 * variable whose address could be kept elsewhere, so only this frame's locals and calls in
 * progress hold one). Ranging over an array (or over p = &arr) reads it in place: it is
 * live for the whole loop.
 *
 * The analysis here runs once per function, backward over the checked tree, the
 * statement being the unit (the interpreter's safe points are inside statements):
 *   in(S)     = use(S) ∪ (out(S) − def(S))                 simple statements
 *   in(if)    = in(init) of use(cond) ∪ in(then) ∪ in(else)
 *   head(for) = use(cond) ∪ in(body) ∪ out   with out(body) = in(post), out(post) = head,
 *               iterated to a fixed point (sets only grow; a pass that changes nothing
 *               has recorded every point with the final sets); break is out, continue
 *               in(post); range: head = (in(body) − {key, value}) ∪ out.
 *   in(return) = use(results' values) ∪ the results (copied out after the body).
 * During a simple statement the live set is use(S) ∪ (out(S) − def(S)): everything it
 * reads stays live while it runs (a conservative view of Go's order of evaluation), what
 * it defines is dead until the store, which makes it live first (gh_x_live_def).
 * Definitions are only the stores of a value computed elsewhere: a variable a statement
 * builds in place (larger than X_VMAX) counts as read. A moved-to-heap variable's slot
 * holds its heap address, defined by its declaration only; every other mention reads it.
 * Compiler temporaries: the spill words are only non-zero while in use; the .autotmp
 * stack homes of non-escaping literals (&T{}, closures) and the closure pointer are not
 * locals here and stay roots while their frame lives (Go: while in use). A `... argument`
 * array on the stack (fmt.Println's []interface{}) is live only while its statement runs,
 * as in Go's stack maps (the call is its last use): every statement starts with it dead,
 * filling it makes it live (gh_x_live_temp), so a box it pointed at is garbage after the
 * call. One a defer or go statement evaluates stays live (its call runs later).
 *
 * At run time each statement (and each loop head and if condition) applies its set to
 * the running frame through the runtime's gh_frame_set_live: a dead slot's words are no
 * pointers to the collector (not scanned, not adjusted when the stack is copied), and
 * the cafeteria shows it as dead.
 * Worked example: `for i := 0; i < 2; i++ { t := tree(); n += t.check() }` — at
 * `t := tree()` the set is {i, n} (t is defined there), at `n += t.check()` {i, n, t},
 * at the loop head {i, n}: the first tree is garbage during the second tree() call.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

/* A function with more locals keeps every one live (the sets would cost locals x
 * statements bits): gohotel's limit, not Go's. */
enum { X_LIVE_MAX_LOCALS = 2048 };

struct XLive {
    int nvars, words;
    uint64_t *taken;        /* address taken or captured by reference: Go's stack objects */
    int *tk, ntk;           /* the taken locals' ids */
    uint64_t *holders;      /* per taken local (words each): locals that may hold its address */
    uint64_t *exit;         /* the results: read when the body has run */
    uint64_t *all;          /* every local (statements the analysis does not know) */
    uint64_t *sets; int nsets, capsets;  /* nsets sets of `words` words */
    XMap at;                /* statement, if condition or loop body -> set index + 1 */
    struct { const gh_GoNode *n; uint64_t e; } recent[16]; /* at's answers for recent nodes (by address) */
    int *ddd, nddd;         /* frame-local indices of the `... argument` arrays on the stack */
    bool ddd_known;
};

typedef struct LCtx {
    gh_Exec *ex;
    gh_GoFunc *fn;
    XLive *lv;
    const uint64_t *brk, *cont;   /* live at the innermost loop's exit / continue target */
    bool fail;
    /* the same for labelled statements: break L / continue L (see label_targets) */
    const gh_GoObj *lab[64]; const uint64_t *lbrk[64], *lcont[64]; int nlab;
} LCtx;

/* Records c->brk and c->cont as where break/continue naming s's label go. */
static void label_targets(LCtx *c, const gh_GoNode *s)
{
    if (!s->obj || s->obj->kind != GH_OBJ_LABEL) return;
    int i = 0;
    while (i < c->nlab && c->lab[i] != s->obj) i++;
    if (i == 64) { c->fail = true; return; }
    if (i == c->nlab) c->nlab++;
    c->lab[i] = s->obj;
    c->lbrk[i] = c->brk;
    c->lcont[i] = c->cont;
}

static const uint64_t *label_target(const LCtx *c, const gh_GoNode *b)
{
    for (int i = 0; i < c->nlab; i++)
        if (c->lab[i] == b->obj) return b->tok == GH_T_BREAK ? c->lbrk[i] : c->lcont[i];
    return NULL;
}

static uint64_t *set_new(LCtx *c)
{
    uint64_t *s = calloc((size_t)c->lv->words + 1, sizeof *s);
    if (!s) c->fail = true;
    return s;
}

static void set_copy(LCtx *c, uint64_t *d, const uint64_t *s) { if (d && s) memcpy(d, s, sizeof *d * (size_t)c->lv->words); }
static void set_or(LCtx *c, uint64_t *d, const uint64_t *s) { for (int i = 0; d && s && i < c->lv->words; i++) d[i] |= s[i]; }
static void set_andnot(LCtx *c, uint64_t *d, const uint64_t *s) { for (int i = 0; d && s && i < c->lv->words; i++) d[i] &= ~s[i]; }
static bool set_eq(LCtx *c, const uint64_t *a, const uint64_t *b) { return !a || !b || !memcmp(a, b, sizeof *a * (size_t)c->lv->words); }
static void set_bit(uint64_t *s, int k) { if (s) s[k >> 6] |= (uint64_t)1 << (k & 63); }
static bool bit(const uint64_t *s, int k) { return (s[k >> 6] >> (k & 63)) & 1; }

static bool is_local(const LCtx *c, const gh_GoObj *o)
{
    return o && o->kind == GH_OBJ_VAR && o->owner == c->fn && o->id >= 0 && o->id < c->fn->nlocals &&
           c->fn->locals[o->id] == o;
}

static bool is_blank(const gh_GoNode *n) { return n->kind == GH_N_NAME && n->name && !strcmp(n->name, "_"); }

/* The variable an addressable expression lives in (x in x, x.f, x[i] of an array), if local. */
static gh_GoObj *root_var(const LCtx *c, gh_GoNode *n)
{
    while (n) {
        if (n->kind == GH_N_NAME) return is_local(c, n->obj) ? n->obj : NULL;
        if (n->kind == GH_N_SELECTOR && n->op == GH_OP_DOT) n = n->x;
        else if (n->kind == GH_N_INDEX && n->op == GH_OP_INDEX_ARRAY) n = n->x;
        else return NULL;
    }
    return NULL;
}

static void children(LCtx *c, gh_GoNode *n, void (*fn)(LCtx *, gh_GoNode *, uint64_t *), uint64_t *set)
{
    fn(c, n->x, set); fn(c, n->y, set); fn(c, n->z, set); fn(c, n->w, set);
    for (int i = 0; i < n->nlist; i++) fn(c, n->list[i], set);
    for (int i = 0; i < n->nlist2; i++) fn(c, n->list2[i], set);
}

/* Adds the locals n reads to set. */
static void uses(LCtx *c, gh_GoNode *n, uint64_t *set)
{
    if (!n) return;
    if (n->kind == GH_N_NAME) {
        if (is_local(c, n->obj)) set_bit(set, n->obj->id);
        return;
    }
    if (n->kind == GH_N_FUNCLIT) {           /* by value (or a heap address): read at creation */
        for (int i = 0; n->fn && i < n->fn->ncaptured; i++)
            if (is_local(c, n->fn->captured[i])) set_bit(set, n->fn->captured[i]->id);
        return;
    }
    children(c, n, uses, set);
}

/* Adds to set the locals whose stack address n computes (&x, x[:] of an array, the
 * implicit &x of a pointer method, a closure capturing x by reference). */
static void addresses(LCtx *c, gh_GoNode *n, uint64_t *set)
{
    if (!n) return;
    if (n->kind == GH_N_FUNCLIT) {
        for (int i = 0; n->fn && i < n->fn->ncaptured; i++) {
            gh_GoObj *o = n->fn->captured[i];
            if (is_local(c, o) && !o->heap && !gh_x_by_value(o)) set_bit(set, o->id);
        }
        return;
    }
    gh_GoObj *o = NULL;
    if (n->op == GH_OP_ADDR || n->kind == GH_N_ADDR_IMPLICIT || n->op == GH_OP_SLICE_ARRAY) o = root_var(c, n->x);
    if (o && !o->heap) set_bit(set, o->id);
    children(c, n, addresses, set);
}


static uint64_t *holders_of(XLive *lv, int j) { return lv->holders + (size_t)j * (size_t)lv->words; }

/* Which locals may hold which stack address: an assignment's target holds every address
 * its value computes, and every address a local it reads may hold (a callee may return the
 * pointer it got). Escape analysis moved to the heap whatever the heap or another frame
 * could keep, so only this frame's locals (and calls in progress) hold them. Iterated
 * until nothing changes. */
static bool flow(LCtx *c, gh_GoNode **lhs, int nl, gh_GoNode **rhs, int nr, uint64_t *addrs)
{
    XLive *lv = c->lv;
    bool changed = false;
    memset(addrs, 0, sizeof *addrs * (size_t)lv->words);
    for (int i = 0; i < nr; i++) addresses(c, rhs[i], addrs);
    uint64_t *reads = set_new(c);
    for (int i = 0; i < nr; i++) uses(c, rhs[i], reads);
    for (int j = 0; reads && j < lv->ntk; j++) {
        const uint64_t *h = holders_of(lv, j);
        for (int w = 0; w < lv->words; w++)
            if (h[w] & reads[w]) { set_bit(addrs, lv->tk[j]); break; }
    }
    for (int i = 0; i < nl; i++) {
        gh_GoObj *t = root_var(c, lhs[i]);
        if (!t || !gh_go_type_has_pointers(t->type)) continue;
        for (int j = 0; j < lv->ntk; j++)
            if (bit(addrs, lv->tk[j]) && !bit(holders_of(lv, j), t->id)) { set_bit(holders_of(lv, j), t->id); changed = true; }
    }
    free(reads);
    return changed;
}

static bool holders_walk(LCtx *c, gh_GoNode *n, uint64_t *addrs)
{
    if (!n || n->kind == GH_N_FUNCLIT || c->fail) return false;
    bool changed = false;
    if (n->kind == GH_N_ASSIGN || n->kind == GH_N_VARDECL) changed |= flow(c, n->list, n->nlist, n->list2, n->nlist2, addrs);
    if (n->kind == GH_N_RANGE) changed |= flow(c, &n->y, n->y ? 1 : 0, &n->z, 1, addrs);  /* the value */
    gh_GoNode *kids[4] = {n->x, n->y, n->z, n->w};   /* every child is walked: no short circuit */
    for (int i = 0; i < 4; i++) changed |= holders_walk(c, kids[i], addrs);
    for (int i = 0; i < n->nlist; i++) changed |= holders_walk(c, n->list[i], addrs);
    for (int i = 0; i < n->nlist2; i++) changed |= holders_walk(c, n->list2[i], addrs);
    return changed;
}

/* A stack object (address-taken x) is live where x is, or where a local holding its
 * address is (Go scans a stack object when a live pointer leads to it). */
static void add_stack_objects(LCtx *c, uint64_t *set)
{
    XLive *lv = c->lv;
    for (bool changed = true; changed;) {
        changed = false;
        for (int j = 0; j < lv->ntk; j++) {
            if (bit(set, lv->tk[j])) continue;
            const uint64_t *h = holders_of(lv, j);
            for (int w = 0; w < lv->words; w++)
                if (h[w] & set[w]) { set_bit(set, lv->tk[j]); changed = true; break; }
        }
    }
}

/* Is `l = v` (or l := v) in statement s a definition of l (a whole store of a value
 * computed first)? */
static gh_GoObj *defined(const LCtx *c, gh_GoNode *l, gh_GoNode *s, bool declares)
{
    if (l->kind != GH_N_NAME || !is_local(c, l->obj)) return NULL;
    gh_GoObj *o = l->obj;
    if (o->heap) return declares && o->defn == s ? o : NULL;
    return gh_x_size(o->type) <= X_VMAX ? o : NULL;
}

static void record(LCtx *c, const void *n, const uint64_t *set)
{
    XLive *lv = c->lv;
    if (!n || c->fail) return;
    uint64_t *e = gh_xmap_get(&lv->at, n, true);
    if (!e) { c->fail = true; return; }
    if (!e[0]) {
        if (lv->nsets == lv->capsets) {
            int nc = lv->capsets ? lv->capsets * 2 : 16;
            uint64_t *ns = realloc(lv->sets, sizeof *ns * (size_t)nc * (size_t)lv->words);
            if (!ns) { c->fail = true; return; }
            lv->sets = ns;
            lv->capsets = nc;
        }
        e[0] = (uint64_t)++lv->nsets;
    }
    memcpy(lv->sets + (e[0] - 1) * (uint64_t)lv->words, set, sizeof *set * (size_t)lv->words);
}

static const uint64_t *recorded(LCtx *c, const void *n)
{
    uint64_t *e = gh_xmap_get(&c->lv->at, n, false);
    return e && e[0] ? c->lv->sets + (e[0] - 1) * (uint64_t)c->lv->words : NULL;
}

static void live_stmt(LCtx *c, gh_GoNode *s, const uint64_t *out, uint64_t *in);

/* in = use ∪ (out − def), recorded as s's set. */
static void simple(LCtx *c, gh_GoNode *s, const uint64_t *out, uint64_t *use, uint64_t *def, uint64_t *in)
{
    set_copy(c, in, out);
    set_andnot(c, in, def);
    set_or(c, in, use);
    record(c, s, in);
}

static void assign_stmt(LCtx *c, gh_GoNode *s, const uint64_t *out, uint64_t *in, uint64_t *use, uint64_t *def)
{
    bool whole = s->kind == GH_N_VARDECL || s->tok == GH_T_ASSIGN || s->tok == GH_T_DEFINE;
    bool declares = s->kind == GH_N_VARDECL || s->tok == GH_T_DEFINE;
    for (int i = 0; i < s->nlist2; i++) uses(c, s->list2[i], use);
    for (int i = 0; i < s->nlist; i++) {
        gh_GoNode *l = s->list[i];
        if (is_blank(l)) continue;
        gh_GoObj *o = whole ? defined(c, l, s, declares) : NULL;
        /* var x T = <large value> is built in place after x is zeroed: x is read */
        if (o && s->kind == GH_N_VARDECL && s->nlist2 && !o->heap && gh_x_size(o->type) > X_VMAX) o = NULL;
        if (o && s->kind == GH_N_ASSIGN && s->nlist == 1 && gh_x_size(o->type) > X_VMAX) o = NULL;
        if (o) set_bit(def, o->id);
        else if (s->kind != GH_N_VARDECL) uses(c, l, use);
    }
    simple(c, s, out, use, def, in);
}

static void for_stmt(LCtx *c, gh_GoNode *s, const uint64_t *out, uint64_t *in)
{
    uint64_t *head = set_new(c), *post_in = set_new(c), *body_in = set_new(c), *nh = set_new(c), *keys = set_new(c);
    const uint64_t *brk = c->brk, *cont = c->cont;
    bool range = s->kind == GH_N_RANGE;
    if (range) {                              /* key and value: stored at each iteration's top */
        gh_GoNode *kv[2] = {s->x, s->y};
        for (int i = 0; i < 2; i++) {
            if (!kv[i] || is_blank(kv[i])) continue;
            gh_GoObj *o = defined(c, kv[i], s, true);
            /* a moved-to-heap key is declared once: each iteration stores through its slot */
            if (o && !o->heap) set_bit(keys, o->id);
            else uses(c, kv[i], nh);          /* nh collects what the stores read */
        }
    }
    uint64_t *kvuse = set_new(c);
    set_copy(c, kvuse, nh);
    if (range) {   /* an array (or the array p points to) is read in place at every iteration */
        gh_GoType *zt = gh_go_under(s->z->type);
        if (zt->kind == GH_K_ARRAY || zt->kind == GH_K_POINTER) uses(c, s->z, kvuse);
    }
    /* Warm start: an enclosing loop's earlier pass left this loop's head, which is below
     * the fixed point (sets only grow), so nested loops cost passes linear in depth. */
    const void *warm = (const char *)s + 1;
    const uint64_t *prev = recorded(c, warm);
    if (prev) set_copy(c, head, prev);
    for (int pass = 0; !c->fail && pass < 10000; pass++) {
        if (range) {
            c->brk = out; c->cont = head;
            label_targets(c, s);
            live_stmt(c, s->w, head, body_in);
            set_copy(c, nh, body_in);
            set_andnot(c, nh, keys);
            set_or(c, nh, kvuse);
            set_or(c, nh, out);
        } else {
            if (s->z) live_stmt(c, s->z, head, post_in);
            else set_copy(c, post_in, head);
            c->brk = out; c->cont = post_in;
            label_targets(c, s);
            live_stmt(c, s->w, post_in, body_in);
            memset(nh, 0, sizeof *nh * (size_t)c->lv->words);
            uses(c, s->y, nh);
            set_or(c, nh, body_in);
            if (s->y) set_or(c, nh, out);
        }
        c->brk = brk; c->cont = cont;
        bool same = set_eq(c, nh, head);
        set_copy(c, head, nh);
        if (same) break;
    }
    record(c, s->w, head);
    record(c, warm, head);
    if (range) {
        set_copy(c, in, head);
        uses(c, s->z, in);
        record(c, s, in);
    } else if (s->x) {
        live_stmt(c, s->x, head, in);
        record(c, s, in);
    } else {
        set_copy(c, in, head);
        record(c, s, in);
    }
    free(head); free(post_in); free(body_in); free(nh); free(keys); free(kvuse);
}

/* A switch: a clause's body flows to the switch's exit (break too) or, ending in
 * fallthrough, into the next body; the tests run in order, each reading its values, the
 * last failing one leading to default's body (or the exit); a type switch's clause defines
 * its v. Recorded: each tested clause (its test), the tag, and the switch (init first). */
static void switch_stmt(LCtx *c, gh_GoNode *s, const uint64_t *out, uint64_t *in)
{
    int n = s->nlist;
    uint64_t **body = calloc((size_t)n + 1, sizeof *body);
    uint64_t *next = set_new(c), *miss = set_new(c), *tmp = set_new(c);
    if (!body) { c->fail = true; free(next); free(miss); free(tmp); return; }
    const uint64_t *brk = c->brk;
    c->brk = out;
    label_targets(c, s);
    int dflt = -1;
    for (int k = n - 1; k >= 0 && !c->fail; k--) {
        gh_GoNode *cl = s->list[k];
        body[k] = set_new(c);
        live_stmt(c, cl->z, cl->define && k + 1 < n ? body[k + 1] : out, body[k]);
        if (cl->tok == GH_T_DEFAULT) dflt = k;
    }
    c->brk = brk;
    for (int k = 0; k < n && !c->fail; k++) {   /* a clause's v is stored as the clause begins */
        gh_GoNode *cl = s->list[k];
        if (!cl->obj || !is_local(c, cl->obj)) continue;
        gh_GoObj *v = cl->obj;
        if (!v->heap && gh_x_size(v->type) <= X_VMAX && body[k]) body[k][v->id >> 6] &= ~((uint64_t)1 << (v->id & 63));
    }
    set_copy(c, miss, dflt >= 0 ? body[dflt] : out);
    set_copy(c, next, miss);
    for (int k = n - 1; k >= 0 && !c->fail; k--) {
        gh_GoNode *cl = s->list[k];
        if (cl->tok == GH_T_DEFAULT) continue;
        set_or(c, next, body[k]);
        for (int i = 0; i < cl->nlist; i++) uses(c, cl->list[i], next);
        record(c, cl, next);
    }
    gh_GoNode *tag = s->kind == GH_N_TYPESWITCH ? s->z : s->y;
    if (tag) { uses(c, tag, next); record(c, tag, next); }
    if (s->x) live_stmt(c, s->x, next, in);
    else set_copy(c, in, next);
    record(c, s, in);
    for (int k = 0; k < n; k++) free(body[k]);
    free(body); free(next); free(miss); free(tmp);
}

static void live_stmt(LCtx *c, gh_GoNode *s, const uint64_t *out, uint64_t *in)
{
    if (c->fail) return;
    if (!s) { set_copy(c, in, out); return; }
    uint64_t *use = set_new(c), *def = set_new(c);
    switch (s->kind) {
    case GH_N_EMPTY: case GH_N_CONSTDECL: case GH_N_TYPEDECL:
        set_copy(c, in, out);
        break;
    case GH_N_EXPRSTMT: case GH_N_INCDEC: case GH_N_GO: case GH_N_DEFER:   /* a defer reads its operands there (they stay pinned in the frame) */
    case GH_N_SEND:
        uses(c, s->x, use);
        if (s->kind == GH_N_SEND) uses(c, s->y, use);
        simple(c, s, out, use, def, in);
        break;
    case GH_N_ASSIGN: case GH_N_VARDECL:
        assign_stmt(c, s, out, in, use, def);
        break;
    case GH_N_BLOCK: {
        uint64_t *cur = set_new(c);
        set_copy(c, cur, out);
        for (int i = s->nlist - 1; i >= 0 && !c->fail; i--) {
            live_stmt(c, s->list[i], cur, in);
            set_copy(c, cur, in);
        }
        set_copy(c, in, cur);
        record(c, s, in);
        free(cur);
        break;
    }
    case GH_N_IF: {
        uint64_t *cnd = set_new(c), *other = set_new(c);
        live_stmt(c, s->z, out, cnd);
        if (s->w) live_stmt(c, s->w, out, other);
        else set_copy(c, other, out);
        set_or(c, cnd, other);
        uses(c, s->y, cnd);
        record(c, s->y, cnd);
        if (s->x) live_stmt(c, s->x, cnd, in);
        else set_copy(c, in, cnd);
        record(c, s, in);
        free(cnd); free(other);
        break;
    }
    case GH_N_FOR: case GH_N_RANGE:
        for_stmt(c, s, out, in);
        break;
    case GH_N_RETURN:
        for (int i = 0; i < s->nlist; i++) uses(c, s->list[i], use);
        simple(c, s, c->lv->exit, use, def, in);
        break;
    case GH_N_SWITCH: case GH_N_TYPESWITCH:
        switch_stmt(c, s, out, in);
        break;
    case GH_N_LABELED:
        live_stmt(c, s->x, out, in);
        break;
    case GH_N_BRANCH: {
        const uint64_t *to = s->tok == GH_T_BREAK ? c->brk : c->cont;
        if (s->name) to = label_target(c, s);
        if (s->tok == GH_T_GOTO) to = NULL;           /* wherever it lands: everything live */
        if (s->tok == GH_T_FALLTHROUGH) to = out;     /* out is the next clause's body (switch_stmt) */
        set_copy(c, in, to ? to : c->lv->all);
        record(c, s, in);
        break;
    }
    default:                                  /* nothing the analysis knows: all live */
        set_copy(c, in, c->lv->all);
        record(c, s, in);
        break;
    }
    free(use); free(def);
}

static XLive *analyse(gh_Exec *ex, gh_GoFunc *fn)
{
    XLive *lv = calloc(1, sizeof *lv);
    if (!lv) return NULL;
    lv->nvars = fn->nlocals;
    lv->words = (fn->nlocals + 63) / 64 + 1;
    if (fn->nlocals > X_LIVE_MAX_LOCALS) return lv;   /* no sets: every local stays live */
    LCtx c = {.ex = ex, .fn = fn, .lv = lv};
    lv->taken = set_new(&c);
    lv->exit = set_new(&c);
    lv->all = set_new(&c);
    uint64_t *in = set_new(&c);
    if (!c.fail) {
        for (int k = 0; k < fn->nlocals; k++) set_bit(lv->all, k);
        addresses(&c, fn->body, lv->taken);
        lv->tk = calloc((size_t)lv->nvars + 1, sizeof *lv->tk);
        if (!lv->tk) c.fail = true;
        for (int k = 0; !c.fail && k < lv->nvars; k++)
            if (bit(lv->taken, k)) lv->tk[lv->ntk++] = k;
        lv->holders = calloc((size_t)lv->ntk * (size_t)lv->words + 1, sizeof *lv->holders);
        uint64_t *addrs = set_new(&c);
        if (!lv->holders) c.fail = true;
        while (!c.fail && lv->ntk && holders_walk(&c, fn->body, addrs)) {}
        free(addrs);
        for (int i = 0; i < fn->nresults; i++)
            if (is_local(&c, fn->results[i])) set_bit(lv->exit, fn->results[i]->id);
        live_stmt(&c, fn->body, lv->exit, in);
        for (int i = 0; !c.fail && i < lv->nsets; i++) add_stack_objects(&c, lv->sets + (size_t)i * (size_t)lv->words);
    }
    free(in);
    if (c.fail) { gh_x_live_free(lv); return NULL; }
    return lv;
}

void gh_x_live_free(XLive *lv)
{
    if (!lv) return;
    free(lv->taken); free(lv->tk); free(lv->holders); free(lv->exit); free(lv->all); free(lv->sets); free(lv->ddd);
    gh_xmap_free(&lv->at);
    free(lv);
}

/* The `... argument` temporaries of fn's own statements (not under a defer or go). */
static void ddd_walk(XLive *lv, const XLayout *lay, const gh_GoNode *n, bool later, int nlocals)
{
    if (!n || n->kind == GH_N_FUNCLIT) return;
    later |= n->kind == GH_N_DEFER || n->kind == GH_N_GO;
    if (n->kind == GH_N_DDDSLICE && n->esc == 2 && !later)
        for (int i = 0; i < lay->ntemps; i++)
            if (lay->temps[i].node == n) {
                int *v = realloc(lv->ddd, sizeof *v * (size_t)(lv->nddd + 1));
                if (!v) break;   /* out of host memory: it stays live, as before */
                lv->ddd = v;
                lv->ddd[lv->nddd++] = nlocals + 2 + i;   /* after the locals, .closureptr and .spill */
            }
    ddd_walk(lv, lay, n->x, later, nlocals); ddd_walk(lv, lay, n->y, later, nlocals);
    ddd_walk(lv, lay, n->z, later, nlocals); ddd_walk(lv, lay, n->w, later, nlocals);
    for (int i = 0; i < n->nlist; i++) ddd_walk(lv, lay, n->list[i], later, nlocals);
    for (int i = 0; i < n->nlist2; i++) ddd_walk(lv, lay, n->list2[i], later, nlocals);
}

void gh_x_live_at(gh_Exec *ex, const gh_GoNode *n)
{
    XFrame *f = gh_x_frame(ex);
    if (!f || !n) return;
    XLayout *lay = f->lay;
    if (!lay->live) {
        lay->live = analyse(ex, f->fn);
        if (!lay->live) gh_x_panic(ex, "fatal error: out of memory");
    }
    XLive *lv = lay->live;
    if (!lv->ddd_known) { lv->ddd_known = true; ddd_walk(lv, lay, f->fn->body, false, f->fn->nlocals); }
    if (!f->ddd_dead) {
        for (int i = 0; i < lv->nddd; i++) gh_frame_set_live(ex->sim, f->gframe, (uint32_t)lv->ddd[i], false);
        f->ddd_dead = true;
    }
    /* at is complete once the analysis ran: its answer for a node (0: none) can be kept */
    uint32_t r = (uint32_t)((uintptr_t)n >> 4) & 15;
    if (lv->recent[r].n != n) {
        uint64_t *e = gh_xmap_get(&lv->at, n, false);
        lv->recent[r].n = n;
        lv->recent[r].e = e ? e[0] : 0;
    }
    uint64_t idx = lv->recent[r].e;
    if (!idx) return;
    const uint64_t *set = lv->sets + (idx - 1) * (uint64_t)lv->words;
    /* Only the locals whose state changes are set: gh_frame_set_live does nothing for the
     * others (their slot already is as asked), and f->dead mirrors the flags it keeps, as
     * only this file sets them and a new frame's locals start live. */
    int low = lv->nvars < 64 ? lv->nvars : 64;
    uint64_t in = low == 64 ? ~(uint64_t)0 : ((uint64_t)1 << low) - 1;
    uint64_t want = ~set[0] & in;
    for (uint64_t d = (want ^ f->dead) & in; d; d &= d - 1) {
        int k = __builtin_ctzll(d);
        gh_frame_set_live(ex->sim, f->gframe, (uint32_t)k, !((want >> k) & 1));
    }
    f->dead = (f->dead & ~in) | want;
    for (int k = 64; k < lv->nvars; k++)
        gh_frame_set_live(ex->sim, f->gframe, (uint32_t)k, bit(set, k));
}

void gh_x_live_temp(gh_Exec *ex, const gh_GoNode *n)
{
    XFrame *f = gh_x_frame(ex);
    if (!f || !f->lay->live || !f->lay->live->nddd) return;
    for (int i = 0; i < f->lay->ntemps; i++)
        if (f->lay->temps[i].node == n) {
            gh_frame_set_live(ex->sim, f->gframe, (uint32_t)(f->fn->nlocals + 2 + i), true);
            f->ddd_dead = false;
            return;
        }
}

void gh_x_live_def(gh_Exec *ex, const gh_GoObj *o)
{
    XFrame *f = gh_x_frame(ex);
    if (f && o && o->owner == f->fn && o->id >= 0 && o->id < f->fn->nlocals) {
        gh_frame_set_live(ex->sim, f->gframe, (uint32_t)o->id, true);
        if (o->id < 64) f->dead &= ~((uint64_t)1 << o->id);
    }
}
