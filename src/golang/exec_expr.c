/* exec_expr.c — expressions: values into host buffers laid out as in simulated memory,
 * addresses of addressable expressions (variables, fields, elements, *p), comparisons,
 * slicing with Go's bounds-check panics, and the dispatch for every other kind.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_libcalls_int.h"


static _Noreturn void nil_deref(gh_Exec *ex)
{
    gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
}

gh_Addr gh_x_temp(gh_Exec *ex, const gh_GoNode *n)
{
    if (n->esc == 3) return gh_x_static_temp(ex, n);   /* a package initializer's static data */
    XFrame *f = gh_x_frame(ex);
    gh_Addr at;
    if (f->site && gh_x_inlsite_temp(ex, n, &at)) return at;
    long off = n->esc == 2 ? gh_x_node_slot(ex, f->fn, n) : -1;
    return off < 0 ? 0 : gh_x_frame_base(ex, f) + (uint64_t)off;
}

gh_Addr gh_x_var_addr(gh_Exec *ex, gh_GoObj *o)
{
    if (o->cls == GH_CLASS_GLOBAL || !o->owner) return ex->globals[o->id];
    XFrame *f = gh_x_frame(ex);
    gh_Addr base = gh_x_frame_base(ex, f);
    if (o->owner == f->fn) {
        gh_Addr slot = base + f->lay->off[o->id];
        if (!o->heap) return slot;
        uint64_t h;
        gh_x_load(ex, slot, &h, 8);
        return h;
    }
    /* a variable captured by the running closure */
    gh_GoFunc *fn = f->fn;
    for (int i = 0; i < fn->ncaptured; i++) {
        if (fn->captured[i] != o) continue;
        uint64_t c;
        gh_x_load(ex, base + f->lay->closure_off, &c, 8);
        gh_GoType *st = gh_go_under(gh_x_closure_type(ex, fn));
        gh_Addr fa = c + (uint64_t)st->fields[i + 1].offset;
        if (gh_x_by_value(o)) return fa;
        uint64_t p;
        gh_x_load(ex, fa, &p, 8);
        return p;
    }
    gh_x_panic(ex, "fatal error: variable %s is not reachable from %s", o->name, fn->name);
}

bool gh_x_addressable(gh_GoNode *n)
{
    switch (n->op) {
    case GH_OP_VAR: return true;
    case GH_OP_DEREF: case GH_OP_DOTPTR: case GH_OP_INDEX_SLICE: return true;
    case GH_OP_DOT: case GH_OP_INDEX_ARRAY: return gh_x_addressable(n->x);
    default: return false;
    }
}

void gh_x_index_check(gh_Exec *ex, int64_t i, int64_t len)
{
    if (i < 0 || i >= len) gh_x_panic(ex, "panic: runtime error: index out of range [%lld] with length %lld", (long long)i, (long long)len);
}

int64_t gh_x_eval_int(gh_Exec *ex, gh_GoNode *n)
{
    uint8_t b[8] = {0};
    gh_x_eval(ex, n, b);
    return gh_x_int(n->type, b);
}

gh_Addr gh_x_addr(gh_Exec *ex, gh_GoNode *n)
{
    switch (n->op) {
    case GH_OP_VAR: return gh_x_var_addr(ex, n->obj);
    case GH_OP_DEREF: {
        gh_Addr p;
        gh_x_eval(ex, n->x, &p);
        if (!p) nil_deref(ex);
        return p;
    }
    case GH_OP_DOTPTR: {
        gh_Addr p;
        gh_x_eval(ex, n->x, &p);
        if (!p) nil_deref(ex);
        return p + (uint64_t)gh_go_under(gh_go_under(n->x->type)->elem)->fields[n->field].offset;
    }
    case GH_OP_DOT: return gh_x_addr(ex, n->x) + (uint64_t)gh_go_under(n->x->type)->fields[n->field].offset;
    case GH_OP_INDEX_ARRAY: {
        gh_GoType *at = gh_go_under(n->x->type);
        gh_Addr base = gh_x_addr(ex, n->x);
        int64_t i = gh_x_eval_int(ex, n->y);
        gh_x_index_check(ex, i, at->len);
        return base + (uint64_t)(i * gh_x_size(at->elem));
    }
    case GH_OP_INDEX_SLICE: {
        gh_Slice s;
        gh_x_eval(ex, n->x, &s);
        int mark = gh_x_pin(ex, n->x->type, &s);
        int64_t i = gh_x_eval_int(ex, n->y);
        gh_x_unpin(ex, mark, n->x->type, &s);
        gh_x_unpin_all(ex, mark);
        gh_x_index_check(ex, i, s.len);
        return s.ptr + (uint64_t)(i * gh_x_size(n->type));
    }
    case GH_OP_INDEX_MAP: return gh_x_mapindex_addr(ex, n);
    default:
        gh_x_unsupported(ex, n->pos, "cannot take the address of this expression");
    }
}

