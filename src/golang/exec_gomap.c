/* exec_gomap.c — Go maps as Go 1.19's runtime lays them out (runtime/map.go), in simulated
 * memory, so the collector, MemStats and the hotel see the objects real Go allocates.
 *
 *   hmap (48 B): count, flags, B, noverflow, hash0, buckets, oldbuckets, nevacuate, extra.
 *   bucket (bmap): tophash [8]uint8, keys [8]K, elems [8]V, overflow pointer. A key or value
 *     over 128 bytes is stored indirectly (the slot holds a pointer to its own object). When
 *     neither keys nor values hold pointers the bucket is "noscan": its overflow word is not
 *     traced, and hmap.extra.overflow (a *[]*bmap) keeps the overflow buckets alive.
 *   mapextra (24 B): overflow, oldoverflow, nextOverflow (the preallocated overflow buckets).
 *
 * The algorithm is Go's: 2^B buckets, a key goes to bucket hash & (2^B-1) with the top byte
 * of its hash as tophash; more than 8 keys in a bucket chain overflow buckets. Inserting past
 * the load factor 6.5 (count > 8 and count > 6.5 * 2^B) starts a doubling; too many overflow
 * buckets (noverflow >= 2^min(B,15)) a same-size growth. A growth only allocates the new
 * array: every assignment and delete then evacuates the old bucket it touches and the next
 * one in order (growWork), until all are moved and oldbuckets is dropped. make(map, hint)
 * picks the smallest B with hint <= 6.5 * 2^B; from B = 4 on, 2^(B-4) overflow buckets are
 * allocated with the array (rounded up to fill its size class). A hint <= 8 allocates no
 * bucket until the first insert (makemap_small); a map that does not escape has its hmap
 * and, for a hint <= 8, its first bucket in the frame.
 *
 * Hashes are not Go's (Go seeds AES hashing randomly per map); ours mixes the key's bytes
 * with hash0 from a fastrand seeded the same every run, so runs are identical. As Go's alg.go
 * does it, a key of plain memory (integers, pointers, channels) is hashed by its bytes, a
 * string by its contents (inside structs and arrays too, field by field), an interface by its
 * dynamic type and then that value's hash (efaceHash; a slice, map or func in it panics with
 * "hash of unhashable type"). Programs whose
 * output does not depend on the order see the same allocations as in Go, within the spread
 * Go's own random seeds give (overflow buckets depend on how keys happen to collide).
 */
#include <stdint.h>
#include <string.h>
#include "golang/exec_int.h"

enum {
    BUCKET_CNT = 8, MAX_KEY = 128, MAX_ELEM = 128,
    EMPTY_REST = 0, EMPTY_ONE = 1, EVAC_X = 2, EVAC_Y = 3, EVAC_EMPTY = 4, MIN_TOPHASH = 5,
    F_ITERATOR = 1, F_OLDITERATOR = 2, F_WRITING = 4, F_SAMESIZE = 8,
    /* hmap field offsets */
    H_COUNT = 0, H_FLAGS = 8, H_B = 9, H_NOVERFLOW = 10, H_HASH0 = 12, H_BUCKETS = 16,
    H_OLDBUCKETS = 24, H_NEVACUATE = 32, H_EXTRA = 40, HMAP_SIZE = 48,
    /* mapextra field offsets */
    X_OVERFLOW = 0, X_OLDOVERFLOW = 8, X_NEXTOVERFLOW = 16
};

/* What the runtime's maptype says about one map type. */
typedef struct MapT {
    gh_GoType *key, *elem, *bucket;
    int32_t bucket_id;
    int64_t ksz, vsz;        /* bytes of a key / value slot (8 when indirect) */
    int64_t koff, voff, ovoff, bsize;
    bool ikey, ielem, noscan;
    bool keyupdate;          /* the key holds a string or a float: overwriting stores the new key (needkeyupdate) */
    bool reflexive;          /* k == k for every key: no float (NaN) in it (reflexivekey) */
} MapT;

static gh_GoType *named(gh_Exec *ex, const char *name, gh_GoType *u)
{
    gh_GoType *t = gh_go_type_new(ex->prog->src, GH_K_NAMED);
    t->name = name;
    t->underlying = u;
    return t;
}

static gh_GoType *struct_of(gh_Exec *ex, int n, const char *const *names, gh_GoType *const *types)
{
    gh_GoType *st = gh_go_type_new(ex->prog->src, GH_K_STRUCT);
    for (int i = 0; i < n; i++) {
        gh_GoField *f = gh_go_arena_push(&ex->prog->src->arena, &st->fields, &st->nfields, sizeof *f);
        f->name = names[i];
        f->type = types[i];
    }
    return st;
}

static gh_GoType *basic(gh_Exec *ex, gh_GoKind k) { return ex->prog->u.basic[k]; }

