/* go_check_expr.c — type checker, part 3: types and expressions.  Constants
 * are folded exactly (go_const.c) but the syntax is kept, because -m prints the
 * expression as written ("make([]byte, 64 * 1024)").  Implicit value-to-
 * interface conversions become CONVIFACE nodes, positioned as Go 1.19 does.
 */
#include "golang/go_const_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

gh_GoType *gh_go_check_call(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint);

static const char *describe(gh_GoNode *n)
{
    return n->kind == GH_N_NAME ? n->name : "expression";
}

gh_GoType *gh_go_check_type(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *t = NULL;
    switch (n->kind) {
    case GH_N_NAME: {
        gh_GoObj *o = gh_go_scope_lookup(c, n->name);
        if (!o) gh_go_fail(c->src, n->pos, "undefined: %s", n->name);
        if (o->kind != GH_OBJ_TYPE) gh_go_fail(c->src, n->pos, "%s is not a type", n->name);
        t = o->type;
        break;
    }
    case GH_N_SELECTOR: {
        gh_GoObj *o = n->x->kind == GH_N_NAME ? gh_go_scope_lookup(c, n->x->name) : NULL;
        if (!o || o->kind != GH_OBJ_PKG) gh_go_fail(c->src, n->pos, "%s is not a type", n->name);
        t = gh_go_library_type(c->prog, o->pkg, n->name);
        if (!t) gh_go_fail(c->src, n->pos, "undefined or unsupported: %s.%s", o->name, n->name);
        break;
    }
    case GH_N_STAR: t = gh_go_type_ptr(c->src, gh_go_check_type(c, n->x)); break;
    case GH_N_ARRAYTYPE: {
        gh_GoType *elem = gh_go_check_type(c, n->y);
        if (!n->x) { t = gh_go_type_slice(c->src, elem); break; }
        gh_go_check_expr(c, n->x, NULL);
        if (n->x->op != GH_OP_CONST || !gh_go_type_is_integer(n->x->type))
            gh_go_fail(c->src, n->x->pos, "array length %s must be constant", describe(n->x));
        gh_go_const_represent(c, n->x, c->prog->u.basic[GH_K_INT], "array length");
        if (n->x->cval < 0) gh_go_fail(c->src, n->x->pos, "invalid array length");
        t = gh_go_type_array(c->src, elem, n->x->cval);
        break;
    }
    case GH_N_STRUCTTYPE:
        t = gh_go_type_new(c->src, GH_K_STRUCT);
        for (int i = 0; i < n->nlist; i++) {
            for (int k = 0; k < i; k++)
                if (!strcmp(n->list[k]->name, n->list[i]->name))
                    gh_go_fail(c->src, n->list[i]->pos, "%s redeclared\n\t./%s:%d:%d: other declaration of %s", n->list[i]->name,
                               c->src->base, n->list[k]->pos.line, n->list[k]->pos.col, n->list[k]->name);
            gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
            f->name = n->list[i]->name;
            f->pos = n->list[i]->pos;
            f->type = gh_go_check_type(c, n->list[i]->x);
            f->embedded = n->list[i]->define;
            if (f->embedded) gh_go_check_embedded_field(c, n->list[i], f->type);
        }
        break;
    case GH_N_INTERFACETYPE: t = gh_go_check_iface_type(c, n); break;
    case GH_N_MAPTYPE: t = gh_go_check_map_type(c, n); break;
    case GH_N_CHANTYPE: t = gh_go_check_chan_type(c, n); break;
    case GH_N_FUNCTYPE: t = gh_go_check_funclit_sig(c, n, NULL); break;
    default: gh_go_fail(c->src, n->pos, "%s is not a type", describe(n));
    }
    n->type = t;
    n->op = GH_OP_TYPE;
    return t;
}

int gh_go_is_addressable(gh_GoNode *n)
{
    switch (n->op) {
    case GH_OP_VAR: case GH_OP_DEREF: case GH_OP_DOTPTR: case GH_OP_INDEX_SLICE: return 1;
    case GH_OP_DOT: case GH_OP_INDEX_ARRAY: return gh_go_is_addressable(n->x);
    default: return 0;
    }
}

static int is_plain_name(gh_GoNode *n)
{
    return n->kind == GH_N_NAME && (n->op == GH_OP_VAR || n->op == GH_OP_FUNCNAME);
}

static gh_GoType *one_value(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, const char *used);

/* Whether t's method set holds Error() string (the one method of `error`): a method with a
 * value receiver belongs to T and *T, one with a pointer receiver to *T only. */
int gh_go_has_error_method(gh_GoType *t)
{
    gh_GoType *base = t;
    int ptr = 0;
    if (t->kind != GH_K_NAMED && gh_go_under(t)->kind == GH_K_POINTER) { base = gh_go_under(t)->elem; ptr = 1; }
    if (!base || base->kind != GH_K_NAMED) return 0;
    for (int i = 0; i < base->nmethods; i++) {
        gh_GoFunc *m = base->methods[i];
        if (strcmp(m->decl->name, "Error")) continue;
        int mp = m->recv && gh_go_under(m->recv->type)->kind == GH_K_POINTER;
        gh_GoType *sig = m->sig;
        return (!mp || ptr) && sig && sig->nfields == 0 && sig->nresults == 1 &&
               gh_go_under(sig->results[0].type)->kind == GH_K_STRING && sig->results[0].type->kind != GH_K_NAMED;
    }
    if (base->lib_id >= 0 && ptr && !strcmp(base->name, "runtime.TypeAssertionError")) return 1;
    /* the runtime's errors have value receivers (exec_rterror.c) */
    if (base->lib_id >= 0 && (!strcmp(base->name, "runtime.boundsError") || !strcmp(base->name, "runtime.errorString") ||
                              !strcmp(base->name, "runtime.plainError")))
        return 1;
    return base->lib_id >= 0 && ptr && (!strcmp(base->name, "errors.errorString") || !strcmp(base->name, "fmt.wrapError") ||
                                        !strcmp(base->name, "strconv.NumError"));
}

