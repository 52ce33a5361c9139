/* reach.c — the state of every room, and which objects are garbage while no cycle runs.
 *
 * Room states (gh_RoomState). From sweep termination until marking is done the collector's
 * colours apply: white (mark bit clear), grey (marked, queued), black (marked, scanned).
 * From mark termination (marking complete) until its span is swept, an unmarked object is
 * garbage and a marked one stays black; sweeping turns the span back to objects and free
 * rooms. Outside a cycle a room is free, an object, a tiny block — or garbage, when the
 * trace below does not reach it.
 *
 * Reachability outside a cycle. The collector cannot tell until it marks, but a lesson that
 * says "the other 99 are garbage" should show them as garbage, so this finds out the way
 * the janitor will: a read-only trace from the collector's own roots (gh_gc_for_each_root:
 * globals, every live goroutine's stack and temporaries, finalizer specials and queue,
 * sync.Pool) along pointer words, like checkmark. An allocated object the trace does not
 * reach is garbage: the next cycle frees it.
 *
 * The result is cached inside the simulator for one state, keyed by a fingerprint that
 * moves with every operation (the virtual clock moves with each, stores included; spans,
 * cycles, goroutines and sweepgen cover the rest), so each simulator has its own and two
 * can be drawn side by side. The cache is the one thing a const query writes; it changes
 * no answer of any query. Heaps of more than REACH_MAX_OBJECTS objects are not traced
 * (they are drawn as density strips where single garbage rooms cannot be seen anyway):
 * then every object counts as in use. */
#include <stdlib.h>
#include <string.h>
#include "runtime/sim.h"

enum { REACH_MAX_OBJECTS = 100000 };

typedef struct gh_Reach {
    bool valid;       /* sig below describes the cache */
    uint64_t sig;
    bool known;       /* the trace ran to the end */
    uint64_t **bits;  /* per span: reached slots */
    int32_t nspans, cap;
    gh_Addr *stack;
    uint32_t nstack, capstack;
    uint32_t garbage; /* allocated objects not reached */
    uint64_t hash;    /* of their positions */
} gh_Reach;

static uint64_t signature(const gh_Sim *sim)
{
    return sim->nanotime * 0x9e3779b97f4a7c15ull ^ (uint64_t)sim->heap.nspans << 40 ^ (uint64_t)sim->gc.cycle << 20 ^
           (uint64_t)sim->stacks.ngs << 8 ^ sim->heap.sweepgen;
}

static void push(gh_Reach *R, gh_Addr a)
{
    if (R->nstack == R->capstack) {
        uint32_t nc = R->capstack ? R->capstack * 2 : 1024;
        gh_Addr *n = realloc(R->stack, sizeof *n * nc);
        if (!n) { R->known = false; return; }
        R->stack = n;
        R->capstack = nc;
    }
    R->stack[R->nstack++] = a;
}

static void reach(gh_Sim *sim, uint64_t p, void *ud)
{
    gh_Reach *R = ud;
    int32_t id;
    uint32_t slot;
    if (!p || !gh_find_object(sim, p, &id, &slot) || !R->bits[id] || gh_bit_get(R->bits[id], slot)) return;
    gh_bit_set(R->bits[id], slot);
    const gh_MSpan *s = &sim->heap.spans[id];
    if (!gh_spanclass_noscan(s->spanclass)) push(R, s->startAddr + (gh_Addr)slot * s->elemsize);
}

static void trace(gh_Reach *R, const gh_Sim *csim)
{
    gh_Sim *sim = (gh_Sim *)csim; /* the root walk only reads; its callback type is the collector's */
    R->known = false;
    R->garbage = 0;
    R->hash = 0;
    uint64_t objects = 0;
    for (int32_t i = 0; i < sim->heap.nspans; i++)
        if (sim->heap.spans[i].state == GH_SPAN_INUSE) objects += sim->heap.spans[i].allocCount;
    if (objects > REACH_MAX_OBJECTS) return;
    if (sim->heap.nspans > R->cap) {
        uint64_t **n = realloc(R->bits, sizeof *n * (size_t)sim->heap.nspans);
        if (!n) return;
        memset(n + R->cap, 0, sizeof *n * (size_t)(sim->heap.nspans - R->cap));
        R->bits = n;
        R->cap = sim->heap.nspans;
    }
    for (int32_t i = 0; i < R->cap; i++) { free(R->bits[i]); R->bits[i] = NULL; }
    R->nspans = sim->heap.nspans;
    for (int32_t i = 0; i < sim->heap.nspans; i++) {
        const gh_MSpan *s = &sim->heap.spans[i];
        if (s->state != GH_SPAN_INUSE) continue;
        R->bits[i] = calloc(s->nwords ? s->nwords : 1, sizeof(uint64_t));
        if (!R->bits[i]) return;
    }
    R->known = true;
    R->nstack = 0;
    gh_gc_for_each_root(sim, reach, R);
    while (R->nstack && R->known) {
        gh_Addr obj = R->stack[--R->nstack];
        int32_t id;
        uint32_t slot;
        if (!gh_find_object(sim, obj, &id, &slot)) continue;
        uint64_t size = sim->heap.spans[id].elemsize;
        for (uint64_t off = 0; off < size; off += 8) {
            if (!gh_memory_is_ptr_word(&sim->mem, obj + off)) continue;
            uint64_t t = gh_memory_load64(&sim->mem, obj + off);
            if (!(t >= obj && t < obj + size)) reach(sim, t, R);
        }
    }
    if (!R->known) return;
    for (int32_t i = 0; i < sim->heap.nspans; i++) {
        const gh_MSpan *s = &sim->heap.spans[i];
        if (!R->bits[i]) continue;
        for (uint32_t k = 0; k < s->nelems; k++)
            if (gh_mspan_is_allocated(s, k) && !gh_bit_get(R->bits[i], k)) {
                R->garbage++;
                R->hash = (R->hash ^ ((uint64_t)i << 32 | k)) * 0x100000001b3ull;
            }
    }
}