/* --- allocating expressions ------------------------------------------------------- */

/* --- the rest of the expressions -------------------------------------------------------- */

static bool str_equal(gh_Exec *ex, gh_String a, gh_String b, int *cmp)
{
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = 0;
    for (int64_t i = 0; i < n && !c; i += 256) {
        uint8_t x[256], y[256];
        int64_t k = n - i < 256 ? n - i : 256;
        gh_x_load(ex, a.ptr + (uint64_t)i, x, (uint64_t)k);
        gh_x_load(ex, b.ptr + (uint64_t)i, y, (uint64_t)k);
        c = memcmp(x, y, (size_t)k);
    }
    if (!c) c = a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
    *cmp = c < 0 ? -1 : c > 0;
    return *cmp == 0;
}

static int compare_vals(gh_Exec *ex, gh_GoNode *n, gh_GoType *t, const uint8_t *a, const uint8_t *b)
{
    gh_GoType *u = gh_go_under(t);
    int c = 0;
    if (gh_go_type_is_string(t)) { str_equal(ex, *(const gh_String *)a, *(const gh_String *)b, &c); return c; }
    if (gh_go_type_is_integer(t) || u->kind == GH_K_BOOL || u->kind == GH_K_UNTYPED_BOOL) {
        int64_t x = gh_x_int(t, a), y = gh_x_int(t, b);
        if (!gh_x_is_signed(t) && gh_x_size(t) == 8) return (uint64_t)x < (uint64_t)y ? -1 : (uint64_t)x > (uint64_t)y;
        return x < y ? -1 : x > y;
    }
    if (u->kind == GH_K_INTERFACE) {
        const uint64_t *x = (const uint64_t *)a, *y = (const uint64_t *)b;
        if (x[0] != y[0]) return 1;
        if (!x[0]) return 0;
        gh_GoType *dt = gh_x_rtype_get(ex, x[0]);
        if (x[1] == y[1] && !gh_x_has_float(dt)) return 0;   /* one box: equal, unless it may hold a NaN */
        if (gh_go_type_is_direct_iface(dt)) return 1;
        uint8_t va[X_VMAX], vb[X_VMAX];
        if (gh_x_size(dt) > X_VMAX) return 1;
        gh_x_load(ex, x[1], va, (uint64_t)gh_x_size(dt));
        gh_x_load(ex, y[1], vb, (uint64_t)gh_x_size(dt));
        return compare_vals(ex, n, dt, va, vb) != 0;
    }
    if (u->kind == GH_K_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (compare_vals(ex, n, u->fields[i].type, a + u->fields[i].offset, b + u->fields[i].offset)) return 1;
        return 0;
    }
    if (u->kind == GH_K_ARRAY) {
        for (long long i = 0; i < u->len; i++)
            if (compare_vals(ex, n, u->elem, a + i * gh_x_size(u->elem), b + i * gh_x_size(u->elem))) return 1;
        return 0;
    }
    if (u->kind == GH_K_FLOAT32 || u->kind == GH_K_FLOAT64) return gh_x_float_cmp(t, a, b);   /* exec_float.c */
    return memcmp(a, b, 8) != 0;   /* pointers, and slices/funcs against nil */
}

int gh_x_compare_vals(gh_Exec *ex, gh_GoNode *n, gh_GoType *t, const uint8_t *a, const uint8_t *b)
{
    return compare_vals(ex, n, t, a, b);
}

