/* go_check_stmt.c — type checker, part 2: statements.  Besides typing, it
 * records each variable's defining statement (Go's Name.Defn) and whether it
 * is written again later, which the escape analysis uses to decide between
 * capture by value and capture by reference in closures.
 */
#include "golang/go_const_int.h"
#include "golang/escape.h"
#include <string.h>

static void check_block(gh_GoChecker *c, gh_GoNode *b, int new_scope);
static void check_stmt(gh_GoChecker *c, gh_GoNode *s);

static void push(gh_GoChecker *c)
{
    gh_GoScope *s = gh_go_arena_alloc(&c->src->arena, sizeof *s);
    s->parent = c->scope;
    s->fn = c->fn;
    c->scope = s;
}

static gh_GoObj *new_local(gh_GoChecker *c, gh_GoNode *name, gh_GoType *t, gh_GoNode *defn)
{
    if (t && gh_go_type_is_untyped(t)) t = gh_go_type_default(&c->prog->u, t);
    if (t && t->kind == GH_K_UNTYPED_NIL) gh_go_fail(c->src, name->pos, "use of untyped nil in assignment");
    gh_GoObj *v = gh_go_obj_new(c, GH_OBJ_VAR, name->name, name->pos, t);
    v->defn = defn;
    gh_go_declare_local(c, v, GH_CLASS_AUTO);
    name->obj = v;
    name->type = t;
    name->op = GH_OP_VAR;
    return v;
}

void gh_go_note_assigned(gh_GoChecker *c, gh_GoNode *lhs)
{
    if (lhs->kind == GH_N_NAME && lhs->obj && lhs->obj->kind == GH_OBJ_VAR) lhs->obj->reassigned_syntax = 1;
}

static void check_lhs(gh_GoChecker *c, gh_GoNode *l, int blank_ok)
{
    if (!blank_ok && l->kind == GH_N_NAME && !strcmp(l->name, "_")) gh_go_fail(c->src, l->pos, "cannot use _ as value");
    if (l->kind == GH_N_NAME && !strcmp(l->name, "_")) { l->op = GH_OP_NONE; l->type = NULL; return; }
    gh_go_check_expr(c, l, NULL);
    gh_go_map_field_assign(c, l);
    if (!gh_go_is_addressable(l) && l->op != GH_OP_INDEX_SLICE && l->op != GH_OP_DOTPTR && l->op != GH_OP_INDEX_MAP)
        gh_go_fail(c->src, l->pos, "cannot assign to %s (neither addressable nor a map index expression)",
                   l->kind == GH_N_NAME ? l->name : "expression");
    gh_go_note_assigned(c, l);
}

/* y, ok := x.(T): the comma-ok form of a type assertion (the checker sets define on the
 * TYPEASSERT node): x's value as T, or T's zero value, and whether x held a T. */
static int comma_ok(const gh_GoNode *s)
{
    return s->nlist2 == 1 && s->nlist == 2 && s->list2[0]->op == GH_OP_DOTTYPE;
}

/* Go's message for n variables given the values of one expression that has another count:
 * at the expression's start, a call named by its callee ("but f returns 1 value"). */
void gh_go_tuple_mismatch(gh_GoChecker *c, gh_GoNode *rhs, int n)
{
    gh_GoType *t = rhs->type;
    int nv = t && t->kind == GH_K_TUPLE ? t->nfields : 1;
    int conv = rhs->op == GH_OP_CONV || rhs->op == GH_OP_CONVIFACE || rhs->op == GH_OP_STR2BYTES || rhs->op == GH_OP_BYTES2STR || gh_go_op_is_rune_conv(rhs->op);
    gh_GoPos at = gh_go_start_pos(c, rhs);
    if (rhs->kind == GH_N_CALL && !conv && (!t || (t->kind == GH_K_TUPLE && !t->nfields))) {
        char e[512];
        gh_go_source_expr(rhs, e, sizeof e);
        gh_go_fail(c->src, at, "%s (no value) used as value", e);
    }
    if (rhs->kind == GH_N_CALL && !rhs->parens && !conv) {
        char e[512];
        gh_go_source_expr(rhs->x, e, sizeof e);
        gh_go_fail(c->src, at, "assignment mismatch: %d variables but %s returns %d value%s", n, e, nv, nv == 1 ? "" : "s");
    }
    gh_go_fail(c->src, at, "assignment mismatch: %d variables but %d value%s", n, nv, nv == 1 ? "" : "s");
}

