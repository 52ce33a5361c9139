/* gotype.c — parsing Go type spellings and laying out structs as gc does on amd64:
 * each field at the next multiple of its alignment (8 for words, 1 for bytes), the struct
 * rounded up to its largest alignment; the pointer mask has one bit per 8-byte word. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "script/gotype.h"

static int32_t find(const gh_TypeDescs *t, const char *name)
{
    for (int32_t i = 0; i < t->n; i++)
        if (!strcmp(t->v[i].name, name)) return i;
    return -1;
}

static int32_t add(gh_TypeDescs *t, const gh_TDesc *d, char *err, size_t n)
{
    if (t->n == t->cap) {
        int32_t nc = t->cap ? t->cap * 2 : 32;
        gh_TDesc *nv = realloc(t->v, sizeof *nv * (size_t)nc);
        if (!nv) return snprintf(err, n, "gohotel: out of memory (type table)"), -1;
        t->v = nv;
        t->cap = nc;
    }
    t->v[t->n] = *d;
    return t->n++;
}

void gh_tdescs_free(gh_TypeDescs *t)
{
    for (int32_t i = 0; i < t->n; i++) free(t->v[i].fields);
    free(t->v);
    memset(t, 0, sizeof *t);
}

static const struct { const char *name; uint8_t kind; uint32_t size; int32_t rtype; } builtins[] = {
    {"int", GH_K_INT, 8, GH_TYPE_INT64},       {"int64", GH_K_INT, 8, GH_TYPE_INT64},
    {"uint64", GH_K_INT, 8, GH_TYPE_INT64},    {"uintptr", GH_K_INT, 8, GH_TYPE_INT64},
    {"uint", GH_K_INT, 8, GH_TYPE_INT64},      {"float64", GH_K_FLOAT, 8, GH_TYPE_INT64},
    {"byte", GH_K_BYTE, 1, GH_TYPE_BYTES},     {"uint8", GH_K_BYTE, 1, GH_TYPE_BYTES},
    {"bool", GH_K_BOOL, 1, GH_TYPE_BYTES},     {"string", GH_K_STRING, 16, GH_TYPE_STRING_HDR},
    {"strings.Builder", GH_K_BUILDER, GH_BUILDER_SIZE, GH_TYPE_BUILDER},
    {"bytes.Buffer", GH_K_BUFFER, GH_BUFFER_SIZE, GH_TYPE_BUFFER},
};

static bool is_builtin(const char *name)
{
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (!strcmp(name, builtins[i].name)) return true;
    return false;
}

/* Canonical spelling: spaces removed, "interface{}" not supported. */
static void canon(const char *s, char *out, size_t n)
{
    size_t k = 0;
    for (; *s && k + 1 < n; s++)
        if (!isspace((unsigned char)*s)) out[k++] = *s;
    out[k] = 0;
}

static bool valid_ident(const char *s)
{
    if (!isalpha((unsigned char)*s) && *s != '_') return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.') return false;
    return true;
}

/* Sizes. Go refuses a type of MaxWidth bytes or more (1<<50 on amd64: "type ... larger than
 * address space" for arrays, "type ... too large" for structs); gohotel's descs hold a size
 * in 32 bits, which is also the default simulated memory (4 GiB), so a type past that is
 * refused too. Every size and offset is computed in 64 bits and checked before it is
 * narrowed, and a pointer mask is built only for types with pointers, within the type
 * table's host-memory budget (GH_TYPES_MASK_BUDGET). */
#define GO_MAX_WIDTH ((uint64_t)1 << 50)
#define DESC_SIZE_MAX ((uint64_t)UINT32_MAX)

static bool size_ok(uint64_t size, const char *name, const char *goword, char *err, size_t n)
{
    if (size >= GO_MAX_WIDTH) return snprintf(err, n, "type %s %s", name, goword), false;
    if (size > DESC_SIZE_MAX)
        return snprintf(err, n, "type %s is %llu bytes: larger than gohotel's 4 GiB limit for one type", name,
                        (unsigned long long)size), false;
    return true;
}

static bool has_ptrs(const gh_Sim *sim, const gh_TDesc *d)
{
    const gh_Type *ty = gh_sim_type(sim, d->rtype);
    return ty && ty->ptrdata;
}

/* A zeroed mask for a `size`-byte type, or NULL with err (out of the budget or of memory). */
static uint8_t *new_mask(gh_Sim *sim, const char *name, uint64_t size, char *err, size_t n)
{
    uint8_t *mask = gh_sim_type_mask_fits(sim, size) ? calloc((size_t)gh_type_mask_bytes(size) + 1, 1) : NULL;
    gh_HostMemory hm = gh_sim_host_memory(sim);
    if (!mask && gh_type_mask_bytes(size) > hm.limit - hm.used)
        snprintf(err, n, "fatal error: out of memory (the pointer mask of type %s: the host-memory budget is spent; "
                 "--max-memory SIZE allows more)", name);
    else if (!mask)
        snprintf(err, n, "fatal error: out of memory: the pointer masks of the scene's types would take more than "
                 "%llu MiB of host memory (type %s)", (unsigned long long)(GH_TYPES_MASK_BUDGET >> 20), name);
    return mask;
}

