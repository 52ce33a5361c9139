/* mheap.h — gh_MHeap, the building management: the page allocator over the arenas, the
 * table of spans, the page→span map, sweepgen, and the 136 mcentrals. */
#ifndef GH_MHEAP_H
#define GH_MHEAP_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/mcentral.h"
#include "runtime/mspan.h"
#include "runtime/sizeclasses.h"

enum {
    GH_HEAP_GROW_PAGES = 512,  /* Go grows the page allocator a 4 MiB chunk at a time */
};

typedef struct gh_MHeap {
    gh_MSpan *spans;           /* all span structs ever made; index = span id */
    int32_t nspans, capspans;
    int32_t freeSpan;          /* head of the free list of dead span structs */
    int32_t nspansInUse;       /* live span structs (heap + stack) */
    int32_t *spanOf;           /* page index → span id, -1 when the page is free */
    uint64_t *pageInUse;       /* 1 bit per page: allocated to a span */
    uint64_t *pageScav;        /* 1 bit per page: released to the OS (HeapReleased) */
    uint32_t *zeroedBase;      /* per arena: pages ever handed out; below it memory is dirty */
    uint32_t mappedPages;      /* pages the page allocator owns (grows by 512-page chunks) */
    uint32_t maxPages;         /* address space reserved on the host */
    uint32_t searchPage;       /* no free page below this index */
    uint32_t sweepgen;         /* +2 every GC */
    gh_MCentral central[GH_NUM_SPAN_CLASSES];
} gh_MHeap;

struct gh_Sim;
bool gh_mheap_init(struct gh_Sim *sim);
void gh_mheap_free(struct gh_Sim *sim);
/* The span holding address a, or -1 (Go's spanOf; public as gh_sim_span_of). */
int32_t gh_mheap_span_of(const struct gh_Sim *sim, uint64_t a);
/* Allocate a span of npages for heap objects of span class spc (Go's mheap.alloc).
 * Returns the span id or -1 (sim error set to Go's out-of-memory message). */
int32_t gh_mheap_alloc(struct gh_Sim *sim, uint32_t npages, uint8_t spc);
/* Allocate a manual span (a goroutine stack); counted in StackInuse, not HeapInuse. */
int32_t gh_mheap_alloc_manual(struct gh_Sim *sim, uint32_t npages);
/* Return a span's pages to the page allocator (Go's freeSpan / freeManual). */
void gh_mheap_free_span(struct gh_Sim *sim, int32_t span);

#endif