static int assignable(gh_GoType *from, gh_GoType *to)
{
    if (gh_go_type_identical(from, to)) return 1;
    gh_GoType *fu = gh_go_under(from), *tu = gh_go_under(to);
    if (gh_go_type_is_interface(to)) {
        if (tu->nmethods == 0 || from->kind == GH_K_UNTYPED_NIL) return 1;
        return gh_go_implements(from, to, NULL, 0);
    }
    if (from->kind == GH_K_UNTYPED_NIL)
        return tu->kind == GH_K_POINTER || tu->kind == GH_K_SLICE || tu->kind == GH_K_FUNC || tu->kind == GH_K_UNSAFEPTR || tu->kind == GH_K_MAP ||
               tu->kind == GH_K_CHAN;
    if ((from->kind != GH_K_NAMED || to->kind != GH_K_NAMED) && gh_go_type_identical(fu, tu)) return 1;
    /* a bidirectional channel goes into a one-way channel of the same element type */
    if (fu->kind == GH_K_CHAN && tu->kind == GH_K_CHAN && fu->chandir == GH_CHAN_BOTH && (from->kind != GH_K_NAMED || to->kind != GH_K_NAMED) &&
        gh_go_type_identical(fu->elem, tu->elem)) return 1;
    switch (from->kind) {
    case GH_K_UNTYPED_INT: case GH_K_UNTYPED_RUNE: return gh_go_type_is_numeric(tu);
    case GH_K_UNTYPED_FLOAT: return tu->kind == GH_K_FLOAT32 || tu->kind == GH_K_FLOAT64;
    case GH_K_UNTYPED_STRING: return tu->kind == GH_K_STRING;
    case GH_K_UNTYPED_BOOL: return tu->kind == GH_K_BOOL;
    default: return 0;
    }
}

int gh_go_assignable(gh_GoType *from, gh_GoType *to) { return assignable(from, to); }

/* types2 spells the empty interface "interface{}" and one with methods "interface{Area() int}"
 * (the compiler's -m output "interface {}", "interface { Area() int }"). */
void gh_go_type_format_types2(gh_GoType *t, char *buf, int size)
{
    gh_go_type_format(t, buf, size);
    for (char *p = strstr(buf, "interface {"); p; p = strstr(p, "interface {")) {
        memmove(p + 9, p + 10, strlen(p + 10) + 1);
        if (p[10] != ' ') continue;
        memmove(p + 10, p + 11, strlen(p + 11) + 1);
        int depth = 1;
        for (char *q = p + 10; *q; q++) {
            depth += *q == '{' ? 1 : *q == '}' ? -1 : 0;
            if (!depth) {
                if (q[-1] == ' ') memmove(q - 1, q, strlen(q) + 1);
                break;
            }
        }
    }
}

void gh_go_describe_operand(const gh_GoNode *x, gh_GoType *xt, char *op, size_t size)
{
    char a[96], e[512];
    gh_go_type_format_types2(xt, a, sizeof a);
    gh_go_source_expr(x, e, sizeof e);
    /* types2 elides a literal's elements with one character, "Rect{…}" (-m prints "{...}");
     * U+2026 is three bytes in UTF-8, as many as "..." */
    for (char *p = strstr(e, "{...}"); p; p = strstr(p + 4, "{...}")) memcpy(p + 1, "\xe2\x80\xa6", 3);
    if (x->op == GH_OP_CONST && gh_go_type_is_numeric(xt)) gh_go_const_operand(x, op, size);
    else if (gh_go_type_is_untyped(xt)) {
        const char *nm = xt->kind == GH_K_UNTYPED_NIL ? "untyped nil" : xt->kind == GH_K_UNTYPED_STRING ? "untyped string constant" : "untyped bool constant";
        snprintf(op, size, "%s (%s)", e, nm);
    } else snprintf(op, size, "%s (%s of type %s)", e, x->op == GH_OP_VAR ? "variable" : x->op == GH_OP_CONST ? "constant" : "value", a);
}

static gh_GoNode *assign_conv(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, gh_GoPos name_pos, const char *ctx, int at);

gh_GoNode *gh_go_assign_conv(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, gh_GoPos name_pos, const char *ctx)
{
    return assign_conv(c, x, t, name_pos, ctx, 0);
}

gh_GoNode *gh_go_assign_conv_at(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, gh_GoPos pos, const char *ctx)
{
    return assign_conv(c, x, t, pos, ctx, 1);
}

