/* go_check_map.c — type checker, maps: the type map[K]V (K comparable), m[k] (a value of
 * type V, assignable as Go's "map index expression" though not addressable), the comma-ok
 * form v, ok := m[k], map literals (keyed elements only), make(map[K]V[, hint]), delete and
 * len. The runtime side is exec_gomap.c.
 */
#include "golang/go_const_int.h"
#include "golang/escape.h"
#include <stdio.h>
#include <string.h>

/* Go's comparable: no slices, maps or funcs anywhere in the type (floats are comparable
 * but the interpreter does not run them; it refuses them when the map is used). */
static int comparable(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_SLICE: case GH_K_MAP: case GH_K_FUNC: return 0;
    case GH_K_ARRAY: return comparable(u->elem);
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) if (!comparable(u->fields[i].type)) return 0;
        return 1;
    default: return 1;
    }
}

gh_GoType *gh_go_check_map_type(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *k = gh_go_check_type(c, n->x);
    gh_GoType *v = gh_go_check_type(c, n->y);
    if (!comparable(k)) {
        char tb[96];
        gh_go_type_format(k, tb, sizeof tb);
        gh_go_fail(c->src, n->x->pos, "invalid map key type %s", tb);
    }
    return gh_go_type_map(c->src, k, v);
}

/* The position of the last expression that is not a constant, in the order Go's noder visits
 * them (a node, then its operands left to right; a call after its operands); unchanged if
 * there is none. */
static void last_visited(const gh_GoNode *n, gh_GoPos *pos)
{
    if (!n || n->op == GH_OP_TYPE) return;
    bool mark = n->op != GH_OP_CONST && n->kind != GH_N_CONVIFACE;
    if (mark && n->kind != GH_N_CALL) *pos = n->pos;
    last_visited(n->x, pos);
    last_visited(n->y, pos);
    for (int i = 0; i < n->nlist; i++) last_visited(n->list[i], pos);
    if (mark && n->kind == GH_N_CALL) *pos = n->pos;   /* a call is typechecked after its operands */
}

/* Where Go 1.19 puts the implicit conversion of a key to the map's interface key type (m[k],
 * delete(m, k)): at base.Pos when the key is converted, the last non-constant expression the
 * noder visited: the key's (its left operand for i*1000, the brace of id{1, 2}), or the map
 * operand's for a constant key. */
static gh_GoPos key_conv_pos(gh_GoChecker *c, gh_GoNode *m, gh_GoNode *k)
{
    gh_GoPos pos = gh_go_start_pos(c, m);
    last_visited(m, &pos);
    last_visited(k, &pos);
    return pos;
}

gh_GoType *gh_go_check_map_index(gh_GoChecker *c, gh_GoNode *n, gh_GoType *mt)
{
    gh_GoType *u = gh_go_under(mt);
    gh_go_check_expr(c, n->y, u->key);
    n->y = gh_go_assign_conv_at(c, n->y, u->key, key_conv_pos(c, n->x, n->y), "map index");
    n->op = GH_OP_INDEX_MAP;
    n->type = u->elem;
    return n->type;
}

void gh_go_check_map_commaok(gh_GoChecker *c, gh_GoNode *n)
{
    if (n->op != GH_OP_INDEX_MAP || n->tok == GH_T_COMMA) return;
    gh_GoType *t = gh_go_type_new(c->src, GH_K_TUPLE);
    gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
    f->type = n->type;
    f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
    f->type = c->prog->u.basic[GH_K_BOOL];
    n->tok = GH_T_COMMA;   /* the comma-ok form: two results, the value and whether it was there */
    n->type = t;
}

static bool float_key(gh_GoType *t)
{
    gh_GoKind k = gh_go_under(t)->kind;
    return k == GH_K_FLOAT32 || k == GH_K_FLOAT64;
}

/* A constant key as the map stores it: rounded to float32 or float64, so 1 and 1.0, or two
 * spellings of one float64, are the same key (Go's duplicate check compares them so). */
static long double key_value(const gh_GoNode *k, gh_GoType *t)
{
    if (k->big && !k->big->is_float) return __builtin_nanl("");   /* an integer past 64 bits: not compared */
    long double v = k->big ? k->big->f : (long double)k->cval;
    return gh_go_under(t)->kind == GH_K_FLOAT32 ? (long double)(float)v : (long double)(double)v;
}