/* Values of a multi-result call (or of a comma-ok form) spread over several left-hand sides. */
static gh_GoType *rhs_part(gh_GoChecker *c, gh_GoNode *s, int i)
{
    if (comma_ok(s)) return i == 0 ? s->list2[0]->type : c->prog->u.basic[GH_K_BOOL];
    gh_GoType *t = s->list2[0]->type;
    return t && t->kind == GH_K_TUPLE && i < t->nfields ? t->fields[i].type : NULL;
}

static void check_assign(gh_GoChecker *c, gh_GoNode *s)
{
    int tuple = s->nlist2 == 1 && s->nlist > 1;
    if (!tuple && s->nlist != s->nlist2)
        gh_go_fail(c->src, s->list2[0]->pos, "assignment mismatch: %d variable%s but %d value%s", s->nlist,
                   s->nlist == 1 ? "" : "s", s->nlist2, s->nlist2 == 1 ? "" : "s");
    if (s->tok != GH_T_ASSIGN && s->tok != GH_T_DEFINE) {
        /* x op= y */
        check_lhs(c, s->list[0], 0);
        gh_GoType *lt = s->list[0]->type;
        gh_go_check_expr(c, s->list2[0], lt);
        if (s->tok == GH_T_ADD_ASSIGN && gh_go_type_is_string(lt)) {
            if (!gh_go_type_is_string(s->list2[0]->type))
                gh_go_fail(c->src, s->pos, "invalid operation: mismatched types");
        } else if (!gh_go_type_is_numeric(lt)) {
            gh_go_fail(c->src, s->pos, "invalid operation: operator %s not defined on %s", gh_go_tok_string(s->tok), s->list[0]->kind == GH_N_NAME ? s->list[0]->name : "operand");
        }
        gh_GoTok bt = s->tok == GH_T_REM_ASSIGN ? GH_T_REM : s->tok == GH_T_AND_ASSIGN ? GH_T_AND : s->tok == GH_T_OR_ASSIGN ? GH_T_OR :
                      s->tok == GH_T_XOR_ASSIGN ? GH_T_XOR : s->tok == GH_T_AND_NOT_ASSIGN ? GH_T_AND_NOT :
                      s->tok == GH_T_SHL_ASSIGN ? GH_T_SHL : s->tok == GH_T_SHR_ASSIGN ? GH_T_SHR : GH_T_EOF;
        gh_go_check_float_op(c, bt, s->list[0]);   /* x %= 2 of a float */
        gh_go_const_check_assign_op(c, s);   /* x /= 0, x <<= -1: Go's compile errors */
        s->list2[0] = gh_go_assign_conv(c, s->list2[0], lt, s->list[0]->pos, "assignment");
        return;
    }
    /* right-hand sides first: "x := x" refers to the outer x */
    for (int i = 0; i < s->nlist2; i++) {
        gh_GoType *hint = NULL;
        if (!s->define && !tuple && !(s->list[i]->kind == GH_N_NAME && !strcmp(s->list[i]->name, "_"))) {
            gh_GoObj *o = s->list[i]->kind == GH_N_NAME ? gh_go_scope_lookup(c, s->list[i]->name) : NULL;
            if (o && o->kind == GH_OBJ_VAR) hint = o->type;
        }
        gh_go_check_expr(c, s->list2[i], hint);
    }
    if (tuple && s->nlist == 2) gh_go_check_map_commaok(c, s->list2[0]);
    if (tuple && s->nlist == 2) gh_go_check_recv_commaok(c, s->list2[0]);
    if (tuple && comma_ok(s)) {
        s->list2[0]->define = 1;
    } else if (tuple) {
        gh_GoType *t = s->list2[0]->type;
        if (!t || t->kind != GH_K_TUPLE || t->nfields != s->nlist) gh_go_tuple_mismatch(c, s->list2[0], s->nlist);
    } else {
        for (int i = 0; i < s->nlist2; i++) {
            gh_GoType *t = s->list2[i]->type;
            if (t && t->kind == GH_K_TUPLE)
                gh_go_fail(c->src, s->list2[i]->pos, "multiple-value in single-value context");
            if (!t || s->list2[i]->op == GH_OP_TYPE)
                gh_go_fail(c->src, s->list2[i]->pos, "expression is not a value");
        }
    }
    /* Go translates the right-hand sides, then the left-hand sides (not names that := defines),
     * then converts: each conversion at the trail position (go_check_pos.c). */
    gh_GoPos last_lhs = s->pos;
    for (int i = 0; i < s->nlist2; i++) last_lhs = gh_go_trail_pos(s->list2[i], last_lhs);
    if (s->define) {
        int fresh = 0;
        for (int i = 0; i < s->nlist; i++) {
            gh_GoNode *l = s->list[i];
            if (l->kind != GH_N_NAME) gh_go_fail(c->src, l->pos, "non-name on left side of :=");
            if (!strcmp(l->name, "_")) continue;
            gh_GoObj *o = gh_go_scope_find_local(c->scope, l->name);
            if (o) {
                l->obj = o; l->type = o->type; l->op = GH_OP_VAR;
                gh_go_note_assigned(c, l);
                continue;
            }
            fresh++;
        }
        if (!fresh) gh_go_fail(c->src, s->pos, "no new variables on left side of :=");
        for (int i = 0; i < s->nlist; i++) {
            gh_GoNode *l = s->list[i];
            if (!strcmp(l->name, "_") || l->obj) continue;
            gh_GoType *t = tuple ? rhs_part(c, s, i) : s->list2[i]->type;
            gh_GoObj *v = new_local(c, l, t, s);
            if (!tuple && s->list2[i]->kind == GH_N_FUNCLIT) v->funclit = s->list2[i];
        }
        for (int i = 0; i < s->nlist; i++) {
            gh_GoNode *l = s->list[i];
            if (!strcmp(l->name, "_") || tuple) continue;
            s->list2[i] = gh_go_assign_conv(c, s->list2[i], l->type, last_lhs, "assignment");
        }
        if (tuple) gh_go_check_tuple_targets(c, s, NULL);   /* the names := redeclares */
        for (int i = 0; i < s->nlist; i++)
            if (s->list[i]->obj && s->list[i]->obj->defn == s) gh_go_scope_declare(c, s->list[i]->obj);
        return;
    }
    for (int i = 0; i < s->nlist; i++) {
        check_lhs(c, s->list[i], 1);
        last_lhs = gh_go_trail_pos(s->list[i], last_lhs);
    }
    if (tuple) gh_go_check_tuple_targets(c, s, NULL);
    for (int i = 0; i < s->nlist; i++) {
        if (!tuple && s->list[i]->type)
            s->list2[i] = gh_go_assign_conv(c, s->list2[i], s->list[i]->type, last_lhs, "assignment");
        else if (!tuple && !s->list[i]->type && gh_go_type_is_untyped(s->list2[i]->type))
            s->list2[i] = gh_go_assign_conv(c, s->list2[i], gh_go_type_default(&c->prog->u, s->list2[i]->type), last_lhs, "assignment");
    }
}

