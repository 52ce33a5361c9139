/* test_random_alloc.c — 100,000 random allocations of every size and path, pointer stores
 * and dropped roots, with the full invariant checker after every single operation. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "runtime/access.h"
#include "runtime/runtime.h"
#include "runtime/runtime.h"
#include "runtime/sim.h"

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static uint64_t random_size(void)
{
    uint64_t r = next() % 100;
    if (r < 40) return 1 + next() % 15;          /* tiny */
    if (r < 90) return 1 + next() % 1024;        /* small */
    if (r < 98) return 1025 + next() % 31744;    /* small, big classes */
    return 32769 + next() % (256 * 1024);         /* large */
}

CASE("100,000 random operations keep every invariant")
{
    enum { OPS = 100000, ROOTS = 64 };
    gh_Config cfg = gh_config_default();
    cfg.checkmark = true;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_newproc(sim);
    gh_Addr roots = gh_global(sim, "roots", GH_TYPE_POINTER, ROOTS * 8);
    int32_t node = gh_type_register(sim, "node", 32, (const uint8_t[]){0x5}); /* ptr, int, ptr, int */
    char msg[256];
    uint64_t ops = 0, gcs0 = sim->gc.numGC;
    for (int i = 0; i < OPS; i++) {
        gh_temps_clear(sim);
        uint64_t r = next() % 100;
        gh_Addr slot = roots + (next() % ROOTS) * 8;
        if (r < 70) {
            uint64_t size = random_size();
            int32_t type = (next() & 1) ? GH_TYPE_BYTES : (size >= 32 ? node : GH_TYPE_POINTER);
            uint64_t n = type == node ? size / 32 : type == GH_TYPE_POINTER ? (size + 7) / 8 : size;
            gh_Addr x = gh_mallocgc(sim, type == node ? n * 32 : type == GH_TYPE_POINTER ? n * 8 : n, type, true);
            CHECK(x != 0, "allocation succeeds");
            gh_store_ptr(sim, slot, x);
        } else if (r < 90) {
            /* link two rooted objects if the first holds pointers */
            uint64_t a, b;
            gh_load_word(sim, slot, &a);
            gh_load_word(sim, roots + (next() % ROOTS) * 8, &b);
            int32_t id;
            uint32_t sl;
            if (a && gh_find_object(sim, a, &id, &sl) && !gh_spanclass_noscan(gh_span(sim, id)->spanclass) &&
                gh_memory_is_ptr_word(&sim->mem, a))
                gh_store_ptr(sim, a, b);
        } else if (r < 99) {
            gh_store_ptr(sim, slot, 0); /* drop a root */
        } else {
            gh_GC(sim);
        }
        ops++;
        bool held = gh_check_invariants(sim, msg, sizeof msg);
        if (!CHECK(held, "invariants hold after op %llu: %s", (unsigned long long)ops, held ? "" : msg)) break;
        if (!CHECK(!sim->err, "no runtime error after op %llu: %s", (unsigned long long)ops, sim->errmsg)) break;
    }
    fprintf(stderr, "%llu operations, %u GC cycles, %llu spans in use\n", (unsigned long long)ops,
            (unsigned)(sim->gc.numGC - gcs0), (unsigned long long)sim->heap.nspansInUse);
    CHECK_EQ(ops, OPS, "all operations ran");
    CHECK(sim->gc.numGC - gcs0 > 10, "the collector ran many cycles meanwhile");
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