static gh_GoType *hmap_type(gh_Exec *ex)
{
    uint64_t *e = gh_xmap_get(&ex->maptypes, &ex->maptypes, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (gh_GoType *)(uintptr_t)e[0];
    static const char *const names[] = {"count", "flags", "B", "noverflow", "hash0", "buckets", "oldbuckets", "nevacuate", "extra"};
    gh_GoType *up = basic(ex, GH_K_UNSAFEPTR);
    gh_GoType *types[] = {basic(ex, GH_K_INT), basic(ex, GH_K_UINT8), basic(ex, GH_K_UINT8), basic(ex, GH_K_UINT16),
                          basic(ex, GH_K_UINT32), up, up, basic(ex, GH_K_UINTPTR), up};
    gh_GoType *t = named(ex, "runtime.hmap", struct_of(ex, 9, names, types));
    e[0] = (uint64_t)(uintptr_t)t;
    return t;
}

static gh_GoType *extra_type(gh_Exec *ex)
{
    uint64_t *e = gh_xmap_get(&ex->maptypes, &ex->maptypes, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[1]) return (gh_GoType *)(uintptr_t)e[1];
    static const char *const names[] = {"overflow", "oldoverflow", "nextOverflow"};
    gh_GoType *up = basic(ex, GH_K_UNSAFEPTR);
    gh_GoType *types[] = {up, up, up};
    gh_GoType *t = named(ex, "runtime.mapextra", struct_of(ex, 3, names, types));
    e[1] = (uint64_t)(uintptr_t)t;
    return t;
}

long long gh_x_map_bucket_size(gh_GoType *mt)
{
    gh_GoType *u = gh_go_under(mt);
    long long ks = gh_go_type_size(u->key), vs = gh_go_type_size(u->elem);
    long long ka = ks > MAX_KEY ? 8 : gh_go_type_align(u->key), va = vs > MAX_ELEM ? 8 : gh_go_type_align(u->elem);
    if (ks > MAX_KEY) ks = 8;
    if (vs > MAX_ELEM) vs = 8;
    long long off = (8 + ka - 1) / ka * ka + 8 * ks;
    off = (off + va - 1) / va * va + 8 * vs;
    return (off + 7) / 8 * 8 + 8;
}

static bool needkeyupdate(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_STRING: case GH_K_INTERFACE: return true;   /* an interface may hold a string */
    case GH_K_FLOAT32: case GH_K_FLOAT64: return true;    /* m[-0.0] after m[+0.0] keeps -0 as the key */
    case GH_K_ARRAY: return needkeyupdate(u->elem);
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) if (needkeyupdate(u->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

/* Whether every key of the type equals itself: a float may be a NaN, and an interface may
 * hold one (Go's reflexivekey). */
static bool reflexive(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_FLOAT32: case GH_K_FLOAT64: case GH_K_INTERFACE: return false;
    case GH_K_ARRAY: return reflexive(u->elem);
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) if (!reflexive(u->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

static MapT *maptype(gh_Exec *ex, gh_GoType *mt)
{
    uint64_t *e = gh_xmap_get(&ex->maptypes, mt, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (MapT *)(uintptr_t)e[0];
    gh_GoType *u = gh_go_under(mt);
    MapT *m = gh_x_alloc(ex, sizeof *m);
    memset(m, 0, sizeof *m);
    m->key = u->key;
    m->elem = u->elem;
    m->reflexive = reflexive(u->key);
    m->keyupdate = needkeyupdate(u->key);
    m->ikey = gh_x_size(u->key) > MAX_KEY;
    m->ielem = gh_x_size(u->elem) > MAX_ELEM;
    gh_GoType *kslot = m->ikey ? gh_go_type_ptr(ex->prog->src, u->key) : u->key;
    gh_GoType *vslot = m->ielem ? gh_go_type_ptr(ex->prog->src, u->elem) : u->elem;
    m->noscan = !gh_go_type_has_pointers(kslot) && !gh_go_type_has_pointers(vslot);
    static const char *const names[] = {"tophash", "keys", "elems", "overflow"};
    gh_GoType *types[] = {gh_go_type_array(ex->prog->src, basic(ex, GH_K_UINT8), BUCKET_CNT),
                          gh_go_type_array(ex->prog->src, kslot, BUCKET_CNT), gh_go_type_array(ex->prog->src, vslot, BUCKET_CNT),
                          basic(ex, m->noscan ? GH_K_UINTPTR : GH_K_UNSAFEPTR)};
    gh_GoType *st = struct_of(ex, 4, names, types);
    char kb[96], vb[96];
    gh_go_type_format(u->key, kb, sizeof kb);
    gh_go_type_format(u->elem, vb, sizeof vb);
    m->bucket = named(ex, gh_go_arena_printf(&ex->prog->src->arena, "map.bucket[%s]%s", kb, vb), st);
    m->bsize = gh_x_size(m->bucket);
    m->koff = st->fields[1].offset;
    m->voff = st->fields[2].offset;
    m->ovoff = st->fields[3].offset;
    m->ksz = gh_x_size(kslot);
    m->vsz = gh_x_size(vslot);
    m->bucket_id = gh_x_type_id(ex, m->bucket);
    e[0] = (uint64_t)(uintptr_t)m;
    return m;
}

/* The frame temporary of a make(map)/literal that does not escape: its hmap, and its first
 * bucket when the hint allows (one type per node, made once). */
gh_GoType *gh_x_map_stack_type(gh_Exec *ex, const gh_GoNode *n)
{
    uint64_t *e = gh_xmap_get(&ex->maptypes, n, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (gh_GoType *)(uintptr_t)e[0];
    static const char *const names[] = {"h", "bv"};
    bool bucket = gh_x_map_small_hint(n);
    gh_GoType *types[] = {hmap_type(ex), bucket ? maptype(ex, n->type)->bucket : NULL};
    gh_GoType *t = struct_of(ex, bucket ? 2 : 1, names, types);
    e[0] = (uint64_t)(uintptr_t)t;
    return t;
}

/* make(map[K]V) or a literal of at most 8 entries: Go gives a non-escaping map its first
 * bucket in the frame (a non-constant hint too: the bucket is used when the hint is <= 8). */
bool gh_x_map_small_hint(const gh_GoNode *n)
{
    if (n->op == GH_OP_MAPLIT) return n->nlist <= BUCKET_CNT;
    if (n->nlist < 2) return true;
    return n->list[1]->op != GH_OP_CONST || n->list[1]->cval <= BUCKET_CNT;
}

/* --- small accessors of simulated memory -------------------------------------------- */

static uint64_t ld(gh_Exec *ex, gh_Addr a, int n)
{
    uint64_t v = 0;
    gh_x_load(ex, a, &v, (uint64_t)n);
    return v;
}

static void st(gh_Exec *ex, gh_Addr a, int n, uint64_t v)
{
    if (!gh_store(ex->sim, a, &v, (uint64_t)n)) gh_x_check(ex);
}

static void stp(gh_Exec *ex, gh_Addr a, uint64_t v)
{
    if (!gh_store_ptr(ex->sim, a, v)) gh_x_check(ex);
}

uint32_t gh_x_fastrand(gh_Exec *ex)
{
    uint64_t z = (ex->fastrand += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (uint32_t)(z ^ (z >> 31));
}
static uint32_t fastrand(gh_Exec *ex) { return gh_x_fastrand(ex); }   /* shared with select (exec_chan.c) */

static gh_Addr keep(gh_Exec *ex, gh_Addr a)
{
    gh_x_check(ex);
    if (a) gh_temp_push(ex->sim, a);
    return a;
}

/* --- hashing and comparing keys ---------------------------------------------------- */

static uint64_t mix(uint64_t h, uint64_t w)
{
    h ^= w + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 29);
}

/* Whether a dynamic type can be hashed: no slice, map or func in it (Go panics otherwise) */
static bool hashable(gh_GoType *t)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_SLICE: case GH_K_MAP: case GH_K_FUNC: return false;
    case GH_K_ARRAY: return hashable(u->elem);
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) if (!hashable(u->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

static uint64_t hash_val(gh_Exec *ex, gh_GoType *t, const uint8_t *v, uint64_t h)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_STRING: {
        gh_String s;
        memcpy(&s, v, 16);
        for (int64_t i = 0; i < s.len; i += 8) {
            uint64_t w = 0;
            gh_x_load(ex, s.ptr + (uint64_t)i, &w, (uint64_t)(s.len - i < 8 ? s.len - i : 8));
            h = mix(h, w);
        }
        return mix(h, (uint64_t)s.len);
    }
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) h = hash_val(ex, u->fields[i].type, v + u->fields[i].offset, h);
        return h;
    case GH_K_ARRAY:
        for (long long i = 0; i < u->len; i++) h = hash_val(ex, u->elem, v + i * gh_x_size(u->elem), h);
        return h;
    case GH_K_INTERFACE: {   /* efaceHash: the dynamic type, then its value's hash (nil: the type word 0) */
        uint64_t e[2];
        memcpy(e, v, 16);
        h = mix(h, e[0]);
        gh_GoType *dt = e[0] ? gh_x_rtype_get(ex, e[0]) : NULL;
        if (!dt) return h;
        if (!hashable(dt)) {
            char tn[160];
            gh_x_reflect_type_string(dt, tn, sizeof tn);
            gh_x_panic(ex, "panic: runtime error: hash of unhashable type %s", tn);
        }
        if (gh_go_type_is_direct_iface(dt)) return hash_val(ex, dt, (const uint8_t *)&e[1], h);
        if (gh_x_size(dt) > X_VMAX) gh_x_unsupported(ex, (gh_GoPos){gh_x_frame(ex)->line, 1}, "map keys holding values larger than %d bytes are not supported", X_VMAX);
        uint8_t dv[X_VMAX];
        gh_x_load(ex, e[1], dv, (uint64_t)gh_x_size(dt));
        return hash_val(ex, dt, dv, h);
    }
    case GH_K_FLOAT32: case GH_K_FLOAT64: {   /* f32hash/f64hash: both zeros alike, a NaN at random */
        double f = gh_x_float(t, v);
        if (f == 0) return mix(h, 0);
        if (f != f) return mix(h ^ 0x7ff8000000000001ULL, fastrand(ex));
        break;
    }
    default: break;
    }
    uint64_t w = 0;
    memcpy(&w, v, (size_t)gh_x_size(t));
    return mix(h, w);
}

static uint64_t hash_key(gh_Exec *ex, MapT *m, gh_Addr h, const void *key)
{
    uint64_t x = hash_val(ex, m->key, key, ld(ex, h + H_HASH0, 4) * 0x2545f4914f6cdd1dULL + 1);
    x ^= x >> 33;   /* murmur3's fmix64: every input bit reaches the low (bucket) and top (tophash) bits */
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

static uint8_t tophash(uint64_t hash)
{
    uint8_t top = (uint8_t)(hash >> 56);
    return top < MIN_TOPHASH ? (uint8_t)(top + MIN_TOPHASH) : top;
}

static bool is_empty(uint8_t t) { return t <= EMPTY_ONE; }

/* The key stored in a slot, into a host buffer (following an indirect key). */
static void slot_key(gh_Exec *ex, MapT *m, gh_Addr kslot, uint8_t *out)
{
    gh_Addr k = m->ikey ? ld(ex, kslot, 8) : kslot;
    gh_x_load(ex, k, out, (uint64_t)gh_x_size(m->key));
}

static bool key_equal(gh_Exec *ex, MapT *m, gh_Addr kslot, const void *key)
{
    uint8_t have[X_VMAX];
    slot_key(ex, m, kslot, have);
    return gh_x_compare_vals(ex, NULL, m->key, have, key) == 0;
}

/* --- bucket arrays, overflow buckets, growth ------------------------------------------ */

static int B_of(gh_Exec *ex, gh_Addr h) { return (int)ld(ex, h + H_B, 1); }
static uint64_t bmask(int B) { return ((uint64_t)1 << B) - 1; }
static bool over_load(int64_t count, int B) { return count > BUCKET_CNT && (uint64_t)count > 13 * (((uint64_t)1 << B) / 2); }
static bool growing(gh_Exec *ex, gh_Addr h) { return ld(ex, h + H_OLDBUCKETS, 8) != 0; }
static gh_Addr bucket_at(MapT *m, gh_Addr arr, uint64_t i) { return arr + i * (uint64_t)m->bsize; }
static gh_Addr overflow_of(gh_Exec *ex, MapT *m, gh_Addr b) { return ld(ex, b + (uint64_t)m->ovoff, 8); }
static void set_overflow(gh_Exec *ex, MapT *m, gh_Addr b, gh_Addr o)
{
    if (m->noscan) st(ex, b + (uint64_t)m->ovoff, 8, o);
    else stp(ex, b + (uint64_t)m->ovoff, o);
}

/* makeBucketArray: 2^B buckets, and from B = 4 on 2^(B-4) overflow buckets after them,
 * as many more as fill the allocation's size class; the last one's overflow word points
 * back at the array to mark the end. Returns the first preallocated overflow (or 0). */
static gh_Addr make_bucket_array(gh_Exec *ex, MapT *m, int B, gh_Addr *next_overflow)
{
    uint64_t base = (uint64_t)1 << B, n = base;
    if (B >= 4) {
        n += (uint64_t)1 << (B - 4);
        uint64_t sz = (uint64_t)m->bsize * n, up = gh_roundupsize(sz);
        if (up != sz) n = up / (uint64_t)m->bsize;
    }
    gh_Addr arr;
    X_BY(ex, "a map's bucket array (runtime.makeBucketArray)", arr = keep(ex, gh_newarray(ex->sim, m->bucket_id, (int64_t)n)));
    *next_overflow = 0;
    if (n != base) {
        *next_overflow = bucket_at(m, arr, base);
        set_overflow(ex, m, bucket_at(m, arr, n - 1), arr);
    }
    return arr;
}

static gh_Addr extra_of(gh_Exec *ex, gh_Addr h, bool create)
{
    gh_Addr x = ld(ex, h + H_EXTRA, 8);
    if (!x && create) {
        int32_t xt = gh_x_type_id(ex, extra_type(ex));
        X_BY(ex, "a map's hmap.extra (runtime.mapextra)", x = keep(ex, gh_newobject(ex->sim, xt)));
        stp(ex, h + H_EXTRA, x);
    }
    return x;
}

/* createOverflow: the *[]*bmap a noscan map keeps its overflow buckets alive with. */
static gh_Addr create_overflow(gh_Exec *ex, gh_Addr h)
{
    gh_Addr x = extra_of(ex, h, true);
    if (!ld(ex, x + X_OVERFLOW, 8)) {
        gh_GoType *sl = gh_go_type_slice(ex->prog->src, basic(ex, GH_K_UNSAFEPTR));
        int32_t st_id = gh_x_type_id(ex, sl);
        gh_Addr list;
        X_BY(ex, "a map's list of overflow buckets (hmap.extra.overflow)", list = keep(ex, gh_newobject(ex->sim, st_id)));
        stp(ex, x + X_OVERFLOW, list);
    }
    return x;
}

static gh_Addr new_overflow(gh_Exec *ex, MapT *m, gh_Addr h, gh_Addr b)
{
    gh_Addr x = extra_of(ex, h, false), ovf = x ? ld(ex, x + X_NEXTOVERFLOW, 8) : 0;
    if (ovf) {
        if (!overflow_of(ex, m, ovf)) stp(ex, x + X_NEXTOVERFLOW, ovf + (uint64_t)m->bsize);
        else { set_overflow(ex, m, ovf, 0); stp(ex, x + X_NEXTOVERFLOW, 0); }
    } else {
        X_BY(ex, "a map's overflow bucket (runtime.newoverflow)", ovf = keep(ex, gh_newobject(ex->sim, m->bucket_id)));
    }
    int B = B_of(ex, h);   /* incnoverflow: exact below B = 16, then counted 1 in 2^(B-15) */
    if (B < 16 || !(fastrand(ex) & (((uint32_t)1 << (B - 15)) - 1)))
        st(ex, h + H_NOVERFLOW, 2, ld(ex, h + H_NOVERFLOW, 2) + 1);
    if (m->noscan) {
        x = create_overflow(ex, h);
        gh_Addr sp = ld(ex, x + X_OVERFLOW, 8);
        gh_Slice s;
        gh_x_load(ex, sp, &s, 24);
        if (s.len == s.cap) {
            int64_t len = s.len;
            int32_t pt = gh_x_type_id(ex, basic(ex, GH_K_UNSAFEPTR));
            bool grown;
            X_BY(ex, "a map's list of overflow buckets (hmap.extra.overflow)", grown = gh_growslice(ex->sim, pt, s, s.len + 1, &s));
            if (!grown) gh_x_check(ex);
            keep(ex, s.ptr);
            s.len = len;
        }
        stp(ex, s.ptr + (uint64_t)s.len * 8, ovf);
        s.len++;
        stp(ex, sp, s.ptr);
        st(ex, sp + 8, 8, (uint64_t)s.len);
        st(ex, sp + 16, 8, (uint64_t)s.cap);
    }
    set_overflow(ex, m, b, ovf);
    return ovf;
}

static void hash_grow(gh_Exec *ex, MapT *m, gh_Addr h)
{
    int bigger = over_load((int64_t)ld(ex, h + H_COUNT, 8) + 1, B_of(ex, h)) ? 1 : 0;
    uint8_t flags = (uint8_t)ld(ex, h + H_FLAGS, 1);
    if (!bigger) flags |= F_SAMESIZE;
    gh_Addr old = ld(ex, h + H_BUCKETS, 8), next;
    gh_Addr arr = make_bucket_array(ex, m, B_of(ex, h) + bigger, &next);
    flags &= (uint8_t)~(F_ITERATOR | F_OLDITERATOR);
    if (ld(ex, h + H_FLAGS, 1) & F_ITERATOR) flags |= F_OLDITERATOR;
    st(ex, h + H_B, 1, (uint64_t)(B_of(ex, h) + bigger));
    st(ex, h + H_FLAGS, 1, flags);
    stp(ex, h + H_OLDBUCKETS, old);
    stp(ex, h + H_BUCKETS, arr);
    st(ex, h + H_NEVACUATE, 8, 0);
    st(ex, h + H_NOVERFLOW, 2, 0);
    gh_Addr x = extra_of(ex, h, false);
    if (x && ld(ex, x + X_OVERFLOW, 8)) {
        stp(ex, x + X_OLDOVERFLOW, ld(ex, x + X_OVERFLOW, 8));
        stp(ex, x + X_OVERFLOW, 0);
    }
    if (next) stp(ex, extra_of(ex, h, true) + X_NEXTOVERFLOW, next);
}

static uint64_t noldbuckets(gh_Exec *ex, gh_Addr h)
{
    int B = B_of(ex, h);
    if (!(ld(ex, h + H_FLAGS, 1) & F_SAMESIZE)) B--;
    return (uint64_t)1 << B;
}

static bool evacuated(gh_Exec *ex, gh_Addr b)
{
    uint8_t t = (uint8_t)ld(ex, b, 1);
    return t > EMPTY_ONE && t < MIN_TOPHASH;
}

static void copy_slot(gh_Exec *ex, gh_Addr dst, gh_Addr src, int64_t n)
{
    if (n && !gh_memmove(ex->sim, dst, src, (uint64_t)n)) gh_x_check(ex);
}

/* Moves old bucket i (and its overflow chain) to the new array: to bucket i (X) or, in a
 * doubling, to i + 2^oldB (Y) when the key's hash has that bit. */
static void evacuate(gh_Exec *ex, MapT *m, gh_Addr h, uint64_t oldbucket)
{
    gh_Addr oldarr = ld(ex, h + H_OLDBUCKETS, 8);
    gh_Addr b = bucket_at(m, oldarr, oldbucket);
    uint64_t newbit = noldbuckets(ex, h);
    bool same = ld(ex, h + H_FLAGS, 1) & F_SAMESIZE;
    if (!evacuated(ex, b)) {
        gh_Addr newarr = ld(ex, h + H_BUCKETS, 8);
        gh_Addr dst[2] = {bucket_at(m, newarr, oldbucket), same ? 0 : bucket_at(m, newarr, oldbucket + newbit)};
        int di[2] = {0, 0};
        for (gh_Addr ob = b; ob; ob = overflow_of(ex, m, ob)) {
            for (int i = 0; i < BUCKET_CNT; i++) {
                uint8_t top = (uint8_t)ld(ex, ob + (uint64_t)i, 1);
                if (is_empty(top)) { st(ex, ob + (uint64_t)i, 1, EVAC_EMPTY); continue; }
                gh_Addr ks = ob + (uint64_t)(m->koff + i * m->ksz), vs = ob + (uint64_t)(m->voff + i * m->vsz);
                int y = 0;
                if (!same) {
                    uint8_t k[X_VMAX];
                    slot_key(ex, m, ks, k);
                    uint64_t hash = hash_key(ex, m, h, k);
                    if ((ld(ex, h + H_FLAGS, 1) & F_ITERATOR) && !m->reflexive && !key_equal(ex, m, ks, k)) {
                        /* a NaN: its hash is new each time, so an iterator could not find
                         * it again; its old tophash's low bit picks the half, and it gets a
                         * new tophash (Go's evacuate) */
                        y = top & 1;
                        top = tophash(hash);
                    } else {
                        y = (hash & newbit) != 0;
                    }
                }
                st(ex, ob + (uint64_t)i, 1, (uint64_t)(EVAC_X + y));
                if (di[y] == BUCKET_CNT) { dst[y] = new_overflow(ex, m, h, dst[y]); di[y] = 0; }
                st(ex, dst[y] + (uint64_t)di[y], 1, top);
                copy_slot(ex, dst[y] + (uint64_t)(m->koff + di[y] * m->ksz), ks, m->ksz);
                copy_slot(ex, dst[y] + (uint64_t)(m->voff + di[y] * m->vsz), vs, m->vsz);
                di[y]++;
            }
        }
        /* drop the old chain's pointers so the collector can free what only it held */
        if (!(ld(ex, h + H_FLAGS, 1) & F_OLDITERATOR) && !m->noscan) {
            gh_GoType *data = gh_go_type_array(ex->prog->src, basic(ex, GH_K_UNSAFEPTR), (m->bsize - 8) / 8);
            gh_x_zero(ex, b + 8, data);
        }
    }
    if (oldbucket == ld(ex, h + H_NEVACUATE, 8)) {   /* advanceEvacuationMark */
        uint64_t nev = oldbucket + 1, stop = nev + 1024 > newbit ? newbit : nev + 1024;
        while (nev != stop && evacuated(ex, bucket_at(m, oldarr, nev))) nev++;
        st(ex, h + H_NEVACUATE, 8, nev);
        if (nev == newbit) {
            stp(ex, h + H_OLDBUCKETS, 0);
            gh_Addr x = extra_of(ex, h, false);
            if (x) stp(ex, x + X_OLDOVERFLOW, 0);
            st(ex, h + H_FLAGS, 1, ld(ex, h + H_FLAGS, 1) & (uint64_t)~F_SAMESIZE);
        }
    }
}

static void grow_work(gh_Exec *ex, MapT *m, gh_Addr h, uint64_t bucket)
{
    evacuate(ex, m, h, bucket & (noldbuckets(ex, h) - 1));
    if (growing(ex, h)) evacuate(ex, m, h, ld(ex, h + H_NEVACUATE, 8));
}

/* --- make, access, assign, delete --------------------------------------------------- */

static void makemap_into(gh_Exec *ex, MapT *m, gh_Addr h, int64_t hint)
{
    st(ex, h + H_HASH0, 4, fastrand(ex));
    int B = 0;
    while (over_load(hint, B)) B++;
    st(ex, h + H_B, 1, (uint64_t)B);
    if (B) {
        gh_Addr next;
        stp(ex, h + H_BUCKETS, make_bucket_array(ex, m, B, &next));
        if (next) stp(ex, extra_of(ex, h, true) + X_NEXTOVERFLOW, next);
    }
}

gh_Addr gh_x_makemap(gh_Exec *ex, gh_GoNode *n)
{
    MapT *m = maptype(ex, n->type);
    bool hinted = n->op == GH_OP_MAPLIT || n->nlist > 1;
    bool const_hint = n->op == GH_OP_MAPLIT || n->nlist < 2 || n->list[1]->op == GH_OP_CONST;
    int64_t hint = n->op == GH_OP_MAPLIT ? n->nlist : n->nlist > 1 ? gh_x_eval_int(ex, n->list[1]) : 0;
    /* makemap: a hint whose buckets could not be allocated (negative, or past maxAlloc) counts as 0 */
    if (hint < 0 || (uint64_t)hint > ((uint64_t)1 << 48) / (uint64_t)m->bsize) hint = 0;
    gh_Addr h = gh_x_temp(ex, n);
    bool small = gh_x_map_small_hint(n);
    if (h) {                                   /* the hmap (and maybe a bucket) in the frame */
        gh_x_zero(ex, h, gh_x_map_stack_type(ex, n));
        if (small && (!const_hint || hint <= BUCKET_CNT)) stp(ex, h + H_BUCKETS, h + HMAP_SIZE);
        if (const_hint && hint <= BUCKET_CNT) st(ex, h + H_HASH0, 4, fastrand(ex));
        else makemap_into(ex, m, h, hint);
        return h;
    }
    h = keep(ex, gh_newobject(ex->sim, gh_x_type_id(ex, hmap_type(ex))));
    if (!hinted || (const_hint && hint <= BUCKET_CNT)) st(ex, h + H_HASH0, 4, fastrand(ex));   /* makemap_small */
    else makemap_into(ex, m, h, hint);
    return h;
}

/* Finds key: its key and value slots (0 when absent). */
static bool find(gh_Exec *ex, MapT *m, gh_Addr h, const void *key, gh_Addr *kslot, gh_Addr *vslot)
{
    if (!h || !ld(ex, h + H_COUNT, 8)) return false;
    uint64_t hash = hash_key(ex, m, h, key), mask = bmask(B_of(ex, h));
    gh_Addr b = bucket_at(m, ld(ex, h + H_BUCKETS, 8), hash & mask);
    gh_Addr old = ld(ex, h + H_OLDBUCKETS, 8);
    if (old) {
        if (!(ld(ex, h + H_FLAGS, 1) & F_SAMESIZE)) mask >>= 1;
        gh_Addr ob = bucket_at(m, old, hash & mask);
        if (!evacuated(ex, ob)) b = ob;
    }
    uint8_t top = tophash(hash);
    for (; b; b = overflow_of(ex, m, b))
        for (int i = 0; i < BUCKET_CNT; i++) {
            uint8_t t = (uint8_t)ld(ex, b + (uint64_t)i, 1);
            if (t != top) { if (t == EMPTY_REST) return false; continue; }
            gh_Addr ks = b + (uint64_t)(m->koff + i * m->ksz);
            if (!key_equal(ex, m, ks, key)) continue;
            *kslot = ks;
            *vslot = b + (uint64_t)(m->voff + i * m->vsz);
            if (m->ielem) *vslot = ld(ex, *vslot, 8);
            return true;
        }
    return false;
}

/* mapassign: the address of key's value, inserting the key (with a zero value) if absent. */
static gh_Addr mapassign(gh_Exec *ex, MapT *m, gh_Addr h, const void *key)
{
    if (!h) gh_x_panic(ex, "panic: assignment to entry in nil map");
    uint64_t hash = hash_key(ex, m, h, key);
    if (!ld(ex, h + H_BUCKETS, 8)) {   /* makemap_small's map gets its first bucket */
        gh_Addr b;
        X_BY(ex, "a map's first bucket (runtime.mapassign)", b = keep(ex, gh_newobject(ex->sim, m->bucket_id)));
        stp(ex, h + H_BUCKETS, b);
    }
    uint8_t top = tophash(hash);
    for (;;) {
        uint64_t bucket = hash & bmask(B_of(ex, h));
        if (growing(ex, h)) grow_work(ex, m, h, bucket);
        gh_Addr b = bucket_at(m, ld(ex, h + H_BUCKETS, 8), bucket), last = b;
        gh_Addr ins = 0;
        int insi = 0;
        for (; b; last = b, b = overflow_of(ex, m, b)) {
            int i = 0;
            for (; i < BUCKET_CNT; i++) {
                uint8_t t = (uint8_t)ld(ex, b + (uint64_t)i, 1);
                if (t != top) {
                    if (is_empty(t) && !ins) { ins = b; insi = i; }
                    if (t == EMPTY_REST) break;
                    continue;
                }
                gh_Addr ks = b + (uint64_t)(m->koff + i * m->ksz);
                if (!key_equal(ex, m, ks, key)) continue;
                /* needkeyupdate: an equal string key may be another string (a substring of a big
                 * one): Go stores the new key, so the old one can be collected */
                if (m->keyupdate) gh_x_store(ex, m->ikey ? ld(ex, ks, 8) : ks, m->key, key);
                gh_Addr vs = b + (uint64_t)(m->voff + i * m->vsz);
                return m->ielem ? ld(ex, vs, 8) : vs;
            }
            if (i < BUCKET_CNT) break;
        }
        int64_t count = (int64_t)ld(ex, h + H_COUNT, 8);
        int B = B_of(ex, h);
        if (!growing(ex, h) && (over_load(count + 1, B) || ld(ex, h + H_NOVERFLOW, 2) >= ((uint64_t)1 << (B > 15 ? 15 : B)))) {
            hash_grow(ex, m, h);
            continue;   /* growing invalidates everything: try again */
        }
        if (!ins) { ins = new_overflow(ex, m, h, last); insi = 0; }
        gh_Addr ks = ins + (uint64_t)(m->koff + insi * m->ksz), vs = ins + (uint64_t)(m->voff + insi * m->vsz);
        if (m->ikey) {
            int32_t kt = gh_x_type_id(ex, m->key);
            gh_Addr k;
            X_BY(ex, "a map key over 128 bytes, stored indirectly", k = keep(ex, gh_newobject(ex->sim, kt)));
            stp(ex, ks, k);
            ks = k;
        }
        if (m->ielem) {
            int32_t vt = gh_x_type_id(ex, m->elem);
            gh_Addr v;
            X_BY(ex, "a map value over 128 bytes, stored indirectly", v = keep(ex, gh_newobject(ex->sim, vt)));
            stp(ex, vs, v);
            vs = v;
        }
        gh_x_store(ex, ks, m->key, key);
        st(ex, ins + (uint64_t)insi, 1, top);
        st(ex, h + H_COUNT, 8, (uint64_t)(count + 1));
        return vs;
    }
}

static void mapdelete(gh_Exec *ex, MapT *m, gh_Addr h, const void *key)
{
    if (!h || !ld(ex, h + H_COUNT, 8)) return;
    uint64_t hash = hash_key(ex, m, h, key), bucket = hash & bmask(B_of(ex, h));
    if (growing(ex, h)) grow_work(ex, m, h, bucket);
    gh_Addr orig = bucket_at(m, ld(ex, h + H_BUCKETS, 8), bucket);
    uint8_t top = tophash(hash);
    for (gh_Addr b = orig; b; b = overflow_of(ex, m, b))
        for (int i = 0; i < BUCKET_CNT; i++) {
            uint8_t t = (uint8_t)ld(ex, b + (uint64_t)i, 1);
            if (t != top) { if (t == EMPTY_REST) return; continue; }
            gh_Addr ks = b + (uint64_t)(m->koff + i * m->ksz), vs = b + (uint64_t)(m->voff + i * m->vsz);
            if (!key_equal(ex, m, ks, key)) continue;
            if (m->ikey) stp(ex, ks, 0); else if (gh_go_type_has_pointers(m->key)) gh_x_zero(ex, ks, m->key);
            if (m->ielem) stp(ex, vs, 0); else gh_x_zero(ex, vs, m->elem);
            st(ex, b + (uint64_t)i, 1, EMPTY_ONE);
            /* the slot and every empty one before it become emptyRest when nothing follows */
            bool last_used = i == BUCKET_CNT - 1 ? !overflow_of(ex, m, b) || ld(ex, overflow_of(ex, m, b), 1) == EMPTY_REST
                                                 : ld(ex, b + (uint64_t)i + 1, 1) == EMPTY_REST;
            if (last_used) {
                for (;;) {
                    st(ex, b + (uint64_t)i, 1, EMPTY_REST);
                    if (i == 0) {
                        if (b == orig) break;
                        gh_Addr c = b;
                        for (b = orig; overflow_of(ex, m, b) != c; b = overflow_of(ex, m, b)) {}
                        i = BUCKET_CNT - 1;
                    } else i--;
                    if (ld(ex, b + (uint64_t)i, 1) != EMPTY_ONE) break;
                }
            }
            uint64_t count = ld(ex, h + H_COUNT, 8) - 1;
            st(ex, h + H_COUNT, 8, count);
            if (!count) st(ex, h + H_HASH0, 4, fastrand(ex));   /* a fresh seed, as Go takes */
            return;
        }
}

/* --- what the interpreter calls ---------------------------------------------------- */

/* The map and key of an index expression m[k], both held as roots while the runtime runs. */
static gh_Addr map_and_key(gh_Exec *ex, gh_GoNode *n, uint8_t *key, int *mark)
{
    gh_Addr h = 0;
    gh_x_eval(ex, n->x, &h);
    gh_GoType *up = basic(ex, GH_K_UNSAFEPTR);
    int m1 = gh_x_pin(ex, up, &h);
    memset(key, 0, (size_t)gh_x_size(n->y->type));
    gh_x_eval(ex, n->y, key);
    gh_x_unpin(ex, m1, up, &h);
    gh_x_unpin_all(ex, m1);
    *mark = gh_x_pin(ex, n->y->type, key);
    gh_x_unpin(ex, *mark, n->y->type, key);   /* values stay pinned until gh_x_unpin_all */
    return h;
}

gh_Addr gh_x_mapindex_addr(gh_Exec *ex, gh_GoNode *n)
{
    uint8_t key[X_VMAX];
    if (gh_x_size(n->y->type) > X_VMAX) gh_x_unsupported(ex, n->y->pos, "map keys larger than %d bytes are not supported", X_VMAX);
    int mark;
    gh_Addr h = map_and_key(ex, n, key, &mark);
    gh_Addr v = mapassign(ex, maptype(ex, n->x->type), h, key);
    gh_x_unpin_all(ex, mark);
    return v;
}

void gh_x_mapindex(gh_Exec *ex, gh_GoNode *n, void *out)
{
    uint8_t key[X_VMAX];
    if (gh_x_size(n->y->type) > X_VMAX) gh_x_unsupported(ex, n->y->pos, "map keys larger than %d bytes are not supported", X_VMAX);
    gh_GoType *et = gh_go_under(n->x->type)->elem;
    if (gh_x_size(et) > X_VMAX) gh_x_unsupported(ex, n->pos, "map values larger than %d bytes must be read through a pointer", X_VMAX);
    int mark;
    gh_Addr h = map_and_key(ex, n, key, &mark);
    gh_Addr ks, vs;
    bool ok = find(ex, maptype(ex, n->x->type), h, key, &ks, &vs);
    gh_x_unpin_all(ex, mark);
    memset(out, 0, (size_t)gh_x_size(et));
    if (ok) gh_x_load(ex, vs, out, (uint64_t)gh_x_size(et));
    if (n->tok == GH_T_COMMA) {
        gh_GoType *sig = gh_go_type_new(ex->prog->src, GH_K_FUNC);
        sig->results = n->type->fields;
        sig->nresults = n->type->nfields;
        ((uint8_t *)out)[gh_x_result_off(sig, 1)] = ok;
    }
}

void gh_x_mapdelete(gh_Exec *ex, gh_GoNode *call)
{
    gh_GoNode n = {0};
    n.x = call->list[0];
    n.y = call->list[1];
    uint8_t key[X_VMAX];
    if (gh_x_size(n.y->type) > X_VMAX) gh_x_unsupported(ex, n.y->pos, "map keys larger than %d bytes are not supported", X_VMAX);
    int mark;
    gh_Addr h = map_and_key(ex, &n, key, &mark);
    mapdelete(ex, maptype(ex, n.x->type), h, key);
    gh_x_unpin_all(ex, mark);
}

int64_t gh_x_maplen(gh_Exec *ex, gh_Addr h)
{
    return h ? (int64_t)ld(ex, h + H_COUNT, 8) : 0;
}

/* A map literal: make(map, len(entries)), then each entry assigned in order. */
void gh_x_maplit(gh_Exec *ex, gh_GoNode *n, gh_Addr *out)
{
    gh_Addr h = gh_x_makemap(ex, n);
    gh_GoType *up = basic(ex, GH_K_UNSAFEPTR);
    int mark = gh_x_pin(ex, up, &h);
    MapT *m = maptype(ex, n->type);
    for (int i = 0; i < n->nlist; i++) {
        gh_GoNode *e = n->list[i];
        uint8_t k[X_VMAX], v[X_VMAX];
        if (gh_x_size(m->key) > X_VMAX || gh_x_size(m->elem) > X_VMAX)
            gh_x_unsupported(ex, e->pos, "map literal entries larger than %d bytes are not supported", X_VMAX);
        memset(k, 0, sizeof k);
        memset(v, 0, sizeof v);
        gh_x_eval(ex, e->x, k);
        int mk = gh_x_pin(ex, m->key, k);
        gh_x_eval(ex, e->y, v);
        int mv = gh_x_pin(ex, m->elem, v);
        gh_x_unpin(ex, mv, m->elem, v);
        gh_x_unpin(ex, mk, m->key, k);
        gh_x_unpin(ex, mark, up, &h);
        gh_Addr slot = mapassign(ex, m, h, k);
        gh_x_store(ex, slot, m->elem, v);
        gh_x_unpin_all(ex, mk);
    }
    gh_x_unpin(ex, mark, up, &h);
    gh_x_unpin_all(ex, mark);
    *out = h;
}

/* --- range: Go's hiter, a random start bucket and offset, growth-aware ---------------- */

typedef struct Iter {
    gh_Addr w[5];   /* h, buckets, bptr, overflow, oldoverflow: held as roots by the loop */
    uint64_t start, bucket, check;
    int B, i, offset;
    bool wrapped;
    gh_Addr key, elem;
} Iter;
#define NO_CHECK UINT64_MAX

/* Go's mapiterinit for the map at h (count > 0): a noscan map's overflow list kept alive in
 * the iterator, a random starting bucket and offset, and the map marked as iterated. */
static void mapiterinit(gh_Exec *ex, MapT *m, gh_Addr h, Iter *it)
{
    it->B = B_of(ex, h);
    it->w[1] = ld(ex, h + H_BUCKETS, 8);
    if (m->noscan) {
        gh_Addr x = create_overflow(ex, h);
        it->w[3] = ld(ex, x + X_OVERFLOW, 8);
        it->w[4] = ld(ex, x + X_OLDOVERFLOW, 8);
    }
    uint64_t r = fastrand(ex);
    if (it->B > 31 - 3) r += (uint64_t)fastrand(ex) << 31;
    it->start = it->bucket = r & bmask(it->B);
    it->offset = (int)((r >> it->B) & (BUCKET_CNT - 1));
    st(ex, h + H_FLAGS, 1, ld(ex, h + H_FLAGS, 1) | F_ITERATOR | F_OLDITERATOR);
}

static void iter_next(gh_Exec *ex, MapT *m, Iter *it)
{
    gh_Addr h = it->w[0], b = it->w[2];
    uint64_t bucket = it->bucket, check = it->check;
    int i = it->i;
    for (;;) {
        if (!b) {
            if (bucket == it->start && it->wrapped) { it->key = it->elem = 0; return; }
            if (growing(ex, h) && it->B == B_of(ex, h)) {
                uint64_t ob = bucket & (noldbuckets(ex, h) - 1);
                b = bucket_at(m, ld(ex, h + H_OLDBUCKETS, 8), ob);
                if (!evacuated(ex, b)) check = bucket;
                else { b = bucket_at(m, it->w[1], bucket); check = NO_CHECK; }
            } else { b = bucket_at(m, it->w[1], bucket); check = NO_CHECK; }
            if (++bucket == (uint64_t)1 << it->B) { bucket = 0; it->wrapped = true; }
            i = 0;
        }
        for (; i < BUCKET_CNT; i++) {
            int off = (i + it->offset) & (BUCKET_CNT - 1);
            uint8_t t = (uint8_t)ld(ex, b + (uint64_t)off, 1);
            if (is_empty(t) || t == EVAC_EMPTY) continue;
            gh_Addr ks = b + (uint64_t)(m->koff + off * m->ksz), vs = b + (uint64_t)(m->voff + off * m->vsz);
            uint8_t k[X_VMAX];
            slot_key(ex, m, ks, k);
            bool self = m->reflexive || key_equal(ex, m, ks, k);   /* false for a NaN */
            if (check != NO_CHECK && !(ld(ex, h + H_FLAGS, 1) & F_SAMESIZE)) {
                if (self ? (hash_key(ex, m, h, k) & bmask(it->B)) != check
                         : check >> (it->B - 1) != (uint64_t)(t & 1)) continue;   /* a NaN went where its tophash's low bit sent it */
            }
            if ((t != EVAC_X && t != EVAC_Y) || !self) {   /* a NaN can be neither updated nor deleted: this copy is it */
                it->key = m->ikey ? ld(ex, ks, 8) : ks;
                it->elem = m->ielem ? ld(ex, vs, 8) : vs;
            } else {   /* moved since: read it where it lives now (it may be gone) */
                gh_Addr rk, rv;
                if (!find(ex, m, h, k, &rk, &rv)) continue;
                it->key = m->ikey ? ld(ex, rk, 8) : rk;
                it->elem = rv;
            }
            it->bucket = bucket;
            it->w[2] = b;
            it->i = i + 1;
            it->check = check;
            return;
        }
        b = overflow_of(ex, m, b);
        i = 0;
    }
}

XStatus gh_x_range_map(gh_Exec *ex, gh_GoNode *s)
{
    MapT *m = maptype(ex, s->z->type);
    Iter it;
    memset(&it, 0, sizeof it);
    gh_x_eval(ex, s->z, &it.w[0]);
    gh_Addr h = it.w[0];
    gh_GoType *words = gh_go_type_array(ex->prog->src, basic(ex, GH_K_UNSAFEPTR), 5);
    if (s->define) {
        if (s->x && s->x->obj) gh_x_declare(ex, s->x->obj);
        if (s->y && s->y->obj) gh_x_declare(ex, s->y->obj);
    }
    if (!h || !ld(ex, h + H_COUNT, 8)) return XS_NORMAL;
    mapiterinit(ex, m, h, &it);
    iter_next(ex, m, &it);
    XStatus result = XS_NORMAL;
    for (bool first = true; it.key; first = false) {
        if (!first) {
            gh_x_live_at(ex, s->w);
            gh_x_yield(ex, s->pos.line);
        }
        uint8_t v[X_VMAX];
        if (s->x && s->x->obj) {
            if (gh_x_size(m->key) > X_VMAX) gh_x_unsupported(ex, s->x->pos, "map keys larger than %d bytes are not supported", X_VMAX);
            gh_x_load(ex, it.key, v, (uint64_t)gh_x_size(m->key));
            gh_x_live_def(ex, s->x->obj);
            gh_x_store(ex, gh_x_addr(ex, s->x), s->x->type, v);
        } else if (s->x && s->x->op != GH_OP_NONE) {
            gh_x_load(ex, it.key, v, (uint64_t)gh_x_size(m->key));
            gh_x_store(ex, gh_x_addr(ex, s->x), s->x->type, v);
        }
        if (s->y && s->y->op != GH_OP_NONE) {
            if (gh_x_size(m->elem) > X_VMAX) gh_x_unsupported(ex, s->y->pos, "map values larger than %d bytes are not supported in range", X_VMAX);
            gh_x_load(ex, it.elem, v, (uint64_t)gh_x_size(m->elem));
            if (s->y->obj && s->y->kind == GH_N_NAME) gh_x_live_def(ex, s->y->obj);
            gh_x_store(ex, gh_x_addr(ex, s->y), s->y->type, v);
        }
        bool stop;
        int mark = gh_x_pin(ex, words, it.w);   /* the body may collect, or copy the stack */
        result = gh_x_loop_body(ex, s, &stop);
        gh_x_unpin(ex, mark, words, it.w);
        gh_x_unpin_all(ex, mark);
        if (stop) break;
        iter_next(ex, m, &it);
    }
    return result;
}

/* reflect's MapIter for fmt (internal/fmtsort, exec_fmtmap.c): mapiterinit as range does it
 * (a noscan map's overflow list, the random start), then fn with each entry's key and elem
 * addresses. The iterator's words are roots while fn allocates. */
void gh_x_map_each(gh_Exec *ex, gh_GoType *mt, gh_Addr h, void (*fn)(gh_Exec *, void *, gh_Addr, gh_Addr), void *ctx)
{
    MapT *m = maptype(ex, mt);
    Iter it;
    memset(&it, 0, sizeof it);
    it.w[0] = h;
    if (!h || !ld(ex, h + H_COUNT, 8)) return;
    gh_GoType *words = gh_go_type_array(ex->prog->src, basic(ex, GH_K_UNSAFEPTR), 5);
    mapiterinit(ex, m, h, &it);
    for (iter_next(ex, m, &it); it.key; iter_next(ex, m, &it)) {
        int mark = gh_x_pin(ex, words, it.w);
        fn(ex, ctx, it.key, it.elem);
        gh_x_unpin(ex, mark, words, it.w);
        gh_x_unpin_all(ex, mark);
    }
}