/* Go's messages for a declaration whose names and values do not pair up: a value left
 * without a name is an "extra init expr 2" at that value; a constant left without a value
 * is named ("missing init expr for b"); variables left without values are counted at the
 * first value, unless that one value is a call or a comma-ok form (tuple_ok: the caller
 * counts its results once it is checked). */
void gh_go_check_decl_counts(gh_GoChecker *c, gh_GoNode *d, int tuple_ok)
{
    if (!d->nlist2 || d->nlist2 == d->nlist) return;
    if (d->nlist2 > d->nlist) {
        gh_GoNode *extra = d->list2[d->nlist];
        char text[160];
        gh_go_check_expr(c, extra, NULL);
        gh_go_expr_format(extra, text, sizeof text);
        gh_go_fail(c->src, extra->pos, "extra init expr %s", text);
    }
    if (d->kind == GH_N_CONSTDECL)
        gh_go_fail(c->src, d->list[d->nlist2]->pos, "missing init expr for %s", d->list[d->nlist2]->name);
    gh_GoNodeKind k = d->list2[0]->kind;   /* a call, or a comma-ok form */
    if (tuple_ok && d->nlist2 == 1 && (k == GH_N_CALL || k == GH_N_TYPEASSERT || k == GH_N_INDEX || k == GH_N_UNARY))
        return;
    gh_go_fail(c->src, d->list2[0]->pos, "assignment mismatch: %d variable%s but %d value%s", d->nlist,
               d->nlist == 1 ? "" : "s", d->nlist2, d->nlist2 == 1 ? "" : "s");
}

