/* go_check_switch.c — type checker, switch statements, with Go 1.19's (types2) messages.
 *
 * Expression switch: the init statement and the tag share a scope; a missing tag is the
 * typed constant true.  Each case value is compared with the tag as `tag == v` would be,
 * after an untyped constant took the tag's type (its default type when the tag is an
 * interface: Go compares an interface with a concrete value without converting it, so no
 * interface box appears here and the escape analysis sees none).  Constant values repeat
 * at most once per type ("duplicate case 1 (constant of type int) in expression switch").
 *
 * Type switch: x must be an interface; each case names a type or nil, at most once
 * (duplicate case int in type switch); a concrete type must implement x's interface.
 * The bound variable v is one variable per clause, declared at the clause's colon as Go
 * does: of the clause's type when it lists exactly one type (not nil), else of x's type.
 * Each clause is a scope of its own.
 */
#include "golang/go_const_int.h"
#include <stdio.h>
#include <string.h>

static gh_GoObj *clause_var(gh_GoChecker *c, gh_GoNode *name, gh_GoPos pos, gh_GoType *t, gh_GoNode *cl)
{
    gh_GoObj *v = gh_go_obj_new(c, GH_OBJ_VAR, name->name, pos, t);
    v->defn = cl;
    gh_go_declare_local(c, v, GH_CLASS_AUTO);
    gh_go_scope_declare(c, v);
    cl->obj = v;
    return v;
}

/* Whether values of types a and b can be compared (one assignable to the other). */
static int comparable_with(gh_GoType *a, gh_GoType *b)
{
    if (gh_go_type_identical(a, b)) return 1;
    if (gh_go_type_is_interface(a) && !gh_go_type_is_interface(b)) return gh_go_implements(b, a, NULL, 0);
    if (gh_go_type_is_interface(b) && !gh_go_type_is_interface(a)) return gh_go_implements(a, b, NULL, 0);
    if (a->kind == GH_K_UNTYPED_NIL || b->kind == GH_K_UNTYPED_NIL) {
        gh_GoType *o = gh_go_under(a->kind == GH_K_UNTYPED_NIL ? b : a);
        return o->kind == GH_K_POINTER || o->kind == GH_K_SLICE || o->kind == GH_K_FUNC || o->kind == GH_K_INTERFACE;
    }
    return 0;
}

/* The kind of constant an untyped value is, and whether type t can hold it. */
static int untyped_fits(gh_GoType *v, gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    if (u->kind == GH_K_INTERFACE) return 1;
    if (v->kind == GH_K_UNTYPED_STRING) return gh_go_type_is_string(t);
    if (v->kind == GH_K_UNTYPED_BOOL) return u->kind == GH_K_BOOL;
    if (v->kind == GH_K_UNTYPED_NIL) return u->kind == GH_K_POINTER || u->kind == GH_K_SLICE || u->kind == GH_K_FUNC;
    return gh_go_type_is_numeric(t);
}

static int same_const(const gh_GoNode *a, const gh_GoNode *b)
{
    if (!gh_go_type_identical(a->type, b->type) || a->big || b->big) return 0;
    if (gh_go_type_is_string(a->type))   /* two literals spelt alike (gohotel keeps no string values here) */
        return a->kind == GH_N_BASICLIT && b->kind == GH_N_BASICLIT && !strcmp(a->name, b->name);
    return a->cval == b->cval;
}

static void check_case_values(gh_GoChecker *c, gh_GoNode *s, gh_GoType *tt, const char *tagtext, gh_GoNode ***seen, int *nseen)
{
    for (int k = 0; k < s->nlist; k++) {
        gh_GoNode *cl = s->list[k];
        for (int i = 0; i < cl->nlist; i++) {
            gh_GoNode *v = cl->list[i];
            gh_GoType *vt = gh_go_check_expr(c, v, gh_go_type_is_interface(tt) ? NULL : tt);
            char op[1024], a[96], b[96], e[512];
            if (!vt || vt->kind == GH_K_TUPLE || v->op == GH_OP_TYPE) gh_go_fail(c->src, v->pos, "expression is not a value");
            if (gh_go_type_is_untyped(vt)) {
                if (!untyped_fits(vt, tt)) {
                    gh_go_describe_operand(v, vt, op, sizeof op);
                    gh_go_type_format(tt, a, sizeof a);
                    gh_go_fail(c->src, gh_go_start_pos(c, v), "cannot convert %s to %s", op, a);
                }
                gh_GoType *to = gh_go_type_is_interface(tt) ? gh_go_type_default(&c->prog->u, vt) : tt;
                if (vt->kind != GH_K_UNTYPED_NIL) cl->list[i] = v = gh_go_assign_conv(c, v, to, v->pos, "switch case");
                vt = v->type;
            } else if (!comparable_with(vt, tt)) {
                gh_go_source_expr(v, e, sizeof e);
                gh_go_type_format(vt, a, sizeof a);
                gh_go_type_format(tt, b, sizeof b);
                gh_go_fail(c->src, gh_go_start_pos(c, v), "invalid case %s in switch on %s (mismatched types %s and %s)", e, tagtext, a, b);
            }
            if (v->op != GH_OP_CONST) continue;
            for (int j = 0; j < *nseen; j++) {
                if (!same_const((*seen)[j], v)) continue;
                gh_go_describe_operand(v, v->type, op, sizeof op);
                gh_GoPos prev = gh_go_start_pos(c, (*seen)[j]);
                gh_go_fail(c->src, gh_go_start_pos(c, v), "duplicate case %s in expression switch\n\t./%s:%d:%d: previous case", op,
                           c->src->base, prev.line, prev.col);
            }
            gh_GoNode **ns = gh_go_arena_alloc(&c->src->arena, sizeof *ns * (size_t)(*nseen + 1));
            if (*nseen) memcpy(ns, *seen, sizeof *ns * (size_t)*nseen);
            ns[(*nseen)++] = v;
            *seen = ns;
        }
    }
}

