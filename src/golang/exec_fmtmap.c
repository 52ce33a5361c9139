/* exec_fmtmap.c — fmt printing a map, as Go 1.19's printValue does (fmt/print.go, case
 * reflect.Map): "map[", then the entries "k:v" separated by spaces in the order
 * internal/fmtsort gives, then "]".
 *
 * fmtsort.Sort(m) is what allocates, and in this order:
 *   key := make([]reflect.Value, 0, n) and value := make(...): two arrays of n 24-byte Values
 *     (nothing for an empty map: a zero-size make is runtime.zerobase);
 *   iter := m.MapRange(): inlined, the MapIter lives in the frame; its mapiterinit gives a
 *     map without pointers in keys and values its overflow list (hmap.extra, then
 *     extra.overflow) the first time, as a range loop does (exec_gomap.c);
 *   iter.Key(), iter.Value(): reflect's copyVal; a key or value that is not pointer-shaped is
 *     copied into a new object of its type (unsafe_New: an int is 8 bytes from the tiny
 *     allocator, a string header 16 bytes) so later map writes cannot change it;
 *   &SortedMap{key, value}: 48 bytes, two slice headers;
 *   sort.Stable: insertion sort in blocks of 20 and in-place merges, no allocation.
 * Printing each key and value then goes through value.Interface(), which copies nothing here:
 * copyVal's Values are not addressable (exec_fmt.c's interface_at_depth sees no F_ADDR).
 *
 * The order is fmtsort's compare: integers by value (signed or unsigned), floats by value
 * with NaNs first, strings by bytes,
 * false before true, pointers and channels by address (nil first), structs field by field and
 * arrays element by element (the first difference decides), interfaces nil first and then by
 * their dynamic values. Go orders interface keys of *different* dynamic types by the
 * addresses of the type descriptors in its binary: refused with the line. With %#v the map
 * prints as map[K]V{k:v, k:v} (a nil map K... (nil), before fmtsort runs: no allocation).
 */
#include <stdint.h>
#include <string.h>
#include "golang/exec_int.h"

typedef struct Collect {
    gh_GoType *kt, *vt;
    long long ks, vs;
    uint8_t *keys, *vals;   /* host copies, n entries each */
    int64_t n, cap;
    gh_Addr *w;             /* pinned: key array, value array */
} Collect;

static bool sortable(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_BOOL: case GH_K_STRING:
    case GH_K_INT: case GH_K_INT8: case GH_K_INT16: case GH_K_INT32: case GH_K_INT64:
    case GH_K_UINT: case GH_K_UINT8: case GH_K_UINT16: case GH_K_UINT32: case GH_K_UINT64: case GH_K_UINTPTR:
    case GH_K_FLOAT32: case GH_K_FLOAT64:
    case GH_K_POINTER: case GH_K_UNSAFEPTR: case GH_K_CHAN: case GH_K_INTERFACE:
        return true;
    case GH_K_ARRAY: return sortable(u->elem);
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) if (!sortable(u->fields[i].type)) return false;
        return true;
    default: return false;
    }
}

/* copyVal: the heap copy reflect makes of a key or value that is not pointer-shaped; its
 * address (or the pointer word itself) goes in Value.ptr, word 1 of the i'th Value. */
static void copy_val(gh_Exec *ex, gh_GoType *t, long long size, const void *v, gh_Addr arr, int64_t i, const char *what)
{
    uint64_t ptr = 0;
    if (gh_go_type_is_direct_iface(t)) memcpy(&ptr, v, 8);
    else if (size > 0) {
        X_BY(ex, what, ptr = gh_mallocgc(ex->sim, (uint64_t)size, gh_x_type_id(ex, t), true));
        gh_x_check(ex);
        gh_x_store(ex, ptr, t, v);
    }
    if (!gh_store(ex->sim, arr + (uint64_t)(i * 24 + 8), &ptr, 8)) gh_x_check(ex);
}

static void collect(gh_Exec *ex, void *ctx, gh_Addr k, gh_Addr v)
{
    Collect *c = ctx;
    if (c->n == c->cap) return;   /* fmtsort appends past n only under a concurrent write */
    uint8_t *kb = c->keys + c->n * c->ks, *vb = c->vals + c->n * c->vs;
    gh_x_load(ex, k, kb, (uint64_t)c->ks);
    gh_x_load(ex, v, vb, (uint64_t)c->vs);
    copy_val(ex, c->kt, c->ks, kb, c->w[0], c->n, "reflect's copy of a map key (MapIter.Key) for fmtsort");
    copy_val(ex, c->vt, c->vs, vb, c->w[1], c->n, "reflect's copy of a map value (MapIter.Value) for fmtsort");
    c->n++;
}

