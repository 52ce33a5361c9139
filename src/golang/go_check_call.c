/* go_check_call.c — type checker, part 4: calls, conversions and built-ins.
 * Arguments are converted to parameter types; a variadic tail is packed into a
 * DDDSLICE node (Go's "... argument").  A plain-name argument converted to an
 * interface is positioned at the previous non-name argument (or the call's
 * '('), which is where Go 1.19 reports its boxing; append's values all at the
 * trail position of its arguments (go_check_pos.c).
 */
#include "golang/go_const_int.h"
#include "golang/exec_int.h"   /* gh_x_unquote, gh_x_utf8_count: the runes of a constant */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

gh_GoType *gh_go_check_call(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint);

static gh_GoType *result_type(gh_GoChecker *c, gh_GoType *sig)
{
    if (sig->nresults == 0) return NULL;
    if (sig->nresults == 1) return sig->results[0].type;
    gh_GoType *t = gh_go_type_new(c->src, GH_K_TUPLE);
    t->fields = sig->results;
    t->nfields = sig->nresults;
    return t;
}

static int plain_name(gh_GoNode *a)
{
    return a->kind == GH_N_NAME && (a->op == GH_OP_VAR || a->op == GH_OP_FUNCNAME);
}

/* One type as Go's "have (...)" line names it: an untyped numeric constant is "number",
 * another untyped one its kind without "untyped" ("string", "bool", "nil"). */
static void summary_type(gh_GoType *t, char *out, size_t n)
{
    if (!t) snprintf(out, n, "<T>");
    else if (gh_go_type_is_untyped(t) && gh_go_type_is_numeric(t)) snprintf(out, n, "number");
    else if (t->kind == GH_K_UNTYPED_STRING) snprintf(out, n, "string");
    else if (t->kind == GH_K_UNTYPED_BOOL) snprintf(out, n, "bool");
    else if (t->kind == GH_K_UNTYPED_NIL) snprintf(out, n, "nil");
    else gh_go_type_format(t, out, (int)n);
}

static void append_type(char *out, size_t n, int i, const char *t)
{
    size_t k = strlen(out);
    snprintf(out + k, n - k, "%s%s", i ? ", " : "", t);
}

/* Go's "have (int, number)": the arguments' types (a spread call's results). */
static void args_summary(gh_GoNode *n, int first, gh_GoType *spread, char *out, size_t len)
{
    char t[128];
    snprintf(out, len, "(");
    int k = spread ? spread->nfields : n->nlist - first;
    for (int i = 0; i < k; i++) {
        summary_type(spread ? spread->fields[i].type : n->list[first + i]->type, t, sizeof t);
        append_type(out, len, i, t);
    }
    size_t m = strlen(out);
    snprintf(out + m, len - m, ")");
}

/* Go's "want (int, ...string)": the parameters, a variadic one as ...T. */
static void params_summary(gh_GoType *sig, char *out, size_t len)
{
    char t[128];
    snprintf(out, len, "(");
    for (int i = 0; i < sig->nfields; i++) {
        bool dots = sig->variadic && i == sig->nfields - 1;
        gh_go_type_format(dots ? sig->fields[i].type->elem : sig->fields[i].type, t + 3 * dots, (int)sizeof t - 3);
        if (dots) memcpy(t, "...", 3);
        append_type(out, len, i, t);
    }
    size_t m = strlen(out);
    snprintf(out + m, len - m, ")");
}

/* Checks args against sig's params, packing variadic tails. first = index of
 * the first argument in n->list that maps to a parameter. */