void gh_go_check_switch(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoScope *outer = c->scope;
    gh_go_scope_push(c);
    if (s->x) gh_go_check_stmt(c, s->x);
    gh_GoType *tt = c->prog->u.basic[GH_K_BOOL];
    char tagtext[512] = "true";
    if (s->y) {
        tt = gh_go_check_expr(c, s->y, NULL);
        if (!tt || tt->kind == GH_K_TUPLE || s->y->op == GH_OP_TYPE) gh_go_fail(c->src, s->y->pos, "expression is not a value");
        if (tt->kind == GH_K_UNTYPED_NIL) gh_go_fail(c->src, gh_go_start_pos(c, s->y), "use of untyped nil in switch expression");
        if (gh_go_type_is_untyped(tt)) s->y = gh_go_assign_conv(c, s->y, gh_go_type_default(&c->prog->u, tt), s->y->pos, "switch expression");
        tt = s->y->type;
        gh_go_source_expr(s->y, tagtext, sizeof tagtext);
    }
    gh_GoNode **seen = NULL;
    int nseen = 0;
    for (int k = 0; k < s->nlist; k++) {   /* values first, clause by clause, as Go checks them */
        gh_GoNode one = *s;
        one.list = &s->list[k];
        one.nlist = 1;
        check_case_values(c, &one, tt, tagtext, &seen, &nseen);
        gh_GoScope *sc = c->scope;
        gh_go_scope_push(c);
        gh_go_check_stmts(c, s->list[k]->z);
        c->scope = sc;
    }
    c->scope = outer;
}

/* "duplicate case int in type switch", "impossible type switch case: T". */
static void check_case_type(gh_GoChecker *c, gh_GoNode *s, gh_GoNode *te, gh_GoType *xt, gh_GoNode **seen, gh_GoType **seen_t, int *nseen)
{
    gh_GoType *t = NULL;   /* NULL: the nil case */
    int is_nil = te->kind == GH_N_NAME && !te->parens;
    if (is_nil) {
        gh_GoObj *o = gh_go_scope_lookup(c, te->name);
        is_nil = o && o->kind == GH_OBJ_NIL;
    }
    char e[512], op[1024], a[96];
    if (is_nil) {
        te->op = GH_OP_NIL;
        te->type = c->prog->u.basic[GH_K_UNTYPED_NIL];
    } else {
        t = gh_go_check_type(c, te);
        te->type = t;
        te->op = GH_OP_TYPE;
    }
    for (int j = 0; j < *nseen; j++) {
        if (t ? !(seen_t[j] && gh_go_type_identical(seen_t[j], t)) : seen_t[j] != NULL) continue;
        if (t) gh_go_type_format(t, a, sizeof a);
        else snprintf(a, sizeof a, "nil");
        gh_GoPos prev = gh_go_start_pos(c, seen[j]);
        gh_go_fail(c->src, gh_go_start_pos(c, te), "duplicate case %s in type switch\n\t./%s:%d:%d: previous case", a, c->src->base,
                   prev.line, prev.col);
    }
    seen[*nseen] = te;
    seen_t[(*nseen)++] = t;
    char why[512];
    if (t && !gh_go_type_is_interface(t) && !gh_go_implements(t, xt, why, sizeof why)) {
        gh_go_source_expr(te, e, sizeof e);
        gh_go_describe_operand(s->z, xt, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, te), "impossible type switch case: %s\n\t%s cannot have dynamic type %s (%s%s",
                   e, op, e, why, strchr(why, '\n') ? "" : ")");
    }
}

void gh_go_check_typeswitch(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoScope *outer = c->scope;
    gh_go_scope_push(c);
    if (s->x) gh_go_check_stmt(c, s->x);
    gh_GoType *xt = gh_go_check_expr(c, s->z, NULL);
    if (!xt || xt->kind == GH_K_TUPLE || s->z->op == GH_OP_TYPE) gh_go_fail(c->src, s->z->pos, "expression is not a value");
    if (!gh_go_type_is_interface(xt)) {
        char op[1024];
        gh_go_describe_operand(s->z, xt, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, s->z), "%s is not an interface", op);
    }
    s->w->type = xt;
    if (s->y && !strcmp(s->y->name, "_")) gh_go_fail(c->src, s->y->pos, "no new variable on left side of :=");
    int ntypes = 0;
    for (int k = 0; k < s->nlist; k++) ntypes += s->list[k]->nlist;
    gh_GoNode **seen = gh_go_arena_alloc(&c->src->arena, sizeof *seen * (size_t)(ntypes + 1));
    gh_GoType **seen_t = gh_go_arena_alloc(&c->src->arena, sizeof *seen_t * (size_t)(ntypes + 1));
    int nseen = 0;
    for (int k = 0; k < s->nlist; k++) {
        gh_GoNode *cl = s->list[k];
        for (int i = 0; i < cl->nlist; i++) check_case_type(c, s, cl->list[i], xt, seen, seen_t, &nseen);
        gh_GoScope *sc = c->scope;
        gh_go_scope_push(c);
        if (s->y) {
            gh_GoType *vt = xt;
            if (cl->nlist == 1 && cl->list[0]->op != GH_OP_NIL) vt = cl->list[0]->type;
            clause_var(c, s->y, cl->z->pos, vt, cl);
        }
        gh_go_check_stmts(c, cl->z);
        c->scope = sc;
    }
    c->scope = outer;
}
