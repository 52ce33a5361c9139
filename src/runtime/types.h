/* types.h — Go type descriptors as the allocator and collector see them: a size, the
 * length of the pointer-holding prefix (ptrdata) and a pointer mask with one bit per
 * 8-byte word. Types are registered in the simulator and referred to by index. */
#ifndef GH_TYPES_H
#define GH_TYPES_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

typedef struct gh_TypeTable {
    gh_Type *v;
    int32_t n, cap;
    uint64_t maskBytes; /* host bytes of all ptrmasks, at most GH_TYPES_MASK_BUDGET */
} gh_TypeTable;

void gh_types_init(gh_TypeTable *t);
void gh_types_free(gh_TypeTable *t);
/* Register a type; ptrmask has one bit per word (may be NULL for noscan). Returns its id, or
 * -1 when out of memory or when its mask would take the table past GH_TYPES_MASK_BUDGET. */
int32_t gh_types_add(gh_TypeTable *t, const char *name, uint64_t size, const uint8_t *ptrmask);
/* Would a pointer mask for a `size`-byte type still fit in the table's budget? */
static inline bool gh_types_mask_fits(const gh_TypeTable *t, uint64_t size)
{
    return gh_type_mask_bytes(size) <= GH_TYPES_MASK_BUDGET - t->maskBytes;
}
/* Look up a type by id (NULL if out of range). */
static inline const gh_Type *gh_type_get(const gh_TypeTable *t, int32_t id)
{
    return id >= 0 && id < t->n ? &t->v[id] : 0;
}
#endif