static void check_vardecl(gh_GoChecker *c, gh_GoNode *d)
{
    gh_GoType *t = d->x ? gh_go_check_type(c, d->x) : NULL;
    int tuple = d->nlist2 == 1 && d->nlist > 1 && d->kind == GH_N_VARDECL;
    gh_go_check_decl_counts(c, d, 1);
    for (int i = 0; i < d->nlist2; i++) gh_go_check_expr(c, d->list2[i], t);
    if (tuple && d->nlist == 2) gh_go_check_map_commaok(c, d->list2[0]);
    if (tuple && d->nlist == 2) gh_go_check_recv_commaok(c, d->list2[0]);
    if (d->kind == GH_N_CONSTDECL) {
        for (int i = 0; i < d->nlist; i++) {
            if (!d->nlist2 || d->list2[i]->op != GH_OP_CONST) gh_go_fail(c->src, d->list[i]->pos, "missing constant value");
            if (t) d->list2[i] = gh_go_assign_conv(c, d->list2[i], t, d->list2[i]->pos, "constant declaration");
            gh_GoObj *o = gh_go_obj_new(c, GH_OBJ_CONST, d->list[i]->name, d->list[i]->pos, t ? t : d->list2[i]->type);
            o->cval = d->list2[i]->cval;
            o->big = d->list2[i]->big;
            d->list[i]->obj = o;
            gh_go_scope_declare(c, o);
        }
        return;
    }
    if (tuple && comma_ok(d)) {
        d->list2[0]->define = 1;
    } else if (tuple) {
        gh_GoType *rt = d->list2[0]->type;
        if (rt && (rt->kind != GH_K_TUPLE || rt->nfields != d->nlist)) gh_go_tuple_mismatch(c, d->list2[0], d->nlist);
    }
    if (tuple && t) gh_go_check_tuple_targets(c, d, t);
    gh_GoPos trail = d->pos;   /* Go converts the values once all are translated (go_check_pos.c) */
    for (int i = 0; i < d->nlist2; i++) trail = gh_go_trail_pos(d->list2[i], trail);
    for (int i = 0; i < d->nlist; i++) {
        gh_GoType *vt = t;
        if (!vt) vt = tuple ? rhs_part(c, d, i) : d->list2[i]->type;
        if (!vt) gh_go_fail(c->src, d->pos, "cannot infer type");
        gh_GoObj *v = new_local(c, d->list[i], vt, d->nlist2 ? d : NULL);
        if (d->nlist2 && !tuple) {
            d->list2[i] = gh_go_assign_conv_at(c, d->list2[i], v->type, trail, "variable declaration");
            if (d->list2[i]->kind == GH_N_FUNCLIT) v->funclit = d->list2[i];
        }
    }
    for (int i = 0; i < d->nlist; i++) gh_go_scope_declare(c, d->list[i]->obj);
}

