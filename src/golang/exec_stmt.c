/* exec_stmt.c — statements. Each simple statement, and each test of an if or a loop,
 * is one step: it starts with gh_x_yield (where a stepper may stop and the in-flight
 * temporaries of the previous statement stop being roots), after the frame took the
 * statement's live set (exec_live.c; a store that defines a variable makes it live). `s += x` passes no stack
 * buffer to concatstrings, as Go's walk does for every +=.
 */
#include <string.h>
#include "golang/exec_int.h"

void gh_x_declare(gh_Exec *ex, gh_GoObj *o)
{
    XFrame *f = gh_x_frame(ex);
    gh_Addr slot = gh_x_frame_base(ex, f) + f->lay->off[o->id];
    gh_x_live_def(ex, o);
    if (!o->heap) { gh_x_zero(ex, slot, o->type); return; }
    gh_Addr h = f->site ? gh_x_inlsite_var(ex, o) : 0;   /* not moved to heap where Go inlined f */
    if (!h) h = gh_newobject(ex->sim, gh_x_type_id(ex, o->type));
    gh_x_check(ex);
    gh_store_ptr(ex->sim, slot, h);
}

static bool is_blank(gh_GoNode *n) { return n->kind == GH_N_NAME && !strcmp(n->name, "_"); }

/* x op= y for numbers. */
static int64_t arith(gh_Exec *ex, gh_GoNode *at, gh_GoTok op, gh_GoType *t, int64_t a, int64_t b)
{
    bool sgn = gh_x_is_signed(t);
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    long long bits = gh_x_size(t) * 8;
    switch (op) {
    case GH_T_ADD: return gh_x_norm(t, (int64_t)(ua + ub));
    case GH_T_SUB: return gh_x_norm(t, (int64_t)(ua - ub));
    case GH_T_MUL: return gh_x_norm(t, (int64_t)(ua * ub));
    case GH_T_QUO: case GH_T_REM:
        if (b == 0) gh_x_panic(ex, "panic: runtime error: integer divide by zero");
        if (sgn) {
            if (b == -1) return gh_x_norm(t, op == GH_T_QUO ? (int64_t)(0 - ua) : 0);
            return op == GH_T_QUO ? a / b : a % b;
        }
        if (bits < 64) { ua &= ((uint64_t)1 << bits) - 1; ub &= ((uint64_t)1 << bits) - 1; }
        return gh_x_norm(t, (int64_t)(op == GH_T_QUO ? ua / ub : ua % ub));
    case GH_T_AND: return a & b;
    case GH_T_OR: return a | b;
    case GH_T_XOR: return gh_x_norm(t, a ^ b);
    case GH_T_AND_NOT: return a & ~b;
    case GH_T_SHL:
        if (b < 0) gh_x_panic(ex, "panic: runtime error: negative shift amount");
        return b >= 64 ? 0 : gh_x_norm(t, (int64_t)(ua << b));
    case GH_T_SHR:
        if (b < 0) gh_x_panic(ex, "panic: runtime error: negative shift amount");
        if (sgn) return b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
        if (bits < 64) ua &= ((uint64_t)1 << bits) - 1;
        return b >= 64 ? 0 : gh_x_norm(t, (int64_t)(ua >> b));
    default: gh_x_unsupported(ex, at->pos, "unsupported operator %s", gh_go_tok_string(op));
    }
}

int64_t gh_x_shift_count(gh_GoType *count_type, int64_t b)
{
    return b < 0 && !gh_x_is_signed(count_type) ? INT64_MAX : b;
}

int64_t gh_x_arith(gh_Exec *ex, gh_GoNode *at, gh_GoTok op, gh_GoType *t, int64_t a, int64_t b)
{
    return arith(ex, at, op, t, a, b);
}