static gh_GoNode *assign_conv(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, gh_GoPos name_pos, const char *ctx, int at)
{
    if (!t) return x;
    if (x->op == GH_OP_TYPE) {
        char e[256];
        gh_go_source_expr(x, e, sizeof e);
        gh_go_fail(c->src, gh_go_start_pos(c, x), "%s (type) is not an expression", e);
    }
    gh_GoType *xt = one_value(c, x, x->type, "value");
    if (!assignable(xt, t)) {
        /* the operand as types2 prints it: "1 << 3 (untyped int constant 8)", "w (variable of type uint)" */
        char b[96], op[1024];
        gh_go_type_format_types2(t, b, sizeof b);
        gh_go_describe_operand(x, xt, op, sizeof op);
        /* an untyped value converts implicitly ("as T value"); a typed one is Go 1.19's compiler wording "as type T" */
        if (gh_go_type_is_untyped(xt)) gh_go_fail(c->src, gh_go_start_pos(c, x), "cannot use %s as %s value in %s", op, b, ctx);
        /* an interface holding a T that could be a t: Go's second line names the fix */
        int need = gh_go_type_is_interface(xt) && !gh_go_type_is_interface(t) &&
                   gh_go_implements(t, xt, NULL, 0);
        /* a concrete value that lacks a method: Go's second line names the method */
        char why[512] = "", tn[96], line[700] = "";
        if (gh_go_type_is_interface(t) && gh_go_under(t)->nfields && !gh_go_implements(xt, t, why, sizeof why)) {
            gh_go_type_format_types2(xt, tn, sizeof tn);
            snprintf(line, sizeof line, ":\n\t%s does not implement %s (%s%s", tn, b, why, strchr(why, '\n') ? "" : ")");
        }
        gh_go_fail(c->src, gh_go_start_pos(c, x), "cannot use %s as type %s in %s%s", op, b, ctx, need ? ":\n\tneed type assertion" : line);
    }
    if (gh_go_type_is_untyped(xt)) {
        gh_GoType *vt = gh_go_type_is_interface(t) ? gh_go_type_default(&c->prog->u, xt) : t;
        /* Go: "X (untyped int constant) overflows T" inside an operation, else "cannot use ... (overflows)" */
        gh_go_const_represent(c, x, vt, strcmp(ctx, "operation") ? ctx : NULL);
        x->type = vt;
    }
    if (gh_go_type_is_interface(t) && !gh_go_type_is_interface(x->type) && x->type->kind != GH_K_UNTYPED_NIL) {
        /* Go 1.19 reports boxing in an assignment at the (last) left-hand side,
         * and a plain name elsewhere at the preceding positioned node. */
        int ctx_pos = at || is_plain_name(x) || !strcmp(ctx, "assignment");
        gh_GoNode *cv = gh_go_node_new(c->src, GH_N_CONVIFACE, ctx_pos ? name_pos : x->pos);
        cv->x = x;
        cv->type = t;
        cv->op = GH_OP_CONVIFACE;
        cv->conv_name_pos = ctx_pos;
        return cv;
    }
    if (x->type->kind == GH_K_UNTYPED_NIL) x->type = t;
    return x;
}

/* The value of a rune literal: its one UTF-8 encoded character or escape. */
static long long char_value(const char *s)
{
    const unsigned char *p = (const unsigned char *)s + 1;
    if (*p != '\\') {
        int len = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc0 ? 2 : 1;
        long long v = len == 1 ? *p : *p & (0x3f >> (len - 1));
        for (int i = 1; i < len && p[i]; i++) v = (v << 6) | (p[i] & 0x3f);
        return v;
    }
    switch (p[1]) {
    case 'a': return '\a'; case 'b': return '\b'; case 'f': return '\f'; case 'n': return '\n';
    case 'r': return '\r'; case 't': return '\t'; case 'v': return '\v';
    case 'x': case 'u': case 'U': return strtol((const char *)p + 2, NULL, 16);
    default:
        if (p[1] >= '0' && p[1] <= '7') return strtol((const char *)p + 1, NULL, 8);
        return p[1];
    }
}

static void capture(gh_GoChecker *c, gh_GoObj *o)
{
    for (gh_GoFunc *f = c->fn; f && f != o->owner; f = f->outer) {
        int seen = 0;
        for (int i = 0; i < f->ncaptured; i++) seen |= f->captured[i] == o;
        if (!seen) *(gh_GoObj **)gh_go_arena_push(&c->src->arena, &f->captured, &f->ncaptured, sizeof o) = o;
    }
}

static gh_GoType *check_name(gh_GoChecker *c, gh_GoNode *n)
{
    if (!strcmp(n->name, "_")) gh_go_fail(c->src, n->pos, "cannot use _ as value");
    gh_GoObj *o = gh_go_scope_lookup(c, n->name);
    if (!o) gh_go_fail(c->src, n->pos, "undefined: %s", n->name);
    n->obj = o;
    n->type = o->type;
    switch (o->kind) {
    case GH_OBJ_VAR:
        n->op = GH_OP_VAR;
        if (o->owner && o->owner != c->fn) capture(c, o);
        if (o->cls == GH_CLASS_GLOBAL) { gh_go_check_global_use(c, o); n->type = o->type; }   /* go_check_init.c */
        break;
    case GH_OBJ_CONST: n->op = GH_OP_CONST; n->cval = o->cval; n->big = o->big; break;
    case GH_OBJ_TYPE: n->op = GH_OP_TYPE; break;
    case GH_OBJ_FUNC: n->op = GH_OP_FUNCNAME; n->fn = o->fn; n->type = o->fn->sig; break;
    case GH_OBJ_NIL: n->op = GH_OP_NIL; break;
    case GH_OBJ_PKG: gh_go_fail(c->src, n->pos, "use of package %s without selector", n->name); break;
    case GH_OBJ_BUILTIN: gh_go_fail(c->src, n->pos, "%s (built-in) must be called", n->name); break;
    default: break;
    }
    return n->type;
}

