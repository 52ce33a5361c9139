/* mspan.c — span bitmaps and the free-slot search.
 *
 * How a span finds a free slot (as in Go's mbitmap.go):
 *   allocBits has one bit per slot, 1 = allocated. allocCache caches 64 bits of it,
 *   *inverted* (1 = free) and shifted so that bit 0 is the slot at freeindex. The fast
 *   path counts trailing zeros of allocCache to jump to the next free slot; at every
 *   64-slot boundary the cache is reloaded from allocBits. After a sweep, allocBits is the
 *   previous cycle's gcmarkBits, so survivors are skipped and freed slots are reused in
 *   increasing address order.
 * Worked example: a 48-byte span (170 slots) whose slots 0..2 survived a GC: allocBits =
 *   0b111, allocCache = ~0b111 = ...11111000, ctz = 3, so the next object goes to slot 3,
 *   at startAddr + 3×48. */
#include <stdlib.h>
#include <string.h>
#include "runtime/mspan.h"

bool gh_mspan_init_objects(gh_MSpan *s, uint8_t spanclass, uint32_t elemsize, uint32_t nelems)
{
    gh_mspan_release(s);
    s->spanclass = spanclass;
    s->elemsize = elemsize;
    s->nelems = nelems;
    s->nwords = (nelems + 63) / 64;
    s->allocBits = calloc(s->nwords, sizeof(uint64_t));
    s->gcmarkBits = calloc(s->nwords, sizeof(uint64_t));
    s->greyBits = calloc(s->nwords, sizeof(uint64_t));
    s->objtype = malloc(sizeof(int32_t) * nelems);
    s->objsite = malloc(sizeof(int32_t) * nelems);
    s->objserial = calloc(nelems, sizeof(uint32_t));
    if (!s->allocBits || !s->gcmarkBits || !s->greyBits || !s->objtype || !s->objsite || !s->objserial) {
        gh_mspan_release(s);
        return false;
    }
    memset(s->objtype, 0xff, sizeof(int32_t) * nelems);
    memset(s->objsite, 0xff, sizeof(int32_t) * nelems);
    s->freeindex = 0;
    s->allocCount = 0;
    s->allocCache = ~(uint64_t)0;
    s->limit = s->startAddr + (gh_Addr)elemsize * nelems;
    return true;
}

void gh_mspan_release(gh_MSpan *s)
{
    free(s->allocBits);
    free(s->gcmarkBits);
    free(s->greyBits);
    free(s->objtype);
    free(s->objsite);
    free(s->objserial);
    s->objserial = NULL;
    s->allocBits = s->gcmarkBits = s->greyBits = NULL;
    s->objtype = s->objsite = NULL;
    s->nwords = 0;
}

void gh_mspan_refill_alloc_cache(gh_MSpan *s, uint32_t whichByte)
{
    uint32_t word = whichByte / 8;
    uint64_t bits = word < s->nwords ? s->allocBits[word] : ~(uint64_t)0;
    s->allocCache = ~bits;
}

uint32_t gh_mspan_next_free_index(gh_MSpan *s)
{
    uint32_t sfreeindex = s->freeindex;
    uint32_t snelems = s->nelems;
    if (sfreeindex == snelems) return sfreeindex;
    uint64_t cache = s->allocCache;
    int bitIndex = cache ? __builtin_ctzll(cache) : 64;
    while (bitIndex == 64) {
        /* Move to the next 64-slot window. */
        sfreeindex = (sfreeindex + 64) & ~(uint32_t)63;
        if (sfreeindex >= snelems) {
            s->freeindex = snelems;
            return snelems;
        }
        gh_mspan_refill_alloc_cache(s, sfreeindex / 8);
        cache = s->allocCache;
        bitIndex = cache ? __builtin_ctzll(cache) : 64;
    }
    uint32_t result = sfreeindex + (uint32_t)bitIndex;
    if (result >= snelems) {
        s->freeindex = snelems;
        return snelems;
    }
    s->allocCache = bitIndex + 1 < 64 ? cache >> (bitIndex + 1) : 0;
    sfreeindex = result + 1;
    if (sfreeindex % 64 == 0 && sfreeindex != snelems)
        gh_mspan_refill_alloc_cache(s, sfreeindex / 8);
    s->freeindex = sfreeindex;
    return result;
}

static uint32_t popcount_words(const uint64_t *b, uint32_t nwords, uint32_t nbits)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < nwords; i++) {
        uint64_t w = b[i];
        if (i == nwords - 1 && nbits % 64) w &= ((uint64_t)1 << (nbits % 64)) - 1;
        n += (uint32_t)__builtin_popcountll(w);
    }
    return n;
}

uint32_t gh_mspan_count_marked(const gh_MSpan *s) { return popcount_words(s->gcmarkBits, s->nwords, s->nelems); }
uint32_t gh_mspan_count_alloc(const gh_MSpan *s) { return popcount_words(s->allocBits, s->nwords, s->nelems); }