static gh_GoTok base_op(gh_GoTok t)
{
    switch (t) {
    case GH_T_ADD_ASSIGN: return GH_T_ADD; case GH_T_SUB_ASSIGN: return GH_T_SUB;
    case GH_T_MUL_ASSIGN: return GH_T_MUL; case GH_T_QUO_ASSIGN: return GH_T_QUO;
    case GH_T_REM_ASSIGN: return GH_T_REM; case GH_T_AND_ASSIGN: return GH_T_AND;
    case GH_T_OR_ASSIGN: return GH_T_OR; case GH_T_XOR_ASSIGN: return GH_T_XOR;
    case GH_T_SHL_ASSIGN: return GH_T_SHL; case GH_T_SHR_ASSIGN: return GH_T_SHR;
    case GH_T_AND_NOT_ASSIGN: return GH_T_AND_NOT; default: return t;
    }
}

static __attribute__((noinline)) void op_assign(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoNode *l = s->list[0], *r = s->list2[0];
    gh_GoType *t = l->type;
    if (gh_go_type_is_string(t)) {
        gh_String ops[2];
        gh_x_eval(ex, r, &ops[1]);
        int mark = gh_x_pin(ex, r->type, &ops[1]);
        gh_Addr a = gh_x_addr(ex, l);
        gh_x_unpin(ex, mark, r->type, &ops[1]);
        gh_x_unpin_all(ex, mark);
        gh_x_load(ex, a, &ops[0], 16);
        gh_String out;
        if (!gh_concatstrings(ex->sim, 0, ops, 2, &out)) gh_x_check(ex);
        gh_x_store(ex, a, t, &out);
        return;
    }
    if (gh_x_is_float(t)) { gh_x_float_op_assign(ex, s, base_op(s->tok)); return; }   /* exec_float.c */
    int64_t b = 0, v = 0;
    uint8_t buf[16] = {0};
    gh_x_eval(ex, r, buf);
    b = gh_x_int(r->type, buf);
    if (s->tok == GH_T_SHL_ASSIGN || s->tok == GH_T_SHR_ASSIGN) b = gh_x_shift_count(r->type, b);
    gh_Addr a = gh_x_addr(ex, l);
    memset(buf, 0, sizeof buf);
    gh_x_load(ex, a, buf, (uint64_t)gh_x_size(t));
    v = arith(ex, s, base_op(s->tok), t, gh_x_int(t, buf), b);
    gh_x_put_int(t, buf, v);
    gh_x_store(ex, a, t, buf);
}

/* Stores value v (of l's type) into the left-hand side l, declaring it first for :=. */
enum { PAR_VALUES = 8, PAR_VALUE = 256 };  /* values and bytes each of a parallel assignment or return */

/* Evaluates xs[0..n) into vals, every right-hand side before anything is stored (Go's
 * parallel assignment and multi-value return), keeping each value's pointer words
 * reachable while the later ones are evaluated (they may allocate and collect). */
static void eval_all(gh_Exec *ex, gh_GoNode **xs, int n, uint8_t vals[][PAR_VALUE], const char *too_large)
{
    int marks[PAR_VALUES];
    for (int i = 0; i < n; i++) {
        if (gh_x_size(xs[i]->type) > PAR_VALUE) gh_x_unsupported(ex, xs[i]->pos, "%s", too_large);
        gh_x_eval(ex, xs[i], vals[i]);
        marks[i] = gh_x_pin(ex, xs[i]->type, vals[i]);
    }
    for (int i = n - 1; i >= 0; i--) gh_x_unpin(ex, marks[i], xs[i]->type, vals[i]);
    gh_x_unpin_all(ex, marks[0]);
}

static void assign_to(gh_Exec *ex, gh_GoNode *l, const void *v, bool define, gh_GoNode *stmt)
{
    if (is_blank(l)) return;
    if (define && l->obj && l->obj->defn == stmt) gh_x_declare(ex, l->obj);
    gh_Addr a = gh_x_addr(ex, l);
    if (l->kind == GH_N_NAME) gh_x_live_def(ex, l->obj);
    gh_x_store(ex, a, l->type, v);
}

/* A part of type vt of a comma-ok form or a call stored into l, of a type it is only
 * assignable to (go_check_tuple.c): into an interface it is boxed as Go's order does it,
 * after the escape analysis (the heap); otherwise its bytes are l's (a named bool). */
