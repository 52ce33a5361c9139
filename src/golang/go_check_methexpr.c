/* go_check_methexpr.c — method expressions. `P.Sum` is the method as a plain function whose
 * first parameter is the receiver: func(P) int; `(*P).Scale` is func(*P, int). As a value it
 * is a static function (Go allocates nothing for it: there is nothing to bind); a direct call
 * `P.Add(p, q)` is the method call p.Add(q), which the checker writes as such (CALLMETH), so
 * the interpreter, the inliner and the escape analysis treat it as Go does (Go prints a
 * method call in that very form, "P.Add(p, q)"). A method reached through an embedded field
 * the same. When the receiver the expression names is not the method's own — `(*P).Sum` of a
 * value method, `B.Get` promoted from an embedded A, `Shape.Area` of an interface — Go refers to
 * a wrapper it generates: a function that is not inlined, so a call of it is a call of an
 * unknown function (its pointer arguments escape); the node keeps no fn and is listed in
 * prog->methexprs, and the interpreter runs the wrapper's steps (exec_methexpr.c).
 * A library method's expression — `(*strings.Builder).WriteString`, func(*strings.Builder,
 * string) (int, error) — is the library's own function (no wrapper: every library method has a
 * pointer receiver, and `strings.Builder.String` is refused as Go refuses it); it keeps its
 * library function in n->lib, is listed in prog->methexprs for its static function value, and
 * a direct call of it is the method call sb.WriteString(s).
 */
#include "golang/go_check_int.h"
#include <stdio.h>
#include <string.h>

static const char *type_text(gh_GoType *t, char *buf, int n)
{
    gh_go_type_format_types2(t, buf, n);
    return buf;
}

void gh_go_check_method_expr(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *t = n->x->type;
    char tb[128], rb[128];
    gh_GoPos sel = {n->pos.line, n->pos.col + 1};
    gh_GoSelection s;
    gh_GoSelKind k = gh_go_lookup_selection(c->prog, t, n->name, &s);
    int ptr = t->kind != GH_K_NAMED && gh_go_under(t)->kind == GH_K_POINTER;
    const char *shown = ptr ? gh_go_arena_printf(&c->src->arena, "(%s)", type_text(t, tb, sizeof tb)) : type_text(t, tb, sizeof tb);
    if (k == GH_SEL_AMBIGUOUS) gh_go_fail(c->src, sel, "ambiguous selector %s.%s", shown, n->name);
    if (k == GH_SEL_LIBMETHOD && !ptr) gh_go_fail(c->src, sel, "cannot call pointer method %s on %s", n->name, shown);
    if (k == GH_SEL_LIBMETHOD && s.depth)
        gh_go_fail(c->src, n->pos, "method expressions of promoted library methods (%s.%s) are not supported", shown, n->name);
    if (k != GH_SEL_METHOD && k != GH_SEL_IMETHOD && k != GH_SEL_LIBMETHOD)
        gh_go_fail(c->src, sel, "%s.%s undefined (type %s has no field or method %s)", shown, n->name, type_text(t, rb, sizeof rb), n->name);
    gh_GoFunc *m = s.fn;
    int want_ptr = (m && gh_go_under(m->recv->type)->kind == GH_K_POINTER) || k == GH_SEL_LIBMETHOD;
    if (want_ptr && !ptr && !s.indirect) gh_go_fail(c->src, sel, "cannot call pointer method %s on %s", n->name, shown);
    gh_GoType *msig = m ? m->sig : s.sig;
    /* func(recv, params...) results */
    gh_GoType *ft = gh_go_type_new(c->src, GH_K_FUNC);
    gh_GoField *r = gh_go_arena_push(&c->src->arena, &ft->fields, &ft->nfields, sizeof *r);
    memset(r, 0, sizeof *r);
    r->type = t;
    for (int i = 0; i < msig->nfields; i++)
        *(gh_GoField *)gh_go_arena_push(&c->src->arena, &ft->fields, &ft->nfields, sizeof *r) = msig->fields[i];
    ft->results = msig->results;
    ft->nresults = msig->nresults;
    ft->variadic = msig->variadic;
    n->op = GH_OP_FUNCNAME;
    n->type = ft;
    if (k == GH_SEL_LIBMETHOD) n->lib = s.lib;
    if (!m || s.depth || want_ptr != ptr) {   /* Go's generated wrapper: exec_methexpr.c runs its steps */
        n->fn = NULL;
        n->field = c->prog->nmethexprs;
        *(gh_GoNode **)gh_go_arena_push(&c->src->arena, &c->prog->methexprs, &c->prog->nmethexprs, sizeof n) = n;
        return;
    }
    n->fn = m;
}

/* The call `call` of the method expression f (P.Add, (*strings.Builder).WriteString) as the
 * method call of its first argument: p.Add(q), sb.WriteString(s). */
void gh_go_method_expr_as_call(gh_GoChecker *c, gh_GoNode *call, const gh_GoNode *f)
{
    gh_GoNode *sel = gh_go_node_new(c->src, GH_N_SELECTOR, f->pos);
    sel->name = f->name;
    sel->x = call->list[0];
    sel->op = GH_OP_METHOD;
    sel->fn = f->fn;
    sel->lib = f->lib;
    sel->type = f->fn ? f->fn->sig : f->lib->type;
    sel->parens = f->parens;
    call->x = sel;
    call->list++;
    call->nlist--;
    call->op = f->fn ? GH_OP_CALLMETH : GH_OP_CALLLIB;
    call->fn = f->fn;
    call->lib = f->lib;
}

/* P.Add(p, q), its arguments checked against func(P, P) P: the method call p.Add(q). */
void gh_go_method_expr_call(gh_GoChecker *c, gh_GoNode *call)
{
    gh_GoNode *f = call->x;
    if (!call->nlist || call->dotdotdot || (!f->fn && !f->lib)) return;   /* a wrapper's call stays a call of a function value */
    gh_go_method_expr_as_call(c, call, f);
}
