/* mpool.c — sync.Pool: private, shared, stealing and the victim cache.
 *
 * Get, as Go's sync.Pool.Get: (1) this P's private slot; (2) the head of this P's shared
 * chain; (3) steal from the tail of every other P's shared chain, starting at the next P;
 * (4) the victim cache: this P's victim private, then the tails of every P's victim shared;
 * finding it empty marks the victim empty. Nothing → the caller runs New.
 * At every GC start (poolCleanup) victims are dropped and primaries become victims, so an
 * object Put and never taken survives exactly one GC and is garbage at the second.
 * Worked example (GOMAXPROCS=1): Put(x); GC; Get() → x from the victim. Put(x); GC; GC;
 * Get() → empty, New runs.
 * The pool's own memory (gh_pool_pin, for callers that model it): the per-P poolLocal array
 * (128 B a P: private, shared chain, padding against false sharing) is allocated at the first
 * Get or Put, and the pool is appended to allPools; poolCleanup moves the array to the victim
 * and allPools to oldPools, so each GC's first Get or Put pays them again, and the arrays of
 * two GCs ago become garbage. Go 1.19, GOMAXPROCS=1: the first Get+Put of a pool whose New
 * returns a [64]byte costs 3 Mallocs / 200 B (64 + 128 + 8 for allPools' first element). */
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/sim.h"

/* The shared chain (Go's poolChain). Put pushes at the head of its P's chain, Get pops there,
 * other Ps steal from the tail. The chain is a list of poolDequeue rings, each a heap
 * poolChainElt (48 B: headTail, vals, next, prev) and a vals array of efaces: the first push
 * makes one of 8 (48 + 128 = 176 B, 2 Mallocs; the first nested Sprintf inside a Println pays
 * them when its printer goes back to a pool whose private slot is taken); when the head ring
 * is full a new one of twice the size is linked as the head (at most dequeueLimit, 2^30).
 * Pops at the head never unlink a ring; a steal that finds the tail ring empty while another
 * follows unlinks it (it becomes garbage). The rings are reached from the poolLocal array, so
 * they are roots while their chain is primary or victim, and garbage when the victim is
 * dropped. Put runs pinned to its P (runtime_procPin), so a GC cannot start in its mallocs
 * (gcStart returns at once when the M holds locks; locks here, mgc.c). Every chain's
 * host arrays are charged to the budget (budget.h); a victim chain dropped at poolCleanup
 * gives its bytes back. */
enum { DEQUEUE_INIT = 8, DEQUEUE_LIMIT = 1 << 30, ELT_SIZE = 48, EFACE_SIZE = 16 };

static int32_t chain_type(gh_Sim *sim, int32_t *slot, const char *name, uint64_t size, uint8_t mask)
{
    if (!*slot) {
        int32_t t = gh_type_register(sim, name, size, &mask);
        if (t < 0) return -1;
        *slot = t + 1;
    }
    return *slot - 1;
}

/* A new head ring of cap efaces for chain l: its poolChainElt and vals in the heap. */
static bool new_seg(gh_Sim *sim, gh_PoolList *l, uint32_t cap)
{
    gh_Pools *ps = &sim->pools;
    int32_t et = chain_type(sim, &ps->eltType, "sync.poolChainElt", ELT_SIZE, 0x32);   /* vals, next, prev */
    int32_t vt = chain_type(sim, &ps->efaceType, "sync.eface", EFACE_SIZE, 0x03);       /* typ, val */
    if (et < 0 || vt < 0) return false;
    if (l->nseg == l->segcap) {
        uint32_t nc = l->segcap ? l->segcap * 2 : 4;
        if (!gh_sim_charge(sim, gh_budget_growth(l->segcap, nc, sizeof(gh_PoolSeg)), "sync.Pool")) return false;
        gh_PoolSeg *v = realloc(l->seg, sizeof(gh_PoolSeg) * nc);
        if (!v) return false;
        l->seg = v;
        l->segcap = nc;
    }
    ps->locks++;
    ps->chainAlloc = l->nseg ? 2 : 1;   /* for the heap profile's frames (pushHead's two sites) */
    uint64_t elt = gh_mallocgc(sim, ELT_SIZE, et, true);
    uint64_t vals = elt ? gh_mallocgc(sim, (uint64_t)cap * EFACE_SIZE, vt, true) : 0;
    ps->chainAlloc = 0;
    ps->locks--;
    if (!vals) return false;
    l->seg[l->nseg++] = (gh_PoolSeg){elt, vals, cap, 0};
    return true;
}

