/* heap_profile.c — the buckets of a heap profile, as Go's runtime keeps them (mprof.go).
 *
 * Go hashes an allocation's call stack and size to a bucket (stkbucket) holding a
 * memRecord: objects and bytes allocated, objects and bytes freed. The heap profile's four
 * values per bucket are then alloc_objects, alloc_space = allocs x size, and inuse_objects,
 * inuse_space = (allocs - frees) x size. Go records only sampled allocations (one per
 * MemProfileRate = 512 KiB on average) and remembers which objects were sampled with a
 * "special" on the object, so the sweeper can count the free (mProf_Free). Here every
 * allocation is recorded and a hash map from object address to bucket stands in for the
 * specials.
 *
 * Publishing (Go 1.19's mProf cycles). Counts are not seen at once: a profile cycle C
 * runs from one mark termination to the next, and each bucket keeps three cycles of counts
 * (future[3]) beside the published ones (active). An allocation in cycle C is counted in
 * future[(C+2) % 3], a free (by the sweep after the mark that ended cycle C-1) in
 * future[(C+1) % 3]. At mark termination C becomes C+1 and future[(C+1) % 3] is added to
 * active: the allocations of cycle C-1 with the frees that followed them, so the profile
 * shows the heap as of the mark termination before last, frees consistent with
 * allocations. runtime.GC() also publishes future[(C+2) % 3] once its sweep is done
 * (mProf_PostSweep), so after runtime.GC() the profile holds every allocation up to its
 * mark and every free of its sweep. If nothing was ever published (no GC yet), reading
 * the profile folds every cycle in.
 *
 * Five tables, each deduplicated through an open-addressing hash index:
 *   functions (name, file)  ->  locations (a run of (function, line): a call and the
 *   calls inlined into it)  ->  buckets (a run of location ids, object size), and
 *   live objects (address -> bucket), whose entries are removed as the sweeper frees them
 *   (a removed entry becomes a tombstone so later probes go past it).
 * Everything lives in host memory grown with realloc; when a growth fails the profile
 * is marked incomplete and the write refuses it rather than writing wrong figures. */
#include <stdlib.h>
#include <string.h>
#include "run/heap_profile.h"

enum { STACK_MAX = 256 };       /* frames kept per allocation (deeper stacks are cut at the root) */

typedef struct Slot { uint64_t hash; uint32_t id1; } Slot;     /* id1 = id + 1; 0 = empty */
typedef struct Index { Slot *s; uint32_t cap, n; } Index;

typedef struct LiveSlot { uint64_t addr; uint32_t bucket1; } LiveSlot;  /* bucket1 0: empty, UINT32_MAX: removed */

struct gh_HeapProfile {
    gh_HeapFunc *funcs; uint32_t nfuncs, capfuncs;
    gh_HeapLoc *locs; uint32_t nlocs, caplocs;
    gh_HeapLine *lines; uint32_t nlines, caplines;
    gh_HeapBucket *buckets; uint32_t nbuckets, capbuckets;
    uint32_t *stacks; uint32_t nstacks, capstacks;
    Index funcIx, locIx, bucketIx;
    LiveSlot *live; uint32_t livecap, liveused;   /* liveused counts tombstones too */
    uint32_t cycle;             /* the profile cycle C: mark terminations so far */
    bool postSweep;             /* a runtime.GC()'s cycle ended: publish C+1 once swept */
    bool oom;
};

static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ull; }

static uint64_t hash_str(uint64_t h, const char *s)
{
    for (; *s; s++) h = mix(h, (unsigned char)*s);
    return mix(h, 0xff);
}

/* Grow *p (n used of *cap elements of size sz) to hold one more; false when out of memory. */
static bool grow(gh_HeapProfile *hp, void **p, uint32_t n, uint32_t *cap, size_t sz, uint32_t more)
{
    if (hp->oom) return false;
    if (n + more <= *cap) return true;
    uint32_t c = *cap ? *cap : 64;
    while (c < n + more) c *= 2;
    void *v = realloc(*p, sz * c);
    if (!v) return hp->oom = true, false;
    *p = v;
    *cap = c;
    return true;
}