static gh_GoType *check_composite(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint)
{
    gh_GoType *t = n->x ? gh_go_check_type(c, n->x) : hint;
    if (!t) gh_go_fail(c->src, n->pos, "invalid composite literal type: missing type");
    gh_GoType *u = gh_go_under(t);
    if (u->kind == GH_K_POINTER && !n->x) { t = u->elem; u = gh_go_under(t); }
    n->type = t;
    if (u->kind == GH_K_STRUCT) {
        n->op = GH_OP_STRUCTLIT;
        if (t->lib_id >= 0) {
            for (int i = 0; i < n->nlist; i++)
                if (n->list[i]->kind != GH_N_KEYVALUE || n->list[i]->x->kind != GH_N_NAME || strcmp(n->list[i]->x->name, "New"))
                    gh_go_fail(c->src, n->list[i]->pos, "only the New field of a library struct may be set");
        }
        int keyed = n->nlist && n->list[0]->kind == GH_N_KEYVALUE;
        if (!keyed && n->nlist && n->nlist != u->nfields)
            gh_go_fail(c->src, n->nlist < u->nfields ? n->end : n->list[u->nfields]->pos, "too %s values in struct literal of type %s",
                       n->nlist < u->nfields ? "few" : "many", t->name ? t->name : "struct");
        for (int i = 0; i < n->nlist; i++) {
            gh_GoNode *e = n->list[i];
            int fi = i;
            if (keyed) {
                if (e->kind != GH_N_KEYVALUE || e->x->kind != GH_N_NAME)
                    gh_go_fail(c->src, e->pos, "mixture of field:value and value elements in struct literal");
                for (fi = 0; fi < u->nfields; fi++) if (!strcmp(u->fields[fi].name, e->x->name)) break;
                if (fi == u->nfields) {
                    char tb[96];
                    gh_go_type_format_types2(t, tb, sizeof tb);
                    gh_go_fail(c->src, e->x->pos, "unknown field '%s' in struct literal of type %s", e->x->name, tb);
                }
                e->field = fi;
                gh_go_check_expr(c, e->y, u->fields[fi].type);
                e->y = gh_go_assign_conv(c, e->y, u->fields[fi].type, e->pos, "struct literal");
                e->type = e->y->type;
            } else {
                if (e->kind == GH_N_KEYVALUE) gh_go_fail(c->src, e->pos, "mixture of field:value and value elements in struct literal");
                gh_go_check_expr(c, e, u->fields[fi].type);
                n->list[i] = gh_go_assign_conv(c, e, u->fields[fi].type, e->pos, "struct literal");
            }
        }
        return t;
    }
    if (u->kind == GH_K_MAP) return gh_go_check_maplit(c, n, t);
    if (u->kind != GH_K_SLICE && u->kind != GH_K_ARRAY)
        gh_go_fail(c->src, n->pos, "invalid composite literal type");
    n->op = u->kind == GH_K_SLICE ? GH_OP_SLICELIT : GH_OP_ARRAYLIT;
    if (u->kind == GH_K_ARRAY && n->nlist > u->len)
        gh_go_fail(c->src, n->list[u->len]->pos, "array index %lld out of bounds [0:%lld]", u->len, u->len);
    for (int i = 0; i < n->nlist; i++) {
        gh_GoNode *e = n->list[i];
        if (e->kind == GH_N_KEYVALUE) gh_go_fail(c->src, e->pos, "indexed slice and array literals are not supported");
        if (e->kind == GH_N_COMPOSITE && !e->x) check_composite(c, e, u->elem);
        else gh_go_check_expr(c, e, u->elem);
        n->list[i] = gh_go_assign_conv(c, e, u->elem, e->pos, "slice literal");
    }
    return t;
}

static gh_GoType *check_funclit(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoFunc *outer = c->fn;
    gh_GoFunc *f = gh_go_arena_alloc(&c->src->arena, sizeof *f);
    gh_GoFunc *top = c->top ? c->top : outer;
    if (outer) f->name = gh_go_arena_printf(&c->src->arena, "%s.func%d", top->name, ++top->nclosure_seq);
    else f->name = gh_go_arena_printf(&c->src->arena, "glob..func%d", ++c->prog->nglobal_closures);
    f->decl = n;
    f->body = n->z;
    f->pos = n->pos;
    f->outer = outer;
    f->id = c->prog->nall;
    *(gh_GoFunc **)gh_go_arena_push(&c->src->arena, &c->prog->all, &c->prog->nall, sizeof f) = f;
    if (outer) *(gh_GoFunc **)gh_go_arena_push(&c->src->arena, &outer->closures, &outer->nclosures, sizeof f) = f;
    else gh_go_add_toplevel_func(c, f);
    n->fn = f;
    gh_GoScope *s = gh_go_arena_alloc(&c->src->arena, sizeof *s);
    s->parent = c->scope;
    s->fn = f;
    c->scope = s;
    c->fn = f;
    int depth = c->loop_depth;
    gh_GoFunc *saved_top = c->top;
    if (!outer) c->top = f;
    f->sig = gh_go_check_funclit_sig(c, n->x, f);
    gh_go_check_body(c, f);
    c->top = saved_top;
    c->loop_depth = depth;
    c->fn = outer;
    c->scope = s->parent;
    n->type = f->sig;
    n->op = GH_OP_NONE;
    return f->sig;
}

/* The type of an operand that must be one value (what is indexed or sliced, an index):
 * (a selector's operand too) Go's messages, at the operand's start, for a call with no value (println(k)) and for one
 * with several (two()); a fuzzed `println(k)[:]` reached the switch on a NULL type. */
