/* exec_expr.c — expressions: values into host buffers laid out as in simulated memory,
 * addresses of addressable expressions, and the allocating expressions, which follow
 * the escape analysis: a node that escapes goes through mallocgc (newobject, makeslice,
 * concatstrings with no buffer, convT*), one that does not uses its stack temporary.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

int64_t gh_x_arith(gh_Exec *ex, gh_GoNode *at, gh_GoTok op, gh_GoType *t, int64_t a, int64_t b);

static _Noreturn void nil_deref(gh_Exec *ex)
{
    gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
}

gh_Addr gh_x_temp(gh_Exec *ex, const gh_GoNode *n)
{
    XFrame *f = gh_x_frame(ex);
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

/* Unquotes a Go string literal (interpreted or raw) into buf; returns its length. */
static size_t unquote(const char *lit, char *buf, size_t cap)
{
    size_t n = 0, len = strlen(lit);
    if (lit[0] == '`') {
        for (size_t i = 1; i + 1 < len && n < cap; i++) if (lit[i] != '\r') buf[n++] = lit[i];
        return n;
    }
    for (size_t i = 1; i + 1 < len && n + 4 < cap; i++) {
        char c = lit[i];
        if (c != '\\') { buf[n++] = c; continue; }
        c = lit[++i];
        switch (c) {
        case 'n': buf[n++] = '\n'; break; case 't': buf[n++] = '\t'; break;
        case 'r': buf[n++] = '\r'; break; case 'a': buf[n++] = '\a'; break;
        case 'b': buf[n++] = '\b'; break; case 'f': buf[n++] = '\f'; break;
        case 'v': buf[n++] = '\v'; break;
        case 'x': {
            char h[3] = {lit[i + 1], lit[i + 2], 0};
            buf[n++] = (char)strtol(h, NULL, 16);
            i += 2;
            break;
        }
        case 'u': case 'U': {
            int k = c == 'u' ? 4 : 8;
            char h[9] = {0};
            memcpy(h, lit + i + 1, (size_t)k);
            unsigned long r = strtoul(h, NULL, 16);
            i += (size_t)k;
            if (r < 0x80) buf[n++] = (char)r;
            else if (r < 0x800) { buf[n++] = (char)(0xc0 | (r >> 6)); buf[n++] = (char)(0x80 | (r & 0x3f)); }
            else if (r < 0x10000) { buf[n++] = (char)(0xe0 | (r >> 12)); buf[n++] = (char)(0x80 | ((r >> 6) & 0x3f)); buf[n++] = (char)(0x80 | (r & 0x3f)); }
            else { buf[n++] = (char)(0xf0 | (r >> 18)); buf[n++] = (char)(0x80 | ((r >> 12) & 0x3f)); buf[n++] = (char)(0x80 | ((r >> 6) & 0x3f)); buf[n++] = (char)(0x80 | (r & 0x3f)); }
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                char o[4] = {lit[i], lit[i + 1], lit[i + 2], 0};
                buf[n++] = (char)strtol(o, NULL, 8);
                i += 2;
            } else buf[n++] = c;
        }
    }
    return n;
}

/* The value expression of a named string constant. */
static gh_GoNode *const_defn(gh_Exec *ex, gh_GoObj *o, gh_GoNode *b)
{
    if (!b) return NULL;
    if (b->kind == GH_N_CONSTDECL) {
        for (int i = 0; i < b->nlist && i < b->nlist2; i++) if (b->list[i]->obj == o) return b->list2[i];
        return NULL;
    }
    gh_GoNode *kids[4] = {b->x, b->y, b->z, b->w};
    for (int i = 0; i < b->nlist; i++) { gh_GoNode *r = const_defn(ex, o, b->list[i]); if (r) return r; }
    for (int i = 0; i < 4; i++)
        if (kids[i] && (kids[i]->kind == GH_N_BLOCK || kids[i]->kind == GH_N_FUNCDECL || kids[i]->kind == GH_N_IF ||
                        kids[i]->kind == GH_N_FOR || kids[i]->kind == GH_N_RANGE)) {
            gh_GoNode *r = const_defn(ex, o, kids[i]);
            if (r) return r;
        }
    return NULL;
}