static void assign_part(gh_Exec *ex, gh_GoNode *l, gh_GoType *vt, void *v, bool define, gh_GoNode *stmt)
{
    if (is_blank(l) || !gh_go_type_is_interface(l->type) || gh_go_type_is_interface(vt)) {
        assign_to(ex, l, v, define, stmt);
        return;
    }
    uint64_t e[2] = {gh_x_rtype(ex, vt), 0};
    int mark = gh_x_pin(ex, vt, v);   /* boxing allocates: the value's pointers stay roots */
    e[1] = gh_x_box_heap(ex, vt, v);
    gh_x_unpin(ex, mark, vt, v);
    gh_x_unpin_all(ex, mark);
    assign_to(ex, l, e, define, stmt);
}

/* a, b := f(), a, b = f() and var a, b = f() (s's one right-hand side is a call with as
 * many results as s has left-hand sides): each result to its left-hand side, in order. */
static void assign_results(gh_Exec *ex, gh_GoNode *s, bool define)
{
    uint8_t res[2 * X_VMAX];
    if (s->list2[0]->op == GH_OP_DOTTYPE) {   /* v, ok := x.(T) (exec_assert.c) */
        gh_GoNode *x = s->list2[0], *l = s->list[0];
        if (gh_x_size(x->type) > X_VMAX) gh_x_unsupported(ex, x->pos, "value too large for a comma-ok type assertion");
        uint8_t ok = gh_x_type_assert(ex, x, res, true);
        int mark = gh_x_pin(ex, x->type, res);   /* declaring v may allocate (moved to heap) */
        if (!is_blank(l) && define && l->obj && l->obj->defn == s) gh_x_declare(ex, l->obj);
        gh_Addr a = is_blank(l) ? 0 : gh_x_addr(ex, l);
        gh_x_unpin(ex, mark, x->type, res);
        gh_x_unpin_all(ex, mark);
        if (!is_blank(l) && gh_go_type_is_interface(l->type) && !gh_go_type_is_interface(x->type)) {
            assign_part(ex, l, x->type, res, false, s);   /* into an interface: boxed (declared above) */
        } else if (!is_blank(l)) {
            if (l->kind == GH_N_NAME) gh_x_live_def(ex, l->obj);
            gh_x_store(ex, a, l->type, res);
        }
        assign_part(ex, s->list[1], ex->prog->u.basic[GH_K_BOOL], &ok, define, s);
        return;
    }
    gh_GoType *tt = s->list2[0]->type;
    gh_x_eval(ex, s->list2[0], res);
    gh_GoType *sig = gh_go_type_new(ex->prog->src, GH_K_FUNC);
    sig->results = tt->fields;
    sig->nresults = tt->nfields;
    if (s->w) {   /* Go's RewriteMultiValueCall (go_check_tuple.c): t1, t2 := f(); a, b = t1, conv(t2) */
        gh_GoNode *w = s->w;
        for (int i = 0; i < w->nlist2; i++) {
            gh_GoObj *t = w->list2[i]->obj;
            gh_x_live_def(ex, t);   /* live while the values are converted (a box may collect) */
            gh_x_store(ex, gh_x_var_addr(ex, t), t->type, res + gh_x_result_off(sig, i));
        }
        uint8_t vals[PAR_VALUES][PAR_VALUE];
        if (w->nlist > PAR_VALUES) gh_x_unsupported(ex, s->pos, "more than 8 values in one assignment");
        eval_all(ex, w->list, w->nlist, vals, "value too large for a multi-value assignment");
        for (int i = 0; i < s->nlist; i++) assign_to(ex, s->list[i], vals[i], define, s);
        return;
    }
    for (int i = 0; i < s->nlist; i++)
        assign_part(ex, s->list[i], tt->fields[i].type, res + gh_x_result_off(sig, i), define, s);
}

