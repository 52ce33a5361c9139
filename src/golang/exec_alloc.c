/* exec_alloc.c — the expressions that allocate, each following the escape analysis:
 * when the node escapes it goes through mallocgc (newobject, makeslice, growslice,
 * concatstrings without a buffer, convT*), when it does not it uses its stack temporary.
 * Also conversions ([]byte(s), string(b), to interfaces; the rune ones: exec_runes.c) and
 * composite literals.
 */
#include <string.h>
#include "golang/exec_int.h"

static void flatten(gh_GoNode *n, gh_GoNode **ops, int *k, int cap)
{
    if (n->op == GH_OP_ADDSTR && n->kind == GH_N_BINARY) { flatten(n->x, ops, k, cap); flatten(n->y, ops, k, cap); return; }
    if (*k < cap) ops[(*k)++] = n;
}

void gh_x_addstr(gh_Exec *ex, gh_GoNode *n, gh_String *out)
{
    gh_GoNode *ops[64];
    gh_String vals[64];
    int k = 0, marks[64] = {0};
    flatten(n, ops, &k, 64);
    int64_t litlen = 0;
    for (int i = 0; i < k; i++) {
        gh_x_eval(ex, ops[i], &vals[i]);
        marks[i] = gh_x_pin(ex, ops[i]->type, &vals[i]);
        if (ops[i]->op == GH_OP_CONST) litlen += vals[i].len;
    }
    for (int i = k - 1; i >= 0; i--) gh_x_unpin(ex, marks[i], ops[i]->type, &vals[i]);
    gh_x_unpin_all(ex, marks[0]);
    gh_Addr buf = litlen < GH_TMP_STRING_BUF ? gh_x_temp(ex, n) : 0;  /* Go's walkAddString rule */
    if (!gh_concatstrings(ex->sim, buf, vals, k, out)) gh_x_check(ex);
    if (out->ptr) gh_temp_push(ex->sim, out->ptr);
}

/* Boxes the value of x (of a concrete type) for an interface; returns the data word. */
static uint64_t box(gh_Exec *ex, gh_GoNode *conv, gh_GoNode *x)
{
    gh_GoType *t = x->type;
    long long sz = gh_x_size(t);
    if (gh_go_type_is_direct_iface(t)) { uint64_t p = 0; gh_x_eval(ex, x, &p); return p; }
    uint8_t v[X_VMAX] = {0};
    if (sz > X_VMAX) gh_x_unsupported(ex, x->pos, "boxing values larger than %d bytes is not supported", X_VMAX);
    /* a string constant converted to a named string type (plainErr("zero")) is a constant too */
    gh_GoNode *sc = x->kind == GH_N_CALL && x->op == GH_OP_CONV && x->nlist == 1 && x->list[0]->op == GH_OP_CONST &&
                    gh_go_type_is_string(t) ? x->list[0] : x;
    if (sc->op == GH_OP_CONST) {          /* constants live in read-only data */
        if (gh_go_type_is_string(t)) {
            gh_String s = gh_x_const_string(ex, sc);
            uint64_t *e = gh_xmap_get(&ex->lits, conv, true);
            if (e[0]) return e[0];
            return e[0] = gh_rodata_string(ex->sim, (const char *)&s, 16);
        }
        gh_x_eval(ex, x, v);
        if (sz == 0) return GH_ZEROBASE;
        uint64_t w = (uint64_t)gh_x_int(t, v);
        if (w < 256 && sz <= 8) return gh_staticuint64((uint8_t)w);
        return gh_rodata_string(ex->sim, (const char *)v, sz);
    }
    gh_x_eval(ex, x, v);
    gh_Addr tmp = gh_x_temp(ex, conv);
    if (tmp) { gh_x_store(ex, tmp, t, v); return tmp; }   /* does not escape: a stack copy */
    return gh_x_box_heap(ex, t, v);
}

uint64_t gh_x_box_heap(gh_Exec *ex, gh_GoType *t, const void *v)
{
    long long sz = gh_x_size(t);
    if (gh_go_type_is_direct_iface(t)) { uint64_t p = 0; memcpy(&p, v, 8); return p; }
    if (sz == 0) return GH_ZEROBASE;
    gh_GoType *u = gh_go_under(t);
    gh_Addr p;
    if (sz == 1 && (gh_go_type_is_integer(t) || u->kind == GH_K_BOOL)) p = gh_staticuint64(*(const uint8_t *)v);
    else p = gh_x_convT(ex, t, v);   /* convT16/32/64, convTstring, convTslice or convT by shape (exec_convt.c) */
    gh_x_check(ex);
    if (p) gh_temp_push(ex->sim, p);
    return p;
}

void gh_x_conv_iface(gh_Exec *ex, gh_GoNode *conv, gh_GoNode *x, uint64_t out[2])
{
    if (gh_go_type_is_interface(x->type)) { gh_x_eval(ex, x, out); return; }
    if (x->op == GH_OP_NIL || x->type->kind == GH_K_UNTYPED_NIL) { out[0] = out[1] = 0; return; }
    out[1] = box(ex, conv, x);
    out[0] = gh_x_rtype(ex, x->type);
}