static void check_range(gh_GoChecker *c, gh_GoNode *s)
{
    gh_GoType *xt = gh_go_check_expr(c, s->z, NULL);
    gh_GoType *u = gh_go_under(xt);
    gh_GoType *kt = c->prog->u.basic[GH_K_INT], *vt = NULL;
    if (u->kind == GH_K_POINTER && gh_go_under(u->elem)->kind == GH_K_ARRAY) u = gh_go_under(u->elem);
    switch (u->kind) {
    case GH_K_SLICE: case GH_K_ARRAY: vt = u->elem; break;
    case GH_K_MAP: kt = u->key; vt = u->elem; break;
    case GH_K_CHAN: kt = gh_go_check_range_chan(c, s, xt); break;   /* for v := range c: v takes the values */
    case GH_K_STRING: case GH_K_UNTYPED_STRING: vt = c->prog->u.basic[GH_K_INT32]; break;
    default: {   /* integers too: range over an int is Go 1.22, Go 1.19 refuses it */
        char op[1024];
        gh_go_describe_operand(s->z, xt, op, sizeof op);
        gh_go_fail(c->src, gh_go_start_pos(c, s->z), "cannot range over %s", op);
    }
    }
    c->loop_depth++;
    push(c);
    gh_GoNode *vars[2] = {s->x, s->y};
    gh_GoType *types[2] = {kt, vt};
    for (int i = 0; i < 2; i++) {
        if (!vars[i]) continue;
        if (s->define) {
            if (vars[i]->kind != GH_N_NAME) gh_go_fail(c->src, vars[i]->pos, "non-name on left side of :=");
            if (strcmp(vars[i]->name, "_")) new_local(c, vars[i], types[i], s);
        } else {
            check_lhs(c, vars[i], 1);
        }
    }
    for (int i = 0; i < 2; i++)
        if (vars[i] && s->define && vars[i]->obj) gh_go_scope_declare(c, vars[i]->obj);
    check_block(c, s->w, 1);
    c->scope = c->scope->parent;
    c->loop_depth--;
}