/* The cache, brought up to date for the simulator's current state (NULL: no host memory). */
static const gh_Reach *update(const gh_Sim *csim)
{
    gh_Sim *sim = (gh_Sim *)csim; /* the cache only: see the header */
    if (!sim->reach && !(sim->reach = calloc(1, sizeof *sim->reach))) return NULL;
    gh_Reach *R = sim->reach;
    uint64_t sig = signature(sim);
    if (R->valid && R->sig == sig) return R;
    R->valid = true;
    R->sig = sig;
    trace(R, sim);
    return R;
}

void gh_reach_free(gh_Sim *sim)
{
    gh_Reach *R = sim->reach;
    if (!R) return;
    for (int32_t i = 0; i < R->cap; i++) free(R->bits[i]);
    free(R->bits);
    free(R->stack);
    free(R);
    sim->reach = NULL;
}

/* Slots a trace reached in span id, NULL when not known. */
static const uint64_t *reach_bits(const gh_Sim *sim, int32_t span)
{
    const gh_Reach *R = update(sim);
    return R && R->known && span >= 0 && span < R->nspans ? R->bits[span] : NULL;
}

uint32_t gh_garbage_count(const gh_Sim *sim, uint64_t *hash)
{
    const gh_Reach *R = update(sim);
    bool known = R && R->known;
    if (hash) *hash = known ? R->hash ^ R->garbage : 0;
    return known ? R->garbage : 0;
}

/* How the collector's state colours a span's rooms now. */
typedef enum { MODE_PLAIN, MODE_GC, MODE_SWEEP } Mode;

static Mode span_mode(const gh_Sim *sim, const gh_MSpan *s)
{
    uint8_t st = sim->gc.state;
    if (st == GH_GCS_SWEEPTERM || st == GH_GCS_MARK) return MODE_GC;
    if (st == GH_GCS_MARKTERM) return MODE_SWEEP; /* marking is complete: unmarked = garbage */
    uint32_t h = sim->heap.sweepgen;
    if (s->sweepgen == h - 2 || s->sweepgen == h - 1) return MODE_SWEEP;
    return MODE_PLAIN;
}

static gh_RoomState state_in(const gh_MSpan *s, Mode m, uint32_t slot, const uint64_t *reached)
{
    if (s->state == GH_SPAN_MANUAL) return GH_ROOM_STACK;
    if (s->state != GH_SPAN_INUSE || slot >= s->nelems || !gh_mspan_is_allocated(s, slot)) return GH_ROOM_FREE;
    bool marked = gh_bit_get(s->gcmarkBits, slot);
    switch (m) {
    case MODE_GC:
        if (!marked) return GH_ROOM_WHITE;
        return gh_bit_get(s->greyBits, slot) ? GH_ROOM_GREY : GH_ROOM_BLACK;
    case MODE_SWEEP:
        return marked ? GH_ROOM_BLACK : GH_ROOM_GARBAGE;
    default:
        if (reached && !gh_bit_get(reached, slot)) return GH_ROOM_GARBAGE;
        return s->objtype && s->objtype[slot] == GH_OBJ_TINY_BLOCK ? GH_ROOM_TINY : GH_ROOM_ALLOC;
    }
}

unsigned gh_room_states_possible(const gh_Sim *sim)
{
    uint8_t st = sim->gc.state;
    unsigned stack = 1u << GH_ROOM_STACK, free = 1u << GH_ROOM_FREE;
    if (st == GH_GCS_SWEEPTERM || st == GH_GCS_MARK) /* MODE_GC for every span */
        return free | stack | 1u << GH_ROOM_WHITE | 1u << GH_ROOM_GREY | 1u << GH_ROOM_BLACK;
    if (st == GH_GCS_MARKTERM) return free | stack | 1u << GH_ROOM_BLACK | 1u << GH_ROOM_GARBAGE; /* MODE_SWEEP */
    /* MODE_PLAIN or, for a span not yet swept, MODE_SWEEP */
    return free | stack | 1u << GH_ROOM_ALLOC | 1u << GH_ROOM_TINY | 1u << GH_ROOM_GARBAGE | 1u << GH_ROOM_BLACK;
}

gh_RoomState gh_room_state(const gh_Sim *sim, int32_t span, uint32_t slot)
{
    if (span < 0 || span >= sim->heap.nspans) return GH_ROOM_FREE;
    const gh_MSpan *s = &sim->heap.spans[span];
    Mode m = span_mode(sim, s);
    return state_in(s, m, slot, m == MODE_PLAIN ? reach_bits(sim, span) : NULL);
}

uint32_t gh_room_states(const gh_Sim *sim, int32_t span, uint8_t *out, uint32_t n)
{
    if (span < 0 || span >= sim->heap.nspans) return 0;
    const gh_MSpan *s = &sim->heap.spans[span];
    Mode m = span_mode(sim, s);
    const uint64_t *rb = m == MODE_PLAIN ? reach_bits(sim, span) : NULL;
    uint32_t k = s->nelems < n ? s->nelems : n;
    for (uint32_t i = 0; i < k; i++) out[i] = (uint8_t)state_in(s, m, i, rb);
    return k;
}