static __attribute__((noinline)) void assign(gh_Exec *ex, gh_GoNode *s)
{
    if (s->tok != GH_T_ASSIGN && s->tok != GH_T_DEFINE) { op_assign(ex, s); return; }
    bool define = s->tok == GH_T_DEFINE;
    if (s->nlist2 == 1 && s->nlist > 1) {      /* a, b := f() */
        assign_results(ex, s, define);
        return;
    }
    if (s->nlist == 1) {
        gh_GoNode *l = s->list[0], *r = s->list2[0];
        gh_GoType *t = is_blank(l) ? r->type : l->type;
        if (gh_x_size(t) > X_VMAX && !is_blank(l)) {
            if (define && l->obj && l->obj->defn == s) gh_x_declare(ex, l->obj);
            gh_x_eval_into(ex, r, gh_x_addr(ex, l), t);
            return;
        }
        uint8_t v[X_VMAX];
        gh_x_eval(ex, r, v);
        if (is_blank(l)) return;
        int mark = gh_x_pin(ex, t, v);
        if (define && l->obj && l->obj->defn == s) gh_x_declare(ex, l->obj);
        gh_Addr a = gh_x_addr(ex, l);
        gh_x_unpin(ex, mark, t, v);
        gh_x_unpin_all(ex, mark);
        if (l->kind == GH_N_NAME) gh_x_live_def(ex, l->obj);
        gh_x_store(ex, a, t, v);
        return;
    }
    /* parallel assignment: all right-hand sides first */
    uint8_t vals[PAR_VALUES][PAR_VALUE];
    if (s->nlist > PAR_VALUES) gh_x_unsupported(ex, s->pos, "more than 8 values in one assignment");
    eval_all(ex, s->list2, s->nlist2, vals, "value too large for a parallel assignment");
    for (int i = 0; i < s->nlist; i++) assign_to(ex, s->list[i], vals[i], define, s);
}

static __attribute__((noinline)) void vardecl(gh_Exec *ex, gh_GoNode *d)
{
    if (d->nlist2 == 1 && d->nlist > 1) {      /* var a, b = f() */
        assign_results(ex, d, true);
        return;
    }
    for (int i = 0; i < d->nlist; i++) {
        gh_GoNode *l = d->list[i];
        if (is_blank(l)) { if (d->nlist2) { uint8_t v[X_VMAX]; gh_x_eval(ex, d->list2[i], v); } continue; }
        gh_GoObj *o = l->obj;
        if (!d->nlist2) { gh_x_declare(ex, o); continue; }
        if (gh_x_size(o->type) > X_VMAX) {
            gh_x_declare(ex, o);
            gh_x_eval_into(ex, d->list2[i], gh_x_var_addr(ex, o), o->type);
            continue;
        }
        uint8_t v[X_VMAX];
        gh_x_eval(ex, d->list2[i], v);
        int mark = gh_x_pin(ex, o->type, v);
        gh_x_declare(ex, o);
        gh_x_unpin(ex, mark, o->type, v);
        gh_x_unpin_all(ex, mark);
        gh_x_live_def(ex, o);
        gh_x_store(ex, gh_x_var_addr(ex, o), o->type, v);
    }
}

static bool cond(gh_Exec *ex, gh_GoNode *c)
{
    uint8_t b = 0;
    gh_x_eval(ex, c, &b);
    return b != 0;
}

static XStatus stmt(gh_Exec *ex, gh_GoNode *s);

/* One run of a loop's body: an unlabelled break or continue, or one naming this loop's
 * label, is this loop's; anything else (return, goto, another label's) leaves it. */
XStatus gh_x_loop_body(gh_Exec *ex, gh_GoNode *loop, bool *stop)
{
    XStatus st = gh_x_block(ex, loop->w);
    if ((st == XS_BREAK || st == XS_CONTINUE) && (!ex->branch_label || ex->branch_label == loop->obj)) {
        ex->branch_label = NULL;
        *stop = st == XS_BREAK;
        return XS_NORMAL;
    }
    *stop = st != XS_NORMAL;
    return st;
}

