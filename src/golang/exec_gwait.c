/* exec_gwait.c — a goroutine parks saying what it waits on, as Go's gopark takes a
 * waitReason: the text a traceback prints in brackets ("goroutine 6 [chan receive]:") and,
 * for a channel operation, the hchan its sudog is queued on. The interpreter's parks all
 * come here (channels and select, WaitGroup.Wait and a contended Mutex.Lock — both
 * "semacquire" in Go 1.19 — and the finalizer goroutine's "finalizer wait"); the simulator
 * keeps the two for views (runtime gwait.c). Waking clears them, as Go's goready makes a g
 * runnable and a runnable g has no wait reason in a traceback: gh_x_set_state (exec_runq.c)
 * clears them whenever a goroutine leaves XG_BLOCKED (a Done, an Unlock, the finalizer
 * goroutine's work), and a channel partner's ready (exec_chan.c) at once — a hand-off, a
 * close, a select's winning case — since the woken goroutine may wait in the waker's
 * runnext slot, still XG_BLOCKED for the interpreter's scheduler, but runnable for Go. */
#include "golang/exec_int.h"

void gh_x_park_waiting(gh_Exec *ex, uint64_t addr, const char *reason, gh_Addr on)
{
    gh_g_set_wait(ex->sim, gh_x_g(ex)->gid, reason, on);
    gh_x_park(ex, addr);
}
