/* exec_types.c — Go types as the simulated runtime sees them: a registered gh_Type
 * (size + pointer mask) per Go type, interface type words, and each function's frame
 * layout (locals in declaration order, then stack temporaries of allocations the
 * escape analysis kept on the stack, then spill words for values held across calls).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/go_library.h"


bool gh_x_is_signed(gh_GoType *t)
{
    gh_GoKind k = gh_go_under(t)->kind;
    return k == GH_K_INT || k == GH_K_INT8 || k == GH_K_INT16 || k == GH_K_INT32 || k == GH_K_INT64 ||
           k == GH_K_UNTYPED_INT || k == GH_K_UNTYPED_RUNE;
}

int64_t gh_x_norm(gh_GoType *t, int64_t v)
{
    long long sz = gh_x_size(t);
    if (sz >= 8 || sz <= 0) return v;
    int bits = (int)sz * 8;
    uint64_t mask = ((uint64_t)1 << bits) - 1;
    uint64_t u = (uint64_t)v & mask;
    if (gh_x_is_signed(t) && (u >> (bits - 1))) u |= ~mask;
    return (int64_t)u;
}

/* Sets the mask bit of every pointer word of a value of type t placed at byte off. */
/* Sets the mask bits of n consecutive pointer words from word w on: whole bytes at once, so
 * a [1<<25]*int costs a 4 MiB memset, not 32 million calls (fuzz_exec timed out on four). */
static void mark_words(uint8_t *mask, uint64_t w, uint64_t n)
{
    for (; n && w % 8; w++, n--) mask[w / 8] |= (uint8_t)(1u << (w % 8));
    memset(mask + w / 8, 0xff, (size_t)(n / 8));
    for (w += n / 8 * 8, n %= 8; n; w++, n--) mask[w / 8] |= (uint8_t)(1u << (w % 8));
}

static void mark_ptrs(gh_GoType *t, uint64_t off, uint8_t *mask)
{
    gh_GoType *u = gh_go_under(t);
    switch (u->kind) {
    case GH_K_POINTER: case GH_K_FUNC: case GH_K_UNSAFEPTR: case GH_K_STRING: case GH_K_SLICE: case GH_K_MAP: case GH_K_CHAN:
        mask[off / 64] |= (uint8_t)(1u << ((off / 8) % 8));
        break;
    case GH_K_INTERFACE: /* word 0 is a type word in read-only data, word 1 the data pointer */
        mask[(off + 8) / 64] |= (uint8_t)(1u << (((off + 8) / 8) % 8));
        break;
    case GH_K_STRUCT:
        for (int i = 0; i < u->nfields; i++) mark_ptrs(u->fields[i].type, off + (uint64_t)u->fields[i].offset, mask);
        break;
    case GH_K_ARRAY: {
        if (!gh_go_type_has_pointers(u->elem)) break;
        gh_GoType *e = gh_go_under(u->elem);
        if (e->kind == GH_K_POINTER || e->kind == GH_K_FUNC || e->kind == GH_K_UNSAFEPTR || e->kind == GH_K_MAP || e->kind == GH_K_CHAN) {
            mark_words(mask, off / 8, (uint64_t)u->len);   /* one pointer word an element */
            break;
        }
        for (long long i = 0; i < u->len; i++) mark_ptrs(u->elem, off + (uint64_t)(i * gh_x_size(u->elem)), mask);
        break;
    }
    default: break;
    }
}