static bool list_push(gh_Sim *sim, gh_PoolList *l, uint64_t x)
{
    if (!l->nseg || l->seg[l->nseg - 1].count == l->seg[l->nseg - 1].cap) {
        uint32_t cap = l->nseg ? l->seg[l->nseg - 1].cap * 2 : DEQUEUE_INIT;
        if (!new_seg(sim, l, cap < DEQUEUE_LIMIT ? cap : DEQUEUE_LIMIT)) return false;
    }
    if (l->n == l->cap) {
        uint32_t nc = l->cap ? l->cap * 2 : 8;
        if (!gh_sim_charge(sim, gh_budget_growth(l->cap, nc, sizeof(uint64_t)), "sync.Pool")) return false;
        uint64_t *v = realloc(l->v, sizeof(uint64_t) * nc);
        if (!v) return false;
        l->v = v;
        l->cap = nc;
    }
    l->seg[l->nseg - 1].count++;
    l->v[l->n++] = x;
    return true;
}

/* popHead: the newest object, from the head ring or, when it is empty, the rings before it. */
static uint64_t list_pop_head(gh_PoolList *l)
{
    if (!l->n) return 0;
    for (uint32_t i = l->nseg; i-- > 0;)
        if (l->seg[i].count) { l->seg[i].count--; break; }
    return l->v[--l->n];
}

/* popTail: the oldest object; an empty tail ring with a ring after it is unlinked first. */
static uint64_t list_pop_tail(gh_PoolList *l)
{
    while (l->nseg > 1 && !l->seg[0].count) memmove(l->seg, l->seg + 1, sizeof *l->seg * --l->nseg);
    if (!l->n) return 0;
    l->seg[0].count--;
    uint64_t x = l->v[0];
    memmove(l->v, l->v + 1, sizeof(uint64_t) * --l->n);
    return x;
}

static void list_free(gh_Sim *sim, gh_PoolList *l)
{
    free(l->v);
    free(l->seg);
    if (sim) gh_sim_uncharge(sim, sizeof(uint64_t) * (uint64_t)l->cap + sizeof(gh_PoolSeg) * (uint64_t)l->segcap);
}

static gh_Pool *pool_at(gh_Sim *sim, int32_t id)
{
    gh_Pools *ps = &sim->pools;
    return id >= 0 && id < ps->n && ps->v[id].used ? &ps->v[id] : NULL;
}

int32_t gh_pool_new(gh_Sim *sim)
{
    gh_Pools *ps = &sim->pools;
    if (ps->n == ps->cap) {
        int32_t nc = ps->cap ? ps->cap * 2 : 4;
        if (!gh_sim_charge(sim, gh_budget_growth((uint64_t)ps->cap, (uint64_t)nc, sizeof(gh_Pool)), "sync.Pool"))
            return -1;
        gh_Pool *v = realloc(ps->v, sizeof(gh_Pool) * (size_t)nc);
        if (!v) return (int32_t)gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (sync.Pool)") - 1;
        ps->v = v;
        ps->cap = nc;
    }
    gh_Pool *p = &ps->v[ps->n];
    memset(p, 0, sizeof *p);
    p->used = true;
    return ps->n++;
}

bool gh_pool_put(gh_Sim *sim, int32_t id, uint64_t x)
{
    gh_Pool *p = pool_at(sim, id);
    if (!p) return false;
    if (!x) return true;
    p->localSize = sim->nprocs;
    gh_PoolLocal *l = &p->local[sim->curp];
    p->puts++;
    if (!l->private_) l->private_ = x;
    else if (!list_push(sim, &l->shared, x))
        return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory (sync.Pool)"), false;
    return true;
}

bool gh_pool_get(gh_Sim *sim, int32_t id, uint64_t *x, const char **from)
{
    gh_Pool *p = pool_at(sim, id);
    if (!p) return false;
    p->gets++;
    int32_t pid = sim->curp, n = sim->nprocs;
    gh_PoolLocal *l = &p->local[pid];
    *from = "private";
    if ((*x = l->private_)) {
        l->private_ = 0;
        return true;
    }
    *from = "shared";
    if ((*x = list_pop_head(&l->shared))) return true;
    *from = "stolen";
    for (int32_t i = 0; i < n; i++)
        if ((*x = list_pop_tail(&p->local[(pid + i + 1) % n].shared))) return true;
    *from = "victim";
    if (p->victimSize > 0) {
        if ((*x = p->victim[pid].private_)) {
            p->victim[pid].private_ = 0;
            return true;
        }
        for (int32_t i = 0; i < n; i++)
            if ((*x = list_pop_tail(&p->victim[(pid + i) % n].shared))) return true;
        p->victimSize = 0;
    }
    *from = "";
    p->news++;
    return true;
}