static size_t const_bytes(gh_Exec *ex, gh_GoNode *n, char *buf, size_t cap)
{
    n = n->kind == GH_N_CONVIFACE ? n->x : n;
    if (n->kind == GH_N_BASICLIT) return unquote(n->name, buf, cap);
    if (n->kind == GH_N_BINARY) {
        size_t a = const_bytes(ex, n->x, buf, cap);
        return a + const_bytes(ex, n->y, buf + a, cap - a);
    }
    if (n->kind == GH_N_NAME && n->obj) {
        gh_GoNode *d = const_defn(ex, n->obj, ex->prog->file);
        if (d) return const_bytes(ex, d, buf, cap);
    }
    if (n->kind == GH_N_CALL && n->nlist == 1) return const_bytes(ex, n->list[0], buf, cap);
    gh_x_unsupported(ex, n->pos, "unsupported constant string expression");
}

gh_String gh_x_const_string(gh_Exec *ex, gh_GoNode *n)
{
    uint64_t *e = gh_xmap_get(&ex->lits, n, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (gh_String){e[0] == 1 ? 0 : e[0], (int64_t)e[1]};
    static char buf[65536];
    size_t len = const_bytes(ex, n, buf, sizeof buf);
    gh_Addr a = gh_rodata_string(ex->sim, buf, (int64_t)len);
    gh_x_check(ex);
    e[0] = a ? a : 1;
    e[1] = len;
    return (gh_String){a, (int64_t)len};
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

static void index_check(gh_Exec *ex, int64_t i, int64_t len)
{
    if (i < 0 || i >= len) gh_x_panic(ex, "panic: runtime error: index out of range [%lld] with length %lld", (long long)i, (long long)len);
}

static int64_t eval_int(gh_Exec *ex, gh_GoNode *n)
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
        int64_t i = eval_int(ex, n->y);
        index_check(ex, i, at->len);
        return base + (uint64_t)(i * gh_x_size(at->elem));
    }
    case GH_OP_INDEX_SLICE: {
        gh_Slice s;
        gh_x_eval(ex, n->x, &s);
        int mark = gh_x_pin(ex, n->x->type, &s);
        int64_t i = eval_int(ex, n->y);
        gh_x_unpin(ex, mark, n->x->type, &s);
        gh_x_unpin_all(ex, mark);
        index_check(ex, i, s.len);
        return s.ptr + (uint64_t)(i * gh_x_size(n->type));
    }
    default:
        gh_x_unsupported(ex, n->pos, "cannot take the address of this expression");
    }
}

/* --- allocating expressions ------------------------------------------------------- */

static void flatten(gh_GoNode *n, gh_GoNode **ops, int *k, int cap)
{
    if (n->op == GH_OP_ADDSTR && n->kind == GH_N_BINARY) { flatten(n->x, ops, k, cap); flatten(n->y, ops, k, cap); return; }
    if (*k < cap) ops[(*k)++] = n;
}