static XStatus for_stmt(gh_Exec *ex, gh_GoNode *s)
{
    if (s->x) { gh_x_live_at(ex, s->x); stmt(ex, s->x); }
    for (bool first = true;; first = false) {
        if (!first) {
            gh_x_live_at(ex, s->z ? s->z : s->w);
            gh_x_yield(ex, s->pos.line);
            if (s->z) { XStatus st = stmt(ex, s->z); (void)st; }
        }
        gh_x_live_at(ex, s->w);
        if (s->y && !cond(ex, s->y)) return XS_NORMAL;
        bool stop;
        XStatus st = gh_x_loop_body(ex, s, &stop);
        if (stop) return st;
    }
}

bool gh_x_range_copies(const gh_GoNode *s)
{
    return s->z && s->z->type && gh_go_under(s->z->type)->kind == GH_K_ARRAY && s->y && !is_blank(s->y);
}

static __attribute__((noinline)) XStatus range_stmt(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoType *xt = gh_go_under(s->z->type);
    if (xt->kind == GH_K_MAP) return gh_x_range_map(ex, s);
    if (xt->kind == GH_K_CHAN) return gh_x_range_chan(ex, s);
    int64_t n;
    gh_GoType *elem = NULL;
    gh_Addr base = 0, copy = 0;
    bool is_str = false;
    uint8_t xv[24] = {0};
    if (xt->kind == GH_K_ARRAY || (xt->kind == GH_K_POINTER && gh_go_under(xt->elem)->kind == GH_K_ARRAY)) {
        gh_GoType *at = xt->kind == GH_K_POINTER ? gh_go_under(xt->elem) : xt;
        n = at->len;
        elem = at->elem;
        if (xt->kind == GH_K_POINTER) {   /* *p is read element by element: no copy */
            gh_x_eval(ex, s->z, &base);
            if (!base && n && s->y && !is_blank(s->y))
                gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        }
        else if (gh_x_range_copies(s)) {
            /* Go evaluates `ha := arr` once and reads v from ha: the body's writes to arr
             * do not change v. ha is a stack temporary (.autotmp) of the frame. */
            long off = gh_x_node_slot(ex, gh_x_frame(ex)->fn, s);
            if (off < 0) gh_x_unsupported(ex, s->pos, "range over an array: no stack copy");
            copy = gh_x_frame_base(ex, gh_x_frame(ex)) + (uint64_t)off;
            gh_x_eval_into(ex, s->z, copy, s->z->type);
            base = copy;
        }
    } else if (s->z->op == GH_OP_STR2BYTES && gh_go_type_is_string(gh_go_under(s->z->list[0]->type))) {
        /* range []byte(s): Go's order pass reads s's own bytes (OSTR2BYTESTMP), no copy */
        gh_String str;
        gh_x_eval(ex, s->z->list[0], &str);
        base = str.ptr;
        n = str.len;
        elem = xt->elem;
    } else {
        gh_x_eval(ex, s->z, xv);
        memcpy(&base, xv, 8);
        memcpy(&n, xv + 8, 8);
        is_str = gh_go_type_is_string(xt);
        elem = is_str ? ex->prog->u.basic[GH_K_INT32] : xt->elem;
    }
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    int mark = gh_x_pin(ex, up, &base);   /* the body's calls may copy the stack under it */
    if (s->define) {
        if (s->x && !is_blank(s->x)) gh_x_declare(ex, s->x->obj);
        if (s->y && !is_blank(s->y)) gh_x_declare(ex, s->y->obj);
    }
    for (int64_t i = 0; i < n;) {
        gh_x_unpin(ex, mark, up, &base);
        if (i > 0) {
            gh_x_live_at(ex, s->w);
            gh_x_yield(ex, s->pos.line);
        }
        int64_t next = i + 1;
        uint8_t v[X_VMAX];
        if (s->x && !is_blank(s->x)) {
            gh_Addr a = gh_x_addr(ex, s->x);
            if (s->x->kind == GH_N_NAME) gh_x_live_def(ex, s->x->obj);
            gh_x_store(ex, a, s->x->type, &i);
        }
        if (s->y && !is_blank(s->y)) {
            if (is_str) {
                unsigned char c[4];   /* decoderune: a bad byte is U+FFFD, one byte on */
                int64_t have = n - i < 4 ? n - i : 4, w;
                gh_x_load(ex, base + (uint64_t)i, c, (uint64_t)have);
                int width;
                int32_t r = gh_x_utf8_decode(c, (size_t)have, &width);
                w = width;
                next = i + w;
                memcpy(v, &r, 4);
            } else {
                gh_x_load(ex, base + (uint64_t)(i * gh_x_size(elem)), v, (uint64_t)gh_x_size(elem));
            }
            gh_Addr a = gh_x_addr(ex, s->y);
            if (s->y->kind == GH_N_NAME) gh_x_live_def(ex, s->y->obj);
            gh_x_store(ex, a, s->y->type, v);
        }
        bool stop;
        XStatus st = gh_x_loop_body(ex, s, &stop);
        if (stop) { gh_x_unpin_all(ex, mark); return st; }
        i = next;
    }
    gh_x_unpin_all(ex, mark);
    return XS_NORMAL;
}