static gh_GoType *one_value(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, const char *used)
{
    if (t && t->kind != GH_K_TUPLE) return t;
    char e[256], ts[256] = "(";
    gh_go_source_expr(x, e, sizeof e);
    if (!t) gh_go_fail(c->src, gh_go_start_pos(c, x), "%s (no value) used as %s", e, used);
    for (int i = 0; i < t->nfields; i++) {
        char f[96];
        gh_go_type_format(t->fields[i].type, f, (int)sizeof f);
        size_t n = strlen(ts);
        snprintf(ts + n, sizeof ts - n, "%s%s", i ? ", " : "", f);
    }
    size_t n = strlen(ts);
    snprintf(ts + n, sizeof ts - n, ")");
    gh_go_fail(c->src, gh_go_start_pos(c, x), "multiple-value %s (value of type %s) in single-value context", e, ts);
    return NULL;
}

/* A method value x.m (not called): like a call, the receiver it binds is &x for a pointer
 * method on an addressable value and *x for a value method on a pointer. */
static void method_value_recv(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoNode *recv = n->x;
    int recv_is_ptr = gh_go_under(recv->type)->kind == GH_K_POINTER;
    int want_ptr = n->fn->recv->type->kind == GH_K_POINTER;
    if (want_ptr && !recv_is_ptr) {
        if (!gh_go_is_addressable(recv))
            gh_go_fail(c->src, n->pos, "cannot call pointer method %s on %s", n->name, recv->kind == GH_N_NAME ? recv->name : "value");
        gh_GoNode *a = gh_go_node_new(c->src, GH_N_ADDR_IMPLICIT, recv->pos);
        a->x = recv; a->op = GH_OP_ADDR; a->type = gh_go_type_ptr(c->src, recv->type);
        if (recv->kind == GH_N_NAME && recv->obj) recv->obj->reassigned_syntax = 1;
        n->x = a;
    } else if (!want_ptr && recv_is_ptr) {
        gh_GoNode *d = gh_go_node_new(c->src, GH_N_DEREF_IMPLICIT, recv->pos);
        d->x = recv; d->op = GH_OP_DEREF; d->type = gh_go_under(recv->type)->elem;
        n->x = d;
    }
}

static gh_GoType *check_selector(gh_GoChecker *c, gh_GoNode *n)
{
    bool called = c->callee == n;
    if (n->x->kind == GH_N_NAME) {
        gh_GoObj *o = gh_go_scope_lookup(c, n->x->name);
        if (o && o->kind == GH_OBJ_PKG) {
            n->x->op = GH_OP_PKG;
            n->x->obj = o;
            gh_GoLibFunc *lf = gh_go_library_func(c->prog, o->pkg, n->name);
            if (lf) { n->op = GH_OP_PKGMEMBER; n->lib = lf; n->type = lf->type; return n->type; }
            gh_GoType *lt = gh_go_library_type(c->prog, o->pkg, n->name);
            if (lt) { n->op = GH_OP_TYPE; n->type = lt; return lt; }
            gh_GoType *vt = gh_go_library_var(c, o->pkg, n->name);
            if (vt) { n->op = GH_OP_PKGMEMBER; n->type = vt; return vt; }
            if (gh_go_library_const(c, n, o->pkg)) return n->type;   /* math.Pi (go_library_const.c) */
            if (!strcmp(o->pkg, "math"))   /* Go's own Exp, Log, Pow, Sin...: their last bits are not libm's */
                gh_go_fail(c->src, n->pos, "math.%s is not supported by gohotel (its last digits would not be Go's); "
                           "math's Sqrt, Abs, Floor, Ceil, Trunc, Max, Min, Copysign, Signbit, IsNaN, IsInf, Inf and NaN are", n->name);
            gh_go_fail(c->src, n->pos, "undefined or unsupported: %s.%s", o->name, n->name);
        }
    }
    gh_GoType *xt = gh_go_check_expr(c, n->x, NULL);
    if (n->x->op == GH_OP_TYPE) { gh_go_check_method_expr(c, n); return n->type; }   /* P.Sum (go_check_methexpr.c) */
    one_value(c, n->x, xt, "value or type");
    xt = gh_go_promote_selector(c, n, xt);   /* b.x of an embedded field's x: b.A.x (go_check_embed.c) */
    gh_GoType *base = xt;
    int ptr = 0;
    if (gh_go_under(xt)->kind == GH_K_POINTER) { base = gh_go_under(xt)->elem; ptr = 1; }
    if (base->kind == GH_K_NAMED) {
        for (int i = 0; i < base->nmethods; i++)
            if (!strcmp(base->methods[i]->decl->name, n->name)) {
                n->op = GH_OP_METHOD; n->fn = base->methods[i]; n->type = base->methods[i]->sig;
                if (!called) method_value_recv(c, n);
                return n->type;
            }
        gh_GoLibFunc *lf = gh_go_library_method(c->prog, base, n->name);
        if (lf) {
            n->op = GH_OP_METHOD; n->lib = lf; n->type = lf->type;
            /* a method value sb.WriteString binds &sb (every library method has a pointer receiver) */
            if (!called && gh_go_under(n->x->type)->kind != GH_K_POINTER) {
                gh_GoNode *recv = n->x;
                if (!gh_go_is_addressable(recv))
                    gh_go_fail(c->src, n->pos, "cannot call pointer method %s on %s", n->name, recv->kind == GH_N_NAME ? recv->name : "value");
                gh_GoNode *a = gh_go_node_new(c->src, GH_N_ADDR_IMPLICIT, recv->pos);
                a->x = recv; a->op = GH_OP_ADDR; a->type = gh_go_type_ptr(c->src, recv->type);
                if (recv->kind == GH_N_NAME && recv->obj) recv->obj->reassigned_syntax = 1;
                n->x = a;
            }
            return n->type;
        }
    }
    gh_GoType *u = gh_go_under(base);
    for (int i = 0; !ptr && u->kind == GH_K_INTERFACE && i < u->nfields; i++)
        if (!strcmp(u->fields[i].name, n->name)) {
            if (!called) {   /* f := s.Area: a closure over s (exec_methval.c finds the method by this index) */
                n->field = c->prog->nimethvals;
                *(gh_GoNode **)gh_go_arena_push(&c->src->arena, &c->prog->imethvals, &c->prog->nimethvals, sizeof n) = n;
            }
            n->op = GH_OP_IMETHOD; n->type = u->fields[i].type; return n->type;
        }
    if (!ptr && u->kind == GH_K_INTERFACE && u->nmethods && !u->nfields && !strcmp(n->name, "Error")) {
        /* error's one method: func() string */
        gh_GoType *ft = gh_go_type_new(c->src, GH_K_FUNC);
        gh_GoField *r = gh_go_arena_push(&c->src->arena, &ft->results, &ft->nresults, sizeof *r);
        r->type = c->prog->u.basic[GH_K_STRING];
        n->op = GH_OP_IMETHOD; n->type = ft;
        return ft;
    }
    if (u->kind == GH_K_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!strcmp(u->fields[i].name, n->name)) {
                if (base->lib_id >= 0 && !(n->name[0] >= 'A' && n->name[0] <= 'Z'))
                    break;
                n->field = i;
                n->type = u->fields[i].type;
                n->op = ptr ? GH_OP_DOTPTR : GH_OP_DOT;
                return n->type;
            }
    }
    char tb[96];
    gh_go_type_format(xt, tb, sizeof tb);
    gh_GoPos sel = {n->pos.line, n->pos.col + 1};
    gh_go_fail(c->src, sel, "%s.%s undefined (type %s has no field or method %s)", describe(n->x), n->name, tb, n->name);
    return NULL;
}

