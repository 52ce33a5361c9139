/* exec_gwait.c — a goroutine parks saying what it waits on, as Go's gopark takes a
 * waitReason: the text a traceback prints in brackets ("goroutine 6 [chan receive]:") and,
 * for a channel operation, the hchan its sudog is queued on. The interpreter's parks all
 * come here (channels and select, WaitGroup.Wait and a contended Mutex.Lock — both
 * "semacquire" in Go 1.19 — and the finalizer goroutine's "finalizer wait"); the simulator
 * keeps the two for views (runtime gwait.c). Waking is the other half and has one place:
 * every wake goes through gh_x_set_state (exec_runq.c), which clears them as the goroutine
 * leaves XG_BLOCKED — Go's goready makes a g runnable, and a runnable g has no wait reason
 * in a traceback, whether it was a hand-off, a close, a select's winning case or a Done. */
#include "golang/exec_int.h"

void gh_x_park_waiting(gh_Exec *ex, uint64_t addr, const char *reason, gh_Addr on)
{
    gh_g_set_wait(ex->sim, gh_x_g(ex)->gid, reason, on);
    gh_x_park(ex, addr);
}