static void check_args(gh_GoChecker *c, gh_GoNode *n, gh_GoType *sig, int first)
{
    int nargs = n->nlist - first;
    int np = sig->nfields;
    gh_GoPos last = n->pos;
    for (int i = 0; i < nargs; i++) {
        gh_GoType *pt = NULL;
        if (i < np - (sig->variadic ? 1 : 0)) pt = sig->fields[i].type;
        else if (sig->variadic) pt = n->dotdotdot ? sig->fields[np - 1].type : sig->fields[np - 1].type->elem;
        gh_go_check_expr(c, n->list[first + i], pt);
    }
    /* f(g()): g's results are the arguments, when there are as many as f has parameters */
    gh_GoType *spread = nargs == 1 && n->list[first]->type && n->list[first]->type->kind == GH_K_TUPLE ? n->list[first]->type : NULL;
    int nhave = spread ? spread->nfields : nargs;
    int min = sig->variadic ? np - 1 : np;
    if (nhave < min || (!sig->variadic && nhave > np) || (n->dotdotdot && nhave != np)) {
        char have[512], want[512], callee[256] = "function";
        /* types2 names the callee as written: f, r.Area, s.Area */
        if (n->x->kind == GH_N_NAME || n->x->kind == GH_N_SELECTOR) gh_go_source_expr(n->x, callee, sizeof callee);
        args_summary(n, first, spread, have, sizeof have);
        params_summary(sig, want, sizeof want);
        /* Go's place: the first extra argument; else the last argument; else the call */
        gh_GoNode *at = nhave > np && !spread ? n->list[first + np] : nargs ? n->list[first + nargs - 1] : n;
        gh_go_fail(c->src, gh_go_start_pos(c, at),
                   "%s arguments in call to %s\n\thave %s\n\twant %s", nhave < min ? "not enough" : "too many",
                   callee, have, want);
    }
    if (spread) gh_go_fail(c->src, n->list[first]->pos, "passing a multi-value call as arguments is not supported");
    /* Go names the callee in "cannot use ... as T value in argument to f" */
    const char *ctx = "argument";
    if (n->x->kind == GH_N_NAME) ctx = gh_go_arena_printf(&c->src->arena, "argument to %s", n->x->name);
    else if (n->x->kind == GH_N_SELECTOR && n->x->x->kind == GH_N_NAME)
        ctx = gh_go_arena_printf(&c->src->arena, "argument to %s.%s", n->x->x->name, n->x->name);
    for (int i = 0; i < nargs; i++) {
        gh_GoNode *a = n->list[first + i];
        gh_GoType *pt;
        if (i < np - (sig->variadic ? 1 : 0) || n->dotdotdot) pt = sig->fields[i].type;
        else pt = sig->fields[np - 1].type->elem;
        n->list[first + i] = gh_go_assign_conv(c, a, pt, last, ctx);
        if (!plain_name(a)) last = a->pos;
    }
    if (sig->variadic && !n->dotdotdot) {
        gh_GoNode *ddd = gh_go_node_new(c->src, GH_N_DDDSLICE, n->pos);
        ddd->type = sig->fields[np - 1].type;
        ddd->op = GH_OP_SLICELIT;
        for (int i = np - 1; i < nargs; i++) gh_go_node_append(c->src, ddd, 1, n->list[first + i]);
        gh_GoNode **args = gh_go_arena_alloc(&c->src->arena, sizeof *args * (size_t)(first + np));
        for (int i = 0; i < first + np - 1; i++) args[i] = n->list[i];
        args[first + np - 1] = ddd;
        if (nargs < np) {  /* no variadic arguments: Go passes a nil slice */
            ddd->kind = GH_N_NAME;
            ddd->name = "nil";
            ddd->op = GH_OP_NIL;
        }
        n->list = args;
        n->nlist = first + np;
    }
}

/* How many runes a constant string has when it is spelled as literals joined by + (Go's
 * typecheck makes []rune("...") a literal of one keyed element per rune, and the inliner
 * counts each); of another constant, its bytes (its runes if it is ASCII). */