static gh_GoType *check_index(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *xt = one_value(c, n->x, gh_go_check_expr(c, n->x, NULL), "value or type");
    if (gh_go_under(xt)->kind == GH_K_MAP) return gh_go_check_map_index(c, n, xt);
    gh_GoType *it = one_value(c, n->y, gh_go_check_expr(c, n->y, NULL), "value");
    if (!gh_go_type_is_integer(it)) gh_go_fail(c->src, n->y->pos, "invalid argument: index %s must be integer", describe(n->y));
    if (gh_go_type_is_untyped(it)) {
        gh_go_const_represent(c, n->y, c->prog->u.basic[GH_K_INT], NULL);
        n->y->type = c->prog->u.basic[GH_K_INT];
    }
    gh_GoType *u = gh_go_under(xt);
    if (u->kind == GH_K_POINTER && gh_go_under(u->elem)->kind == GH_K_ARRAY) {
        gh_GoNode *d = gh_go_node_new(c->src, GH_N_STAR, n->x->pos);
        d->x = n->x; d->op = GH_OP_DEREF; d->type = u->elem; d->implicit = 1;
        n->x = d;
        u = gh_go_under(u->elem);
    }
    switch (u->kind) {
    case GH_K_SLICE: n->op = GH_OP_INDEX_SLICE; n->type = u->elem; break;
    case GH_K_ARRAY: n->op = GH_OP_INDEX_ARRAY; n->type = u->elem;
        if (n->y->op == GH_OP_CONST && (n->y->cval < 0 || n->y->cval >= u->len))
            gh_go_fail(c->src, n->y->pos, "invalid argument: index %lld out of bounds [0:%lld]", n->y->cval, u->len);
        break;
    case GH_K_STRING: case GH_K_UNTYPED_STRING: n->op = GH_OP_INDEX_STRING; n->type = c->prog->u.basic[GH_K_UINT8]; break;
    default: gh_go_fail(c->src, n->pos, "invalid operation: cannot index %s", describe(n->x));
    }
    return n->type;
}

static gh_GoType *check_slice(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *xt = one_value(c, n->x, gh_go_check_expr(c, n->x, NULL), "value");
    gh_GoNode *idx[3] = {n->y, n->z, n->w};
    for (int i = 0; i < 3; i++)
        if (idx[i] && !gh_go_type_is_integer(one_value(c, idx[i], gh_go_check_expr(c, idx[i], NULL), "value")))
            gh_go_fail(c->src, idx[i]->pos, "invalid argument: index %s must be integer", describe(idx[i]));
    gh_GoType *u = gh_go_under(xt);
    switch (u->kind) {
    case GH_K_SLICE: n->op = GH_OP_SLICE_SLICE; n->type = xt; break;
    case GH_K_UNTYPED_STRING: n->x->type = xt = c->prog->u.basic[GH_K_STRING]; /* fallthrough */
    case GH_K_STRING: n->op = GH_OP_SLICE_STRING; n->type = xt; break;
    case GH_K_ARRAY:
        if (!gh_go_is_addressable(n->x)) gh_go_fail(c->src, n->pos, "invalid operation: %s (slice of unaddressable value)", describe(n->x));
        n->op = GH_OP_SLICE_ARRAY; n->type = gh_go_type_slice(c->src, u->elem); break;
    case GH_K_POINTER:
        if (gh_go_under(u->elem)->kind == GH_K_ARRAY) {
            gh_GoNode *d = gh_go_node_new(c->src, GH_N_STAR, n->x->pos);
            d->x = n->x; d->op = GH_OP_DEREF; d->type = u->elem; d->implicit = 1;
            n->x = d;
            n->op = GH_OP_SLICE_ARRAY; n->type = gh_go_type_slice(c->src, gh_go_under(u->elem)->elem); break;
        }
        /* fallthrough */
    default: gh_go_fail(c->src, n->pos, "cannot slice %s", describe(n->x));
    }
    return n->type;
}