/* The slot for hash h whose entry eq() accepts, or the empty slot where it would go. */
typedef bool (*EqFn)(const gh_HeapProfile *hp, uint32_t id, const void *key);
static Slot *probe(const gh_HeapProfile *hp, const Index *ix, uint64_t h, EqFn eq, const void *key)
{
    for (uint32_t i = (uint32_t)h & (ix->cap - 1);; i = (i + 1) & (ix->cap - 1)) {
        Slot *s = &ix->s[i];
        if (!s->id1 || (s->hash == h && eq(hp, s->id1 - 1, key))) return s;
    }
}

/* Room for one more entry, keeping the index at most half full. */
static bool index_room(gh_HeapProfile *hp, Index *ix)
{
    if (hp->oom) return false;
    if (ix->cap && (ix->n + 1) * 2 <= ix->cap) return true;
    uint32_t cap = ix->cap ? ix->cap * 2 : 256;
    Slot *s = calloc(cap, sizeof *s);
    if (!s) return hp->oom = true, false;
    for (uint32_t i = 0; i < ix->cap; i++) {
        if (!ix->s[i].id1) continue;
        uint32_t j = (uint32_t)ix->s[i].hash & (cap - 1);
        while (s[j].id1) j = (j + 1) & (cap - 1);
        s[j] = ix->s[i];
    }
    free(ix->s);
    ix->s = s;
    ix->cap = cap;
    return true;
}

/* --- functions --- */
typedef struct FuncKey { const char *name, *file; int startLine; } FuncKey;
static bool func_eq(const gh_HeapProfile *hp, uint32_t id, const void *key)
{
    const FuncKey *k = key;
    return !strcmp(hp->funcs[id].name, k->name) && !strcmp(hp->funcs[id].file, k->file);
}

static uint32_t func_id(gh_HeapProfile *hp, const gh_HeapFrame *f)
{
    FuncKey k = {f->func ? f->func : "?", f->file ? f->file : "", f->startLine};
    uint64_t h = hash_str(hash_str(0xcbf29ce484222325ull, k.name), k.file);
    if (!index_room(hp, &hp->funcIx)) return 0;
    Slot *s = probe(hp, &hp->funcIx, h, func_eq, &k);
    if (s->id1) return s->id1;
    if (!grow(hp, (void **)&hp->funcs, hp->nfuncs, &hp->capfuncs, sizeof *hp->funcs, 1)) return 0;
    char *name = strdup(k.name), *file = strdup(k.file);
    if (!name || !file) return free(name), free(file), hp->oom = true, 0;
    hp->funcs[hp->nfuncs] = (gh_HeapFunc){name, file, k.startLine};
    *s = (Slot){h, ++hp->nfuncs};
    hp->funcIx.n++;
    return s->id1;
}

/* --- locations: a frame and the frames inlined into it --- */
typedef struct LocKey { const gh_HeapLine *lines; uint32_t n; } LocKey;
static bool loc_eq(const gh_HeapProfile *hp, uint32_t id, const void *key)
{
    const LocKey *k = key;
    const gh_HeapLoc *l = &hp->locs[id];
    return l->nlines == k->n && !memcmp(hp->lines + l->line0, k->lines, sizeof *k->lines * k->n);
}

static uint32_t loc_id(gh_HeapProfile *hp, const gh_HeapLine *lines, uint32_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint32_t i = 0; i < n; i++) h = mix(mix(h, lines[i].func), (uint64_t)(uint32_t)lines[i].line);
    LocKey k = {lines, n};
    if (!index_room(hp, &hp->locIx)) return 0;
    Slot *s = probe(hp, &hp->locIx, h, loc_eq, &k);
    if (s->id1) return s->id1;
    if (!grow(hp, (void **)&hp->locs, hp->nlocs, &hp->caplocs, sizeof *hp->locs, 1) ||
        !grow(hp, (void **)&hp->lines, hp->nlines, &hp->caplines, sizeof *hp->lines, n))
        return 0;
    memcpy(hp->lines + hp->nlines, lines, sizeof *lines * n);
    hp->locs[hp->nlocs] = (gh_HeapLoc){hp->nlines, n};
    hp->nlines += n;
    *s = (Slot){h, ++hp->nlocs};
    hp->locIx.n++;
    return s->id1;
}