static long long const_rune_count(const gh_GoNode *a)
{
    if (a->kind == GH_N_BASICLIT && a->name) {
        size_t cap = strlen(a->name) + 8;
        char *buf = malloc(cap);
        if (!buf) return a->cval;
        size_t len = gh_x_unquote(a->name, buf, cap);
        long long n = gh_x_utf8_count((const unsigned char *)buf, len);
        free(buf);
        return n;
    }
    if (a->kind == GH_N_BINARY && a->x && a->y && a->x->op == GH_OP_CONST && a->y->op == GH_OP_CONST)
        return const_rune_count(a->x) + const_rune_count(a->y);
    return a->cval;
}

static gh_GoType *check_conversion(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoType *t = n->x->type;
    if (n->nlist != 1 || n->dotdotdot) gh_go_fail(c->src, n->pos, "wrong argument count in conversion to type");
    gh_GoNode *a = n->list[0];
    gh_GoType *at = gh_go_check_expr(c, a, t);
    gh_GoType *tu = gh_go_under(t), *au = gh_go_under(at);
    n->type = t;
    if (gh_go_type_is_interface(t)) {
        if (gh_go_type_is_untyped(at)) a->type = gh_go_type_default(&c->prog->u, at);
        n->op = gh_go_type_is_interface(at) ? GH_OP_CONV : GH_OP_CONVIFACE;
        return t;
    }
    if (at->kind == GH_K_UNTYPED_NIL) {
        if (tu->kind != GH_K_SLICE && tu->kind != GH_K_POINTER && tu->kind != GH_K_FUNC && tu->kind != GH_K_CHAN && tu->kind != GH_K_MAP)
            gh_go_fail(c->src, n->pos, "cannot convert nil to this type");
        a->type = t;
        n->op = GH_OP_CONV;
        return t;
    }
    if (tu->kind == GH_K_SLICE && gh_go_under(tu->elem)->kind == GH_K_UINT8 && gh_go_type_is_string(at)) {
        if (gh_go_type_is_untyped(at)) a->type = c->prog->u.basic[GH_K_STRING];
        n->op = GH_OP_STR2BYTES;
        return t;
    }
    if (tu->kind == GH_K_STRING && au->kind == GH_K_SLICE && gh_go_under(au->elem)->kind == GH_K_UINT8) {
        n->op = GH_OP_BYTES2STR;
        return t;
    }
    if (tu->kind == GH_K_SLICE && gh_go_under(tu->elem)->kind == GH_K_INT32 && gh_go_type_is_string(at)) {
        if (gh_go_type_is_untyped(at)) a->type = c->prog->u.basic[GH_K_STRING];
        n->op = GH_OP_STR2RUNES;   /* of a constant: Go's typecheck makes it the literal []rune{...} */
        if (a->op == GH_OP_CONST) n->cval = const_rune_count(a);   /* its length, for the inliner's cost */
        return t;
    }
    if (tu->kind == GH_K_STRING && au->kind == GH_K_SLICE && gh_go_under(au->elem)->kind == GH_K_INT32) {
        n->op = GH_OP_RUNES2STR;
        return t;
    }
    if (tu->kind == GH_K_STRING && (gh_go_type_is_integer(at) || at->kind == GH_K_UNTYPED_RUNE)) {
        if (a->op == GH_OP_CONST) {   /* folded: string(rune(65)) is the constant "A" */
            if (gh_go_type_is_untyped(at)) a->type = gh_go_type_default(&c->prog->u, at);
            /* a value outside 0..U+10FFFF (or beyond int64) is U+FFFD, as types2 folds it */
            long long v = a->big || a->cval < 0 || a->cval > 0x10ffff ? 0xfffd : a->cval;
            n->op = GH_OP_CONST;
            n->cval = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;   /* its UTF-8 length */
            n->big = NULL;
            return t;
        }
        n->op = GH_OP_RUNE2STR;
        return t;
    }
    if ((gh_go_type_is_numeric(t) && gh_go_type_is_numeric(at)) || gh_go_type_identical(tu, au) ||
        (gh_go_type_is_string(t) && gh_go_type_is_string(at)) ||
        (tu->kind == GH_K_POINTER && au->kind == GH_K_POINTER && gh_go_type_identical(gh_go_under(tu->elem), gh_go_under(au->elem))) ||
        (tu->kind == GH_K_CHAN && gh_go_assignable(at, t))) {   /* (<-chan int)(c): a value assignable to t converts */
        n->op = GH_OP_CONV;
        if (a->op == GH_OP_CONST && gh_go_type_is_numeric(t)) {
            gh_go_const_represent(c, a, t, "conversion");   /* int8(200): Go's "cannot convert" */
            n->op = GH_OP_CONST;
            gh_go_const_copy(n, a);
            a->type = t;
        }
        return t;
    }
    /* Go's words and place: at the operand, described as types2 does ("1.5 (untyped float
     * constant)", "f (variable of type float64)", "[]int{…} (value of type []int)") */
    char x[600], y[96];
    gh_go_describe_operand(a, at, x, sizeof x);
    gh_go_type_format(t, y, sizeof y);
    gh_go_fail(c->src, gh_go_start_pos(c, a), "cannot convert %s to type %s", x, y);
    return NULL;
}