static gh_GoType *check_binary(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint)
{
    gh_GoType *xt = gh_go_check_expr(c, n->x, hint);
    gh_GoType *yt = gh_go_check_expr(c, n->y, hint);
    if (!xt || !yt || xt->kind == GH_K_TUPLE || yt->kind == GH_K_TUPLE)
        gh_go_fail(c->src, n->pos, "invalid operation: operand has no value");
    int cmp = n->tok == GH_T_EQL || n->tok == GH_T_NEQ || n->tok == GH_T_LSS || n->tok == GH_T_LEQ ||
              n->tok == GH_T_GTR || n->tok == GH_T_GEQ;
    int shift = n->tok == GH_T_SHL || n->tok == GH_T_SHR;
    gh_GoType *t = xt;
    if (shift) {
        if (!gh_go_type_is_integer(yt)) gh_go_fail(c->src, n->y->pos, "invalid operation: shift count must be integer");
        gh_go_const_check_operands(c, n);   /* negative or too large constant counts */
        if (gh_go_type_is_untyped(yt)) n->y->type = c->prog->u.basic[GH_K_UINT];
    } else if (gh_go_type_is_untyped(xt) && !gh_go_type_is_untyped(yt)) {
        n->x = gh_go_assign_conv(c, n->x, yt, n->x->pos, "operation");
        t = yt;
    } else if (!gh_go_type_is_untyped(xt) && gh_go_type_is_untyped(yt)) {
        n->y = gh_go_assign_conv(c, n->y, xt, n->y->pos, "operation");
    } else if (gh_go_type_is_untyped(xt) && gh_go_type_is_untyped(yt)) {
        t = xt->kind > yt->kind ? xt : yt;
        if (xt->kind == GH_K_UNTYPED_NIL || yt->kind == GH_K_UNTYPED_NIL) t = xt;
    } else if (!gh_go_type_identical(xt, yt)) {
        if (!(cmp && (assignable(xt, yt) || assignable(yt, xt)))) {
            char a[64], b[64], e[512];
            gh_go_type_format(xt, a, sizeof a);
            gh_go_type_format(yt, b, sizeof b);
            int parens = n->parens;
            n->parens = 0;   /* Go prints the operation without the parentheses around it */
            gh_go_source_expr(n, e, sizeof e);
            n->parens = parens;
            gh_go_fail(c->src, gh_go_start_pos(c, n->x), "invalid operation: %s (mismatched types %s and %s)", e, a, b);
        }
        /* an interface against a concrete value: the value is compared as the interface it
         * converts to (dynamic type, then value), as Go's walk compares it */
        if (gh_go_type_is_interface(xt) && !gh_go_type_is_interface(yt)) n->y = gh_go_assign_conv(c, n->y, xt, n->y->pos, "operation");
        else if (gh_go_type_is_interface(yt) && !gh_go_type_is_interface(xt)) {
            n->x = gh_go_assign_conv(c, n->x, yt, n->x->pos, "operation");
            t = yt;
        }
    }
    gh_go_check_float_op(c, n->tok, n->x);   /* x % 2.0, x << 1 of a float, once converted (go_check_float.c) */
    if (!shift) gh_go_const_check_operands(c, n);   /* constant division by zero */
    int bothconst = n->x->op == GH_OP_CONST && n->y->op == GH_OP_CONST;
    if (n->tok == GH_T_LAND || n->tok == GH_T_LOR) {
        if (gh_go_under(t)->kind != GH_K_BOOL && t->kind != GH_K_UNTYPED_BOOL)
            gh_go_fail(c->src, n->pos, "invalid operation: operator %s not defined on %s", gh_go_tok_string(n->tok), describe(n->x));
        n->op = GH_OP_LOGIC;
        n->type = t;
    } else if (cmp) {
        n->op = GH_OP_COMPARE;
        n->type = c->prog->u.basic[GH_K_UNTYPED_BOOL];
    } else if (n->tok == GH_T_ADD && gh_go_type_is_string(t)) {
        n->op = GH_OP_ADDSTR;
        n->type = t;
        if (bothconst) { n->op = GH_OP_CONST; n->cval = n->x->cval + n->y->cval; }   /* its length in bytes */
        return n->type;
    } else {
        if (!gh_go_type_is_numeric(t))
            gh_go_fail(c->src, n->pos, "invalid operation: operator %s not defined on %s", gh_go_tok_string(n->tok), describe(n->x));
        n->op = GH_OP_ARITH;
        n->type = t;
    }
    if (bothconst && !gh_go_type_is_string(xt)) { n->op = GH_OP_CONST; gh_go_const_binary(c, n); }
    return n->type;
}