int32_t gh_x_type_id(gh_Exec *ex, gh_GoType *t)
{
    uint64_t *e = gh_xmap_get(&ex->types, t, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (int32_t)(e[0] - 1);
    long long size = gh_x_size(t);
    char name[GH_TYPE_NAME_MAX];
    gh_go_type_format(t, name, sizeof name);
    uint8_t *mask = NULL;
    /* A type with pointers needs a pointer mask in host memory, and the masks of one
     * simulator have a budget: past it the program fails as Go does when memory runs out
     * (a fatal error with the goroutine's traceback), saying which type and why, in the
     * words a scene's go.struct/go.sizeof use for the same limit (src/script/gotype.c). */
    if (gh_go_type_has_pointers(t) && size > 0) {
        /* The mask is host memory: within the host-memory budget and the type table's cap. */
        gh_HostMemory hm = gh_sim_host_memory(ex->sim);
        if ((uint64_t)size / 64 + 1 > hm.limit - hm.used && !gh_sim_charge(ex->sim, (uint64_t)size / 64 + 1, "type pointer masks"))
            gh_x_check(ex);
        if (!gh_sim_type_mask_fits(ex->sim, (uint64_t)size))
            gh_x_panic(ex, "fatal error: out of memory (the pointer masks of the program's types would take more than "
                           "%llu MiB of host memory, type %s)", (unsigned long long)(GH_TYPES_MASK_BUDGET >> 20), name);
        mask = calloc((size_t)(size / 64 + 1), 1);
        if (!mask) gh_x_panic(ex, "fatal error: out of memory");
        mark_ptrs(t, 0, mask);
    }
    int32_t id = gh_type_register(ex->sim, name, (uint64_t)size, mask);
    free(mask);
    if (id < 0) gh_x_check(ex); /* out of the host-memory budget */
    if (id < 0) gh_x_panic(ex, "fatal error: out of memory (type %s)", name);
    e[0] = (uint64_t)id + 1;
    return id;
}

uint64_t gh_x_rtype(gh_Exec *ex, gh_GoType *t)
{
    for (int i = 0; i < ex->nrtypes; i++)
        if (ex->rtypes[i] == t || gh_go_type_identical(ex->rtypes[i], t)) return (uint64_t)i + 1;
    if (ex->nrtypes == ex->caprtypes) {
        int nc = ex->caprtypes ? ex->caprtypes * 2 : 16;
        gh_GoType **nv = realloc(ex->rtypes, sizeof *nv * (size_t)nc);
        if (!nv) gh_x_panic(ex, "fatal error: out of memory");
        ex->rtypes = nv;
        ex->caprtypes = nc;
    }
    ex->rtypes[ex->nrtypes++] = t;
    return (uint64_t)ex->nrtypes;
}

gh_GoType *gh_x_rtype_get(gh_Exec *ex, uint64_t w)
{
    return w >= 1 && w <= (uint64_t)ex->nrtypes ? ex->rtypes[w - 1] : NULL;
}

/* --- frame layouts ------------------------------------------------------------ */

typedef struct LayCtx { gh_Exec *ex; gh_GoFunc *fn; uint32_t off; XLayout *lay; } LayCtx;

static uint32_t round8(long long n) { return (uint32_t)((n + 7) & ~7LL); }

static void add_temp(LayCtx *c, const gh_GoNode *n, gh_GoType *t, uint32_t sz)
{
    XLayout *l = c->lay;
    if (l->ntemps == l->captemps) {
        int nc = l->captemps ? l->captemps * 2 : 8;
        XTemp *nv = realloc(l->temps, sizeof *nv * (size_t)nc);
        if (!nv) gh_x_panic(c->ex, "fatal error: out of memory");
        l->temps = nv;
        l->captemps = nc;
    }
    l->temps[l->ntemps++] = (XTemp){c->off, sz, t, n};
    c->off += sz;
}

static uint32_t temp_size(const gh_GoNode *n);

/* A temporary of an inlined callee's copy (exec_inlsite.c), keyed by its verdict. */
static void add_site_temp(void *ctx, const void *key, gh_GoType *t, uint32_t sz)
{
    LayCtx *c = ctx;
    uint64_t *e = gh_xmap_get(&c->ex->nodes, key, true);
    if (!e) gh_x_panic(c->ex, "fatal error: out of memory");
    e[0] = c->off + 1;
    add_temp(c, NULL, t, sz);
}
static uint32_t temp_size_stack(const gh_GoNode *n);

/* The type of a stack temporary (its pointer words must be scanned). */
static gh_GoType *temp_type(gh_Exec *ex, const gh_GoNode *n)
{
    gh_GoSource *src = ex->prog->src;
    if (n->kind == GH_N_CONVIFACE) return n->x->type;
    if (n->kind == GH_N_DDDSLICE) return gh_go_type_array(src, ex->prog->u.any, n->nlist);
    switch (n->op) {
    case GH_OP_NEW: case GH_OP_PTRLIT: return gh_go_under(n->type)->elem;
    case GH_OP_CALLLIB: return gh_go_library_type(ex->prog, "errors", "errorString");
    case GH_OP_CONVIFACE: return n->list[0]->type;
    case GH_OP_SLICELIT: return gh_go_type_array(src, gh_go_under(n->type)->elem, n->nlist);
    case GH_OP_STR2RUNES:
        return gh_go_type_array(src, ex->prog->u.basic[GH_K_INT32], n->list[0]->op == GH_OP_CONST ? n->cval : GH_TMP_STRING_BUF);
    case GH_OP_MAKESLICE: return gh_go_type_array(src, gh_go_under(n->type)->elem, n->list[n->nlist - 1]->cval);
    case GH_OP_MAKEMAP: case GH_OP_MAPLIT: return gh_x_map_stack_type(ex, n);
    default: return gh_go_type_array(src, ex->prog->u.basic[GH_K_UINT8], temp_size(n));
    }
}

/* Bytes of stack an allocating node needs when it does not escape (0 = none). */
static uint32_t temp_size(const gh_GoNode *n) { return n->esc == 2 ? temp_size_stack(n) : 0; }

uint32_t gh_x_temp_size_on_stack(const gh_GoNode *n) { return temp_size_stack(n); }
gh_GoType *gh_x_temp_type(gh_Exec *ex, const gh_GoNode *n) { return temp_type(ex, n); }

/* The same, whatever the node's own verdict (an inlined copy's may differ: exec_inlsite.c). */
static uint32_t temp_size_stack(const gh_GoNode *n)
{
    if (n->kind == GH_N_CONVIFACE) return round8(gh_x_size(n->x->type));
    switch (n->op) {
    case GH_OP_STR2BYTES:  /* a constant string becomes a stack array of its own length */
        if (n->list[0]->op == GH_OP_CONST && n->list[0]->cval > GH_TMP_STRING_BUF) return round8(n->list[0]->cval);
        return GH_TMP_STRING_BUF;
    case GH_OP_ADDSTR: case GH_OP_BYTES2STR: case GH_OP_RUNES2STR: return GH_TMP_STRING_BUF;
    case GH_OP_RUNE2STR: return 8;   /* intstring's [4]byte */
    case GH_OP_STR2RUNES:   /* [32]rune; a constant's literal []rune{...}: its runes (the checker counted them in cval) */
        if (n->list[0]->op == GH_OP_CONST) return round8(4 * n->cval);
        return 4 * GH_TMP_STRING_BUF;
    case GH_OP_NEW: case GH_OP_PTRLIT: return round8(gh_x_size(gh_go_under(n->type)->elem));
    case GH_OP_CALLLIB: return n->lib->effect == GH_LIBFX_ERRORS_NEW ? 16 : 0;   /* errors.New's errorString */
    case GH_OP_CONVIFACE: return round8(gh_x_size(n->list[0]->type));
    case GH_OP_SLICELIT: return round8(gh_x_size(gh_go_under(n->type)->elem) * (n->nlist ? n->nlist : 0));
    case GH_OP_MAKEMAP: case GH_OP_MAPLIT:   /* the hmap, and for a small hint its first bucket */
        return (uint32_t)(48 + (gh_x_map_small_hint(n) ? gh_x_map_bucket_size(n->type) : 0));
    case GH_OP_MAKESLICE: {
        const gh_GoNode *c = n->list[n->nlist - 1];
        if (c->op != GH_OP_CONST) return 0;
        return round8(gh_x_size(gh_go_under(n->type)->elem) * c->cval);
    }
    default: return 0;
    }
}

static void walk_temps(LayCtx *c, const gh_GoNode *n)
{
    if (!n) return;
    if (n->kind == GH_N_FUNCLIT) {  /* its body belongs to another frame; the closure itself may not */
        if (n->esc == 2 && n->fn && n->fn->ncaptured) {
            uint64_t *e = gh_xmap_get(&c->ex->nodes, n, true);
            if (!e) gh_x_panic(c->ex, "fatal error: out of memory");
            e[0] = c->off + 1;
            gh_GoType *ct = gh_x_closure_type(c->ex, n->fn);
            add_temp(c, n, ct, round8(gh_x_size(ct)));
        }
        return;
    }
    if (n->kind == GH_N_SELECTOR && (n->op == GH_OP_METHOD || n->op == GH_OP_IMETHOD) && n->esc == 2) {  /* a method value's closure */
        uint64_t *e = gh_xmap_get(&c->ex->nodes, n, true);
        if (!e) gh_x_panic(c->ex, "fatal error: out of memory");
        e[0] = c->off + 1;
        gh_GoType *mt = gh_x_method_closure_type(c->ex, n);
        add_temp(c, n, mt, round8(gh_x_size(mt)));
    }
    if (n->kind == GH_N_RANGE && gh_x_range_copies(n)) {   /* the copy of a ranged array (exec_stmt.c) */
        uint64_t *e = gh_xmap_get(&c->ex->nodes, n, true);
        if (!e) gh_x_panic(c->ex, "fatal error: out of memory");
        e[0] = c->off + 1;
        add_temp(c, n, n->z->type, round8(gh_x_size(n->z->type)));
    }
    uint32_t sz = temp_size(n);
    if (n->kind == GH_N_DDDSLICE && n->esc == 2) sz = round8(16LL * n->nlist);
    gh_GoType *ct = sz ? NULL : gh_x_chan_temp_type(n);   /* a channel operation's value (exec_chan.c) */
    if (ct) sz = round8(gh_x_size(ct));
    if (sz) {
        uint64_t *e = gh_xmap_get(&c->ex->nodes, n, true);
        if (!e) gh_x_panic(c->ex, "fatal error: out of memory");
        e[0] = c->off + 1;
        add_temp(c, n, ct ? ct : temp_type(c->ex, n), sz);
    }
    walk_temps(c, n->x); walk_temps(c, n->y); walk_temps(c, n->z); walk_temps(c, n->w);
    for (int i = 0; i < n->nlist; i++) walk_temps(c, n->list[i]);
    for (int i = 0; i < n->nlist2; i++) walk_temps(c, n->list2[i]);
}

XLayout *gh_x_layout(gh_Exec *ex, gh_GoFunc *fn)
{
    uint64_t *e = gh_xmap_get(&ex->layouts, fn, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (XLayout *)(uintptr_t)e[0];
    XLayout *l = calloc(1, sizeof *l);
    if (!l) gh_x_panic(ex, "fatal error: out of memory");
    l->off = calloc((size_t)fn->nlocals + 1, sizeof *l->off);
    uint32_t off = 0;
    for (int i = 0; i < fn->nlocals; i++) {
        gh_GoObj *o = fn->locals[i];
        l->off[i] = off;
        off += o->heap ? 8 : round8(gh_x_size(o->type));
    }
    l->closure_off = off;
    off += 8;
    l->spill_off = off;
    off += X_SPILL_WORDS * 8;
    LayCtx c = {ex, fn, off, l};
    walk_temps(&c, fn->body);
    gh_x_inlsite_layout(ex, fn, add_site_temp, &c);
    if (!fn->recv && !fn->outer && !strcmp(fn->name, "main")) {
        /* the package initializers run in main's first frame here (gh_x_init_globals):
         * what Go's init keeps on its stack gets temporaries in it */
        const gh_GoNode *file = ex->prog->file;
        for (int i = 0; i < file->nlist; i++)
            if (file->list[i] && file->list[i]->kind == GH_N_VARDECL)
                for (int k = 0; k < file->list[i]->nlist2; k++) walk_temps(&c, file->list[i]->list2[k]);
    }
    l->size = c.off;
    e[0] = (uint64_t)(uintptr_t)l;
    return l;
}

gh_Addr gh_x_static_temp(gh_Exec *ex, const gh_GoNode *n)
{
    gh_GoType *t = temp_type(ex, n);
    if (n->op == GH_OP_STR2BYTES)
        t = gh_go_type_array(ex->prog->src, ex->prog->u.basic[GH_K_UINT8], n->list[0]->cval);
    long long size = gh_x_size(t);
    if (size == 0) return GH_ZEROBASE;
    gh_Addr a = gh_global(ex->sim, "main..stmp", gh_x_type_id(ex, t), (uint32_t)size);
    gh_x_check(ex);
    return a;
}

long gh_x_node_slot(gh_Exec *ex, gh_GoFunc *fn, const gh_GoNode *n)
{
    (void)fn;
    uint64_t *e = gh_xmap_get(&ex->nodes, n, false);
    return e && e[0] ? (long)(e[0] - 1) : -1;
}

bool gh_x_by_value(gh_GoObj *o)
{
    return !o->heap && !o->reassigned_syntax && gh_x_size(o->type) <= 128;
}

/* The object a func value points to: {F uintptr; fields...}, F naming the code (closures,
 * method values: exec_call.c, exec_methval.c), named "NAME closure" for the views; one per
 * key (a pointer the caller owns, offset to tell its kinds apart). */
gh_GoType *gh_x_closure_struct(gh_Exec *ex, const void *key, const char *name, int n,
                               const char *const *names, gh_GoType *const *types)
{
    uint64_t *e = gh_xmap_get(&ex->types, key, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return (gh_GoType *)(uintptr_t)e[0];
    gh_GoSource *src = ex->prog->src;
    gh_GoType *t = gh_go_type_new(src, GH_K_STRUCT);
    gh_GoField *f = gh_go_arena_push(&src->arena, &t->fields, &t->nfields, sizeof *f);
    f->name = "F";
    f->type = ex->prog->u.basic[GH_K_UINTPTR];
    for (int i = 0; i < n; i++) {
        f = gh_go_arena_push(&src->arena, &t->fields, &t->nfields, sizeof *f);
        f->name = names[i];
        f->type = types[i];
    }
    gh_GoType *named = gh_go_type_new(src, GH_K_NAMED);
    named->name = gh_go_arena_printf(&src->arena, "%s closure", name);
    named->underlying = t;
    named->lib_id = -1;
    e[0] = (uint64_t)(uintptr_t)named;
    return named;
}

/* A closure's object: its captured variables, by value or by address (gh_x_by_value). */
gh_GoType *gh_x_closure_type(gh_Exec *ex, gh_GoFunc *fn)
{
    const char *names[fn->ncaptured + 1];
    gh_GoType *types[fn->ncaptured + 1];
    for (int i = 0; i < fn->ncaptured; i++) {
        gh_GoObj *o = fn->captured[i];
        names[i] = o->name;
        types[i] = gh_x_by_value(o) ? o->type : gh_go_type_ptr(ex->prog->src, o->type);
    }
    return gh_x_closure_struct(ex, (const char *)fn + 1, fn->name, fn->ncaptured, names, types);
}
