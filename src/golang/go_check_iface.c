/* go_check_iface.c — a pass after type checking over interface method calls. Go 1.19
 * devirtualizes x.M() when x's static value (ir.StaticValue, followed after inlining) is a
 * conversion of a concrete value: `var e error = &myErr{}; e.Error()`, or e.Error() on a
 * parameter of an inlined function called with such a value (message(&myErr{})). The call then
 * becomes a direct call of (*myErr).Error and the value may stay on the stack. gohotel does not
 * model that rewrite, so such a call is refused (file:line:col) rather than analysed differently.
 */
#include "golang/go_check_int.h"
#include "golang/escape.h"
#include "golang/go_library.h"
#include <stdio.h>

/* The inlined call whose parameters a name may stand for. */
typedef struct Env { const gh_GoFunc *fn; const gh_GoNode *call; const struct Env *parent; } Env;

/* The value a local gets at its definition, or NULL. */
static const gh_GoNode *defn_value(const gh_GoObj *o)
{
    const gh_GoNode *d = o->defn;
    if (!d || d->nlist != d->nlist2) return NULL;
    for (int i = 0; i < d->nlist; i++)
        if (d->list[i]->obj == o) return d->list2[i];
    return NULL;
}

/* The one value of a body that is a single `return v`, or NULL. */
static const gh_GoNode *single_return(const gh_GoFunc *f)
{
    const gh_GoNode *b = f->body;
    if (!b || b->nlist != 1 || b->list[0]->kind != GH_N_RETURN || b->list[0]->nlist != 1) return NULL;
    return b->list[0]->list[0];
}

/* The concrete type of the conversion x always holds, as Go's StaticValue finds it (an
 * inlined errors.New is `&errorString{...}` converted to error), or NULL. */
static gh_GoType *static_conv(gh_GoChecker *c, const gh_GoNode *x, const Env *env, int depth)
{
    if (!x || depth > 32) return NULL;
    if (x->kind == GH_N_CONVIFACE || (x->kind == GH_N_CALL && x->op == GH_OP_CONVIFACE)) {
        const gh_GoNode *in = x->kind == GH_N_CONVIFACE ? x->x : x->list[0];
        return in && !gh_go_type_is_interface(in->type) ? in->type : NULL;
    }
    if (x->kind == GH_N_CALL && x->op == GH_OP_CALLLIB && x->lib && x->lib->effect == GH_LIBFX_ERRORS_NEW && x->inl)
        return gh_go_type_ptr(c->src, gh_go_library_type(c->prog, "errors", "errorString"));
    if (x->kind == GH_N_NAME && x->op == GH_OP_VAR && x->obj && !x->obj->reassigned_syntax) {
        const gh_GoObj *o = x->obj;
        if (o->cls == GH_CLASS_AUTO) return static_conv(c, defn_value(o), env, depth + 1);
        if (o->cls == GH_CLASS_PARAM && env && env->fn == o->owner && env->call->op == GH_OP_CALLFUNC)
            for (int i = 0; i < env->fn->nparams && i < env->call->nlist; i++)
                if (env->fn->params[i] == o) return static_conv(c, env->call->list[i], env->parent, depth + 1);
        return NULL;
    }
    if (x->kind == GH_N_CALL && x->op == GH_OP_CALLFUNC && x->inl && x->fn) {
        Env in = {x->fn, x, env};
        return static_conv(c, single_return(x->fn), &in, depth + 1);
    }
    return NULL;
}

static _Noreturn void refuse(gh_GoChecker *c, gh_GoPos pos, const gh_GoNode *call, gh_GoType *conv, const char *where,
                             const char *inlined)
{
    char tb[96];
    gh_go_type_format(conv, tb, sizeof tb);
    const gh_GoNode *x = call->x->x;
    const char *xs = x->kind == GH_N_NAME ? x->name : "x";
    gh_go_fail(c->src, pos, "%s.%s%s is a call Go 1.19 devirtualizes to %s (%s always holds a %s here); "
               "gohotel does not model devirtualization: %s%s%s",
               xs, call->x->name, where, tb, xs, tb, inlined ? "mark " : "give ", inlined ? inlined : xs,
               inlined ? " //go:noinline" : " its value from a //go:noinline function");
    for (;;) {}
}

/* Inlined calls of f anywhere in n: e.Error() on f's parameter may be devirtualized there. */
static void check_sites(gh_GoChecker *c, const gh_GoNode *n, const gh_GoFunc *f, const gh_GoNode *icall)
{
    if (!n) return;
    if (n->kind == GH_N_CALL && n->op == GH_OP_CALLFUNC && n->inl && n->fn == f) {
        Env env = {f, n, NULL};
        gh_GoType *conv = static_conv(c, icall->x->x, &env, 0);
        if (conv) {
            char where[160];
            snprintf(where, sizeof where, " in %s (inlined here)", f->name);
            refuse(c, n->pos, icall, conv, where, f->name);
        }
    }
    check_sites(c, n->x, f, icall); check_sites(c, n->y, f, icall); check_sites(c, n->z, f, icall); check_sites(c, n->w, f, icall);
    for (int i = 0; i < n->nlist; i++) check_sites(c, n->list[i], f, icall);
    for (int i = 0; i < n->nlist2; i++) check_sites(c, n->list2[i], f, icall);
}

static void walk(gh_GoChecker *c, const gh_GoNode *n, const gh_GoFunc *f)
{
    if (!n) return;
    if (n->kind == GH_N_FUNCDECL && n->fn) f = n->fn;
    if (n->kind == GH_N_FUNCLIT && n->fn) f = n->fn;
    if (n->kind == GH_N_CALL && n->op == GH_OP_CALLIFACE) {
        gh_GoType *conv = static_conv(c, n->x->x, NULL, 0);
        if (conv) refuse(c, n->pos, n, conv, "", NULL);
        if (f && f->inlinable) check_sites(c, c->prog->file, f, n);
    }
    walk(c, n->x, f); walk(c, n->y, f); walk(c, n->z, f); walk(c, n->w, f);
    for (int i = 0; i < n->nlist; i++) walk(c, n->list[i], f);
    for (int i = 0; i < n->nlist2; i++) walk(c, n->list2[i], f);
}

void gh_go_check_devirtualize(gh_GoChecker *c)
{
    gh_go_inline_decide(c->prog);   /* Go looks for static values after inlining */
    walk(c, c->prog->file, NULL);
}