/* i == v with i an interface and v concrete (the checker's CONVIFACE around v): Go's walk
 * compares i's dynamic type with v's, then the value i holds with v, without boxing v. */
static bool iface_eq_concrete(gh_Exec *ex, gh_GoNode *n)
{
    bool left = n->x->kind == GH_N_CONVIFACE;
    gh_GoNode *in = left ? n->y : n->x, *cv = left ? n->x->x : n->y->x;
    gh_GoType *ct = cv->type;
    if (gh_x_size(ct) > X_VMAX) gh_x_unsupported(ex, n->pos, "comparing values larger than %d bytes is not supported", X_VMAX);
    uint64_t iv[2] = {0, 0};
    uint8_t v[X_VMAX], held[X_VMAX];
    size_t clear = gh_x_size(ct) > 16 ? (size_t)gh_x_size(ct) : 16;
    memset(v, 0, clear);
    int mark;
    if (left) {   /* Go's order: the left operand first */
        gh_x_eval(ex, cv, v);
        mark = gh_x_pin(ex, ct, v);
        gh_x_eval(ex, in, iv);
    } else {
        gh_x_eval(ex, in, iv);
        mark = gh_x_pin(ex, in->type, iv);
        gh_x_eval(ex, cv, v);
    }
    gh_x_unpin_all(ex, mark);
    bool eq = iv[0] && gh_x_rtype_get(ex, iv[0]) == gh_x_rtype_get(ex, gh_x_rtype(ex, ct));
    if (eq && gh_go_type_is_direct_iface(ct)) eq = memcmp(&iv[1], v, 8) == 0;
    else if (eq) {
        memset(held, 0, clear);
        gh_x_load(ex, iv[1], held, (uint64_t)gh_x_size(ct));
        eq = compare_vals(ex, n, ct, held, v) == 0;
    }
    return n->tok == GH_T_EQL ? eq : !eq;
}

static bool compare(gh_Exec *ex, gh_GoNode *n)
{
    if ((n->x->kind == GH_N_CONVIFACE || n->y->kind == GH_N_CONVIFACE) && (n->tok == GH_T_EQL || n->tok == GH_T_NEQ))
        return iface_eq_concrete(ex, n);
    gh_GoType *t = n->x->type;
    if (t->kind == GH_K_UNTYPED_NIL) t = n->y->type;
    if (gh_x_size(t) > X_VMAX) gh_x_unsupported(ex, n->pos, "comparing values larger than %d bytes is not supported", X_VMAX);
    /* compare_vals reads at most the type's bytes, or 16 (an interface pair, a word for a
     * pointer against nil): only those are cleared, not the whole 2 KiB (a host cost) */
    uint8_t a[X_VMAX], b[X_VMAX];
    size_t clear = gh_x_size(t) > 16 ? (size_t)gh_x_size(t) : 16;
    memset(a, 0, clear);
    memset(b, 0, clear);
    gh_x_eval(ex, n->x, a);
    int mark = gh_x_pin(ex, t, a);
    gh_x_eval(ex, n->y, b);
    gh_x_unpin(ex, mark, t, a);
    gh_x_unpin_all(ex, mark);
    if (gh_x_is_float(t)) return gh_x_float_holds(n->tok, gh_x_float(t, a), gh_x_float(t, b));
    int c = compare_vals(ex, n, t, a, b);
    switch (n->tok) {
    case GH_T_EQL: return c == 0; case GH_T_NEQ: return c != 0;
    case GH_T_LSS: return c < 0; case GH_T_LEQ: return c <= 0;
    case GH_T_GTR: return c > 0; default: return c >= 0;
    }
}