bool gh_pool_pin(gh_Sim *sim, int32_t id, uint64_t addr)
{
    gh_Pool *p = pool_at(sim, id);
    gh_Pools *ps = &sim->pools;
    if (!p) return false;
    if (p->localArr) return true;
    if (!ps->localType) {
        /* poolLocalInternal{private any; shared poolChain{head, tail *poolChainElt}} + pad */
        uint8_t mask[GH_POOL_LOCAL_SIZE / 64] = {0x0f};
        int32_t t = gh_type_register(sim, "sync.poolLocal", GH_POOL_LOCAL_SIZE, mask);
        if (t < 0) return false;
        ps->localType = t + 1;
    }
    uint64_t arr = gh_mallocgc(sim, (uint64_t)GH_POOL_LOCAL_SIZE * (uint64_t)sim->nprocs, ps->localType - 1, true);
    if (!arr) return false;
    p = pool_at(sim, id);   /* a GC in mallocgc ran poolCleanup: the pool is still there */
    p->localArr = arr;
    p->localSize = sim->nprocs;
    gh_PoolSlice a = ps->allPools;
    if (a.len == a.cap) {
        gh_Slice n;
        if (!gh_growslice(sim, GH_TYPE_POINTER, (gh_Slice){a.ptr, a.len, a.cap}, a.len + 1, &n)) return false;
        a = (gh_PoolSlice){n.ptr, a.len, n.cap};
    }
    ps->allPools = (gh_PoolSlice){a.ptr, a.len + 1, a.cap};
    return gh_store_ptr(sim, a.ptr + (uint64_t)a.len * 8, addr);
}

void gh_pool_cleanup(gh_Sim *sim)
{
    gh_Pools *ps = &sim->pools;
    ps->oldPools = ps->allPools.ptr;
    ps->allPools = (gh_PoolSlice){0, 0, 0};
    for (int32_t i = 0; i < ps->n; i++) {
        gh_Pool *p = &ps->v[i];
        p->victimArr = p->localArr;
        p->localArr = 0;
        for (int k = 0; k < 64; k++) {
            list_free(sim, &p->victim[k].shared);
            p->victim[k] = p->local[k];
            memset(&p->local[k], 0, sizeof p->local[k]);
        }
        p->victimSize = p->localSize;
        p->localSize = 0;
    }
    gh_emit(sim, GH_EV_POOL_CLEANUP, -1, -1, 0, 0, 0, (uint64_t)ps->n);
}

static uint32_t each_local(gh_Sim *sim, gh_PoolLocal *l, void (*fn)(gh_Sim *, uint64_t, void *), void *ud)
{
    uint32_t n = 0;
    if (l->private_) fn(sim, l->private_, ud), n++;
    for (uint32_t j = 0; j < l->shared.n; j++) fn(sim, l->shared.v[j], ud), n++;
    for (uint32_t j = 0; j < l->shared.nseg; j++) {   /* the chain's rings themselves */
        fn(sim, l->shared.seg[j].elt, ud);
        fn(sim, l->shared.seg[j].vals, ud);
        n += 2;
    }
    return n;
}

uint32_t gh_pool_for_each_object(gh_Sim *sim, void (*fn)(gh_Sim *, uint64_t, void *), void *ud)
{
    uint32_t n = 0;
    gh_Pools *ps = &sim->pools;
    uint64_t own[2] = {ps->allPools.ptr, ps->oldPools};
    for (int k = 0; k < 2; k++)
        if (own[k]) fn(sim, own[k], ud), n++;
    for (int32_t i = 0; i < ps->n; i++) {
        if (ps->v[i].localArr) fn(sim, ps->v[i].localArr, ud), n++;
        if (ps->v[i].victimArr) fn(sim, ps->v[i].victimArr, ud), n++;
        for (int k = 0; k < 64; k++) {
            n += each_local(sim, &ps->v[i].local[k], fn, ud);
            n += each_local(sim, &ps->v[i].victim[k], fn, ud);
        }
    }
    return n;
}

void gh_pools_free(gh_Sim *sim)
{
    gh_Pools *ps = &sim->pools;
    for (int32_t i = 0; i < ps->n; i++)
        for (int k = 0; k < 64; k++) {
            list_free(NULL, &ps->v[i].local[k].shared);
            list_free(NULL, &ps->v[i].victim[k].shared);
        }
    free(ps->v);
    memset(ps, 0, sizeof *ps);
}

void gh_pool_note_new(gh_Sim *sim, int32_t pool)
{
    if (pool >= 0 && pool < sim->pools.n) sim->pools.v[pool].news++;
}
