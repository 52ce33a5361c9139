/* test_malloc.c — mallocgc's three paths, zeroing, events and errors. */
#include <string.h>
#include "check.h"
#include "runtime/access.h"
#include "runtime/runtime.h"
#include "runtime/runtime.h"
#include "runtime/sim.h"

static gh_Sim *new_sim(void)
{
    gh_Sim *sim = gh_sim_new(NULL);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    return sim;
}

static void invariants(gh_Sim *sim)
{
    char msg[256];
    bool ok = gh_check_invariants(sim, msg, sizeof msg);
    if (!ok) fprintf(stderr, "  invariant: %s\n", msg);
    CHECK(ok, "heap invariants hold");
}

CASE("the heap starts at 0xc000000000")
{
    gh_Sim *sim = new_sim();
    gh_Addr a = gh_mallocgc(sim, 48, GH_TYPE_POINTER, true);
    /* the goroutine's 2 KiB stack took the first page */
    CHECK_EQ(a >> 26, (gh_Addr)0xc000000000 >> 26, "first arena");
    CHECK_EQ(sim->mem.narenas, 1, "one 64 MiB arena reserved");
    CHECK_EQ(sim->heap.mappedPages, 512, "heap grows by 4 MiB");
    invariants(sim);
    gh_sim_free(sim);
}

CASE("small objects fill a span in address order")
{
    gh_Sim *sim = new_sim();
    gh_Addr a = gh_mallocgc(sim, 33, GH_TYPE_POINTER, true);
    gh_Addr b = gh_mallocgc(sim, 40, GH_TYPE_POINTER, true);
    CHECK_EQ(b - a, 48, "33 and 40 bytes both take 48-byte rooms, side by side");
    int32_t id = gh_mheap_span_of(sim, a);
    CHECK_EQ(gh_span(sim, id)->nelems, 170, "a 48-byte span holds 170 rooms");
    CHECK_EQ(gh_span(sim, id)->spanclass, 10, "span class 5<<1|0 (scan)");
    invariants(sim);
    gh_sim_free(sim);
}

CASE("scan and noscan objects of one size live on different floors")
{
    gh_Sim *sim = new_sim();
    gh_Addr p = gh_mallocgc(sim, 64, GH_TYPE_POINTER, true);
    gh_Addr q = gh_mallocgc(sim, 64, GH_TYPE_BYTES, true);
    CHECK(gh_mheap_span_of(sim, p) != gh_mheap_span_of(sim, q), "different spans");
    CHECK_EQ(gh_span(sim, gh_mheap_span_of(sim, q))->spanclass, 13, "noscan span class 6<<1|1");
    gh_sim_free(sim);
}

CASE("tiny allocs share one 16-byte block")
{
    gh_Sim *sim = new_sim();
    gh_Addr a = gh_mallocgc(sim, 3, GH_TYPE_BYTES, true);
    gh_Addr b = gh_mallocgc(sim, 5, GH_TYPE_BYTES, true);
    gh_Addr c = gh_mallocgc(sim, 4, GH_TYPE_BYTES, true); /* 4-aligned: offset 8 */
    gh_Addr d = gh_mallocgc(sim, 8, GH_TYPE_BYTES, true); /* 8-aligned: 16 → no room: new block */
    CHECK_EQ(b - a, 3, "odd size: no alignment");
    CHECK_EQ(c - a, 8, "4-byte value aligned to 4 after 8 bytes");
    CHECK(d - a >= 16, "an 8-byte value that does not fit takes a new block");
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    CHECK_EQ(m.Mallocs, 4, "every tiny allocation counts one Malloc");
    CHECK_EQ(m.TotalAlloc, 32, "two 16-byte blocks");
    CHECK_EQ(m.Frees, 2, "tiny fits count as freed at flush (Go's double counting)");
    invariants(sim);
    gh_sim_free(sim);
}

CASE("tiny new block is kept only if it has more room")
{
    gh_Sim *sim = new_sim();
    gh_Addr a = gh_mallocgc(sim, 2, GH_TYPE_BYTES, true);  /* block 1, offset 2 */
    gh_Addr b = gh_mallocgc(sim, 15, GH_TYPE_BYTES, true); /* no fit: block 2; 15 > 2 so block 1 stays */
    gh_Addr c = gh_mallocgc(sim, 1, GH_TYPE_BYTES, true);  /* fits in block 1 at offset 2 */
    CHECK(b != a + 2, "15 bytes took a new block");
    CHECK_EQ(c, a + 2, "the older block with more room remains current");
    gh_sim_free(sim);
}

CASE("ReadMemStats starts a new tiny block")
{
    gh_Sim *sim = new_sim();
    gh_Addr a = gh_mallocgc(sim, 1, GH_TYPE_BYTES, true);
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    gh_Addr b = gh_mallocgc(sim, 1, GH_TYPE_BYTES, true);
    CHECK(b != a + 1, "after a flush the next tiny alloc starts a fresh block");
    gh_sim_free(sim);
}

