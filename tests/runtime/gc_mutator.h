/* gc_mutator.h — a random mutator for collector tests: random object graphs, pointer
 * stores and deletes, loads onto stacks, goroutine switches, frame pushes and pops,
 * interleaved with collector steps at random points. Checkmark is on; after every sweep
 * step and every 256 operations we also prove that nothing reachable was freed. */
#ifndef GH_TESTS_GC_MUTATOR_H
#define GH_TESTS_GC_MUTATOR_H
#include <string.h>
#include "runtime/access.h"
#include "runtime/runtime.h"
#include "runtime/sim.h"

enum { MUT_GLOBALS = 32, MUT_LOCALS = 6, MUT_GS = 3, NODE_PTRS = 4 };

typedef struct Mutator {
    gh_Sim *sim;
    uint64_t rng;
    int32_t node, bigarr;
    gh_Addr globals;
    uint64_t ops, cycles, sweeps;
    const uint8_t *data;   /* when set (fuzzing), choices come from these bytes, not the PRNG */
    size_t len, pos;
    char why[300];
} Mutator;

static uint64_t mut_rand(Mutator *m)
{
    if (m->data) {
        uint64_t v = 0;
        for (int i = 0; i < 2; i++) v = v << 8 | (m->pos < m->len ? m->data[m->pos++] : 0);
        return v;
    }
    m->rng ^= m->rng << 13;
    m->rng ^= m->rng >> 7;
    m->rng ^= m->rng << 17;
    return m->rng;
}

/* A random root slot: a global or a local of the running goroutine's top frame. */
static gh_Addr mut_root(Mutator *m)
{
    gh_G *g = gh_curg(m->sim);
    if ((mut_rand(m) & 1) && g && g->nframes) {
        gh_Frame *f = &g->frames[g->nframes - 1];
        if (g->nslots > f->firstSlot) return f->sp + 8 * (mut_rand(m) % (g->nslots - f->firstSlot));
    }
    return m->globals + 8 * (mut_rand(m) % MUT_GLOBALS);
}

static bool is_node(Mutator *m, uint64_t p)
{
    int32_t id;
    uint32_t slot;
    return p && gh_find_object(m->sim, p, &id, &slot) && gh_span(m->sim, id)->objtype[slot] == m->node;
}

/* Follow up to 3 random pointers from a root: an object somewhere in the graph. */
static uint64_t mut_walk(Mutator *m)
{
    uint64_t p = 0;
    gh_load_word(m->sim, mut_root(m), &p);
    for (int d = mut_rand(m) % 4; d > 0 && is_node(m, p); d--) {
        uint64_t q = 0;
        gh_load_word(m->sim, p + 8 * (mut_rand(m) % NODE_PTRS), &q);
        if (!q) break;
        p = q;
    }
    return p;
}

static void push_frame(Mutator *m)
{
    if (!gh_frame_push(m->sim, "f", 8 * MUT_LOCALS, 0)) return;
    for (int i = 0; i < MUT_LOCALS; i++) gh_frame_local(m->sim, "p", GH_TYPE_POINTER, 8, false);
}

static void mut_init(Mutator *m, gh_Sim *sim, uint64_t seed)
{
    memset(m, 0, sizeof *m);
    m->sim = sim;
    m->rng = seed | 1;
    m->node = gh_type_register(sim, "node", 40, (const uint8_t[]){0x0f});
    m->bigarr = GH_TYPE_POINTER;
    m->globals = gh_global(sim, "roots", GH_TYPE_POINTER, 8 * MUT_GLOBALS);
    for (int i = 0; i < MUT_GS; i++) {
        int32_t gid = gh_newproc(sim);
        gh_gosched_to(sim, gid);
        push_frame(m);
    }
    sim->autoBackground = false;
}

static void reach_check(gh_Sim *sim, uint64_t p, void *ud)
{
    Mutator *m = ud;
    if (!p || m->why[0] || gh_is_data(p, 1)) return;
    int32_t id = gh_mheap_span_of(sim, p);
    if (id < 0 || gh_span(sim, id)->state == GH_SPAN_MANUAL) return;
    int32_t sid;
    uint32_t slot;
    if (!gh_find_object(sim, p, &sid, &slot))
        snprintf(m->why, sizeof m->why, "freed-but-reachable object 0x%llx after %llu ops", (unsigned long long)p,
                 (unsigned long long)m->ops);
}

