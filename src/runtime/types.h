/* types.h — Go type descriptors as the allocator and collector see them: a size, the
 * length of the pointer-holding prefix (ptrdata) and a pointer mask with one bit per
 * 8-byte word. Types are registered in the simulator and referred to by index. */
#ifndef GH_TYPES_H
#define GH_TYPES_H
#include <stdbool.h>
#include <stdint.h>

enum { GH_TYPE_NAME_MAX = 64 };

typedef struct gh_Type {
    char name[GH_TYPE_NAME_MAX]; /* Go spelling: "[]byte", "*Node", "main.T" */
    uint64_t size;               /* bytes of one value */
    uint64_t ptrdata;            /* bytes up to and including the last pointer word; 0 = noscan */
    uint8_t *ptrmask;            /* 1 bit per word of size, 1 = pointer (NULL if noscan) */
} gh_Type;

/* Built-in type ids every simulator has. */
enum {
    GH_TYPE_BYTES = 0,   /* raw noscan bytes: string data, []byte backing arrays */
    GH_TYPE_POINTER,     /* one pointer word: *T, []*T elements */
    GH_TYPE_STRING_HDR,  /* string header {data *byte, len int}: boxed strings */
    GH_TYPE_SLICE_HDR,   /* slice header {data, len, cap} */
    GH_TYPE_INT64,       /* 8 noscan bytes */
    GH_TYPE_BUILDER,     /* strings.Builder {addr *Builder; buf []byte} */
    GH_TYPE_BUFFER,      /* bytes.Buffer {buf []byte; off int; lastRead int8} */
    GH_TYPE_BUILTIN_COUNT
};

/* Marker in a span's objtype table: the slot is a tiny block shared by small noscan values. */
#define GH_OBJ_TINY_BLOCK (-2)

/* Host memory the pointer masks of one table may take: a mask costs one bit per word
 * (a 1 GiB array of pointers, 16 MiB), and scenes and programs choose their types, so
 * without a cap a dozen large array types cost the host gigabytes. Past it gh_type_register
 * refuses (-1) and the caller reports "fatal error: out of memory". Noscan types have no mask. */
#define GH_TYPES_MASK_BUDGET ((uint64_t)16 << 20)

typedef struct gh_TypeTable {
    gh_Type *v;
    int32_t n, cap;
    uint64_t maskBytes; /* host bytes of all ptrmasks, at most GH_TYPES_MASK_BUDGET */
} gh_TypeTable;

void gh_types_init(gh_TypeTable *t);
void gh_types_free(gh_TypeTable *t);
/* Register a type; ptrmask has one bit per word (may be NULL for noscan). Returns its id, or
 * -1 when out of memory or when its mask would take the table past GH_TYPES_MASK_BUDGET. */
int32_t gh_type_register(gh_TypeTable *t, const char *name, uint64_t size, const uint8_t *ptrmask);
/* Look up a type by id (NULL if out of range). */
/* Host bytes of the pointer mask of a `size`-byte type with pointers. */
static inline uint64_t gh_type_mask_bytes(uint64_t size) { return (size / 8 + 7) / 8; }
/* Would a pointer mask for a `size`-byte type still fit in the table's budget? */
static inline bool gh_types_mask_fits(const gh_TypeTable *t, uint64_t size)
{
    return gh_type_mask_bytes(size) <= GH_TYPES_MASK_BUDGET - t->maskBytes;
}
static inline const gh_Type *gh_type_get(const gh_TypeTable *t, int32_t id)
{
    return id >= 0 && id < t->n ? &t->v[id] : 0;
}
/* Is word `i` of a value of this type a pointer? */
static inline bool gh_type_word_is_ptr(const gh_Type *ty, uint64_t i)
{
    return ty->ptrmask && i * 8 < ty->ptrdata && ((ty->ptrmask[i >> 3] >> (i & 7)) & 1);
}

#endif