gh_Addr gh_x_new_object(gh_Exec *ex, gh_GoNode *n, gh_GoType *t)
{
    gh_Addr a = gh_x_temp(ex, n);
    if (a) { gh_x_zero(ex, a, t); return a; }
    a = gh_newobject(ex->sim, gh_x_type_id(ex, t));
    gh_x_check(ex);
    gh_temp_push(ex->sim, a);
    return a;
}

/* Backing array of n elements for a slice literal or variadic arguments. */
static gh_Addr new_array(gh_Exec *ex, gh_GoNode *n, gh_GoType *elem, int64_t count)
{
    gh_Addr a = gh_x_temp(ex, n);
    uint64_t bytes = (uint64_t)(gh_x_size(elem) * count);
    if (a && n->kind == GH_N_DDDSLICE) gh_x_live_temp(ex, n);   /* live for its statement */
    if (a) {
        gh_GoType *at = gh_go_type_array(ex->prog->src, elem, count);
        gh_x_zero(ex, a, at);
        return a;
    }
    a = gh_mallocgc(ex->sim, bytes, gh_x_type_id(ex, elem), true);
    gh_x_check(ex);
    gh_temp_push(ex->sim, a);
    return a;
}

void gh_x_makeslice(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
{
    gh_GoType *elem = gh_go_under(n->type)->elem;
    int64_t len = gh_x_eval_int(ex, n->list[1]);
    int64_t cap = n->nlist > 2 ? gh_x_eval_int(ex, n->list[2]) : len;
    if (len < 0) gh_x_panic(ex, "panic: runtime error: makeslice: len out of range");
    if (cap < len) gh_x_panic(ex, "panic: runtime error: makeslice: cap out of range");
    gh_Addr a = gh_x_temp(ex, n);
    if (a) {
        gh_x_zero(ex, a, gh_go_type_array(ex->prog->src, elem, cap));
        *out = (gh_Slice){a, len, cap};
        return;
    }
    if (!gh_makeslice(ex->sim, gh_x_type_id(ex, elem), len, cap, out)) gh_x_check(ex);
    if (out->ptr) gh_temp_push(ex->sim, out->ptr);
}

void gh_x_append(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
{
    gh_GoType *elem = gh_go_under(n->type)->elem;
    long long es = gh_x_size(elem);
    gh_Slice s;
    gh_x_eval(ex, n->list[0], &s);
    int mark = gh_x_pin(ex, n->list[0]->type, &s);
    if (n->dotdotdot) {
        uint8_t src[24] = {0};
        gh_x_eval(ex, n->list[1], src);
        int m2 = gh_x_pin(ex, n->list[1]->type, src);
        gh_x_unpin(ex, m2, n->list[1]->type, src);
        gh_x_unpin(ex, mark, n->list[0]->type, &s);
        gh_x_unpin_all(ex, mark);
        gh_Addr sp;
        int64_t sn;
        memcpy(&sp, src, 8);
        memcpy(&sn, src + 8, 8);
        if (s.len + sn > s.cap) {
            gh_temp_push(ex->sim, sp);
            int64_t old = s.len;   /* growslice reports the new length; we fill it below */
            if (!gh_growslice(ex->sim, gh_x_type_id(ex, elem), s, s.len + sn, &s)) gh_x_check(ex);
            s.len = old;
            gh_temp_push(ex->sim, s.ptr);
        }
        if (sn && !gh_memmove(ex->sim, s.ptr + (uint64_t)(s.len * es), sp, (uint64_t)(sn * es))) gh_x_check(ex);
        s.len += sn;
        *out = s;
        return;
    }
    int k = n->nlist - 1;
    uint8_t vals[16][256];
    int marks[16];
    if (k > 16 || es > 256) gh_x_unsupported(ex, n->pos, "append of more than 16 values or values over 256 bytes is not supported");
    for (int i = 0; i < k; i++) {
        gh_x_eval(ex, n->list[i + 1], vals[i]);
        marks[i] = gh_x_pin(ex, elem, vals[i]);
    }
    for (int i = k - 1; i >= 0; i--) gh_x_unpin(ex, marks[i], elem, vals[i]);
    gh_x_unpin(ex, mark, n->list[0]->type, &s);
    gh_x_unpin_all(ex, mark);
    if (s.len + k > s.cap) {
        int64_t old = s.len;
        if (!gh_growslice(ex->sim, gh_x_type_id(ex, elem), s, s.len + k, &s)) gh_x_check(ex);
        s.len = old;
        gh_temp_push(ex->sim, s.ptr);
    }
    for (int i = 0; i < k; i++) gh_x_store(ex, s.ptr + (uint64_t)((s.len + i) * es), elem, vals[i]);
    s.len += k;
    *out = s;
}

/* --- composite literals -------------------------------------------------------------- */

void gh_x_eval_into(gh_Exec *ex, gh_GoNode *n, gh_Addr a, gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    if (n->op == GH_OP_STRUCTLIT || n->op == GH_OP_ARRAYLIT) {
        gh_x_zero(ex, a, t);
        int base_mark = gh_x_pin(ex, up, &a);   /* elements may call functions that move the stack */
        for (int i = 0; i < n->nlist; i++) {
            gh_x_unpin(ex, base_mark, up, &a);
            gh_GoNode *e = n->list[i];
            gh_GoType *ft;
            uint64_t off;
            if (n->op == GH_OP_STRUCTLIT) {
                int fi = e->kind == GH_N_KEYVALUE ? e->field : i;
                ft = u->fields[fi].type;
                off = (uint64_t)u->fields[fi].offset;
            } else {
                ft = u->elem;
                off = (uint64_t)(i * gh_x_size(u->elem));
            }
            gh_x_eval_into(ex, e->kind == GH_N_KEYVALUE ? e->y : e, a + off, ft);
        }
        gh_x_unpin_all(ex, base_mark);
        return;
    }
    long long sz = gh_x_size(t);
    if (sz > X_VMAX) {
        if (!gh_x_addressable(n)) gh_x_unsupported(ex, n->pos, "values larger than %d bytes can only be copied from variables", X_VMAX);
        if (!gh_memmove(ex->sim, a, gh_x_addr(ex, n), (uint64_t)sz)) gh_x_check(ex);
        return;
    }
    uint8_t v[X_VMAX];
    int mark = gh_x_pin(ex, up, &a);     /* a may move (stack copy) or lose its last root */
    gh_x_eval(ex, n, v);
    gh_x_unpin(ex, mark, up, &a);
    gh_x_unpin_all(ex, mark);
    gh_x_store(ex, a, t, v);
}

void gh_x_slicelit(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
{
    gh_GoType *elem = gh_go_under(n->type)->elem;
    int64_t count = n->nlist;
    gh_Addr a = new_array(ex, n, elem, count);
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    int mark = gh_x_pin(ex, up, &a);
    for (int64_t i = 0; i < count; i++) {
        gh_x_eval_into(ex, n->list[i], a + (uint64_t)(i * gh_x_size(elem)), elem);
        gh_x_unpin(ex, mark, up, &a);
    }
    gh_x_unpin_all(ex, mark);
    *out = (gh_Slice){a, count, count};
}

void gh_x_conversion(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoNode *a = n->list[0];
    gh_GoType *t = n->type;
    uint8_t v[X_VMAX] = {0};
    if (n->op == GH_OP_STR2BYTES) {
        gh_String s;
        gh_x_eval(ex, a, &s);
        gh_Slice r;
        gh_Addr tmp = gh_x_temp(ex, n);
        if (a->op == GH_OP_CONST) {   /* Go gives a constant its own array, new([len]byte): cap = len */
            gh_Addr p = tmp;          /* on the stack, or exactly len bytes in the heap (tiny when < 16) */
            if (!p && s.len) {
                p = gh_mallocgc(ex->sim, (uint64_t)s.len, GH_TYPE_BYTES, true);
                gh_x_check(ex);
                gh_temp_push(ex->sim, p);
            }
            if (s.len && !gh_memmove(ex->sim, p, s.ptr, (uint64_t)s.len)) gh_x_check(ex);
            r = (gh_Slice){p ? p : GH_ZEROBASE, s.len, s.len};
            memcpy(out, &r, 24);
            return;
        }
        if (!gh_stringtoslicebyte(ex->sim, gh_x_temp(ex, n), s, &r)) gh_x_check(ex);
        if (r.ptr) gh_temp_push(ex->sim, r.ptr);
        memcpy(out, &r, 24);
        return;
    }
    if (n->op == GH_OP_BYTES2STR) {
        gh_Slice b;
        gh_x_eval(ex, a, &b);
        gh_String r;
        if (!gh_slicebytetostring(ex->sim, gh_x_temp(ex, n), b.ptr, b.len, &r)) gh_x_check(ex);
        if (r.ptr) gh_temp_push(ex->sim, r.ptr);
        memcpy(out, &r, 16);
        return;
    }
    if (gh_go_op_is_rune_conv(n->op)) { gh_x_rune_conversion(ex, n, out); return; }   /* exec_runes.c */
    if (gh_go_type_is_interface(t)) { gh_x_conv_iface(ex, n, a, out); return; }
    gh_x_eval(ex, a, v);
    if (gh_go_type_is_integer(t) && (gh_go_type_is_integer(a->type) || a->type->kind == GH_K_UNTYPED_RUNE)) {
        int64_t x = gh_x_int(a->type, v);
        if (!gh_x_is_signed(a->type) && gh_x_size(a->type) < 8) x = (int64_t)((uint64_t)x & ((1ULL << (gh_x_size(a->type) * 8)) - 1));
        gh_x_put_int(t, out, gh_x_norm(t, x));
        return;
    }
    if (gh_x_float_conversion(t, a->type, v, out)) return;   /* exec_float.c */
    memcpy(out, v, (size_t)gh_x_size(t));
}

