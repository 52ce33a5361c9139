/* fixture.h — simulators in known states for the view's tests and benchmark: a small
 * lesson-like heap (a goroutine, a linked list of nodes, strings, tiny values, a large
 * object, pointer locals), optionally caught mid-mark; and big heaps of small objects. */
#ifndef GH_TESTS_VIEW_FIXTURE_H
#define GH_TESTS_VIEW_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"

typedef struct Fixture {
    gh_Sim *sim;
    int32_t nodeType;
    gh_Addr head, s, big, hello, lone; /* lone: garbage (no pointer to it) */
    gh_Addr nodes[6];
    int32_t g;
} Fixture;

static inline void fx_die(const char *what)
{
    fprintf(stderr, "fixture: %s\n", what);
    exit(1);
}

/* main() holds list → node0 → node1 → ... → node5, a string, a []byte and a large buffer. */
static inline Fixture fx_small(void)
{
    Fixture f = {0};
    f.sim = gh_sim_new(NULL);
    if (!f.sim) fx_die("gh_sim_new");
    gh_Sim *sim = f.sim;
    gh_gc_set_background(sim, false);
    static const uint8_t nodeMask = 0x3; /* type Node struct { next, prev *Node; val int } */
    f.nodeType = gh_type_register(sim, "*main.Node", 24, &nodeMask);
    f.g = gh_newproc(sim);
    if (f.g < 0 || !gh_frame_push(sim, "main", 256, 1)) fx_die("goroutine");
    gh_Addr list = gh_frame_local(sim, "list", GH_TYPE_POINTER, 8, false);
    gh_Addr str = gh_frame_local(sim, "greeting", GH_TYPE_STRING_HDR, 16, false);
    gh_Addr n = gh_frame_local(sim, "n", GH_TYPE_INT64, 8, false);
    gh_Addr buf = gh_frame_local(sim, "buf", GH_TYPE_POINTER, 8, false);
    uint64_t six = 6;
    gh_store(sim, n, &six, 8);
    gh_Addr prev = 0;
    for (int i = 0; i < 6; i++) {
        f.nodes[i] = gh_newobject(sim, f.nodeType);
        if (!f.nodes[i]) fx_die("node");
        if (prev) gh_store_ptr(sim, prev, f.nodes[i]);
        else gh_store_ptr(sim, list, f.nodes[i]);
        prev = f.nodes[i];
    }
    f.head = f.nodes[0];
    /* greeting := string(bytes): the text lives in a 48 B heap room */
    static const char text[] = "hello, gopher! welcome to the hotel";
    gh_String s = {gh_mallocgc(sim, sizeof text - 1, GH_TYPE_BYTES, false), (int64_t)sizeof text - 1};
    if (!s.ptr || !gh_store(sim, s.ptr, text, sizeof text - 1)) fx_die("string");
    f.hello = s.ptr;
    gh_store(sim, str, &s, 16);
    for (int i = 0; i < 5; i++) gh_mallocgc(sim, 5, GH_TYPE_BYTES, true); /* tiny values share a block */
    f.lone = gh_mallocgc(sim, 33, GH_TYPE_BYTES, true);                  /* 33 B → a 48 B room, dropped */
    for (int i = 0; i < 3; i++) gh_mallocgc(sim, 40, GH_TYPE_BYTES, true);
    f.big = gh_mallocgc(sim, 40000, GH_TYPE_BYTES, true);
    gh_store_ptr(sim, buf, f.big);
    if (!gh_frame_push(sim, "greet", 64, 12)) fx_die("frame");
    gh_Addr name = gh_frame_local(sim, "name", GH_TYPE_STRING_HDR, 16, false);
    gh_store(sim, name, &s, 16);
    gh_frame_local(sim, "count", GH_TYPE_INT64, 8, false);
    gh_temps_clear(sim); /* the last allocations are no longer "in registers" */
    return f;
}

/* Start a cycle and do `units` units of mark work (roots first, then grey objects). */
static inline void fx_mark(Fixture *f, int units)
{
    gh_gc_start(f->sim, true);
    for (int i = 0; i < units; i++)
        if (!gh_gc_mark_unit(f->sim)) break;
}

/* An empty sim for a benchmark's heap: GOGC off (every object is kept; the benchmark starts
 * its cycles itself), no background collector, fn listening, one goroutine in a main frame. */
static inline gh_Sim *fx_bench_sim(gh_EventFn fn, void *ud)
{
    gh_Config cfg = gh_config_default();
    cfg.gcPercent = -1;
    gh_Sim *sim = gh_sim_new(&cfg);
    if (!sim) fx_die("gh_sim_new");
    gh_gc_set_background(sim, false);
    if (fn) gh_sim_listen(sim, fn, ud);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    return sim;
}

/* A heap of about `bytes` of live small objects of mixed size classes held by a global array
 * of pointers in big slices; every 7th object dropped so rooms are a mix of states. */
static inline gh_Sim *fx_big(uint64_t bytes, gh_EventFn fn, void *ud)
{
    gh_Sim *sim = fx_bench_sim(fn, ud);
    static const uint32_t sizes[] = {16, 32, 48, 64, 128, 24, 256, 512};
    uint64_t used = 0;
    for (uint64_t i = 0; used < bytes; i++) {
        uint32_t sz = sizes[i % 8];
        if (!gh_mallocgc(sim, sz, GH_TYPE_BYTES, true)) fx_die("mallocgc");
        used += sz;
    }
    return sim;
}

#endif
