/* test_determinism.c — the same operations give the same addresses, events and figures on
 * every run; and impossible requests to the heap are refused, never crash. */
#include <string.h>
#include "check.h"
#include "gc_mutator.h"
#include "runtime/runtime.h"

typedef struct { uint64_t hash, n; } Digest;
static void digest(void *ud, const gh_Event *ev)
{
    Digest *d = ud;
    const uint64_t w[6] = {ev->kind, (uint64_t)ev->span, ev->slot, ev->addr, ev->size, ev->aux};
    for (int i = 0; i < 6; i++) d->hash = (d->hash ^ w[i]) * 0x100000001b3ULL;
    d->n++;
}

static Digest run_once(uint64_t seed)
{
    gh_Config cfg = gh_config_default();
    cfg.checkmark = true;
    gh_Sim *sim = gh_sim_new(&cfg);
    Digest d = {0xcbf29ce484222325ULL, 0};
    gh_sim_listen(sim, digest, &d);
    Mutator m;
    mut_init(&m, sim, seed);
    mut_run(&m, 50000);
    gh_MemStats ms;
    gh_ReadMemStats(sim, &ms);
    const uint64_t figs[5] = {ms.Mallocs, ms.Frees, ms.TotalAlloc, ms.NumGC, sim->nanotime};
    for (int i = 0; i < 5; i++) d.hash = (d.hash ^ figs[i]) * 0x100000001b3ULL;
    gh_sim_free(sim);
    return d;
}

CASE("two runs give identical event streams")
{
    Digest a = run_once(42), b = run_once(42), c = run_once(44);
    CHECK(a.n > 100000, "a long stream of events");
    CHECK_EQ(a.hash, b.hash, "same seed: same events, addresses and figures");
    CHECK_EQ(a.n, b.n, "same number of events");
    CHECK(a.hash != c.hash, "a different scene gives a different stream");
}

CASE("impossible span classes are refused")
{
    gh_Sim *sim = gh_sim_new(NULL);
    CHECK_EQ(gh_mheap_alloc(sim, 1, 200), -1, "span class 200 does not exist");
    CHECK(strstr(sim->errmsg, "impossible span class") != NULL, "clear message");
    gh_sim_clear_error(sim);
    CHECK_EQ(gh_mheap_alloc(sim, 3, gh_make_spanclass(5, 0)), -1, "class 5 spans are 1 page");
    gh_sim_clear_error(sim);
    CHECK(gh_mheap_alloc(sim, 1, gh_make_spanclass(5, 0)) >= 0, "the heap stays usable");
    gh_sim_free(sim);
}

CASE("stacks start at 2 KiB, grow by copying and shrink at GC")
{
    gh_Sim *sim = gh_sim_new(NULL);
    gh_newproc(sim);
    gh_G *g = gh_curg(sim);
    CHECK_EQ(g->stackhi - g->stacklo, 2048, "a new goroutine has a 2 KiB stack");
    gh_frame_push(sim, "main", 64, 1);
    gh_Addr p = gh_frame_local(sim, "p", GH_TYPE_POINTER, 8, false);
    gh_Addr x = gh_mallocgc(sim, 64, GH_TYPE_POINTER, true);
    gh_store_ptr(sim, p, x);
    gh_Addr q = gh_frame_local(sim, "q", GH_TYPE_POINTER, 8, false);
    gh_store_ptr(sim, q, p); /* a pointer into the stack itself */
    gh_Addr lo = g->stacklo;
    for (int i = 0; i < 20; i++) gh_frame_push(sim, "f", 128, 2);
    g = gh_curg(sim);
    CHECK(g->stacklo != lo, "the stack moved");
    CHECK_EQ(g->stackhi - g->stacklo, 4096, "doubled to 4 KiB");
    uint64_t v;
    gh_Addr newp = g->frames[0].sp;
    gh_load_word(sim, newp, &v);
    CHECK_EQ(v, x, "the heap pointer was copied");
    gh_load_word(sim, newp + 8, &v);
    CHECK_EQ(v, newp, "the pointer into the stack was adjusted");
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    CHECK_EQ(m.StackInuse, 8192, "one stack span in use (the old one was freed)");
    char msg[200];
    CHECK(gh_check_invariants(sim, msg, sizeof msg), "invariants");
    for (int i = 0; i < 20; i++) gh_frame_pop(sim);
    gh_GC(sim);
    g = gh_curg(sim);
    CHECK_EQ(g->stackhi - g->stacklo, 2048, "a GC halves a stack that is less than a quarter used");
    gh_load_word(sim, g->frames[0].sp, &v);
    CHECK_EQ(v, x, "the pointer survives the shrink");
    gh_frame_pop(sim);
    CHECK(!gh_frame_pop(sim), "popping past the bottom is an error");
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