static __attribute__((noinline)) XStatus ret(gh_Exec *ex, gh_GoNode *s)
{
    XFrame *f = gh_x_frame(ex);
    gh_GoFunc *fn = f->fn;
    if (s->nlist == 0) return XS_RETURN;
    if (s->nlist == 1 && fn->nresults == 1) {
        gh_GoObj *o = fn->results[0];
        if (gh_x_size(o->type) > X_VMAX) { gh_x_eval_into(ex, s->list[0], gh_x_var_addr(ex, o), o->type); return XS_RETURN; }
        uint8_t v[X_VMAX];
        gh_x_eval(ex, s->list[0], v);
        gh_x_store(ex, gh_x_var_addr(ex, o), o->type, v);
        return XS_RETURN;
    }
    uint8_t vals[PAR_VALUES][PAR_VALUE];
    if (s->nlist > PAR_VALUES) gh_x_unsupported(ex, s->pos, "more than 8 results");
    eval_all(ex, s->list, s->nlist, vals, "result too large");
    for (int i = 0; i < s->nlist; i++) gh_x_store(ex, gh_x_var_addr(ex, fn->results[i]), fn->results[i]->type, vals[i]);
    return XS_RETURN;
}

static __attribute__((noinline)) void expr_stmt(gh_Exec *ex, gh_GoNode *s)
{
    uint8_t v[2 * X_VMAX];   /* results are dropped */
    gh_x_eval(ex, s->x, v);
}

