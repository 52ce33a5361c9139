/* test_gc_work.c — where the collector is working (gh_GCInfo.workSpan/workSlot), which the
 * view uses to put the janitor on the right floor: between jobs at a phase's start, on the
 * room of the object it just scanned (now black), on a goroutine's stack while reading its
 * plates, on the floor it just swept, and nowhere once at rest. */
#include "check.h"
#include "runtime/access.h"
#include "runtime/runtime.h"

CASE("the collector's place follows its work: phase start, scanned object, stack, swept floor, rest")
{
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    int32_t node = gh_type_register(sim, "main.node", 16, (const uint8_t[]){0x1}); /* {next *node; val int} */
    gh_Addr head = gh_frame_local(sim, "head", GH_TYPE_POINTER, 8, false), prev = 0;
    for (int i = 0; i < 5; i++) {
        gh_Addr n = gh_newobject(sim, node);
        gh_store_ptr(sim, prev ? prev : head, n);
        prev = n;
    }
    for (int i = 0; i < 400; i++) gh_mallocgc(sim, 64, GH_TYPE_BYTES, true); /* garbage: full floors (not in an mcache) to sweep */
    gh_temps_clear(sim);
    CHECK_EQ(gh_sim_gc(sim).workSpan, -1, "at rest before any cycle: nowhere");
    gh_gc_start(sim, false); /* not runtime.GC(): that sweeps everything at once */
    CHECK_EQ(gh_sim_gc(sim).workSpan, -1, "concurrent mark begins between jobs");
    int objects = 0, stacks = 0;
    while (gh_gc_mark_unit(sim)) {
        gh_GCInfo gc = gh_sim_gc(sim);
        if (gc.workSpan < 0) continue;
        const gh_MSpan *s = gh_sim_span(sim, gc.workSpan);
        if (!CHECK(s != NULL, "workSpan %d is a span", gc.workSpan)) break;
        if (s->state == GH_SPAN_MANUAL) { stacks++; CHECK_EQ(gc.workSlot, 0u, "a stack is one room"); continue; }
        objects++;
        CHECK(gc.workSlot < s->nelems, "slot %u inside the span's %u rooms", gc.workSlot, s->nelems);
        CHECK_EQ(gh_gc_color(sim, gc.workSpan, gc.workSlot), GH_COLOR_BLACK, "the object just scanned is black");
    }
    CHECK_EQ(stacks, 1, "the one goroutine's stack was read once");
    CHECK_EQ(objects, 5, "five nodes scanned, each where it lives (the bytes are noscan: black at once, never scanned)");
    gh_gc_mark_done(sim);
    gh_GCInfo term = gh_sim_gc(sim); /* between jobs, or on a floor mark termination swept */
    CHECK(term.workSpan == -1 || term.workSlot == GH_WORK_WHOLE_SPAN, "after mark termination: span %d slot %u", term.workSpan,
          term.workSlot);
    CHECK_EQ(gh_sim_gc(sim).state, GH_GCS_SWEEP, "sweeping follows");
    bool done = false;
    int swept = 0;
    while (gh_sweepone(sim, &done) && !done) {
        gh_GCInfo gc = gh_sim_gc(sim);
        if (gc.state != GH_GCS_SWEEP) break;
        CHECK(gc.workSpan >= 0, "a swept floor");
        CHECK_EQ(gc.workSlot, GH_WORK_WHOLE_SPAN, "sweeping takes the whole floor");
        const gh_MSpan *s = gh_sim_span(sim, gc.workSpan);
        CHECK(s->state != GH_SPAN_INUSE || s->sweepgen == gh_sim_heap(sim).sweepgen, "span %d was just swept", gc.workSpan);
        swept++;
    }
    gh_gc_finish_sweep(sim);
    CHECK(swept >= 1, "swept %d floors one by one", swept);
    CHECK_EQ(gh_sim_gc(sim).state, GH_GCS_IDLE, "at rest");
    CHECK_EQ(gh_sim_gc(sim).workSpan, -1, "at rest: nowhere");
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
