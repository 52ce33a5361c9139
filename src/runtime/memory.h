/* memory.h — the simulated 64-bit address space with real backing bytes.
 * Heap addresses start where Go's do on linux/amd64 (0xc000000000) and are reserved in
 * 64 MiB heap arenas. Backing bytes come from one host reservation that the OS fills
 * lazily, so untouched simulated memory costs nothing. One pointer bit per 8-byte word
 * (Go 1.20's heap bitmap layout) tells the collector which words hold pointers. */
#ifndef GH_MEMORY_H
#define GH_MEMORY_H
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "runtime/runtime.h"

typedef struct gh_Memory {
    uint8_t *bytes;      /* host backing for [GH_ARENA_BASE, GH_ARENA_BASE + limit) */
    uint64_t *ptrbits;   /* 1 bit per word: the word holds a pointer */
    uint64_t limit;      /* bytes of simulated address space reserved on the host */
    uint32_t narenas;    /* heap arenas reserved so far (64 MiB each) */
} gh_Memory;

/* Reserve host memory for `limit` bytes of simulated heap (a multiple of 64 MiB). */
bool gh_memory_init(gh_Memory *m, uint64_t limit);
void gh_memory_free(gh_Memory *m);
/* Give the pages of [addr, addr+n) back to the host (they read as zero afterwards). */
void gh_memory_discard(gh_Memory *m, gh_Addr addr, uint64_t n);

static inline bool gh_memory_contains(const gh_Memory *m, gh_Addr a, uint64_t n)
{
    return a >= GH_ARENA_BASE && a - GH_ARENA_BASE <= m->limit && n <= m->limit - (a - GH_ARENA_BASE);
}
/* Host pointer to simulated address a (caller has checked the range). */
static inline uint8_t *gh_memory_at(const gh_Memory *m, gh_Addr a) { return m->bytes + (a - GH_ARENA_BASE); }

static inline uint64_t gh_memory_load64(const gh_Memory *m, gh_Addr a)
{
    uint64_t v;
    memcpy(&v, gh_memory_at(m, a), 8);
    return v;
}
static inline void gh_memory_store64(gh_Memory *m, gh_Addr a, uint64_t v) { memcpy(gh_memory_at(m, a), &v, 8); }

static inline bool gh_memory_is_ptr_word(const gh_Memory *m, gh_Addr a)
{
    uint64_t w = (a - GH_ARENA_BASE) >> 3;
    return (m->ptrbits[w >> 6] >> (w & 63)) & 1;
}
/* Set or clear the pointer bits of the words in [a, a+n). */
void gh_memory_set_ptrbits(gh_Memory *m, gh_Addr a, uint64_t n, bool isptr);
/* A new object's pointer bits (Go's heapBitsSetType): the type's mask repeated over the
 * first n bytes, zero over the rest of its elemsize-byte slot. */
void gh_memory_set_object_bits(gh_Memory *m, gh_Addr a, uint64_t elemsize, uint64_t n, const uint8_t *mask,
                               uint64_t typesize, uint64_t ptrdata);
/* Copy the pointer bits of a type's ptrmask (1 bit per word) repeated over [a, a+n). */
void gh_memory_write_type_bits(gh_Memory *m, gh_Addr a, uint64_t n, const uint8_t *mask, uint64_t typesize,
                               uint64_t ptrdata);

#endif
