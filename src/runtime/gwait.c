/* gwait.c — what a parked goroutine waits on, as Go's g records it: g.waitreason (the
 * text a traceback prints in brackets: "goroutine 2 [chan receive]:") and, for a channel
 * operation, the hchan its sudog is queued on (g.waiting.c). The interpreter sets it when
 * it parks a goroutine and clears it when the goroutine wakes; then, until the woken one
 * runs, which partner woke it and how. Nothing here moves virtual time, allocates or emits
 * an event — it is for views to read. */
#include "runtime/sim.h"

void gh_g_set_wait(gh_Sim *sim, int32_t gid, const char *reason, gh_Addr on)
{
    if (gid < 1 || gid > sim->stacks.ngs) return;
    gh_G *g = &sim->stacks.gs[gid - 1];
    g->waitReason = reason;
    g->waitOn = reason ? on : 0;
    if (reason) g->wokeBy = 0, g->wokeHow = NULL;   /* parked again: the last wake is history */
}

/* The hand-off that woke it, kept from the partner's operation until the woken goroutine
 * runs again (Go records no waker on the g: it is the interpreter's knowledge of the step,
 * which a view may show, "G3's send handed it the value"). */
void gh_g_set_woken(gh_Sim *sim, int32_t gid, int32_t by, const char *how)
{
    if (gid < 1 || gid > sim->stacks.ngs) return;
    gh_G *g = &sim->stacks.gs[gid - 1];
    g->wokeBy = how ? by : 0;
    g->wokeHow = by ? how : NULL;
}