static void slice_expr(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_Addr ptr;
    int64_t len, cap;
    long long es = 1;
    if (n->op == GH_OP_SLICE_ARRAY) {
        gh_GoType *at = gh_go_under(n->x->type);
        ptr = gh_x_addr(ex, n->x);
        len = cap = at->len;
        es = gh_x_size(at->elem);
    } else {
        uint8_t v[24] = {0};
        gh_x_eval(ex, n->x, v);
        memcpy(&ptr, v, 8);
        memcpy(&len, v + 8, 8);
        if (n->op == GH_OP_SLICE_SLICE) { memcpy(&cap, v + 16, 8); es = gh_x_size(gh_go_under(n->type)->elem); }
        else cap = len;
    }
    int64_t lo = n->y ? gh_x_eval_int(ex, n->y) : 0;
    int64_t hi = n->z ? gh_x_eval_int(ex, n->z) : len;
    int64_t max = n->w ? gh_x_eval_int(ex, n->w) : cap;
    const char *what = n->op == GH_OP_SLICE_STRING ? "length" : "capacity";
    if (n->w && (max < 0 || max > cap)) gh_x_panic(ex, "panic: runtime error: slice bounds out of range [::%lld] with capacity %lld", (long long)max, (long long)cap);
    if (hi < 0 || hi > max)
        gh_x_panic(ex, "panic: runtime error: slice bounds out of range [:%lld] with %s %lld", (long long)hi, what, (long long)max);
    if (lo < 0 || lo > hi) gh_x_panic(ex, "panic: runtime error: slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
    gh_Addr np = (hi - lo == 0 && n->op != GH_OP_SLICE_SLICE) ? ptr : ptr + (uint64_t)(lo * es);
    if (n->op == GH_OP_SLICE_STRING) {
        gh_String s = {hi - lo ? np : 0, hi - lo};
        memcpy(out, &s, 16);
    } else {
        gh_Slice s = {np, hi - lo, max - lo};
        memcpy(out, &s, 24);
    }
}

static void load_from(gh_Exec *ex, gh_GoNode *n, void *out)
{
    long long sz = gh_x_size(n->type);
    if (sz > X_VMAX) gh_x_unsupported(ex, n->pos, "values larger than %d bytes must be used through a pointer", X_VMAX);
    gh_x_load(ex, gh_x_addr(ex, n), out, (uint64_t)sz);
}

/* A field or element of a value that has no address (a call result, a literal).
 * Separate so gh_x_eval's own frame stays small: it recurses once per nesting level. */
static __attribute__((noinline)) void part_of_value(gh_Exec *ex, gh_GoNode *n, void *out)
{
    uint8_t v[X_VMAX];
    gh_GoType *xt = gh_go_under(n->x->type);
    if (gh_x_size(n->x->type) > X_VMAX) gh_x_unsupported(ex, n->pos, "value too large");
    gh_x_eval(ex, n->x, v);
    if (n->op == GH_OP_DOT) { memcpy(out, v + xt->fields[n->field].offset, (size_t)gh_x_size(n->type)); return; }
    int64_t i = gh_x_eval_int(ex, n->y);
    gh_x_index_check(ex, i, xt->len);
    memcpy(out, v + i * gh_x_size(xt->elem), (size_t)gh_x_size(n->type));
}

_Noreturn static __attribute__((noinline)) void panic_value(gh_Exec *ex, gh_GoNode *n)
{
    uint64_t e[2];
    gh_x_eval(ex, n->list[0], e);
    gh_x_panic_value(ex, e);   /* exec_panic.c */
}

void gh_x_eval(gh_Exec *ex, gh_GoNode *n, void *out)
{
    if (n->kind == GH_N_CONVIFACE) { gh_x_conv_iface(ex, n, n->x, out); return; }
    if (n->kind == GH_N_FUNCLIT) { gh_Addr f = gh_x_funcval(ex, n); memcpy(out, &f, 8); return; }
    switch (n->op) {
    case GH_OP_CONST: gh_x_const_value(ex, n, out); return;
    case GH_OP_NIL: memset(out, 0, (size_t)(gh_x_size(n->type) > 0 ? gh_x_size(n->type) : 8)); return;
    case GH_OP_VAR: case GH_OP_DEREF: case GH_OP_DOTPTR: case GH_OP_INDEX_SLICE: load_from(ex, n, out); return;
    case GH_OP_DOT: case GH_OP_INDEX_ARRAY:
        if (gh_x_addressable(n->x)) load_from(ex, n, out);
        else part_of_value(ex, n, out);
        return;
    case GH_OP_INDEX_STRING: {
        gh_String s;
        gh_x_eval(ex, n->x, &s);
        int64_t i = gh_x_eval_int(ex, n->y);
        gh_x_index_check(ex, i, s.len);
        gh_x_load(ex, s.ptr + (uint64_t)i, out, 1);
        return;
    }
    case GH_OP_SLICE_SLICE: case GH_OP_SLICE_STRING: case GH_OP_SLICE_ARRAY: slice_expr(ex, n, out); return;
    case GH_OP_FUNCNAME: { gh_Addr f = gh_x_funcval(ex, n); memcpy(out, &f, 8); return; }
    case GH_OP_METHOD: case GH_OP_IMETHOD:   /* not called: a method value (exec_methval.c) */
        gh_x_method_value(ex, n, out);
        return;
    case GH_OP_PKGMEMBER:
        if (!n->lib && n->name) { uint64_t f = gh_x_os_file(ex, n->name); memcpy(out, &f, 8); return; }
        if (n->lib && gh_x_lib_func_as_value(n->lib)) { gh_Addr f = gh_x_lib_funcval(ex, n); memcpy(out, &f, 8); return; }
        memset(out, 0, 8);   /* only ever discarded (_ = pkg.F): exec_check.c rejects other uses */
        return;
    case GH_OP_ADDSTR: gh_x_addstr(ex, n, out); return;
    case GH_OP_ARITH: {
        if (gh_x_is_float(n->type)) { gh_x_float_arith(ex, n, out); return; }
        int64_t a = gh_x_eval_int(ex, n->x);
        int64_t b = gh_x_eval_int(ex, n->y);
        if (n->tok == GH_T_SHL || n->tok == GH_T_SHR) b = gh_x_shift_count(n->y->type, b);
        gh_x_put_int(n->type, out, gh_x_arith(ex, n, n->tok, n->type, a, b));
        return;
    }
    case GH_OP_COMPARE: *(uint8_t *)out = compare(ex, n); return;
    case GH_OP_LOGIC: {
        uint8_t a = 0;
        gh_x_eval(ex, n->x, &a);
        if ((n->tok == GH_T_LAND && !a) || (n->tok == GH_T_LOR && a)) { *(uint8_t *)out = a; return; }
        gh_x_eval(ex, n->y, out);
        return;
    }
    case GH_OP_NEG: {
        if (n->tok == GH_T_NOT) { uint8_t a = 0; gh_x_eval(ex, n->x, &a); *(uint8_t *)out = !a; return; }
        if (gh_x_is_float(n->type)) { gh_x_float_neg(ex, n, out); return; }
        int64_t a = gh_x_eval_int(ex, n->x);
        int64_t r = n->tok == GH_T_SUB ? (int64_t)(0 - (uint64_t)a) : n->tok == GH_T_XOR ? ~a : a;
        gh_x_put_int(n->type, out, gh_x_norm(n->type, r));
        return;
    }
    case GH_OP_ADDR: { gh_Addr a = gh_x_addr(ex, n->x); memcpy(out, &a, 8); return; }
    case GH_OP_PTRLIT: {
        gh_GoType *t = gh_go_under(n->type)->elem;
        gh_Addr a = gh_x_new_object(ex, n, t);
        gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
        int mark = gh_x_pin(ex, up, &a);
        gh_x_eval_into(ex, n->x, a, t);
        gh_x_unpin(ex, mark, up, &a);
        gh_x_unpin_all(ex, mark);
        memcpy(out, &a, 8);
        return;
    }
    case GH_OP_NEW: { gh_Addr a = gh_x_new_object(ex, n, gh_go_under(n->type)->elem); memcpy(out, &a, 8); return; }
    case GH_OP_STRUCTLIT: case GH_OP_ARRAYLIT: {
        /* build in a scratch stack area of the frame? values are small: build on the host */
        gh_GoType *u = gh_go_under(n->type);
        memset(out, 0, (size_t)gh_x_size(n->type));
        for (int i = 0; i < n->nlist; i++) {
            gh_GoNode *e = n->list[i];
            if (n->op == GH_OP_STRUCTLIT) {
                int fi = e->kind == GH_N_KEYVALUE ? e->field : i;
                gh_x_eval(ex, e->kind == GH_N_KEYVALUE ? e->y : e, (uint8_t *)out + u->fields[fi].offset);
            } else {
                gh_x_eval(ex, e, (uint8_t *)out + i * gh_x_size(u->elem));
            }
        }
        return;
    }
    case GH_OP_SLICELIT: gh_x_slicelit(ex, n, out); return;
    case GH_OP_CONV: case GH_OP_CONVIFACE: case GH_OP_STR2BYTES: case GH_OP_BYTES2STR: case GH_OP_RUNE2STR: case GH_OP_STR2RUNES: case GH_OP_RUNES2STR: gh_x_conversion(ex, n, out); return;
    case GH_OP_LEN: case GH_OP_CAP: {
        gh_GoNode *a = n->list[0];
        gh_GoType *u = gh_go_under(a->type);
        int64_t v;
        if (u->kind == GH_K_MAP) { gh_Addr h = 0; gh_x_eval(ex, a, &h); v = gh_x_maplen(ex, h); }
        else if (u->kind == GH_K_CHAN) { gh_Addr c = 0; gh_x_eval(ex, a, &c); v = gh_x_chanlen(ex, c, n->op == GH_OP_CAP); }
        else if (u->kind == GH_K_ARRAY) v = u->len;
        else if (u->kind == GH_K_POINTER) v = gh_go_under(u->elem)->len;
        else if (n->op == GH_OP_LEN && a->op == GH_OP_STR2RUNES && a->list[0]->op != GH_OP_CONST) v = gh_x_countrunes(ex, a->list[0]);
        else {
            uint8_t h[24] = {0};
            gh_x_eval(ex, a, h);
            memcpy(&v, h + (n->op == GH_OP_CAP ? 16 : 8), 8);
        }
        memcpy(out, &v, 8);
        return;
    }
    case GH_OP_MAKESLICE: gh_x_makeslice(ex, n, out); return;
    case GH_OP_MAKEMAP: { gh_Addr h = gh_x_makemap(ex, n); memcpy(out, &h, 8); return; }
    case GH_OP_MAPLIT: gh_x_maplit(ex, n, out); return;
    case GH_OP_INDEX_MAP: gh_x_mapindex(ex, n, out); return;
    case GH_OP_DELETE: gh_x_mapdelete(ex, n); return;
    case GH_OP_MAKECHAN: { gh_Addr c = gh_x_makechan(ex, n); memcpy(out, &c, 8); return; }
    case GH_OP_RECV: gh_x_recv(ex, n, out); return;
    case GH_OP_CLOSE: gh_x_closechan(ex, n); return;
    case GH_OP_APPEND: gh_x_append(ex, n, out); return;
    case GH_OP_COPY: {
        uint8_t d[24], s[24];
        gh_x_eval(ex, n->list[0], d);
        gh_x_eval(ex, n->list[1], s);
        gh_Addr dp, sp;
        int64_t dn, sn;
        memcpy(&dp, d, 8); memcpy(&dn, d + 8, 8); memcpy(&sp, s, 8); memcpy(&sn, s + 8, 8);
        int64_t k = dn < sn ? dn : sn;
        long long es = gh_x_size(gh_go_under(n->list[0]->type)->elem);
        if (k > 0 && !gh_memmove(ex->sim, dp, sp, (uint64_t)(k * es))) gh_x_check(ex);
        memcpy(out, &k, 8);
        return;
    }
    case GH_OP_PRINT: case GH_OP_PRINTLN: gh_x_println(ex, n); return;
    case GH_OP_PANIC: panic_value(ex, n);
    case GH_OP_RECOVER: gh_x_recover(ex, out); return;
    case GH_OP_DOTTYPE: gh_x_type_assert(ex, n, out, false); return;   /* exec_assert.c */
    case GH_OP_CALLFUNC: case GH_OP_CALLMETH: case GH_OP_CALLDYN: case GH_OP_CALLLIB: case GH_OP_CALLIFACE:
        gh_x_eval_call(ex, n, out); return;
    default:
        if (n->kind == GH_N_DDDSLICE) { gh_x_slicelit(ex, n, out); return; }
        gh_x_unsupported(ex, n->pos, "expression not supported by the interpreter");
    }
}
