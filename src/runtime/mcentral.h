/* mcentral.h — gh_MCentral: the reception desk of one span class. It keeps four span
 * sets: partial (has free rooms) and full, each split into swept and unswept; which index
 * means "swept" flips every GC cycle because mheap.sweepgen grows by 2 (Go's spanSet pairs). */
#ifndef GH_MCENTRAL_H
#define GH_MCENTRAL_H
#include <stdbool.h>
#include <stdint.h>

typedef struct gh_SpanSet {  /* FIFO of span indices: push at the tail, pop at the head */
    int32_t *ids;
    uint32_t head, len, cap;
} gh_SpanSet;

typedef struct gh_MCentral {
    uint8_t spanclass;
    gh_SpanSet partial[2];
    gh_SpanSet full[2];
} gh_MCentral;

struct gh_Sim;
bool gh_spanset_push(gh_SpanSet *b, int32_t id);
int32_t gh_spanset_pop(gh_SpanSet *b); /* -1 if empty */
void gh_spanset_free(gh_SpanSet *b);
/* Remove span id if present (used when a span is freed out of band). */
bool gh_spanset_remove(gh_SpanSet *b, int32_t id);
static inline int32_t gh_spanset_at(const gh_SpanSet *b, uint32_t i) { return b->ids[(b->head + i) % b->cap]; }

/* The set index of the swept half for heap sweepgen sg. */
static inline int gh_swept_index(uint32_t sg) { return (int)((sg / 2) % 2); }
static inline int gh_unswept_index(uint32_t sg) { return 1 - (int)((sg / 2) % 2); }

/* Go's mcentral.cacheSpan: a span with at least one free slot for an mcache, sweeping
 * unswept spans of this class on the way, or a fresh span from mheap. -1 on failure. */
int32_t gh_mcentral_cache_span(struct gh_Sim *sim, int spc);
/* Go's mcentral.uncacheSpan: take back a span an mcache is done with. */
void gh_mcentral_uncache_span(struct gh_Sim *sim, int32_t span);

#endif