/* --- buckets: a stack of locations and an object size --- */
typedef struct BucketKey { const uint32_t *locs; uint32_t n; uint64_t size; } BucketKey;
static bool bucket_eq(const gh_HeapProfile *hp, uint32_t id, const void *key)
{
    const BucketKey *k = key;
    const gh_HeapBucket *b = &hp->buckets[id];
    return b->size == k->size && b->nlocs == k->n && !memcmp(hp->stacks + b->loc0, k->locs, sizeof *k->locs * k->n);
}

static uint32_t bucket_id(gh_HeapProfile *hp, const uint32_t *locs, uint32_t n, uint64_t size)
{
    uint64_t h = mix(0xcbf29ce484222325ull, size);
    for (uint32_t i = 0; i < n; i++) h = mix(h, locs[i]);
    BucketKey k = {locs, n, size};
    if (!index_room(hp, &hp->bucketIx)) return 0;
    Slot *s = probe(hp, &hp->bucketIx, h, bucket_eq, &k);
    if (s->id1) return s->id1;
    if (!grow(hp, (void **)&hp->buckets, hp->nbuckets, &hp->capbuckets, sizeof *hp->buckets, 1) ||
        !grow(hp, (void **)&hp->stacks, hp->nstacks, &hp->capstacks, sizeof *hp->stacks, n))
        return 0;
    memcpy(hp->stacks + hp->nstacks, locs, sizeof *locs * n);
    hp->buckets[hp->nbuckets] = (gh_HeapBucket){.loc0 = hp->nstacks, .nlocs = n, .size = size};
    hp->nstacks += n;
    *s = (Slot){h, ++hp->nbuckets};
    hp->bucketIx.n++;
    return s->id1;
}

/* --- live objects --- */
static LiveSlot *live_find(const gh_HeapProfile *hp, uint64_t addr, bool forInsert)
{
    if (!hp->livecap) return NULL;
    uint64_t h = mix(0xcbf29ce484222325ull, addr);
    LiveSlot *tomb = NULL;
    for (uint32_t i = (uint32_t)h & (hp->livecap - 1);; i = (i + 1) & (hp->livecap - 1)) {
        LiveSlot *s = &hp->live[i];
        if (s->bucket1 == UINT32_MAX) { if (!tomb) tomb = s; continue; }
        if (!s->bucket1) return forInsert ? (tomb ? tomb : s) : NULL;
        if (s->addr == addr) return s;
    }
}

static bool live_room(gh_HeapProfile *hp)
{
    if (hp->oom) return false;
    if (hp->livecap && (hp->liveused + 1) * 2 <= hp->livecap) return true;
    uint32_t n = 0;
    for (uint32_t i = 0; i < hp->livecap; i++) n += hp->live[i].bucket1 && hp->live[i].bucket1 != UINT32_MAX;
    uint32_t cap = 1024;
    while ((n + 1) * 4 > cap) cap *= 2;       /* a quarter full after the rehash */
    LiveSlot *old = hp->live;
    uint32_t oldcap = hp->livecap;
    hp->live = calloc(cap, sizeof *hp->live);
    if (!hp->live) return hp->live = old, hp->oom = true, false;
    hp->livecap = cap;
    hp->liveused = 0;
    for (uint32_t i = 0; i < oldcap; i++)
        if (old[i].bucket1 && old[i].bucket1 != UINT32_MAX) *live_find(hp, old[i].addr, true) = old[i], hp->liveused++;
    free(old);
    return true;
}

gh_HeapProfile *gh_heap_profile_new(void) { return calloc(1, sizeof(gh_HeapProfile)); }

void gh_heap_profile_free(gh_HeapProfile *hp)
{
    if (!hp) return;
    for (uint32_t i = 0; i < hp->nfuncs; i++) free((char *)hp->funcs[i].name), free((char *)hp->funcs[i].file);
    free(hp->funcs);
    free(hp->locs);
    free(hp->lines);
    free(hp->buckets);
    free(hp->stacks);
    free(hp->funcIx.s);
    free(hp->locIx.s);
    free(hp->bucketIx.s);
    free(hp->live);
    free(hp);
}

