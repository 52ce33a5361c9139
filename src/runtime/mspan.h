/* mspan.h — gh_MSpan: a run of pages holding objects of one span class (a floor of the
 * hotel). Mirrors Go's mspan: freeindex, nelems, allocBits, gcmarkBits, the 64-bit
 * allocCache window, needzero and sweepgen. Spans link by index, never by pointer. */
#ifndef GH_MSPAN_H
#define GH_MSPAN_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

static inline void gh_bit_set(uint64_t *b, uint32_t i) { b[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void gh_bit_clear(uint64_t *b, uint32_t i) { b[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* Initialise a span's object fields for `nelems` slots of `elemsize` bytes (fresh bitmaps). */
/* Host bytes of the metadata gh_mspan_init_objects allocates for nelems slots (three bitmaps
 * and the per-slot type, site and serial tables), charged to the host-memory budget. */
static inline uint64_t gh_mspan_meta_bytes(uint32_t nelems) { return 3 * 8 * (uint64_t)((nelems + 63) / 64) + 12 * (uint64_t)nelems; }
bool gh_mspan_init_objects(gh_MSpan *s, uint8_t spanclass, uint32_t elemsize, uint32_t nelems);
/* Release the bitmaps and side tables of a span. */
void gh_mspan_release(gh_MSpan *s);
/* Reload allocCache from allocBits for the 64-slot window starting at whichByte*8. */
void gh_mspan_refill_alloc_cache(gh_MSpan *s, uint32_t whichByte);
/* Go's nextFreeIndex: index of the next free slot at or after freeindex, or nelems. */
uint32_t gh_mspan_next_free_index(gh_MSpan *s);
/* Number of set bits in the mark bitmap. */
uint32_t gh_mspan_count_marked(const gh_MSpan *s);
/* Number of set bits in the alloc bitmap. */
uint32_t gh_mspan_count_alloc(const gh_MSpan *s);

#endif