gh_GoType *gh_go_check_maplit(gh_GoChecker *c, gh_GoNode *n, gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    n->op = GH_OP_MAPLIT;
    for (int i = 0; i < n->nlist; i++) {
        gh_GoNode *e = n->list[i];
        if (e->kind != GH_N_KEYVALUE) gh_go_fail(c->src, e->pos, "missing key in map literal");
        if (e->x->kind == GH_N_COMPOSITE && !e->x->x) e->x->x = n->x && n->x->kind == GH_N_MAPTYPE ? n->x->x : NULL;
        if (e->y->kind == GH_N_COMPOSITE && !e->y->x) e->y->x = n->x && n->x->kind == GH_N_MAPTYPE ? n->x->y : NULL;
        if (!e->x->x && e->x->kind == GH_N_COMPOSITE) gh_go_fail(c->src, e->x->pos, "elided composite literal keys are not supported");
        if (!e->y->x && e->y->kind == GH_N_COMPOSITE) gh_go_fail(c->src, e->y->pos, "elided composite literal values are not supported");
        gh_go_check_expr(c, e->x, u->key);
        e->x = gh_go_assign_conv_at(c, e->x, u->key, e->pos, "map literal");   /* Go boxes at the colon */
        gh_go_check_expr(c, e->y, u->elem);
        e->y = gh_go_assign_conv_at(c, e->y, u->elem, e->pos, "map literal");
        if (e->x->op == GH_OP_CONST && float_key(u->key))
            for (int j = 0; j < i; j++) {
                gh_GoNode *p = n->list[j]->x;
                if (p->op == GH_OP_CONST && key_value(p, u->key) == key_value(e->x, u->key)) {
                    char kb[48];
                    snprintf(kb, sizeof kb, "%.6Lg", key_value(e->x, u->key));   /* go/constant's text of a float */
                    gh_go_fail(c->src, e->x->pos, "duplicate key %s in map literal", kb);
                }
            }
        else if (e->x->op == GH_OP_CONST && !e->x->big)
            for (int j = 0; j < i; j++) {
                gh_GoNode *p = n->list[j]->x;
                if (p->op == GH_OP_CONST && !p->big && p->cval == e->x->cval && p->kind == e->x->kind &&
                    (!gh_go_type_is_string(u->key) || (p->name && e->x->name && !strcmp(p->name, e->x->name)))) {
                    char kb[96];
                    gh_go_expr_format(e->x, kb, sizeof kb);
                    gh_go_fail(c->src, e->x->pos, "duplicate key %s in map literal", kb);
                }
            }
    }
    n->type = t;
    return t;
}

gh_GoType *gh_go_check_make_map(gh_GoChecker *c, gh_GoNode *n, gh_GoType *t)
{
    n->type = t;
    if (n->nlist > 2) {
        char call[160];
        gh_go_expr_format(n, call, sizeof call);
        gh_go_fail(c->src, gh_go_start_pos(c, n), "invalid operation: %s expects 1 or 2 arguments; found %d", call, n->nlist);
    }
    n->op = GH_OP_MAKEMAP;
    if (n->nlist == 2) {
        gh_GoNode *h = n->list[1];
        gh_GoType *it = gh_go_check_expr(c, h, NULL);
        if (!gh_go_type_is_integer(it)) gh_go_fail(c->src, h->pos, "cannot use %s as int value in argument to make", h->kind == GH_N_NAME ? h->name : "expression");
        gh_go_const_represent(c, h, c->prog->u.basic[GH_K_INT], NULL);
        if (h->op == GH_OP_CONST && h->cval < 0) gh_go_fail(c->src, h->pos, "invalid argument: index %lld (constant of type int) must not be negative", h->cval);
        if (gh_go_type_is_untyped(it)) h->type = c->prog->u.basic[GH_K_INT];
    }
    n->type = t;
    return t;
}

void gh_go_check_nargs(gh_GoChecker *c, gh_GoNode *n, int want)
{
    if (n->nlist == want) return;
    char call[160];
    gh_go_expr_format(n, call, sizeof call);
    gh_go_fail(c->src, gh_go_start_pos(c, n), "invalid operation: %s arguments for %s (expected %d, found %d)",
               n->nlist < want ? "not enough" : "too many", call, want, n->nlist);
}

gh_GoType *gh_go_check_delete(gh_GoChecker *c, gh_GoNode *n)
{
    gh_go_check_nargs(c, n, 2);
    gh_GoType *mt = gh_go_check_expr(c, n->list[0], NULL);
    if (!mt || gh_go_under(mt)->kind != GH_K_MAP) {
        char op[1024];
        gh_go_describe_operand(n->list[0], mt, op, sizeof op);
        gh_go_fail(c->src, n->list[0]->pos, "invalid argument: %s is not a map", op);
    }
    gh_GoType *kt = gh_go_under(mt)->key;
    gh_go_check_expr(c, n->list[1], kt);
    if (gh_go_type_is_interface(kt) && !gh_go_type_is_interface(n->list[1]->type))
        n->list[1] = gh_go_assign_conv_at(c, n->list[1], kt, key_conv_pos(c, n->list[0], n->list[1]), "argument to delete");
    else n->list[1] = gh_go_assign_conv(c, n->list[1], kt, n->list[1]->pos, "argument to delete");
    n->type = NULL;
    return NULL;
}

void gh_go_map_not_addressable(gh_GoChecker *c, gh_GoNode *x)
{
    char text[160], tb[96];
    gh_go_expr_format(x, text, sizeof text);
    gh_go_type_format(x->type, tb, sizeof tb);
    gh_go_fail(c->src, gh_go_start_pos(c, x), "invalid operation: cannot take address of %s (map index expression of type %s)", text, tb);
}

void gh_go_map_field_assign(gh_GoChecker *c, gh_GoNode *lhs)
{
    gh_GoNode *r = lhs;
    while (r->op == GH_OP_DOT || r->op == GH_OP_INDEX_ARRAY) r = r->x;
    if (r == lhs || r->op != GH_OP_INDEX_MAP) return;
    char text[160];
    gh_go_expr_format(lhs, text, sizeof text);
    if (lhs->op == GH_OP_DOT) gh_go_fail(c->src, gh_go_start_pos(c, lhs), "cannot assign to struct field %s in map", text);
    gh_go_fail(c->src, gh_go_start_pos(c, lhs), "cannot assign to %s (neither addressable nor a map index expression)", text);
}