/* Whether expression n holds a (non-constant) function call: then len(n) of an array is
 * not a constant. Conversions and folded constants are not calls. */
static int calls_function(const gh_GoNode *n)
{
    if (!n || n->op == GH_OP_CONST || n->kind == GH_N_FUNCLIT) return 0;
    if (n->kind == GH_N_CALL && n->op != GH_OP_CONV) return 1;
    if (calls_function(n->x) || calls_function(n->y) || calls_function(n->z) || calls_function(n->w)) return 1;
    for (int i = 0; i < n->nlist; i++) if (calls_function(n->list[i])) return 1;
    return 0;
}

static gh_GoType *builtin_call(gh_GoChecker *c, gh_GoNode *n, gh_GoOp op, gh_GoType *hint)
{
    gh_GoUniverseTypes *u = &c->prog->u;
    const char *nm = n->x->name;
    n->op = op;
    if (n->dotdotdot && op != GH_OP_APPEND) gh_go_fail(c->src, n->pos, "invalid use of ... with built-in %s", nm);
    switch (op) {
    case GH_OP_LEN: case GH_OP_CAP: {
        if (n->nlist != 1) gh_go_fail(c->src, n->pos, "%s arguments for %s", n->nlist ? "too many" : "not enough", nm);
        gh_GoType *t = gh_go_under(gh_go_check_expr(c, n->list[0], NULL));
        gh_GoType *arr = t && t->kind == GH_K_POINTER && gh_go_under(t->elem)->kind == GH_K_ARRAY ? gh_go_under(t->elem) :
                         t && t->kind == GH_K_ARRAY ? t : NULL;
        if (!t || !(t->kind == GH_K_SLICE || arr || t->kind == GH_K_CHAN || (op == GH_OP_LEN && (gh_go_type_is_string(t) || t->kind == GH_K_MAP))))
            gh_go_fail(c->src, n->list[0]->pos, "invalid argument for %s", nm);
        if (gh_go_type_is_untyped(t)) n->list[0]->type = u->basic[GH_K_STRING];
        n->type = u->basic[GH_K_INT];
        /* len of a string constant, typed or not, is a constant */
        if (n->list[0]->op == GH_OP_CONST && gh_go_type_is_string(t)) { n->op = GH_OP_CONST; n->cval = n->list[0]->cval; }
        /* Go: len and cap of an array or *array are constants (the operand is not evaluated,
         * so len(p) of a nil *[4]int is 4) unless the operand calls a function */
        if (arr && !calls_function(n->list[0])) { n->op = GH_OP_CONST; n->cval = arr->len; }
        return n->type;
    }
    case GH_OP_DELETE: return gh_go_check_delete(c, n);
    case GH_OP_CLOSE: return gh_go_check_close(c, n);
    case GH_OP_NEW:
        if (n->nlist != 1) gh_go_fail(c->src, n->pos, "wrong number of arguments to new");
        n->type = gh_go_type_ptr(c->src, gh_go_check_type(c, n->list[0]));
        return n->type;
    case GH_OP_MAKESLICE: {
        if (n->nlist < 1) gh_go_fail(c->src, n->pos, "not enough arguments for make");
        gh_GoType *t = gh_go_check_type(c, n->list[0]);
        if (gh_go_under(t)->kind == GH_K_MAP) return gh_go_check_make_map(c, n, t);
        if (gh_go_under(t)->kind == GH_K_CHAN) return gh_go_check_make_chan(c, n, t);
        if (gh_go_under(t)->kind != GH_K_SLICE) gh_go_fail(c->src, n->list[0]->pos, "make of non-slice types is not supported");
        if (n->nlist < 2 || n->nlist > 3) gh_go_fail(c->src, n->pos, "wrong number of arguments to make");
        for (int i = 1; i < n->nlist; i++) {
            gh_GoType *it = gh_go_check_expr(c, n->list[i], NULL);
            if (!gh_go_type_is_integer(it)) gh_go_fail(c->src, n->list[i]->pos, "cannot use %s as int value in argument to make", n->list[i]->kind == GH_N_NAME ? n->list[i]->name : "expression");
            gh_go_const_represent(c, n->list[i], u->basic[GH_K_INT], NULL);   /* "1 << 70 (...) overflows int" */
            if (n->list[i]->op == GH_OP_CONST && n->list[i]->cval < 0) gh_go_fail(c->src, n->list[i]->pos, "negative len argument in make");
            if (gh_go_type_is_untyped(it)) n->list[i]->type = u->basic[GH_K_INT];
        }
        n->type = t;
        return t;
    }
    case GH_OP_APPEND: {
        if (n->nlist < 1) gh_go_fail(c->src, n->pos, "not enough arguments for append");
        gh_GoType *st = gh_go_check_expr(c, n->list[0], hint);
        if (!st || gh_go_under(st)->kind != GH_K_SLICE) gh_go_fail(c->src, n->list[0]->pos, "invalid argument: %s is not a slice", n->list[0]->kind == GH_N_NAME ? n->list[0]->name : "expression");
        gh_GoType *elem = gh_go_under(st)->elem;
        gh_GoPos last = n->pos;
        if (!plain_name(n->list[0])) last = n->list[0]->pos;
        for (int i = 1; i < n->nlist; i++) {
            gh_GoType *at = gh_go_check_expr(c, n->list[i], n->dotdotdot ? st : elem);
            if (n->dotdotdot) {
                if (i != 1 || n->nlist != 2) gh_go_fail(c->src, n->pos, "can only use ... with final argument");
                if (!(gh_go_type_is_string(at) && gh_go_under(elem)->kind == GH_K_UINT8)) {
                    n->list[i] = gh_go_assign_conv(c, n->list[i], st, last, "argument to append");
                } else if (gh_go_type_is_untyped(at)) n->list[i]->type = u->basic[GH_K_STRING];
            }
        }
        if (!n->dotdotdot) {   /* Go converts append's values after translating them all: each at the trail */
            gh_GoPos trail = n->pos;
            for (int i = 0; i < n->nlist; i++) trail = gh_go_trail_pos(n->list[i], trail);
            for (int i = 1; i < n->nlist; i++) n->list[i] = gh_go_assign_conv_at(c, n->list[i], elem, trail, "argument to append");
        }
        n->type = st;
        return st;
    }
    case GH_OP_COPY:
        if (n->nlist != 2) gh_go_fail(c->src, n->pos, "wrong number of arguments to copy");
        gh_go_check_expr(c, n->list[0], NULL);
        gh_go_check_expr(c, n->list[1], NULL);
        n->type = u->basic[GH_K_INT];
        return n->type;
    case GH_OP_PRINT: case GH_OP_PRINTLN:
        for (int i = 0; i < n->nlist; i++) {
            gh_GoType *t = gh_go_check_expr(c, n->list[i], NULL);
            if (!t || t->kind == GH_K_TUPLE || n->list[i]->op == GH_OP_TYPE)
                gh_go_fail(c->src, n->list[i]->pos, "%s (no value) used as value", n->list[i]->kind == GH_N_NAME ? n->list[i]->name : "expression");
            if (gh_go_type_is_untyped(t)) {
                gh_GoType *dt = gh_go_type_default(u, t);
                gh_go_const_represent(c, n->list[i], dt, op == GH_OP_PRINT ? "argument to print" : "argument to println");
                n->list[i]->type = dt;
            }
        }
        n->type = NULL;
        return NULL;
    case GH_OP_RECOVER:   /* go_check_defer.c: recover() is an interface{} */
        return gh_go_check_recover(c, n);
    case GH_OP_PANIC:
        if (n->nlist != 1) gh_go_fail(c->src, n->pos, "wrong number of arguments to panic");
        gh_go_check_expr(c, n->list[0], NULL);
        /* Go 1.19 boxes a panic value at the trail position of its operand (go_check_pos.c): a
         * name or an operand expression at its last non-constant part, a call at its (, else panic's ( */
        if (n->list[0]->kind == GH_N_NAME) n->list[0] = gh_go_assign_conv(c, n->list[0], u->any, n->list[0]->pos, "argument to panic");
        else {
            gh_GoNode *a = n->list[0];
            gh_GoPos own = a->pos, at = gh_go_trail_pos(a, n->pos);   /* go_check_pos.c */
            a->pos = at;
            n->list[0] = gh_go_assign_conv(c, a, u->any, at, "argument to panic");
            a->pos = own;
        }
        n->type = NULL;
        return NULL;
    default:
        return NULL;
    }
}