static XStatus stmt(gh_Exec *ex, gh_GoNode *s)
{
    switch (s->kind) {
    case GH_N_EXPRSTMT: expr_stmt(ex, s); return XS_NORMAL;
    case GH_N_ASSIGN: assign(ex, s); return XS_NORMAL;   /* assign/ret/vardecl are noinline: big buffers */
    case GH_N_INCDEC: {
        if (gh_x_is_float(s->x->type)) { gh_x_float_op_assign(ex, s, s->tok == GH_T_INC ? GH_T_ADD : GH_T_SUB); return XS_NORMAL; }
        uint8_t buf[8] = {0};
        gh_Addr a = gh_x_addr(ex, s->x);
        gh_x_load(ex, a, buf, (uint64_t)gh_x_size(s->x->type));
        int64_t v = gh_x_int(s->x->type, buf);
        v = gh_x_norm(s->x->type, (int64_t)((uint64_t)v + (s->tok == GH_T_INC ? 1u : (uint64_t)-1)));
        gh_x_put_int(s->x->type, buf, v);
        gh_x_store(ex, a, s->x->type, buf);
        return XS_NORMAL;
    }
    case GH_N_VARDECL: vardecl(ex, s); return XS_NORMAL;
    case GH_N_CONSTDECL: case GH_N_EMPTY: return XS_NORMAL;
    case GH_N_BLOCK: return gh_x_block(ex, s);
    case GH_N_IF:
        if (s->x) { gh_x_live_at(ex, s->x); stmt(ex, s->x); }
        gh_x_live_at(ex, s->y);
        if (cond(ex, s->y)) return gh_x_block(ex, s->z);
        if (!s->w) return XS_NORMAL;
        if (s->w->kind == GH_N_IF) gh_x_yield(ex, s->w->pos.line);
        return stmt(ex, s->w);
    case GH_N_FOR: return for_stmt(ex, s);
    case GH_N_RANGE: return range_stmt(ex, s);
    case GH_N_RETURN: return ret(ex, s);
    case GH_N_GO: gh_x_go(ex, s->x); return XS_NORMAL;
    case GH_N_DEFER: gh_x_defer(ex, s); return XS_NORMAL;
    case GH_N_BRANCH:
        if (s->tok == GH_T_FALLTHROUGH) return XS_NORMAL;   /* the switch runs the next clause */
        ex->branch_label = s->obj;
        return s->tok == GH_T_BREAK ? XS_BREAK : s->tok == GH_T_CONTINUE ? XS_CONTINUE : XS_GOTO;
    case GH_N_SWITCH: case GH_N_TYPESWITCH: return gh_x_switch(ex, s);
    case GH_N_LABELED: return stmt(ex, s->x);
    case GH_N_SEND: gh_x_send_stmt(ex, s); return XS_NORMAL;
    case GH_N_SELECT: return gh_x_select(ex, s);
    default: gh_x_unsupported(ex, s->pos, "statement not supported by the interpreter");
    }
}

XStatus gh_x_stmt(gh_Exec *ex, gh_GoNode *s) { return stmt(ex, s); }

/* A goto to a label of block b: the index of its statement, or -1. */
static int goto_target(gh_Exec *ex, gh_GoNode *b)
{
    for (int i = 0; i < b->nlist; i++)
        for (gh_GoNode *s = b->list[i]; s->kind == GH_N_LABELED; s = s->x)
            if (s->obj == ex->branch_label) return i;
    return -1;
}

XStatus gh_x_block(gh_Exec *ex, gh_GoNode *b)
{
    for (int i = 0; i < b->nlist; i++) {
        gh_GoNode *s = b->list[i];
        while (s->kind == GH_N_LABELED) s = s->x;   /* a step is the labelled statement's */
        bool simple = s->kind != GH_N_BLOCK && s->kind != GH_N_CONSTDECL && s->kind != GH_N_EMPTY;
        gh_x_live_at(ex, s);   /* dead locals stop being roots here (exec_live.c) */
        if (simple) {
            gh_x_pad_stack(ex);
            gh_x_yield(ex, s->pos.line);
        }
        XStatus st = stmt(ex, s);
        if (simple) gh_x_unpad_stack(ex);
        if (st == XS_GOTO && (i = goto_target(ex, b)) >= 0) { ex->branch_label = NULL; i--; continue; }
        if (st != XS_NORMAL) return st;
    }
    return XS_NORMAL;
}

/* The package variables, in Go's initialization order (go_check_init.c): one step per
 * declaration, each value stored into its variable. */
void gh_x_init_globals(gh_Exec *ex)
{
    const gh_GoNode *last = NULL;
    ex->in_init = true;
    for (int i = 0; i < ex->prog->ninits; i++) {
        gh_GoNode *d = ex->prog->inits[i].decl;
        int k = ex->prog->inits[i].k;
        if (k >= d->nlist2) continue;
        if (d != last) gh_x_yield(ex, d->pos.line);
        last = d;
        if (d->nlist2 == 1 && d->nlist > 1) { assign_results(ex, d, false); continue; }   /* var a, b = f() */
        gh_GoNode *l = d->list[k];
        if (is_blank(l) || !l->obj) continue;
        gh_x_eval_into(ex, d->list2[k], gh_x_var_addr(ex, l->obj), l->obj->type);
    }
    ex->in_init = false;
}