/* Register an array type [len]elem with the element's pointer mask repeated. */
static int32_t register_array(gh_TypeDescs *t, gh_Sim *sim, gh_TDesc *d, char *err, size_t n)
{
    const gh_TDesc *e = &t->v[d->elem];
    const gh_Type *et = gh_sim_type(sim, e->rtype);
    if (!has_ptrs(sim, e) || e->size % 8 != 0 || d->len == 0) {
        int32_t id = gh_type_register(sim, d->name, d->size, NULL);
        if (id < 0) snprintf(err, n, "fatal error: out of memory");
        return id;
    }
    uint8_t *mask = new_mask(sim, d->name, d->size, err, n);
    if (!mask) return -1;
    /* The element's pointer words, then each element's copy of them: steps = pointer words. */
    uint64_t ew = e->size / 8, pw = et->ptrdata / 8;
    for (uint64_t w = 0; w < pw; w++)
        if (gh_type_word_is_ptr(et, w))
            for (uint64_t i = 0; i < (uint64_t)d->len; i++) {
                uint64_t bit = i * ew + w;
                mask[bit >> 3] |= (uint8_t)(1 << (bit & 7));
            }
    int32_t id = gh_type_register(sim, d->name, d->size, mask);
    free(mask);
    if (id < 0) snprintf(err, n, "fatal error: out of memory");
    return id;
}

int32_t gh_tdesc_parse(gh_TypeDescs *t, gh_Sim *sim, const char *spelling, char *err, size_t n)
{
    char name[GH_TDESC_NAME];
    canon(spelling, name, sizeof name);
    int32_t id = find(t, name);
    if (id >= 0) return id;
    gh_TDesc d;
    memset(&d, 0, sizeof d);
    snprintf(d.name, sizeof d.name, "%s", name);
    d.elem = -1;
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (!strcmp(name, builtins[i].name)) {
            d.kind = builtins[i].kind;
            d.size = builtins[i].size;
            d.align = d.size < 8 ? d.size : 8;
            d.rtype = builtins[i].rtype;
            return add(t, &d, err, n);
        }
    if (name[0] == '*') {
        const char *target = name + 1;
        if (!*target) goto bad;
        d.kind = GH_K_PTR, d.size = 8, d.align = 8, d.rtype = GH_TYPE_POINTER;
        if (valid_ident(target) && find(t, target) < 0 && !is_builtin(target)) {
            snprintf(d.elemName, sizeof d.elemName, "%s", target); /* a struct declared later */
        } else if ((d.elem = gh_tdesc_parse(t, sim, target, err, n)) < 0) {
            return -1;
        }
        return add(t, &d, err, n);
    }
    if (name[0] == '[' && name[1] == ']') {
        d.kind = GH_K_SLICE, d.size = 24, d.align = 8, d.rtype = GH_TYPE_SLICE_HDR;
        if ((d.elem = gh_tdesc_parse(t, sim, name + 2, err, n)) < 0) return -1;
        return add(t, &d, err, n);
    }
    if (name[0] == '[') {
        char *end;
        long long len = strtoll(name + 1, &end, 10);
        if (end == name + 1 || *end != ']' || len < 0 || len > (1 << 24)) goto bad;
        if ((d.elem = gh_tdesc_parse(t, sim, end + 1, err, n)) < 0) return -1;
        d.kind = GH_K_ARRAY, d.len = len, d.align = t->v[d.elem].align;
        uint64_t es = t->v[d.elem].size; /* at most 4 GiB, len at most 1<<24: no 64-bit overflow */
        if (!size_ok((uint64_t)len * es, name, "larger than address space", err, n)) return -1;
        d.size = (uint32_t)((uint64_t)len * es);
        if ((d.rtype = register_array(t, sim, &d, err, n)) < 0) return -1;
        return add(t, &d, err, n);
    }
    snprintf(err, n, "undefined type %s (declare it with go.struct)", name);
    return -1;
bad:
    snprintf(err, n, "bad Go type spelling \"%s\"", spelling);
    return -1;
}

/* The runtime registration of a struct from its fields. */
static int32_t register_struct(gh_TypeDescs *t, gh_Sim *sim, const gh_TDesc *d, char *err, size_t n)
{
    char rname[GH_TDESC_NAME + 8];
    snprintf(rname, sizeof rname, "main.%s", d->name);
    bool ptrs = false;
    for (int32_t i = 0; i < d->nfields; i++) ptrs = ptrs || has_ptrs(sim, &t->v[d->fields[i].desc]);
    uint8_t *mask = NULL;
    if (ptrs && !(mask = new_mask(sim, rname, d->size, err, n))) return -1;
    for (int32_t i = 0; ptrs && i < d->nfields; i++) {
        const gh_TDesc *f = &t->v[d->fields[i].desc];
        const gh_Type *ft = gh_sim_type(sim, f->rtype);
        if (!ft || !ft->ptrdata) continue;
        for (uint64_t w = 0; w < ft->ptrdata / 8; w++)
            if (gh_type_word_is_ptr(ft, w)) {
                uint64_t bit = (uint64_t)d->fields[i].offset / 8 + w;
                mask[bit >> 3] |= (uint8_t)(1 << (bit & 7));
            }
    }
    int32_t id = gh_type_register(sim, rname, d->size, mask);
    free(mask);
    if (id < 0) snprintf(err, n, "fatal error: out of memory");
    return id;
}