CASE("large objects get their own pages")
{
    gh_Sim *sim = new_sim();
    gh_Addr a = gh_mallocgc(sim, 100000, GH_TYPE_BYTES, true);
    int32_t id = gh_mheap_span_of(sim, a);
    CHECK_EQ(gh_span(sim, id)->npages, 13, "100000 B → 13 pages");
    CHECK_EQ(a % GH_PAGE_SIZE, 0, "page aligned");
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    CHECK_EQ(m.TotalAlloc, 106496, "TotalAlloc counts whole pages");
    CHECK_EQ(m.Mallocs, 1, "one Malloc");
    invariants(sim);
    gh_sim_free(sim);
}

CASE("zero size allocations return zerobase and count nothing")
{
    gh_Sim *sim = new_sim();
    CHECK_EQ(gh_mallocgc(sim, 0, GH_TYPE_BYTES, true), GH_ZEROBASE, "&zerobase");
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    CHECK_EQ(m.Mallocs, 0, "no Malloc");
    gh_sim_free(sim);
}

CASE("fresh memory is not zeroed but reused memory is")
{
    gh_Sim *sim = new_sim();
    gh_Addr x = gh_mallocgc(sim, 1024, GH_TYPE_BYTES, true);
    CHECK_EQ(sim->stats.bytesZeroed, 0, "fresh pages need no clearing");
    memset(gh_mem(sim, x, 1024), 0xAB, 1024);
    gh_temps_clear(sim);
    gh_GC(sim); /* x is garbage: swept, its span becomes dirty */
    gh_Addr y = gh_mallocgc(sim, 1024, GH_TYPE_BYTES, true);
    CHECK_EQ(sim->stats.bytesZeroed, 1024, "a reused room is cleared");
    uint8_t b;
    gh_load(sim, y, &b, 1);
    CHECK_EQ(b, 0, "new object reads as zero");
    gh_Addr z = gh_mallocgc(sim, 1000, GH_TYPE_BYTES, false);
    CHECK(z != 0, "needzero=false allocation");
    CHECK_EQ(sim->stats.bytesZeroed, 1024, "needzero=false (rawstring) skips clearing");
    gh_sim_free(sim);
}

typedef struct { int n; uint32_t kinds[64]; } Log;
static void logev(void *ud, const gh_Event *ev)
{
    Log *l = ud;
    if (l->n < 64) l->kinds[l->n++] = ev->kind;
}

CASE("every state change is an event")
{
    gh_Sim *sim = new_sim();
    Log log = {0};
    gh_sim_listen(sim, logev, &log);
    gh_mallocgc(sim, 48, GH_TYPE_POINTER, true);
    bool refill = false, malloc_ = false, spanAlloc = false;
    for (int i = 0; i < log.n; i++) {
        refill |= log.kinds[i] == GH_EV_REFILL;
        malloc_ |= log.kinds[i] == GH_EV_MALLOC;
        spanAlloc |= log.kinds[i] == GH_EV_SPAN_ALLOC;
    }
    CHECK(spanAlloc && refill && malloc_, "span from mheap, refill, object allocated");
    CHECK_EQ(log.kinds[log.n - 1], GH_EV_MALLOC, "the allocation is the last event");
    gh_sim_free(sim);
}

CASE("bad sizes are errors in Go's words")
{
    gh_Sim *sim = new_sim();
    CHECK_EQ(gh_newarray(sim, GH_TYPE_INT64, -1), 0, "negative length fails");
    CHECK(strstr(sim->errmsg, "allocation size out of range") != NULL, "Go's words");
    gh_sim_clear_error(sim);
    CHECK_EQ(gh_newarray(sim, GH_TYPE_INT64, INT64_MAX / 4), 0, "overflowing length fails");
    gh_sim_clear_error(sim);
    CHECK_EQ(gh_mallocgc(sim, (uint64_t)8 << 30, GH_TYPE_BYTES, true), 0, "past the memory limit");
    CHECK(strstr(sim->errmsg, "fatal error: out of memory") != NULL, "out of memory text");
    gh_sim_clear_error(sim);
    CHECK(gh_mallocgc(sim, 48, GH_TYPE_BYTES, true) != 0, "the simulator stays usable");
    CHECK_EQ(gh_mallocgc(sim, 48, 9999, true), 0, "unknown type is refused");
    gh_sim_free(sim);
}

CASE("running past the memory limit is out of memory")
{
    gh_Config cfg = gh_config_default();
    cfg.memoryLimit = 64 << 20;
    cfg.gcPercent = -1;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_newproc(sim);
    int n = 0;
    while (gh_mallocgc(sim, 1 << 20, GH_TYPE_BYTES, true)) n++;
    CHECK(n >= 60 && n < 64, "about 64 one-MiB objects fit in 64 MiB");
    CHECK(strstr(sim->errmsg, "fatal error: out of memory") != NULL, "Go's message");
    invariants(sim);
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