/* unsafe.Sizeof(x): a constant uintptr, the size of x's type (x is not evaluated), as Go
 * computes it for linux/amd64. The call stays a call node, so the compiler's messages
 * quote it as written ("unsafe.Sizeof(q) escapes to heap"). Only Sizeof of unsafe. */
static gh_GoType *unsafe_call(gh_GoChecker *c, gh_GoNode *n)
{
    gh_GoNode *f = n->x;
    if (strcmp(f->name, "Sizeof")) gh_go_fail(c->src, f->pos, "unsafe.%s is not supported (only unsafe.Sizeof)", f->name);
    if (n->nlist != 1 || n->dotdotdot)
        gh_go_fail(c->src, n->pos, "%s arguments for unsafe.Sizeof", n->nlist > 1 ? "too many" : "not enough");
    gh_GoType *t = gh_go_check_expr(c, n->list[0], NULL);
    if (!t || n->list[0]->op == GH_OP_TYPE) gh_go_fail(c->src, n->list[0]->pos, "unsafe.Sizeof needs a value");
    if (gh_go_type_is_untyped(t))
        gh_go_fail(c->src, n->list[0]->pos, "unsafe.Sizeof of an untyped constant is not supported (convert it to a type)");
    f->op = GH_OP_PKGMEMBER;
    n->op = GH_OP_CONST;
    n->cval = gh_go_type_size(t);
    n->type = c->prog->u.basic[GH_K_UINTPTR];
    return n->type;
}