/* Forget every desc from index `to` on (a struct declaration that failed half way). */
static int32_t rollback(gh_TypeDescs *t, int32_t to)
{
    while (t->n > to) {
        t->n--;
        free(t->v[t->n].fields);
        t->v[t->n].fields = NULL;
    }
    return -1;
}

int32_t gh_tdesc_struct(gh_TypeDescs *t, gh_Sim *sim, const char *name, const char *const *fields, int nfields,
                        char *err, size_t n)
{
    if (!valid_ident(name) || strchr(name, '.')) return snprintf(err, n, "bad struct name \"%s\"", name), -1;
    if (find(t, name) >= 0) return snprintf(err, n, "%s redeclared", name), -1;
    if (nfields > GH_MAX_FIELDS) return snprintf(err, n, "struct %s has too many fields", name), -1;
    gh_TDesc d;
    memset(&d, 0, sizeof d);
    snprintf(d.name, sizeof d.name, "%s", name);
    d.kind = GH_K_STRUCT, d.elem = -1, d.align = 1;
    d.fields = calloc((size_t)(nfields ? nfields : 1), sizeof *d.fields);
    if (!d.fields) return snprintf(err, n, "out of memory"), -1;
    /* The struct's own name must be known for self-referencing fields (*Node). */
    int32_t self = add(t, &d, err, n);
    if (self < 0) return free(d.fields), snprintf(err, n, "out of memory"), -1;
    uint64_t off = 0; /* each field adds at most 4 GiB to it, 64 fields: no 64-bit overflow */
    for (int i = 0; i < nfields; i++) {
        char fname[GH_FIELD_NAME] = {0}, ftype[GH_TDESC_NAME] = {0};
        if (sscanf(fields[i], " %31[A-Za-z0-9_] %63[^\n]", fname, ftype) != 2)
            return snprintf(err, n, "bad field \"%s\" (want \"name type\")", fields[i]), rollback(t, self);
        int32_t fd = gh_tdesc_parse(t, sim, ftype, err, n);
        if (fd < 0) return rollback(t, self);
        const gh_TDesc *f = &t->v[fd];
        if (f->kind == GH_K_STRUCT && fd == self)
            return snprintf(err, n, "invalid recursive type %s", name), rollback(t, self);
        off = (off + f->align - 1) / f->align * f->align;
        if (!size_ok(off, name, "too large", err, n)) return rollback(t, self);
        gh_Field *fl = &t->v[self].fields[i];
        snprintf(fl->name, sizeof fl->name, "%s", fname);
        fl->offset = (uint32_t)off;
        fl->desc = fd;
        off += f->size;
        if (f->align > t->v[self].align) t->v[self].align = f->align;
    }
    gh_TDesc *s = &t->v[self];
    s->nfields = nfields;
    uint64_t size = (off + s->align - 1) / s->align * s->align;
    if (!size_ok(size, name, "too large", err, n)) return rollback(t, self);
    s->size = (uint32_t)size;
    if ((s->rtype = register_struct(t, sim, s, err, n)) < 0) return rollback(t, self);
    return self;
}

int32_t gh_tdesc_elem(gh_TypeDescs *t, int32_t desc)
{
    gh_TDesc *d = &t->v[desc];
    if (d->elem < 0 && d->elemName[0]) d->elem = find(t, d->elemName);
    return d->elem;
}

const gh_Field *gh_tdesc_field(const gh_TypeDescs *t, int32_t desc, const char *name)
{
    const gh_TDesc *d = &t->v[desc];
    for (int32_t i = 0; i < d->nfields; i++)
        if (!strcmp(d->fields[i].name, name)) return &d->fields[i];
    return NULL;
}

int32_t gh_tdesc_by_rtype(const gh_TypeDescs *t, int32_t rtype)
{
    for (int32_t i = 0; i < t->n; i++)
        if (t->v[i].rtype == rtype) return i;
    return -1;
}

bool gh_tdescs_reregister(gh_TypeDescs *t, gh_Sim *sim)
{
    char err[160];
    for (int32_t i = 0; i < t->n; i++) {
        gh_TDesc *d = &t->v[i];
        if (d->kind == GH_K_STRUCT && (d->rtype = register_struct(t, sim, d, err, sizeof err)) < 0) return false;
        if (d->kind == GH_K_ARRAY && (d->rtype = register_array(t, sim, d, err, sizeof err)) < 0) return false;
    }
    return true;
}
