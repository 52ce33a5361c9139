/* go_check_tuple.c — the values of one expression spread over several package variables:
 * `var a, b = f()` (a call with as many results), `var v, ok = m[k]` and `var v, ok = x.(T)`
 * (the comma-ok forms: the value, and whether it was there). Each variable takes its value's
 * type (an untyped bool ok becomes bool), or the declared type T, which must then be the
 * value's own: a value only assignable to T (an int to interface{}) makes Go 1.19's compiler
 * fail with an internal compiler error, so gohotel refuses it, saying so. The whole declaration is
 * one assignment of Go's initialization order (go_check_init.c), run by the package's init
 * before main (exec_stmt.c: gh_x_init_globals).
 */
#include "golang/go_const_int.h"
#include <string.h>

void gh_go_check_tuple_values(gh_GoChecker *c, gh_GoNode *d, gh_GoType *t)
{
    gh_GoNode *x = d->list2[0];
    gh_go_check_expr(c, x, NULL);
    if (d->nlist == 2) gh_go_check_map_commaok(c, x);
    int dottype = d->nlist == 2 && x->op == GH_OP_DOTTYPE;
    if (dottype) x->define = 1;   /* the comma-ok form of the assertion */
    else if (!x->type || x->type->kind != GH_K_TUPLE || x->type->nfields != d->nlist) gh_go_tuple_mismatch(c, x, d->nlist);
    for (int k = 0; k < d->nlist; k++) {
        gh_GoType *vt = dottype ? (k == 0 ? x->type : c->prog->u.basic[GH_K_BOOL]) : x->type->fields[k].type;
        if (t && !gh_go_type_identical(t, vt)) {
            char a[96], b[96], e[512];
            gh_go_source_expr(x, e, sizeof e);
            gh_go_type_format_types2(vt, a, sizeof a);
            gh_go_type_format_types2(t, b, sizeof b);
            if (!gh_go_assignable(vt, t))
                gh_go_fail(c->src, gh_go_start_pos(c, x), "cannot use %s (value of type %s) as type %s in assignment", e, a, b);
            gh_go_fail(c->src, gh_go_start_pos(c, x), "a package-level var of %d names of type %s given one value of type %s: "
                       "Go 1.19's compiler stops on it (internal compiler error: unexpected package-level statement)",
                       d->nlist, b, a);
        }
        gh_GoObj *o = d->list[k]->obj;
        o->type = vt;
        d->list[k]->type = vt;
        d->list[k]->op = GH_OP_VAR;   /* the interpreter stores each result through its name */
    }
}

/* ---- one value's parts stored into variables declared before (or of a declared type) ----
 *
 * `v, ok = m[k]`, `v, ok = x.(T)`, `a, b = f()` (and `var v, ok T = m[k]`): each part must be
 * assignable to its variable, with Go's messages at the value's start. A part only
 * assignable (an int into an interface{}, a bool into a named bool type) is converted as it
 * is stored. For the comma-ok forms Go converts there after its escape analysis (order's
 * as2ok: the value goes to a temporary, then the temporary, converted, to the variable), so
 * the conversion is never analysed: it boxes in the heap as any unanalysed one (convT64 and
 * friends; a small integer takes no allocation), with no escape line (exec_stmt.c,
 * gh_x_box_heap).
 * A call's results Go converts while type checking: RewriteMultiValueCall makes
 * `a, b = f()` into `t1, t2 := f(); a, b = t1, t2` with a temporary per result, named
 * .autotmp_N after the N variables the function has declared so far (its Dcl), and each
 * conversion at the position of the last left-hand side. The escape analysis sees those
 * conversions: ".autotmp_4 escapes to heap", or "does not escape" (then the box is a stack
 * temporary). Here the temporaries are locals of the function (its frame has their slots)
 * and s->w holds, per left-hand side, the value it is given (list: the temporary, or its
 * conversion) and the temporaries themselves (list2): the escape analysis and the
 * interpreter take the results through them (escape_walk.c, exec_stmt.c). */

