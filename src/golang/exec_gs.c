/* exec_gs.c — what the runtime itself allocates for goroutines, as Go 1.19 does:
 * - newproc takes a dead g from the free list (gfget) when there is one; otherwise it
 *   allocates a g (new(g): 416-byte class) and appends it to allgs, a []*g that grows as
 *   append does. At main.main allgs already holds the runtime's 5 goroutines (cap 8, 64 B;
 *   4 and cap 4 without os: exec_startup.c made it), so the 4th new g grows it to 16 (128 B),
 *   the 12th to 32 (256 B), ... The first GC's mark workers join it too (one per P,
 *   gcBgMarkStartWorkers); each array it outgrows is garbage. g's are never freed.
 * - A goroutine that waits on a semaphore (sync.WaitGroup.Wait, a contended Mutex) or a
 *   channel holds a sudog (96 B) from the sudog cache, allocated when the cache is empty and
 *   given back when it wakes; the cache keeps it for the next wait. At main.main the cache
 *   already holds one (runtime init's gcenable waited on a channel for bgsweep and
 *   bgscavenge): measured with Go 1.19 at GOMAXPROCS 1 and 4, a first blocking `<-c` in main
 *   allocates no sudog, three goroutines parked at once allocate two. That one is not
 *   simulated (address 0: the runtime made it before the program's heap is shown).
 * Their stacks are not heap: StackInuse, not Mallocs (stack.c).
 * Measured with real Go 1.19, GOMAXPROCS=1: 20 `go f(&wg)` + wg.Wait() in a fresh program:
 * 43 Mallocs / 9 120 B = 20 g's (8 320) + 20 closures (320) + allgs 8→16→32 (384) + a sudog
 * (96); the same again: 20 / 320 (the closures only).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

bool gh_x_allgs_append(gh_Exec *ex, gh_Addr g, const char *by)
{
    gh_Sim *sim = ex->sim;
    if (ex->nallgs == ex->capallgs) {
        int64_t nc = gh_growslice_cap(ex->capallgs, ex->nallgs + 1, 8);
        gh_Addr a;
        X_BY(ex, by, a = gh_mallocgc(sim, (uint64_t)nc * 8, GH_TYPE_POINTER, true));
        if (!a) return false;
        if (!ex->allgs_root && !(ex->allgs_root = gh_global(sim, "runtime.allgs", GH_TYPE_POINTER, 8))) return false;
        if (ex->allgs && !gh_memmove(sim, a, ex->allgs, (uint64_t)ex->nallgs * 8)) return false;
        if (!gh_store_ptr(sim, ex->allgs_root, a)) return false;   /* the old array is garbage now */
        ex->allgs = a;
        ex->capallgs = nc;
    }
    if (g && !gh_store_ptr(sim, ex->allgs + (uint64_t)ex->nallgs * 8, g)) return false;
    ex->nallgs++;
    return true;
}

void gh_x_mark_workers_start(gh_Exec *ex)
{
    int before = ex->mark_workers;
    uint32_t depth = gh_temps_depth(ex->sim);
    gh_x_goid_gcstart(ex);
    for (int i = before; i < ex->mark_workers; i++)
        if (!gh_x_allgs_append(ex, 0, GH_X_BY_WORKERS_ALLGS))
            gh_x_check(ex);
    gh_temps_drop_to(ex->sim, depth);   /* made on the system stack: in no register of the program's */
}

void gh_x_new_g(gh_Exec *ex)
{
    XG *creator = gh_x_g(ex);
    if (gh_x_gfget(ex, creator ? creator->p : 0)) return;   /* a dead g of this P (exec_runqput.c) */
    if (!ex->g_type) ex->g_type = gh_type_register(ex->sim, "runtime.g", X_G_SIZE, NULL) + 1;
    gh_Addr g;
    X_BY(ex, GH_X_BY_NEW_G, g = gh_mallocgc(ex->sim, X_G_SIZE, ex->g_type - 1, true));
    gh_x_check(ex);
    int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_UNSAFEPTR], &g);   /* until allgs holds it */
    if (!gh_x_allgs_append(ex, g, "the runtime's list of goroutines (allgs)")) gh_x_check(ex);
    gh_x_unpin_all(ex, mark);
}

gh_Addr gh_x_acquire_sudog(gh_Exec *ex)
{
    if (ex->nsudogs) return ex->sudogs[--ex->nsudogs];
    if (!ex->premain_sudog_out) { ex->premain_sudog_out = true; return 0; }   /* the one made before main */
    gh_Addr s;
    X_BY(ex, "a waiting goroutine's record (runtime.sudog)", s = gh_mallocgc(ex->sim, X_SUDOG_SIZE, GH_TYPE_POINTER, true));
    gh_x_check(ex);
    gh_Addr slot = gh_global(ex->sim, "runtime.sudog", GH_TYPE_POINTER, 8);
    if (!slot || !gh_store_ptr(ex->sim, slot, s)) gh_x_check(ex);   /* held by its P's cache or its waiter */
    return s;
}

void gh_x_release_sudog(gh_Exec *ex, gh_Addr s)
{
    if (!s) { ex->premain_sudog_out = false; return; }   /* back in the cache, first in line again */
    if (ex->nsudogs == ex->capsudogs) {
        int nc = ex->capsudogs ? ex->capsudogs * 2 : 8;
        gh_Addr *v = realloc(ex->sudogs, sizeof *v * (size_t)nc);
        if (!v) return;   /* not cached: the next wait allocates one more, as after a GC's clearpools */
        ex->sudogs = v;
        ex->capsudogs = nc;
    }
    ex->sudogs[ex->nsudogs++] = s;
}
