/* exec_gs.c — what the runtime itself allocates for goroutines, as Go 1.19 does:
 * - newproc takes a dead g from the free list (gfget) when there is one; otherwise it
 *   allocates a g (new(g): 416-byte class) and appends it to allgs, a []*g that grows as
 *   append does. At main.main allgs already holds the runtime's 5 goroutines (cap 8, 64 B;
 *   4 and cap 4 without os: exec_startup.c made it), so the 4th new g grows it to 16 (128 B),
 *   the 12th to 32 (256 B), ... The first GC's mark workers join it too (one per P,
 *   gcBgMarkStartWorkers); each array it outgrows is garbage. g's are never freed.
 * - A goroutine that waits on a semaphore (sync.WaitGroup.Wait, a contended Mutex) or a
 *   channel holds a sudog (96 B), as acquireSudog/releaseSudog (proc.go) keep them: each P
 *   has a cache of up to 128 free sudogs. A wait takes the last one of its P's cache; an
 *   empty cache first takes up to 64 from the central list (sched.sudogcache), and only when
 *   that is empty too allocates one new sudog. A woken goroutine gives its sudog back to the
 *   cache of the P it runs on then (which may not be the one it parked on, so waits that
 *   move between Ps allocate more); a full cache first moves half of itself to the central
 *   list. (A GC's clearpools drops the central list: not modelled, the list is kept.) At
 *   main.main main's P's cache already holds one (runtime init's gcenable waited on a
 *   channel for bgsweep and bgscavenge): measured with Go 1.19 at GOMAXPROCS 1 and 4, a
 *   first blocking `<-c` in main allocates no sudog, three goroutines parked at once allocate
 *   two. That one is not simulated (address 0: the runtime made it before the program's heap
 *   is shown).
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

enum { X_SUDOG_CACHE = 128 };   /* len(p.sudogbuf) */
struct XSudogCache { gh_Addr v[X_SUDOG_CACHE]; int n; };

/* The P the running goroutine is on: its sudog cache (main's P holds the runtime's one). */
static struct XSudogCache *p_cache(gh_Exec *ex)
{
    if (!ex->psudogs) {
        ex->psudogs = calloc(GH_MAX_PROCS, sizeof *ex->psudogs);
        if (!ex->psudogs) return NULL;
        ex->psudogs[0].n = 1;   /* v[0] = 0: the one made before main */
    }
    XG *g = gh_x_g(ex);
    return &ex->psudogs[g && g->p >= 0 && g->p < GH_MAX_PROCS ? g->p : 0];
}

gh_Addr gh_x_acquire_sudog(gh_Exec *ex)
{
    struct XSudogCache *c = p_cache(ex);
    if (c && !c->n)   /* a batch from the central list: up to half the cache */
        while (c->n < X_SUDOG_CACHE / 2 && ex->nsudogs) c->v[c->n++] = ex->sudogs[--ex->nsudogs];
    if (c && c->n) return c->v[--c->n];
    gh_Addr s;
    X_BY(ex, "a waiting goroutine's record (runtime.sudog)", s = gh_mallocgc(ex->sim, X_SUDOG_SIZE, GH_TYPE_POINTER, true));
    gh_x_check(ex);
    gh_Addr slot = gh_global(ex->sim, "runtime.sudog", GH_TYPE_POINTER, 8);
    if (!slot || !gh_store_ptr(ex->sim, slot, s)) gh_x_check(ex);   /* held by its P's cache or its waiter */
    return s;
}

/* Onto the central list (its head last); false: out of host memory, the sudog is dropped
 * (the next wait allocates one more, as after a GC's clearpools). */
static bool central_push(gh_Exec *ex, gh_Addr s)
{
    if (ex->nsudogs == ex->capsudogs) {
        int nc = ex->capsudogs ? ex->capsudogs * 2 : 64;
        gh_Addr *v = realloc(ex->sudogs, sizeof *v * (size_t)nc);
        if (!v) return false;
        ex->sudogs = v;
        ex->capsudogs = nc;
    }
    ex->sudogs[ex->nsudogs++] = s;
    return true;
}

void gh_x_release_sudog(gh_Exec *ex, gh_Addr s)
{
    struct XSudogCache *c = p_cache(ex);
    if (!c) return;
    if (c->n == X_SUDOG_CACHE) {   /* its upper half to the central list, v[127] the new head */
        int keep = X_SUDOG_CACHE / 2;
        for (int i = keep; i < c->n; i++) central_push(ex, c->v[i]);
        c->n = keep;
    }
    c->v[c->n++] = s;
}
