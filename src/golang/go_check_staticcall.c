/* go_check_staticcall.c — calls through a local that always holds one method expression or
 * declared function: `f := (*strings.Builder).WriteString; f(&sb, "x")`, `g := (*P).Scale;
 * g(&p, 3)`, `h := set; h(&x)`. Go 1.19
 * follows such a variable to its value (ir.StaticValue: a local of the function, defined once
 * with that value, never assigned again nor its address taken; not a closure's captured
 * variable) both when it inlines and in
 * escape analysis, so the call is the method call sb.WriteString("x"): inlined if the method
 * is, else tagged with the method's own parameter leaks (&p does not escape). This pass,
 * after every body is checked (a later assignment would make the variable non-static),
 * rewrites such a call into that method call, as the checker does for `(*P).Scale(&p, 3)`
 * written directly (a function's into a call of the function). The variable itself is still
 * assigned (its static function value); -m prints a library function's call as written (up(s)),
 * a method's as the method call (Go would print add(&c, 5) where gohotel prints
 * (*counter).add(&c, 5): only where such a call's result is reported). A method expression
 * that names one of Go's generated
 * wrappers stays a call of a value, and so does a go or defer statement's call (Go's wrapper
 * for it captures the variable; it is not inlined).
 */
#include "golang/go_check_int.h"

/* The method expression a local always holds, or NULL. */
static const gh_GoNode *static_method_expr(const gh_GoNode *x, const gh_GoFunc *in)
{
    if (x->kind != GH_N_NAME || x->op != GH_OP_VAR || !x->obj) return NULL;
    const gh_GoObj *o = x->obj;
    /* a closure's captured copy is not followed (Go 1.19: `itoa(12345)` stays a call there) */
    if (o->cls != GH_CLASS_AUTO || o->reassigned_syntax || !o->defn || o->owner != in) return NULL;
    const gh_GoNode *d = o->defn, *v = NULL;
    if (d->nlist != d->nlist2) return NULL;   /* a, b := f() */
    for (int i = 0; i < d->nlist; i++)
        if (d->list[i]->obj == o) v = d->list2[i];
    if (v && v->kind == GH_N_SELECTOR && v->op == GH_OP_PKGMEMBER && v->lib && !v->lib->recv) return v;   /* strings.ToLower */
    if (!v || v->op != GH_OP_FUNCNAME || (!v->fn && !v->lib)) return NULL;
    return v->kind == GH_N_SELECTOR || v->kind == GH_N_NAME ? v : NULL;
}

static void walk(gh_GoChecker *c, gh_GoNode *n, const gh_GoFunc *in)
{
    if (!n) return;
    if ((n->kind == GH_N_FUNCDECL || n->kind == GH_N_FUNCLIT) && n->fn) in = n->fn;
    if (n->kind == GH_N_GO || n->kind == GH_N_DEFER) {   /* the call stays; its operands may hold calls */
        gh_GoNode *call = n->x;
        if (call && call->kind == GH_N_CALL) {
            walk(c, call->x, in);
            for (int i = 0; i < call->nlist; i++) walk(c, call->list[i], in);
        }
        return;
    }
    if (n->kind == GH_N_CALL && n->op == GH_OP_CALLDYN) {
        const gh_GoNode *m = static_method_expr(n->x, in);
        if (m && m->op == GH_OP_PKGMEMBER) {   /* a library function: the call strings.ToLower(s), printed as written */
            n->op = GH_OP_CALLLIB;
            n->lib = m->lib;
        } else if (m && m->kind == GH_N_NAME) {   /* a declared function */
            n->op = GH_OP_CALLFUNC;
            n->fn = m->fn;
        } else if (m && n->nlist && !n->dotdotdot) {
            gh_go_method_expr_as_call(c, n, m);
        }
    }
    walk(c, n->x, in); walk(c, n->y, in); walk(c, n->z, in); walk(c, n->w, in);
    for (int i = 0; i < n->nlist; i++) walk(c, n->list[i], in);
    for (int i = 0; i < n->nlist2; i++) walk(c, n->list2[i], in);
}

void gh_go_check_static_calls(gh_GoChecker *c)
{
    walk(c, c->prog->file, NULL);
}
