/* mspan.h — gh_MSpan: a run of pages holding objects of one span class (a floor of the
 * hotel). Mirrors Go's mspan: freeindex, nelems, allocBits, gcmarkBits, the 64-bit
 * allocCache window, needzero and sweepgen. Spans link by index, never by pointer. */
#ifndef GH_MSPAN_H
#define GH_MSPAN_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/event.h"

typedef enum {
    GH_SPAN_DEAD = 0,   /* struct unused, on the free list */
    GH_SPAN_INUSE,      /* heap span: small objects or one large object */
    GH_SPAN_MANUAL,     /* a goroutine stack span (not heap, counted in StackInuse) */
} gh_SpanState;

typedef struct gh_MSpan {
    gh_Addr startAddr;
    gh_Addr limit;          /* end of the last object */
    uint32_t npages;
    uint8_t spanclass;      /* size class << 1 | noscan; 0/1 for large objects */
    uint8_t state;          /* gh_SpanState */
    uint8_t needzero;       /* memory may be dirty: mallocgc must clear slots */
    uint8_t specials;       /* some object has a finalizer */
    uint32_t elemsize;      /* bytes per object (pages × 8192 for large) */
    uint32_t nelems;
    uint32_t freeindex;     /* slot where the search for a free slot resumes */
    uint32_t allocCount;
    uint32_t allocCountBeforeCache;
    uint64_t allocCache;    /* inverted allocBits window starting at freeindex; 1 = free */
    uint32_t sweepgen;      /* see mheap.h: h-2 needs sweep, h swept, h+1/h+3 cached */
    int32_t cachedBy;       /* P holding this span in its mcache, or -1 */
    uint32_t nwords;        /* words in each bitmap */
    uint64_t *allocBits;    /* 1 = allocated (as of the last sweep + allocations since) */
    uint64_t *gcmarkBits;   /* 1 = marked in the current cycle */
    uint64_t *greyBits;     /* 1 = marked and waiting in the grey queue (for views) */
    int32_t *objtype;       /* per slot: type id of the object (-1 free) — for views */
    int32_t *objsite;       /* per slot: allocation site id (-1 unknown) — for profiles */
    uint32_t *objserial;    /* per slot: allocation serial number (0 free) — detects stale handles */
    int32_t nextFree;       /* free-list link while dead */
    uint64_t allocSeq;      /* event seq when the span was allocated (for views) */
} gh_MSpan;

static inline bool gh_bit_get(const uint64_t *b, uint32_t i) { return (b[i >> 6] >> (i & 63)) & 1; }
static inline void gh_bit_set(uint64_t *b, uint32_t i) { b[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void gh_bit_clear(uint64_t *b, uint32_t i) { b[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* Initialise a span's object fields for `nelems` slots of `elemsize` bytes (fresh bitmaps). */
bool gh_mspan_init_objects(gh_MSpan *s, uint8_t spanclass, uint32_t elemsize, uint32_t nelems);
/* Release the bitmaps and side tables of a span. */
void gh_mspan_release(gh_MSpan *s);
/* Reload allocCache from allocBits for the 64-slot window starting at whichByte*8. */
void gh_mspan_refill_alloc_cache(gh_MSpan *s, uint32_t whichByte);
/* Go's nextFreeIndex: index of the next free slot at or after freeindex, or nelems. */
uint32_t gh_mspan_next_free_index(gh_MSpan *s);
/* Object index of `addr` inside the span (Go's objIndex). */
static inline uint32_t gh_mspan_obj_index(const gh_MSpan *s, gh_Addr addr)
{
    return (uint32_t)((addr - s->startAddr) / s->elemsize);
}
/* Is slot i holding an object? Slots below freeindex were handed out since the last
 * sweep; at or above it, allocBits (the survivors of the last mark) decides — Go's isFree. */
static inline bool gh_mspan_is_allocated(const gh_MSpan *s, uint32_t i)
{
    return i < s->freeindex || gh_bit_get(s->allocBits, i);
}
/* Number of set bits in the mark bitmap. */
uint32_t gh_mspan_count_marked(const gh_MSpan *s);
/* Number of set bits in the alloc bitmap. */
uint32_t gh_mspan_count_alloc(const gh_MSpan *s);

#endif
