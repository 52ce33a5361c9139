/* go_check_iface.c — a pass after type checking over interface method calls. Go 1.19
 * devirtualizes x.M() when the local x is assigned once, from a conversion of a concrete
 * value (`var e error = &myErr{}; e.Error()`): the call becomes a direct call of
 * (*myErr).Error and the value may then stay on the stack. gohotel does not model that
 * rewrite, so such a call is refused (file:line:col) rather than analysed differently.
 */
#include "golang/go_check_int.h"

/* The value a local gets at its definition, or NULL. */
static const gh_GoNode *defn_value(const gh_GoObj *o)
{
    const gh_GoNode *d = o->defn;
    if (!d || d->nlist != d->nlist2) return NULL;
    for (int i = 0; i < d->nlist; i++)
        if (d->list[i]->obj == o) return d->list2[i];
    return NULL;
}

static void walk(gh_GoChecker *c, const gh_GoNode *n)
{
    if (!n) return;
    if (n->kind == GH_N_CALL && n->op == GH_OP_CALLIFACE) {
        const gh_GoNode *x = n->x->x;
        const gh_GoObj *o = x->kind == GH_N_NAME && x->op == GH_OP_VAR ? x->obj : NULL;
        const gh_GoNode *v = o && o->cls == GH_CLASS_AUTO && !o->reassigned_syntax ? defn_value(o) : NULL;
        if (v && (v->kind == GH_N_CONVIFACE || v->op == GH_OP_CONVIFACE)) {
            char tb[96];
            const gh_GoNode *inner = v->kind == GH_N_CONVIFACE ? v->x : v->list[0];
            gh_go_type_format(inner->type, tb, sizeof tb);
            gh_go_fail(c->src, n->pos, "%s.%s is a call Go devirtualizes to %s (%s is only ever assigned a %s); "
                       "gohotel does not model devirtualization: call the method on the %s itself",
                       x->name, n->x->name, tb, x->name, tb, tb);
        }
    }
    walk(c, n->x); walk(c, n->y); walk(c, n->z); walk(c, n->w);
    for (int i = 0; i < n->nlist; i++) walk(c, n->list[i]);
    for (int i = 0; i < n->nlist2; i++) walk(c, n->list2[i]);
}

void gh_go_check_devirtualize(gh_GoChecker *c)
{
    walk(c, c->prog->file);
}