/* Part i's type; *untyped_bool when it is the ok of a comma-ok form. */
static gh_GoType *part(gh_GoChecker *c, const gh_GoNode *x, int i, int *untyped_bool)
{
    *untyped_bool = 0;
    if (x->op == GH_OP_DOTTYPE && x->define) {
        *untyped_bool = i == 1;
        return i == 0 ? x->type : c->prog->u.basic[GH_K_BOOL];
    }
    if (x->op == GH_OP_INDEX_MAP && x->tok == GH_T_COMMA) *untyped_bool = i == 1;
    return x->type && x->type->kind == GH_K_TUPLE && i < x->type->nfields ? x->type->fields[i].type : NULL;
}

/* RewriteMultiValueCall: the temporaries and the converted values (see above). */
static void rewrite_call(gh_GoChecker *c, gh_GoNode *s, gh_GoType *decl_t, gh_GoPos at)
{
    gh_GoNode *x = s->list2[0], *w = gh_go_node_new(c->src, GH_N_BLOCK, s->pos);
    int base = c->fn->nlocals;   /* a var declaration's own names are declared before, as in Go */
    for (int i = 0; s->kind == GH_N_VARDECL && i < s->nlist; i++) base += strcmp(s->list[i]->name, "_") != 0;
    for (int i = 0; i < x->type->nfields; i++) {
        gh_GoType *vt = x->type->fields[i].type;
        gh_GoObj *v = gh_go_obj_new(c, GH_OBJ_VAR, gh_go_arena_printf(&c->src->arena, ".autotmp_%d", base + i), at, vt);
        v->defn = s;
        gh_go_declare_local(c, v, GH_CLASS_AUTO);
        gh_GoNode *tn = gh_go_node_new(c->src, GH_N_NAME, at);
        tn->name = v->name; tn->obj = v; tn->op = GH_OP_VAR; tn->type = vt;
        gh_go_node_append(c->src, w, 2, tn);
        gh_GoNode *l = s->list[i];
        gh_GoType *lt = decl_t ? decl_t : l->type;
        int blank = l->kind == GH_N_NAME && !strcmp(l->name, "_");
        gh_GoNode *val = tn;
        if (!blank && lt && !gh_go_type_identical(lt, vt)) {
            gh_GoNode *use = gh_go_node_new(c->src, GH_N_NAME, at);
            *use = *tn;
            val = gh_go_assign_conv_at(c, use, lt, at, "assignment");
        }
        gh_go_node_append(c->src, w, 1, val);
    }
    s->w = w;
}

void gh_go_check_tuple_targets(gh_GoChecker *c, gh_GoNode *s, gh_GoType *decl_t)
{
    gh_GoNode *x = s->list2[0];
    int call = !(x->op == GH_OP_DOTTYPE && x->define) && !(x->op == GH_OP_INDEX_MAP && x->tok == GH_T_COMMA);
    int mismatched = 0;
    /* where Go's type checker stands when it converts: after the value, then the left-hand
     * sides it checks (not the names a := or a var declaration defines) */
    gh_GoPos at = gh_go_trail_pos(x, s->pos);
    for (int i = 0; s->kind == GH_N_ASSIGN && !s->define && i < s->nlist; i++) at = gh_go_trail_pos(s->list[i], at);
    for (int i = 0; i < s->nlist; i++) {
        gh_GoNode *l = s->list[i];
        gh_GoType *lt = decl_t;
        if (!lt) {
            if (l->kind == GH_N_NAME && (!l->obj || l->obj->defn == s)) continue;   /* _, or a name := defines */
            lt = l->type;
        }
        int ub;
        gh_GoType *vt = part(c, x, i, &ub);
        if (!lt || !vt || gh_go_type_identical(lt, vt)) continue;
        char e[512], a[96], b[96];
        gh_go_source_expr(x, e, sizeof e);
        gh_go_type_format_types2(lt, b, sizeof b);
        if (ub) {
            if (gh_go_under(lt)->kind != GH_K_BOOL && !gh_go_assignable(c->prog->u.basic[GH_K_BOOL], lt))
                gh_go_fail(c->src, gh_go_start_pos(c, x), "cannot use %s (untyped bool value) as %s value in assignment", e, b);
        } else if (!gh_go_assignable(vt, lt)) {
            gh_go_type_format_types2(vt, a, sizeof a);
            gh_go_fail(c->src, gh_go_start_pos(c, x), "cannot use %s (value of type %s) as type %s in assignment", e, a, b);
        }
        mismatched = 1;
    }
    if (call && mismatched && c->fn) rewrite_call(c, s, decl_t, at);
}