gh_GoType *gh_go_check_call(gh_GoChecker *c, gh_GoNode *n, gh_GoType *hint)
{
    gh_GoNode *f = n->x;
    if (f->kind == GH_N_SELECTOR && f->x->kind == GH_N_NAME) {
        gh_GoObj *o = gh_go_scope_lookup(c, f->x->name);
        if (o && o->kind == GH_OBJ_PKG && !strcmp(o->pkg, "unsafe")) { f->x->op = GH_OP_PKG; f->x->obj = o; return unsafe_call(c, n); }
    }
    if (f->kind == GH_N_NAME) {
        gh_GoObj *o = gh_go_scope_lookup(c, f->name);
        if (o && o->kind == GH_OBJ_BUILTIN) { f->obj = o; return builtin_call(c, n, (gh_GoOp)o->builtin, hint); }
    }
    c->callee = f;
    gh_GoType *ft = gh_go_check_expr(c, f, NULL);
    if (f->op == GH_OP_TYPE) return check_conversion(c, n);
    if (!ft || gh_go_under(ft)->kind != GH_K_FUNC) {
        char tb[96] = "no value";
        if (ft) gh_go_type_format(ft, tb, sizeof tb);
        gh_go_fail(c->src, f->pos, "invalid operation: cannot call non-function %s (%s of type %s)",
                   f->kind == GH_N_NAME ? f->name : "expression", f->op == GH_OP_VAR ? "variable" : "value", tb);
    }
    gh_GoType *sig = gh_go_under(ft);
    if (f->op == GH_OP_METHOD) {
        /* receiver adjustments: &x for pointer receivers, *p for value receivers */
        gh_GoNode *recv = f->x;
        int recv_is_ptr = gh_go_under(recv->type)->kind == GH_K_POINTER;
        int want_ptr = f->lib ? 1 : f->fn->recv->type->kind == GH_K_POINTER;
        if (want_ptr && !recv_is_ptr) {
            if (!gh_go_is_addressable(recv))
                gh_go_fail(c->src, n->pos, "cannot call pointer method %s on %s", f->name, recv->kind == GH_N_NAME ? recv->name : "value");
            gh_GoNode *a = gh_go_node_new(c->src, GH_N_ADDR_IMPLICIT, recv->pos);
            a->x = recv; a->op = GH_OP_ADDR; a->type = gh_go_type_ptr(c->src, recv->type);
            if (recv->kind == GH_N_NAME && recv->obj) recv->obj->reassigned_syntax = 1;
            f->x = a;
        } else if (!want_ptr && recv_is_ptr) {
            gh_GoNode *d = gh_go_node_new(c->src, GH_N_DEREF_IMPLICIT, recv->pos);
            d->x = recv; d->op = GH_OP_DEREF; d->type = gh_go_under(recv->type)->elem;
            f->x = d;
        }
        n->op = f->lib ? GH_OP_CALLLIB : GH_OP_CALLMETH;
        n->fn = f->fn;
        n->lib = f->lib;
    } else if (f->op == GH_OP_IMETHOD) {
        n->op = GH_OP_CALLIFACE;
    } else if (f->op == GH_OP_PKGMEMBER) {
        n->op = GH_OP_CALLLIB;
        n->lib = f->lib;
    } else if (f->op == GH_OP_FUNCNAME && f->fn) {   /* (a wrapper's method expression has no fn: a dynamic call) */
        n->op = GH_OP_CALLFUNC;
        n->fn = f->fn;
    } else {
        n->op = GH_OP_CALLDYN;
    }
    check_args(c, n, sig, 0);
    if (f->op == GH_OP_FUNCNAME && f->kind == GH_N_SELECTOR) gh_go_method_expr_call(c, n);   /* P.Add(p, q) is p.Add(q) */
    n->type = result_type(c, sig);
    return n->type;
}

gh_GoFunc *gh_go_static_closure(const gh_GoNode *x)
{
    if (x->kind == GH_N_FUNCLIT) return x->fn;
    if (x->kind == GH_N_NAME && x->op == GH_OP_VAR && x->obj->funclit && !x->obj->reassigned_syntax &&
        x->obj->cls == GH_CLASS_AUTO)
        return x->obj->funclit->fn;
    return NULL;
}