/* The location ids of frames[0..n): a frame marked inlined joins the next one's location. */
static uint32_t stack_locs(gh_HeapProfile *hp, const gh_HeapFrame *frames, int n, uint32_t *locs)
{
    gh_HeapLine run[STACK_MAX];
    uint32_t nlocs = 0, nrun = 0;
    for (int i = 0; i < n && i < STACK_MAX; i++) {
        run[nrun++] = (gh_HeapLine){func_id(hp, &frames[i]), frames[i].line};
        if (frames[i].inlined && i + 1 < n && i + 1 < STACK_MAX) continue;
        locs[nlocs++] = loc_id(hp, run, nrun);
        nrun = 0;
    }
    return nlocs;
}

static void count_free(gh_HeapProfile *hp, uint32_t bucket1)
{
    hp->buckets[bucket1 - 1].future[(hp->cycle + 1) % 3].frees++;
}

/* Add cycle slot k of every bucket to what the profile shows, and clear it for reuse. */
static void publish(gh_HeapProfile *hp, uint32_t k)
{
    for (uint32_t i = 0; i < hp->nbuckets; i++) {
        gh_HeapBucket *b = &hp->buckets[i];
        b->allocs += b->future[k].allocs;
        b->frees += b->future[k].frees;
        b->future[k] = (gh_HeapCycle){0, 0};
    }
}

/* runtime.GC()'s post-sweep publish, done lazily: after its sweep nothing is counted in
 * slot C+1 until the next mark termination, so publishing it then or now is the same. */
static void post_sweep(gh_HeapProfile *hp)
{
    if (hp->postSweep) publish(hp, (hp->cycle + 1) % 3);
    hp->postSweep = false;
}

void gh_heap_profile_gc_end(gh_HeapProfile *hp, bool forced)
{
    post_sweep(hp);
    hp->cycle++;
    publish(hp, hp->cycle % 3);
    hp->postSweep = forced;
}

void gh_heap_profile_memprofile(gh_HeapProfile *hp)
{
    post_sweep(hp);
    for (uint32_t i = 0; i < hp->nbuckets; i++)
        if (hp->buckets[i].allocs || hp->buckets[i].frees) return;
    for (uint32_t k = 0; k < 3; k++) publish(hp, k);
}

void gh_heap_profile_malloc(gh_HeapProfile *hp, uint64_t addr, uint64_t size, const gh_HeapFrame *frames, int n)
{
    uint32_t locs[STACK_MAX];
    uint32_t nlocs = stack_locs(hp, frames, n, locs);
    uint32_t b = hp->oom ? 0 : bucket_id(hp, locs, nlocs, size);
    if (!b) return;
    hp->buckets[b - 1].future[(hp->cycle + 2) % 3].allocs++;
    if (!addr || !live_room(hp)) return;
    LiveSlot *s = live_find(hp, addr, true);
    if (s->bucket1 && s->bucket1 != UINT32_MAX) count_free(hp, s->bucket1);  /* reused unseen: gone */
    else if (!s->bucket1) hp->liveused++;
    *s = (LiveSlot){addr, b};
}

void gh_heap_profile_free_object(gh_HeapProfile *hp, uint64_t addr)
{
    LiveSlot *s = live_find(hp, addr, false);
    if (!s) return;
    count_free(hp, s->bucket1);
    s->bucket1 = UINT32_MAX;
}

/* The old heap's story ends here: everything counted so far is published, then every
 * object still recorded is counted freed. */
void gh_heap_profile_forget_live(gh_HeapProfile *hp)
{
    hp->postSweep = false;
    for (uint32_t k = 0; k < 3; k++) publish(hp, k);
    for (uint32_t i = 0; i < hp->livecap; i++)
        if (hp->live[i].bucket1 && hp->live[i].bucket1 != UINT32_MAX) hp->buckets[hp->live[i].bucket1 - 1].frees++;
    memset(hp->live, 0, sizeof *hp->live * hp->livecap);
    hp->liveused = 0;
}

bool gh_heap_profile_ok(const gh_HeapProfile *hp) { return !hp->oom; }

gh_HeapView gh_heap_profile_view(const gh_HeapProfile *hp)
{
    return (gh_HeapView){hp->funcs, hp->nfuncs, hp->locs, hp->nlocs, hp->lines, hp->buckets, hp->nbuckets, hp->stacks};
}
