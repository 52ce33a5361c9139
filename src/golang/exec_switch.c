/* exec_switch.c — switch statements.  The switch itself is one step (its init statement
 * and its tag, or the x of x.(type), evaluated once and held pinned: a collection while a
 * case value is computed still sees its pointers); each case tested is a step at its `case`
 * line, as each `else if` is (default is no test: its body's statements are the steps).  Clauses are tested in source order and a clause's
 * values left to right, stopping at the first match (Go evaluates non-constant case values
 * in that order too; its binary search over constant ones cannot be observed); default
 * runs when nothing matched, wherever it is written.  A clause ending in fallthrough runs
 * on into the next clause's body.  An unlabelled break, or one naming this switch's label,
 * ends the switch.
 *
 * Comparing an interface tag with a concrete case value (or the reverse) allocates
 * nothing, as in Go: the type word must be the value's type and the data the value.  A
 * type switch's v is declared when its clause is chosen (a moved-to-heap v is allocated
 * then) and receives x itself (interface and nil/default/multi-type clauses) or the value
 * x holds, copied out of its box.
 */
#include <string.h>
#include "golang/exec_int.h"

/* Go's tag == v, tag of type tt and v of type vt (one of them may be an interface). */
static bool case_equal(gh_Exec *ex, gh_GoNode *at, gh_GoType *tt, const uint8_t *tag, gh_GoType *vt, const uint8_t *v)
{
    if (vt->kind == GH_K_UNTYPED_NIL) { uint64_t w; memcpy(&w, tag, 8); return w == 0; }   /* case nil */
    bool ti = gh_go_type_is_interface(tt), vi = gh_go_type_is_interface(vt);
    if (ti == vi) return gh_x_compare_vals(ex, at, tt, tag, v) == 0;
    const uint8_t *iface = ti ? tag : v, *val = ti ? v : tag;
    gh_GoType *ct = ti ? vt : tt;
    uint64_t w[2];
    memcpy(w, iface, 16);
    if (!w[0] || w[0] != gh_x_rtype(ex, ct)) return false;
    if (gh_go_type_is_direct_iface(ct)) return memcmp(&w[1], val, 8) == 0;
    if (gh_x_size(ct) > X_VMAX) gh_x_unsupported(ex, at->pos, "comparing values larger than %d bytes is not supported", X_VMAX);
    uint8_t boxed[X_VMAX] = {0};
    gh_x_load(ex, w[1], boxed, (uint64_t)gh_x_size(ct));
    return gh_x_compare_vals(ex, at, ct, boxed, val) == 0;
}

static bool type_matches(gh_Exec *ex, const gh_GoNode *te, const uint64_t x[2])
{
    if (te->op == GH_OP_NIL) return x[0] == 0;
    if (!x[0]) return false;
    gh_GoType *dt = gh_x_rtype_get(ex, x[0]);
    if (gh_go_type_is_interface(te->type)) return gh_go_implements(dt, te->type, NULL, 0);
    return dt && gh_go_type_identical(dt, te->type);
}

/* Does clause cl match?  (The tag or x is in val, of type t, pinned at mark.) */
static bool clause_matches(gh_Exec *ex, gh_GoNode *s, gh_GoNode *cl, gh_GoType *t, uint8_t *val, int mark)
{
    for (int i = 0; i < cl->nlist; i++) {
        gh_GoNode *v = cl->list[i];
        if (s->kind == GH_N_TYPESWITCH) {
            if (type_matches(ex, v, (const uint64_t *)(const void *)val)) return true;
            continue;
        }
        if (gh_x_size(v->type) > X_VMAX) gh_x_unsupported(ex, v->pos, "comparing values larger than %d bytes is not supported", X_VMAX);
        uint8_t b[X_VMAX] = {0};
        gh_x_eval(ex, v, b);
        gh_x_unpin(ex, mark, t, val);   /* the value may have moved (a stack copy) while v was computed */
        if (case_equal(ex, v, t, val, v->type, b)) return true;
    }
    return false;
}

/* v := x for the chosen clause of a type switch. */
static void bind(gh_Exec *ex, gh_GoNode *cl, const uint64_t x[2])
{
    gh_GoObj *v = cl->obj;
    gh_x_declare(ex, v);
    gh_x_live_def(ex, v);
    gh_Addr a = gh_x_var_addr(ex, v);
    if (gh_go_type_is_interface(v->type)) { gh_x_store(ex, a, v->type, x); return; }
    if (gh_go_type_is_direct_iface(v->type)) { gh_x_store(ex, a, v->type, &x[1]); return; }
    long long n = gh_x_size(v->type);
    if (n > X_VMAX) gh_x_unsupported(ex, cl->pos, "values larger than %d bytes are not supported in a type switch", X_VMAX);
    uint8_t buf[X_VMAX] = {0};
    gh_x_load(ex, x[1], buf, (uint64_t)n);
    gh_x_store(ex, a, v->type, buf);
}

XStatus gh_x_switch(gh_Exec *ex, gh_GoNode *s)
{
    if (s->x) { gh_x_live_at(ex, s->x); gh_x_stmt(ex, s->x); }
    gh_GoType *t = s->kind == GH_N_TYPESWITCH ? s->z->type : s->y ? s->y->type : ex->prog->u.basic[GH_K_BOOL];
    uint8_t val[X_VMAX] = {0};
    if (gh_x_size(t) > X_VMAX) gh_x_unsupported(ex, s->pos, "switching on values larger than %d bytes is not supported", X_VMAX);
    gh_GoNode *tag = s->kind == GH_N_TYPESWITCH ? s->z : s->y;
    if (tag) { gh_x_live_at(ex, tag); gh_x_eval(ex, tag, val); }
    else val[0] = 1;   /* switch { ... } is switch true { ... } */
    int mark = gh_x_pin(ex, t, val);
    int chosen = -1, dflt = -1;
    for (int k = 0; k < s->nlist && chosen < 0; k++) {
        gh_GoNode *cl = s->list[k];
        if (cl->tok == GH_T_DEFAULT) { dflt = k; continue; }
        gh_x_live_at(ex, cl);
        gh_x_yield(ex, cl->pos.line);
        gh_x_unpin(ex, mark, t, val);
        if (clause_matches(ex, s, cl, t, val, mark)) chosen = k;
    }
    if (chosen < 0) chosen = dflt;
    gh_x_unpin(ex, mark, t, val);
    gh_x_unpin_all(ex, mark);
    XStatus st = XS_NORMAL;
    for (int k = chosen; k >= 0 && k < s->nlist; k++) {
        gh_GoNode *cl = s->list[k];
        if (s->kind == GH_N_TYPESWITCH && cl->obj) bind(ex, cl, (const uint64_t *)(const void *)val);
        st = gh_x_block(ex, cl->z);
        if (st != XS_NORMAL || !cl->define) break;   /* define: the clause ends in fallthrough */
    }
    if (st == XS_BREAK && (!ex->branch_label || ex->branch_label == s->obj)) {
        ex->branch_label = NULL;
        st = XS_NORMAL;
    }
    return st;
}