static gh_GoType *check_unary(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint)
{
    if (n->tok == GH_T_AND) {
        gh_GoNode *x = n->x;
        if (x->kind == GH_N_COMPOSITE) {
            gh_GoType *h = hint && gh_go_under(hint)->kind == GH_K_POINTER ? gh_go_under(hint)->elem : NULL;
            gh_GoType *t = check_composite(c, x, h);
            n->op = GH_OP_PTRLIT;
            n->type = gh_go_type_ptr(c->src, t);
            return n->type;
        }
        gh_go_check_expr(c, x, NULL);
        if (x->op == GH_OP_INDEX_MAP) gh_go_map_not_addressable(c, x);
        if (!gh_go_is_addressable(x)) gh_go_fail(c->src, n->pos, "invalid operation: cannot take address of %s", describe(x));
        if (x->kind == GH_N_NAME && x->obj) x->obj->reassigned_syntax = 1;
        n->op = GH_OP_ADDR;
        n->type = gh_go_type_ptr(c->src, x->type);
        return n->type;
    }
    if (n->tok == GH_T_ARROW) return gh_go_check_recv(c, n);
    gh_GoType *t = gh_go_check_expr(c, n->x, hint);
    if (!t || t->kind == GH_K_TUPLE) gh_go_fail(c->src, n->pos, "invalid operation: operand has no value");
    if (n->tok == GH_T_NOT) {
        if (gh_go_under(t)->kind != GH_K_BOOL && t->kind != GH_K_UNTYPED_BOOL)
            gh_go_fail(c->src, n->pos, "invalid operation: operator ! not defined on %s", describe(n->x));
    } else if (!gh_go_type_is_numeric(t)) {
        gh_go_fail(c->src, n->pos, "invalid operation: operator %s not defined on %s", gh_go_tok_string(n->tok), describe(n->x));
    }
    gh_go_check_float_op(c, n->tok, n->x);   /* ^x of a float */
    n->type = t;
    n->op = GH_OP_NEG;
    if (n->x->op == GH_OP_CONST) {
        n->op = GH_OP_CONST;
        gh_go_const_unary(c, n);
    }
    return t;
}

gh_GoType *gh_go_check_expr(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint)
{
    gh_GoUniverseTypes *u = &c->prog->u;
    switch (n->kind) {
    case GH_N_NAME: return check_name(c, n);
    case GH_N_BASICLIT:
        n->op = GH_OP_CONST;
        switch (n->tok) {
        case GH_T_INT: n->type = u->basic[GH_K_UNTYPED_INT]; gh_go_const_literal(c, n); break;
        case GH_T_FLOAT: n->type = u->basic[GH_K_UNTYPED_FLOAT]; gh_go_const_literal(c, n); break;
        case GH_T_CHAR: n->type = u->basic[GH_K_UNTYPED_RUNE]; n->cval = char_value(n->name); break;
        default: n->type = u->basic[GH_K_UNTYPED_STRING]; n->cval = gh_go_const_string_len(n->name); break;
        }
        return n->type;
    case GH_N_COMPOSITE: return check_composite(c, n, hint);
    case GH_N_FUNCLIT: return check_funclit(c, n);
    case GH_N_SELECTOR: return check_selector(c, n);
    case GH_N_INDEX: return check_index(c, n);
    case GH_N_SLICE: return check_slice(c, n);
    case GH_N_TYPEASSERT: {
        if (n->tok == GH_T_TYPE) gh_go_fail(c->src, gh_go_start_pos(c, n->x), "invalid AST: use of .(type) outside type switch");
        gh_GoType *xt = gh_go_check_expr(c, n->x, NULL);
        char op[1024], e[512], tn[96];
        if (!gh_go_type_is_interface(xt)) {
            gh_go_describe_operand(n->x, xt, op, sizeof op);
            gh_go_fail(c->src, gh_go_start_pos(c, n->x), "invalid operation: %s is not an interface", op);
        }
        n->type = gh_go_check_type(c, n->y);
        n->op = GH_OP_DOTTYPE;
        char why[512];
        if (n->type && !gh_go_type_is_interface(n->type) && !gh_go_implements(n->type, xt, why, sizeof why)) {
            char in[96];
            gh_go_source_expr(n, e, sizeof e);
            gh_go_type_format_types2(n->type, tn, sizeof tn);
            gh_go_type_format_types2(xt, in, sizeof in);
            gh_go_fail(c->src, gh_go_start_pos(c, n->x), "impossible type assertion: %s\n\t%s does not implement %s (%s%s", e, tn, in, why,
                       strchr(why, '\n') ? "" : ")");
        }
        return n->type;
    }
    case GH_N_CALL: return gh_go_check_call(c, n, hint);
    case GH_N_STAR: {
        gh_GoType *t = gh_go_check_expr(c, n->x, NULL);
        if (n->x->op == GH_OP_TYPE) { n->op = GH_OP_TYPE; n->type = gh_go_type_ptr(c->src, t); return n->type; }
        if (!t || gh_go_under(t)->kind != GH_K_POINTER)
            gh_go_fail(c->src, n->pos, "invalid operation: cannot indirect %s", describe(n->x));
        n->op = GH_OP_DEREF;
        n->type = gh_go_under(t)->elem;
        return n->type;
    }
    case GH_N_UNARY: return check_unary(c, n, hint);
    case GH_N_BINARY: return check_binary(c, n, hint);
    case GH_N_ARRAYTYPE: case GH_N_STRUCTTYPE: case GH_N_FUNCTYPE: case GH_N_INTERFACETYPE: case GH_N_CHANTYPE:
        return gh_go_check_type(c, n);
    default:
        gh_go_fail(c->src, n->pos, "unsupported expression");
        return NULL;
    }
}