static void check_stmt(gh_GoChecker *c, gh_GoNode *s)
{
    switch (s->kind) {
    case GH_N_EXPRSTMT:
        gh_go_check_expr(c, s->x, NULL);
        if (s->x->op == GH_OP_RECV && !s->x->parens) break;   /* <-c alone: the value is dropped */
        if (s->x->kind != GH_N_CALL || s->x->op == GH_OP_CONV || s->x->op == GH_OP_CONVIFACE ||
            s->x->op == GH_OP_STR2BYTES || s->x->op == GH_OP_BYTES2STR || gh_go_op_is_rune_conv(s->x->op) || s->x->op == GH_OP_LEN ||
            s->x->op == GH_OP_CAP || s->x->op == GH_OP_NEW || s->x->op == GH_OP_MAKESLICE || s->x->op == GH_OP_APPEND)
            gh_go_fail(c->src, s->x->pos, "expression is not used");
        break;
    case GH_N_ASSIGN: check_assign(c, s); break;
    case GH_N_INCDEC:
        check_lhs(c, s->x, 0);
        if (!gh_go_type_is_numeric(s->x->type))
            gh_go_fail(c->src, s->pos, "invalid operation: %s (non-numeric type)", gh_go_tok_string(s->tok));
        break;
    case GH_N_VARDECL: case GH_N_CONSTDECL: check_vardecl(c, s); break;
    case GH_N_BLOCK: check_block(c, s, 1); break;
    case GH_N_IF: {
        push(c);
        if (s->x) check_stmt(c, s->x);
        gh_GoType *ct = gh_go_check_expr(c, s->y, c->prog->u.basic[GH_K_BOOL]);
        if (gh_go_under(ct)->kind != GH_K_BOOL && ct->kind != GH_K_UNTYPED_BOOL)
            gh_go_fail(c->src, s->y->pos, "non-boolean condition in if statement");
        check_block(c, s->z, 1);
        if (s->w) check_stmt(c, s->w);
        c->scope = c->scope->parent;
        break;
    }
    case GH_N_FOR: {
        push(c);
        if (s->x) check_stmt(c, s->x);
        c->loop_depth++;
        if (s->y) {
            gh_GoType *ct = gh_go_check_expr(c, s->y, c->prog->u.basic[GH_K_BOOL]);
            if (gh_go_under(ct)->kind != GH_K_BOOL && ct->kind != GH_K_UNTYPED_BOOL)
                gh_go_fail(c->src, s->y->pos, "non-boolean condition in for statement");
        }
        if (s->z) check_stmt(c, s->z);
        check_block(c, s->w, 1);
        c->loop_depth--;
        c->scope = c->scope->parent;
        break;
    }
    case GH_N_RANGE: check_range(c, s); break;
    case GH_N_RETURN: {
        gh_GoFunc *f = c->fn;
        if (s->nlist == 0) {
            if (f->nresults && !f->sig->results[0].name)
                gh_go_fail(c->src, s->pos, "not enough return values\n\thave ()");
            break;
        }
        for (int i = 0; i < s->nlist; i++) gh_go_check_expr(c, s->list[i], i < f->nresults ? f->results[i]->type : NULL);
        if (s->nlist == 1 && f->nresults > 1 && s->list[0]->type && s->list[0]->type->kind == GH_K_TUPLE)
            gh_go_fail(c->src, s->pos, "returning a multi-value call is not supported; assign the results first");
        if (s->nlist != f->nresults)
            gh_go_fail(c->src, s->list[0]->pos, "%s return values", s->nlist > f->nresults ? "too many" : "not enough");
        /* Go converts the results once all are translated: a plain name at the position then
         * current, the trail (go_check_pos.c) or the last result before it that is not a name */
        gh_GoPos cur = s->pos;
        for (int i = 0; i < s->nlist; i++) cur = gh_go_trail_pos(s->list[i], cur);
        for (int i = 0; i < s->nlist; i++) {
            gh_GoNode *r = s->list[i];
            int name = r->kind == GH_N_NAME && (r->op == GH_OP_VAR || r->op == GH_OP_FUNCNAME);
            if (!name) cur = r->pos;
            s->list[i] = gh_go_assign_conv_at(c, r, f->results[i]->type, cur, "return statement");
        }
        break;
    }
    case GH_N_GO:
        gh_go_check_expr(c, s->x, NULL);
        if (s->x->op == GH_OP_CONV || s->x->op == GH_OP_LEN || s->x->op == GH_OP_NEW || s->x->op == GH_OP_MAKESLICE ||
            s->x->op == GH_OP_APPEND || s->x->op == GH_OP_STR2BYTES || s->x->op == GH_OP_BYTES2STR || gh_go_op_is_rune_conv(s->x->op))
            gh_go_fail(c->src, s->x->pos, "go discards result of builtin or conversion");
        c->fn->has_go_or_defer = 1;
        break;
    case GH_N_DEFER: gh_go_check_defer(c, s); break;
    case GH_N_BRANCH: break;   /* their targets: gh_go_check_branches, once the body is checked */
    case GH_N_SWITCH: gh_go_check_switch(c, s); break;
    case GH_N_TYPESWITCH: gh_go_check_typeswitch(c, s); break;
    case GH_N_LABELED: check_stmt(c, s->x); break;
    case GH_N_SEND: gh_go_check_send(c, s); break;
    case GH_N_SELECT: gh_go_check_select(c, s); break;
    default:
        gh_go_fail(c->src, s->pos, "unsupported statement");
    }
}

static void check_block(gh_GoChecker *c, gh_GoNode *b, int new_scope)
{
    if (new_scope) push(c);
    for (int i = 0; i < b->nlist; i++) check_stmt(c, b->list[i]);
    if (new_scope) c->scope = c->scope->parent;
}

void gh_go_check_stmt(gh_GoChecker *c, gh_GoNode *s) { check_stmt(c, s); }
void gh_go_check_stmts(gh_GoChecker *c, gh_GoNode *b) { check_block(c, b, 0); }
void gh_go_scope_push(gh_GoChecker *c) { push(c); }

void gh_go_check_body(gh_GoChecker *c, gh_GoFunc *fn)
{
    int saved_depth = c->loop_depth;
    c->loop_depth = 0;
    check_block(c, fn->body, 1);
    c->loop_depth = saved_depth;
    gh_go_check_branches(c, fn);
    gh_go_check_defer_gotos(c, fn);
    if (fn->nresults && !gh_go_is_terminating(fn->body))
        gh_go_fail(c->src, fn->body->end, "missing return");
}
