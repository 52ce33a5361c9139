/* go_check_staticcall.c — calls through a local that always holds one method expression or
 * declared function: `f := (*strings.Builder).WriteString; f(&sb, "x")`, `g := (*P).Scale;
 * g(&p, 3)`, `h := set; h(&x)`. Go 1.19
 * follows such a variable to its value (ir.StaticValue: a local of the function, defined once
 * with that value, never assigned again nor its address taken) both when it inlines and in
 * escape analysis, so the call is the method call sb.WriteString("x"): inlined if the method
 * is, else tagged with the method's own parameter leaks (&p does not escape). This pass,
 * after every body is checked (a later assignment would make the variable non-static),
 * rewrites such a call into that method call, as the checker does for `(*P).Scale(&p, 3)`
 * written directly (a function's into a call of the function). The variable itself is still
 * assigned (its static function value). A method expression that names one of Go's generated
 * wrappers stays a call of a value, and so does a go or defer statement's call (Go's wrapper
 * for it captures the variable; it is not inlined).
 */
#include "golang/go_check_int.h"

/* The method expression a local always holds, or NULL. */
static const gh_GoNode *static_method_expr(const gh_GoNode *x)
{
    if (x->kind != GH_N_NAME || x->op != GH_OP_VAR || !x->obj) return NULL;
    const gh_GoObj *o = x->obj;
    if (o->cls != GH_CLASS_AUTO || o->reassigned_syntax || !o->defn) return NULL;
    const gh_GoNode *d = o->defn, *v = NULL;
    if (d->nlist != d->nlist2) return NULL;   /* a, b := f() */
    for (int i = 0; i < d->nlist; i++)
        if (d->list[i]->obj == o) v = d->list2[i];
    if (!v || v->op != GH_OP_FUNCNAME || (!v->fn && !v->lib)) return NULL;
    return v->kind == GH_N_SELECTOR || v->kind == GH_N_NAME ? v : NULL;
}

static void walk(gh_GoChecker *c, gh_GoNode *n)
{
    if (!n) return;
    if (n->kind == GH_N_GO || n->kind == GH_N_DEFER) {   /* the call stays; its operands may hold calls */
        gh_GoNode *call = n->x;
        if (call && call->kind == GH_N_CALL) {
            walk(c, call->x);
            for (int i = 0; i < call->nlist; i++) walk(c, call->list[i]);
        }
        return;
    }
    if (n->kind == GH_N_CALL && n->op == GH_OP_CALLDYN) {
        const gh_GoNode *m = static_method_expr(n->x);
        if (m && m->kind == GH_N_NAME) {   /* a declared function */
            n->op = GH_OP_CALLFUNC;
            n->fn = m->fn;
        } else if (m && n->nlist && !n->dotdotdot) {
            gh_go_method_expr_as_call(c, n, m);
        }
    }
    walk(c, n->x); walk(c, n->y); walk(c, n->z); walk(c, n->w);
    for (int i = 0; i < n->nlist; i++) walk(c, n->list[i]);
    for (int i = 0; i < n->nlist2; i++) walk(c, n->list2[i]);
}

void gh_go_check_static_calls(gh_GoChecker *c)
{
    walk(c, c->prog->file);
}