static int compare(gh_Exec *ex, gh_GoType *t, const uint8_t *a, const uint8_t *b);

/* fmtsort's compare of two interfaces: nil first, then by dynamic type, then by value. Go
 * orders different dynamic types by the addresses of their type descriptors in the binary,
 * which gohotel does not have: refused. */
static int compare_iface(gh_Exec *ex, const uint8_t *a, const uint8_t *b)
{
    uint64_t x[2], y[2];
    memcpy(x, a, 16);
    memcpy(y, b, 16);
    if (!x[0] || !y[0]) return !x[0] && !y[0] ? 0 : !x[0] ? -1 : 1;   /* nilable */
    gh_GoType *dt = gh_x_rtype_get(ex, x[0]);
    if (x[0] != y[0]) {
        char ta[96], tb[96];
        gh_x_reflect_type_string(dt, ta, sizeof ta);
        gh_x_reflect_type_string(gh_x_rtype_get(ex, y[0]), tb, sizeof tb);
        gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1},
                         "fmt prints a map whose interface keys hold both %s and %s: internal/fmtsort orders different dynamic types by the addresses of their type descriptors in Go's binary, which gohotel does not have", ta, tb);
    }
    long long n = gh_x_size(dt);
    if (n > X_VMAX) gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1}, "fmt of map keys larger than %d bytes is not supported", X_VMAX);
    uint8_t va[X_VMAX], vb[X_VMAX];
    if (gh_go_type_is_direct_iface(dt)) { memcpy(va, &x[1], 8); memcpy(vb, &y[1], 8); }
    else { gh_x_load(ex, x[1], va, (uint64_t)n); gh_x_load(ex, y[1], vb, (uint64_t)n); }
    return compare(ex, dt, va, vb);
}

/* fmtsort's compare for the sortable kinds: -1, 0, 1. Integers by value, strings by bytes,
 * false before true; pointers and channels by address (nil first); structs field by field and
 * arrays element by element, the first difference deciding. */
static int compare(gh_Exec *ex, gh_GoType *t, const uint8_t *a, const uint8_t *b)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_POINTER: case GH_K_UNSAFEPTR: case GH_K_CHAN: {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            int c = compare(ex, u->fields[i].type, a + u->fields[i].offset, b + u->fields[i].offset);
            if (c) return c;
        }
        return 0;
    case GH_K_ARRAY:
        for (long long i = 0; i < u->len; i++) {
            long long es = gh_x_size(u->elem);
            int c = compare(ex, u->elem, a + i * es, b + i * es);
            if (c) return c;
        }
        return 0;
    case GH_K_INTERFACE: return compare_iface(ex, a, b);
    case GH_K_FLOAT32: case GH_K_FLOAT64: {   /* floatCompare: a NaN first (even before a NaN) */
        double x = gh_x_float(t, a), y = gh_x_float(t, b);
        if (x != x) return -1;
        if (y != y) return 1;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    default: break;
    }
    if (u->kind == GH_K_STRING) {
        gh_String x, y;
        memcpy(&x, a, sizeof x);
        memcpy(&y, b, sizeof y);
        uint64_t n = x.len < y.len ? x.len : y.len;
        for (uint64_t i = 0; i < n; i++) {
            uint8_t p, q;
            gh_x_load(ex, x.ptr + i, &p, 1);
            gh_x_load(ex, y.ptr + i, &q, 1);
            if (p != q) return p < q ? -1 : 1;
        }
        return x.len < y.len ? -1 : x.len > y.len ? 1 : 0;
    }
    int64_t x = gh_x_int(t, a), y = gh_x_int(t, b);
    if (u->kind == GH_K_BOOL || gh_x_is_signed(t)) return x < y ? -1 : x > y ? 1 : 0;
    return (uint64_t)x < (uint64_t)y ? -1 : (uint64_t)x > (uint64_t)y ? 1 : 0;
}

