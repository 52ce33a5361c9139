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