/* Walk everything reachable from the roots; every pointer must land in a live object. */
static bool mut_verify(Mutator *m)
{
    gh_gc_for_each_root(m->sim, reach_check, m);
    /* one level deeper through nodes (full closure is what checkmark does at each cycle) */
    for (int i = 0; i < MUT_GLOBALS && !m->why[0]; i++) {
        uint64_t p;
        gh_load_word(m->sim, m->globals + 8 * i, &p);
        if (!is_node(m, p)) continue;
        for (int k = 0; k < NODE_PTRS; k++) {
            uint64_t q;
            gh_load_word(m->sim, p + 8 * k, &q);
            reach_check(m->sim, q, m);
        }
    }
    if (m->sim->err && !m->why[0]) snprintf(m->why, sizeof m->why, "%s", m->sim->errmsg);
    return !m->why[0];
}

static void mut_collector_step(Mutator *m)
{
    gh_Sim *sim = m->sim;
    int n = (int)(mut_rand(m) % 24);
    for (int i = 0; i < n; i++) {
        if (sim->gc.state == GH_GCS_MARK) {
            if (!gh_gc_mark_unit(sim)) {
                gh_gc_mark_done(sim);
                m->cycles++;
            }
        } else if (sim->gc.state == GH_GCS_SWEEP) {
            bool done;
            gh_sweepone(sim, &done);
            m->sweeps++;
        } else if (mut_rand(m) % 64 == 0) {
            gh_gc_start(sim, false);
        }
    }
}

/* One random operation. */
static void mut_op(Mutator *m)
{
    gh_Sim *sim = m->sim;
    gh_temps_clear(sim);
    uint64_t r = mut_rand(m) % 100;
    if (r < 30) { /* allocate into a root */
        uint64_t k = mut_rand(m) % 10;
        gh_Addr x = k < 7 ? gh_newobject(sim, m->node)
                   : k < 9 ? gh_mallocgc(sim, 1 + mut_rand(m) % 2000, GH_TYPE_BYTES, true)
                           : gh_newarray(sim, GH_TYPE_POINTER, (int64_t)(mut_rand(m) % 40000));
        gh_store_ptr(sim, mut_root(m), x);
    } else if (r < 55) { /* obj.f = other object */
        uint64_t a = mut_walk(m), b = mut_walk(m);
        if (is_node(m, a)) gh_store_ptr(sim, a + 8 * (mut_rand(m) % NODE_PTRS), b);
    } else if (r < 68) { /* load a deep pointer onto the stack, then cut it from the heap */
        gh_G *g = gh_curg(sim);
        uint64_t a = mut_walk(m);
        if (is_node(m, a) && g->nframes) {
            gh_Frame *f = &g->frames[g->nframes - 1];
            gh_Addr slotp = a + 8 * (mut_rand(m) % NODE_PTRS);
            uint64_t child;
            gh_load_word(sim, slotp, &child);
            gh_store_ptr(sim, f->sp + 8 * (mut_rand(m) % MUT_LOCALS), child);
            gh_store_ptr(sim, slotp, 0);
        }
    } else if (r < 80) { /* delete a root */
        gh_store_ptr(sim, mut_root(m), 0);
    } else if (r < 86) { /* another goroutine runs */
        gh_gosched_to(sim, 1 + (int32_t)(mut_rand(m) % MUT_GS));
    } else if (r < 91) { /* call or return */
        gh_G *g = gh_curg(sim);
        if ((mut_rand(m) & 1) && g->nframes < 40) push_frame(m);
        else if (g->nframes > 1) gh_frame_pop(sim);
    } else if (r < 92) { /* debug.SetGCPercent(-1..299) */
        gh_SetGCPercent(sim, (int32_t)(mut_rand(m) % 301) - 1);
    } else {
        mut_collector_step(m);
    }
    m->ops++;
}

/* Run ops operations; false (with m->why) at the first lost object or runtime error. */
__attribute__((unused)) static bool mut_run(Mutator *m, uint64_t ops)
{
    for (uint64_t i = 0; i < ops; i++) {
        mut_op(m);
        if ((m->ops & 255) == 0 || m->sim->err) {
            if (!mut_verify(m)) return false;
        }
    }
    return mut_verify(m);
}

#endif
