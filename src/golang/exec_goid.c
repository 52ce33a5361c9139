/* exec_goid.c — the goroutine ids Go 1.19 prints in tracebacks ("goroutine 6 [chan send]:").
 *
 * Go numbers goroutines from sched.goidgen in creation order, never reusing an id (a g taken
 * from the free list gets a new one), and counts the runtime's own goroutines too:
 *   1 main; 2 forcegchelper (runtime's init); 3 bgsweep and 4 bgscavenge (gcenable);
 *   5 runfinq when the program imports os (fmt and runtime/debug do): os's init sets the
 *     files' finalizers, and the first SetFinalizer starts the finalizer goroutine
 *     (createfing); without os it starts at the program's first SetFinalizer;
 *   GOMAXPROCS background mark workers at the first GC (gcBgMarkStartWorkers, more if
 *     GOMAXPROCS grew);
 *   then the program's goroutines, in the order its go statements run.
 * Measured with Go 1.19.8: the first goroutine of a program without imports is 5, with fmt 6,
 * after a runtime.GC() at GOMAXPROCS 1 6 (one mark worker). These are Go's ids at GOMAXPROCS 1,
 * where they never vary. With more Ps ids are handed out from per-P batches of 16 (p.goidcache)
 * and main may move to another P while gcenable's goroutines start, so Go prints these ids in
 * most runs and 17.. or 18.. in others (tests/golang/exec/fail/README.md); gohotel always
 * prints these. The simulator's own G numbers (XG.gid, what the views show) are not these.
 */
#include "golang/exec_int.h"

enum { X_GOID_RUNTIME_START = 5 };   /* the next id once main, forcegc, bgsweep, bgscavenge exist */
enum { X_IMPORT_FMT = 0, X_IMPORT_DEBUG = 5, X_IMPORT_OS = 6 };   /* in prog->imported (go_check.c's order) */

/* The ids the runtime took before main.main. */
static void start_ids(gh_Exec *ex)
{
    if (ex->goidgen) return;
    ex->goidgen = X_GOID_RUNTIME_START;
    if (gh_x_goid_fing_at_main(ex)) ex->fing_goid = ex->goidgen++;   /* os's init started runfinq */
}

bool gh_x_goid_fing_at_main(const gh_Exec *ex)
{
    const int *imp = ex->prog->imported;
    return imp[X_IMPORT_OS] || imp[X_IMPORT_FMT] || imp[X_IMPORT_DEBUG];
}

void gh_x_goid_new(gh_Exec *ex, XG *g)
{
    start_ids(ex);
    g->goid = ex->goidgen++;
}

void gh_x_goid_fing(gh_Exec *ex, XG *g)
{
    start_ids(ex);
    if (!ex->fing_goid) ex->fing_goid = ex->goidgen++;   /* createfing at the first SetFinalizer */
    g->goid = ex->fing_goid;
}

void gh_x_goid_gcstart(gh_Exec *ex)
{
    int n = gh_sim_nprocs(ex->sim);
    if (ex->mark_workers >= n) return;
    start_ids(ex);
    ex->goidgen += n - ex->mark_workers;   /* gcBgMarkStartWorkers: one per P */
    ex->mark_workers = n;
}