static void addstr(gh_Exec *ex, gh_GoNode *n, gh_String *out)
{
    gh_GoNode *ops[64];
    gh_String vals[64];
    int k = 0, marks[64];
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
    if (x->op == GH_OP_CONST) {           /* constants live in read-only data */
        if (gh_go_type_is_string(t)) {
            gh_String s = gh_x_const_string(ex, x);
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
    if (sz == 0) return GH_ZEROBASE;
    gh_GoType *u = gh_go_under(t);
    gh_Addr p;
    if (gh_go_type_is_string(t)) p = gh_convTstring(ex->sim, *(gh_String *)v);
    else if (gh_go_type_is_integer(t) || u->kind == GH_K_BOOL) {
        uint64_t w = (uint64_t)gh_x_int(t, v);
        if (sz == 1 || (w < 256 && !gh_x_is_signed(t)) || (w < 256 && (int64_t)w >= 0)) p = gh_staticuint64((uint8_t)w);
        else if (sz == 8) p = gh_convT64(ex->sim, w);
        else p = gh_convT(ex->sim, gh_x_type_id(ex, t), v);
    } else if (u->kind == GH_K_SLICE && ((gh_Slice *)v)->ptr == 0) p = GH_ZEROBASE;
    else p = gh_convT(ex->sim, gh_x_type_id(ex, t), v);
    gh_x_check(ex);
    if (p) gh_temp_push(ex->sim, p);
    return p;
}

static void conv_iface(gh_Exec *ex, gh_GoNode *conv, gh_GoNode *x, uint64_t out[2])
{
    if (gh_go_type_is_interface(x->type)) { gh_x_eval(ex, x, out); return; }
    if (x->op == GH_OP_NIL || x->type->kind == GH_K_UNTYPED_NIL) { out[0] = out[1] = 0; return; }
    out[1] = box(ex, conv, x);
    out[0] = gh_x_rtype(ex, x->type);
}

static gh_Addr new_object(gh_Exec *ex, gh_GoNode *n, gh_GoType *t)
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

static void makeslice(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
{
    gh_GoType *elem = gh_go_under(n->type)->elem;
    int64_t len = eval_int(ex, n->list[1]);
    int64_t cap = n->nlist > 2 ? eval_int(ex, n->list[2]) : len;
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

static void append_(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
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

static void slicelit(gh_Exec *ex, gh_GoNode *n, gh_Slice *out)
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
        if (!x[0] || x[1] == y[1]) return 0;
        gh_GoType *dt = gh_x_rtype_get(ex, x[0]);
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
    if (u->kind == GH_K_FLOAT32 || u->kind == GH_K_FLOAT64) gh_x_unsupported(ex, n->pos, "floating-point values are not supported by the interpreter");
    return memcmp(a, b, 8) != 0;   /* pointers, and slices/funcs against nil */
}

static bool compare(gh_Exec *ex, gh_GoNode *n)
{
    gh_GoType *t = n->x->type;
    if (t->kind == GH_K_UNTYPED_NIL) t = n->y->type;
    if (gh_x_size(t) > X_VMAX) gh_x_unsupported(ex, n->pos, "comparing values larger than %d bytes is not supported", X_VMAX);
    uint8_t a[X_VMAX] = {0}, b[X_VMAX] = {0};
    gh_x_eval(ex, n->x, a);
    int mark = gh_x_pin(ex, t, a);
    gh_x_eval(ex, n->y, b);
    gh_x_unpin(ex, mark, t, a);
    gh_x_unpin_all(ex, mark);
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
    int64_t lo = n->y ? eval_int(ex, n->y) : 0;
    int64_t hi = n->z ? eval_int(ex, n->z) : len;
    int64_t max = n->w ? eval_int(ex, n->w) : cap;
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

static void conversion(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoNode *a = n->list[0];
    gh_GoType *t = n->type;
    uint8_t v[X_VMAX] = {0};
    if (n->op == GH_OP_STR2BYTES) {
        gh_String s;
        gh_x_eval(ex, a, &s);
        gh_Slice r;
        gh_Addr tmp = gh_x_temp(ex, n);
        if (tmp && a->op == GH_OP_CONST) {   /* Go gives a constant its own stack array: cap = len */
            if (s.len && !gh_memmove(ex->sim, tmp, s.ptr, (uint64_t)s.len)) gh_x_check(ex);
            r = (gh_Slice){tmp, s.len, s.len};
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
    if (gh_go_type_is_interface(t)) { conv_iface(ex, n, a, out); return; }
    gh_x_eval(ex, a, v);
    if (gh_go_type_is_integer(t) && (gh_go_type_is_integer(a->type) || a->type->kind == GH_K_UNTYPED_RUNE)) {
        int64_t x = gh_x_int(a->type, v);
        if (!gh_x_is_signed(a->type) && gh_x_size(a->type) < 8) x = (int64_t)((uint64_t)x & ((1ULL << (gh_x_size(a->type) * 8)) - 1));
        gh_x_put_int(t, out, gh_x_norm(t, x));
        return;
    }
    if (gh_go_under(t)->kind == GH_K_FLOAT32 || gh_go_under(t)->kind == GH_K_FLOAT64)
        gh_x_unsupported(ex, n->pos, "floating-point values are not supported by the interpreter");
    memcpy(out, v, (size_t)gh_x_size(t));
}

static void const_value(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoType *t = n->type;
    if (gh_go_type_is_string(t)) { gh_String s = gh_x_const_string(ex, n); memcpy(out, &s, 16); return; }
    gh_GoKind k = gh_go_under(t)->kind;
    if (k == GH_K_FLOAT32 || k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT)
        gh_x_unsupported(ex, n->pos, "floating-point values are not supported by the interpreter");
    if (gh_go_type_is_interface(t)) gh_x_unsupported(ex, n->pos, "constant of interface type");
    int64_t v = n->cval;
    const unsigned char *lit = (const unsigned char *)n->name;
    if (n->kind == GH_N_BASICLIT && n->tok == GH_T_CHAR && lit[1] >= 0xc0) {  /* multi-byte rune literal */
        int len = lit[1] >= 0xf0 ? 4 : lit[1] >= 0xe0 ? 3 : 2;
        v = lit[1] & (0x3f >> (len - 1));
        for (int i = 2; i <= len && lit[i]; i++) v = (v << 6) | (lit[i] & 0x3f);
    }
    if (k == GH_K_UNTYPED_INT || k == GH_K_UNTYPED_RUNE) { memcpy(out, &v, k == GH_K_UNTYPED_RUNE ? 4 : 8); return; }
    if (k == GH_K_UNTYPED_BOOL || k == GH_K_BOOL) { *(uint8_t *)out = v != 0; return; }
    gh_x_put_int(t, out, gh_x_norm(t, v));
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
    int64_t i = eval_int(ex, n->y);
    index_check(ex, i, xt->len);
    memcpy(out, v + i * gh_x_size(xt->elem), (size_t)gh_x_size(n->type));
}

_Noreturn static __attribute__((noinline)) void panic_value(gh_Exec *ex, gh_GoNode *n)
{
    uint64_t e[2];
    gh_x_eval(ex, n->list[0], e);
    char buf[512];
    size_t len = 0;
    gh_x_format_iface(ex, e, buf, sizeof buf, &len, 0);
    buf[len] = 0;
    gh_x_panic(ex, "panic: %s", e[0] ? buf : "nil");
}

void gh_x_eval(gh_Exec *ex, gh_GoNode *n, void *out)
{
    if (n->kind == GH_N_CONVIFACE) { conv_iface(ex, n, n->x, out); return; }
    if (n->kind == GH_N_FUNCLIT) { gh_Addr f = gh_x_funcval(ex, n); memcpy(out, &f, 8); return; }
    switch (n->op) {
    case GH_OP_CONST: const_value(ex, n, out); return;
    case GH_OP_NIL: memset(out, 0, (size_t)(gh_x_size(n->type) > 0 ? gh_x_size(n->type) : 8)); return;
    case GH_OP_VAR: case GH_OP_DEREF: case GH_OP_DOTPTR: case GH_OP_INDEX_SLICE: load_from(ex, n, out); return;
    case GH_OP_DOT: case GH_OP_INDEX_ARRAY:
        if (gh_x_addressable(n->x)) load_from(ex, n, out);
        else part_of_value(ex, n, out);
        return;
    case GH_OP_INDEX_STRING: {
        gh_String s;
        gh_x_eval(ex, n->x, &s);
        int64_t i = eval_int(ex, n->y);
        index_check(ex, i, s.len);
        gh_x_load(ex, s.ptr + (uint64_t)i, out, 1);
        return;
    }
    case GH_OP_SLICE_SLICE: case GH_OP_SLICE_STRING: case GH_OP_SLICE_ARRAY: slice_expr(ex, n, out); return;
    case GH_OP_FUNCNAME: { gh_Addr f = gh_x_funcval(ex, n); memcpy(out, &f, 8); return; }
    case GH_OP_PKGMEMBER:
        if (!n->lib && n->name) { uint64_t f = gh_x_os_file(ex, n->name); memcpy(out, &f, 8); return; }
        gh_x_unsupported(ex, n->pos, "library functions as values are not supported");
    case GH_OP_ADDSTR: addstr(ex, n, out); return;
    case GH_OP_ARITH: {
        int64_t a = eval_int(ex, n->x);
        int64_t b = eval_int(ex, n->y);
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
        int64_t a = eval_int(ex, n->x);
        int64_t r = n->tok == GH_T_SUB ? (int64_t)(0 - (uint64_t)a) : n->tok == GH_T_XOR ? ~a : a;
        gh_x_put_int(n->type, out, gh_x_norm(n->type, r));
        return;
    }
    case GH_OP_ADDR: { gh_Addr a = gh_x_addr(ex, n->x); memcpy(out, &a, 8); return; }
    case GH_OP_PTRLIT: {
        gh_GoType *t = gh_go_under(n->type)->elem;
        gh_Addr a = new_object(ex, n, t);
        gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
        int mark = gh_x_pin(ex, up, &a);
        gh_x_eval_into(ex, n->x, a, t);
        gh_x_unpin(ex, mark, up, &a);
        gh_x_unpin_all(ex, mark);
        memcpy(out, &a, 8);
        return;
    }
    case GH_OP_NEW: { gh_Addr a = new_object(ex, n, gh_go_under(n->type)->elem); memcpy(out, &a, 8); return; }
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
    case GH_OP_SLICELIT: slicelit(ex, n, out); return;
    case GH_OP_CONV: case GH_OP_CONVIFACE: case GH_OP_STR2BYTES: case GH_OP_BYTES2STR: conversion(ex, n, out); return;
    case GH_OP_LEN: case GH_OP_CAP: {
        gh_GoNode *a = n->list[0];
        gh_GoType *u = gh_go_under(a->type);
        int64_t v;
        if (u->kind == GH_K_ARRAY) v = u->len;
        else if (u->kind == GH_K_POINTER) v = gh_go_under(u->elem)->len;
        else {
            uint8_t h[24] = {0};
            gh_x_eval(ex, a, h);
            memcpy(&v, h + (n->op == GH_OP_CAP ? 16 : 8), 8);
        }
        memcpy(out, &v, 8);
        return;
    }
    case GH_OP_MAKESLICE: makeslice(ex, n, out); return;
    case GH_OP_APPEND: append_(ex, n, out); return;
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
    case GH_OP_DOTTYPE: {
        uint64_t e[2];
        gh_x_eval(ex, n->x, e);
        gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
        if (!dt || !gh_go_type_identical(dt, n->type)) {
            char want[96], have[96] = "nil";
            gh_go_type_format(n->type, want, sizeof want);
            if (dt) gh_go_type_format(dt, have, sizeof have);
            gh_x_panic(ex, "panic: interface conversion: interface {} is %s, not %s", have, want);
        }
        if (gh_go_type_is_direct_iface(dt)) memcpy(out, &e[1], 8);
        else gh_x_load(ex, e[1], out, (uint64_t)gh_x_size(dt));
        return;
    }
    case GH_OP_CALLFUNC: case GH_OP_CALLMETH: case GH_OP_CALLDYN: case GH_OP_CALLLIB: gh_x_eval_call(ex, n, out); return;
    default:
        if (n->kind == GH_N_DDDSLICE) { slicelit(ex, n, out); return; }
        gh_x_unsupported(ex, n->pos, "expression not supported by the interpreter");
    }
}