void gh_x_fmt_map(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth, unsigned efl, XFmtValueFn fmtv)
{   /* efl: the operand's verb and flags, applied to every key and value */
    gh_GoType *u = gh_go_under(t);
    if (!sortable(u->key)) {
        char tn[96], kn[96];
        gh_go_type_format(t, tn, sizeof tn);
        gh_go_type_format(u->key, kn, sizeof kn);
        gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1},
                         "gohotel's fmt does not print a map with %s keys (%s): internal/fmtsort has no order for them", kn, tn);
    }
    Collect c = {.kt = u->key, .vt = u->elem, .ks = gh_x_size(u->key), .vs = gh_x_size(u->elem)};
    if (c.ks > X_VMAX || c.vs > X_VMAX)
        gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1}, "fmt of map keys or values larger than %d bytes is not supported", X_VMAX);
    gh_Addr h;
    memcpy(&h, v, 8);
    bool sharp = efl & XFMT_SHARPV;   /* %#v: map[string]int{"a":1, "b":2}; a nil map is map[string]int(nil) */
    if (sharp) {
        gh_x_fmt_type_string(ex, o, t);
        if (!h) { gh_x_put(ex, o, "(nil)", 5); return; }
        gh_x_put(ex, o, "{", 1);
    } else {
        gh_x_put(ex, o, "map[", 4);
    }
    c.cap = gh_x_maplen(ex, h);
    gh_GoType *ptr = ex->prog->u.basic[GH_K_UNSAFEPTR];
    gh_Addr w[3] = {0, 0, 0};   /* key array, value array, SortedMap: each a root once made */
    c.w = w;
    int mark = gh_x_pin(ex, NULL, NULL);
    if (c.cap > 0) {
        gh_GoType *vals = gh_go_type_array(ex->prog->src, ptr, 3 * c.cap);   /* []reflect.Value: typ, ptr, flag */
        X_BY(ex, "fmtsort's []reflect.Value of the map's keys", w[0] = gh_mallocgc(ex->sim, (uint64_t)(24 * c.cap), gh_x_type_id(ex, vals), true));
        gh_x_check(ex);
        gh_x_pin(ex, ptr, &w[0]);
        X_BY(ex, "fmtsort's []reflect.Value of the map's values", w[1] = gh_mallocgc(ex->sim, (uint64_t)(24 * c.cap), gh_x_type_id(ex, vals), true));
        gh_x_check(ex);
        gh_x_pin(ex, ptr, &w[1]);
        c.keys = gh_x_alloc(ex, (size_t)(c.cap * (c.ks ? c.ks : 1)));
        c.vals = gh_x_alloc(ex, (size_t)(c.cap * (c.vs ? c.vs : 1)));
        gh_x_map_each(ex, t, h, collect, &c);
    }
    gh_GoType *sorted = gh_go_type_array(ex->prog->src, ptr, 6);   /* SortedMap{Key, Value []reflect.Value} */
    X_BY(ex, "fmtsort's SortedMap", w[2] = gh_mallocgc(ex->sim, 48, gh_x_type_id(ex, sorted), true));
    gh_x_check(ex);
    gh_x_pin(ex, ptr, &w[2]);
    if (!gh_store(ex->sim, w[2], &w[0], 8) || !gh_store(ex->sim, w[2] + 24, &w[1], 8)) gh_x_check(ex);

    /* sort.Stable by key: an insertion sort of the entry indices (keys are distinct) */
    int64_t *ord = c.n ? gh_x_alloc(ex, (size_t)c.n * sizeof *ord) : NULL;
    for (int64_t i = 0; i < c.n; i++) {
        int64_t j = i;
        for (; j > 0 && compare(ex, c.kt, c.keys + i * c.ks, c.keys + ord[j - 1] * c.ks) < 0; j--) ord[j] = ord[j - 1];
        ord[j] = i;
    }
    uint8_t kt[X_VMAX], vt[X_VMAX];
    int wk = gh_x_watch(ex, kt, c.kt);
    gh_x_watch(ex, vt, c.vt);
    for (int64_t i = 0; i < c.n; i++) {
        if (i) gh_x_put(ex, o, sharp ? ", " : " ", sharp ? 2 : 1);
        memcpy(kt, c.keys + ord[i] * c.ks, (size_t)c.ks);
        memcpy(vt, c.vals + ord[i] * c.vs, (size_t)c.vs);
        fmtv(ex, c.kt, kt, o, depth + 1, efl);
        gh_x_put(ex, o, ":", 1);
        fmtv(ex, c.vt, vt, o, depth + 1, efl);
    }
    gh_x_unwatch(ex, wk);
    gh_x_unpin_all(ex, mark);
    if (ord) gh_x_release(ex, ord);
    if (c.keys) gh_x_release(ex, c.keys), gh_x_release(ex, c.vals);
    gh_x_put(ex, o, sharp ? "}" : "]", 1);
}
