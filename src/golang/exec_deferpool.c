/* exec_deferpool.c — where Go 1.19 gets and puts back the _defer records that are not in
 * a frame (runtime/panic.go newdefer, freedefer; mgc.go clearpools).
 *
 * A _defer is 72 bytes (the 80-byte size class): started, heap, openDefer, sp, pc, fn,
 * _panic, link, fd, varp, framepc. A heap-allocated defer (a defer in a loop) and a panic
 * through a frame with open-coded defers each take one:
 *   newdefer: if the running P's pool is empty, move records from the central pool until
 *             it is half full (16 of 32); then pop the P's newest; if there is none,
 *             new(_defer), a heap allocation.
 *   freedefer: if the P's pool is full (32), move half of it (16) to the central pool; then
 *             push the record on the P's pool.
 *   clearpools: at the start of every GC cycle the central pool is dropped (its records
 *             become garbage); the per-P pools are left alone.
 * So a loop of 40 defers in a fresh program allocates 40 records, and the next 40 reuse
 * them; after a runtime.GC() only the 24 left in the P's pool are there (if the goroutine
 * runs on the same P again: real Go may move it to another P, whose pool is empty).
 * Records are kept reachable as Go's are (by the P, by sched.deferpool, by g._defer while
 * in use): each by a pointer word of the data segment of its own, zeroed when it is
 * dropped (its slot goes to the next new record).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

enum { X_DEFER_SIZE = 72, X_DEFERPOOL_CAP = 32 };

typedef struct XRec { gh_Addr addr, root; } XRec;
typedef struct XRecs { XRec *v; int n, cap; } XRecs;

struct XDeferPool {
    XRecs local[GH_MAX_PROCS];  /* pp.deferpool */
    XRecs central;              /* sched.deferpool */
    XRecs inuse;                /* taken: held by g._defer (or a panic) */
    gh_Addr *free_roots; int nfree_roots, capfree_roots;
};

static XRec *push(gh_Exec *ex, XRecs *s, XRec r)
{
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        XRec *nv = realloc(s->v, sizeof *nv * (size_t)nc);
        if (!nv) gh_x_panic(ex, "fatal error: out of memory");
        s->v = nv;
        s->cap = nc;
    }
    s->v[s->n] = r;
    return &s->v[s->n++];
}

static XRec pop(XRecs *s) { return s->v[--s->n]; }

static struct XDeferPool *pool(gh_Exec *ex)
{
    if (!ex->deferpool) {
        ex->deferpool = calloc(1, sizeof *ex->deferpool);
        if (!ex->deferpool) gh_x_panic(ex, "fatal error: out of memory");
    }
    return ex->deferpool;
}

static XRecs *local_pool(gh_Exec *ex)
{
    const gh_G *g = gh_sim_curg(ex->sim);
    int p = g && g->p >= 0 && g->p < GH_MAX_PROCS ? g->p : 0;
    return &pool(ex)->local[p];
}

gh_Addr gh_x_newdefer(gh_Exec *ex)
{
    struct XDeferPool *dp = pool(ex);
    XRecs *pp = local_pool(ex);
    if (pp->n == 0)
        while (pp->n < X_DEFERPOOL_CAP / 2 && dp->central.n) push(ex, pp, pop(&dp->central));
    XRec r;
    if (pp->n) {
        r = pop(pp);
    } else {
        gh_Addr d;
        X_BY(ex, "a defer record (runtime._defer)", d = gh_mallocgc(ex->sim, X_DEFER_SIZE, GH_TYPE_POINTER, true));
        gh_x_check(ex);
        gh_Addr root = dp->nfree_roots ? dp->free_roots[--dp->nfree_roots] : gh_global(ex->sim, "runtime._defer", GH_TYPE_POINTER, 8);
        if (!root || !gh_store_ptr(ex->sim, root, d)) gh_x_check(ex);
        r = (XRec){d, root};
    }
    push(ex, &dp->inuse, r);
    return r.addr;
}

void gh_x_freedefer(gh_Exec *ex, gh_Addr d)
{
    struct XDeferPool *dp = pool(ex);
    int i = dp->inuse.n - 1;
    while (i >= 0 && dp->inuse.v[i].addr != d) i--;
    if (i < 0) return;
    XRec r = dp->inuse.v[i];
    dp->inuse.v[i] = dp->inuse.v[--dp->inuse.n];
    XRecs *pp = local_pool(ex);
    if (pp->n == X_DEFERPOOL_CAP) {   /* move half of the P's pool to the central pool */
        for (int k = 0; k < X_DEFERPOOL_CAP / 2; k++) push(ex, &dp->central, pop(pp));
    }
    push(ex, pp, r);
}

void gh_x_deferpool_gc(gh_Exec *ex)
{
    struct XDeferPool *dp = ex->deferpool;
    if (!dp) return;
    while (dp->central.n) {
        XRec r = pop(&dp->central);
        gh_store_ptr(ex->sim, r.root, 0);
        if (dp->nfree_roots == dp->capfree_roots) {
            int nc = dp->capfree_roots ? dp->capfree_roots * 2 : 16;
            gh_Addr *nv = realloc(dp->free_roots, sizeof *nv * (size_t)nc);
            if (!nv) continue;   /* the slot is simply not reused */
            dp->free_roots = nv;
            dp->capfree_roots = nc;
        }
        dp->free_roots[dp->nfree_roots++] = r.root;
    }
}

void gh_x_deferpool_free(gh_Exec *ex)
{
    struct XDeferPool *dp = ex->deferpool;
    if (!dp) return;
    for (int i = 0; i < GH_MAX_PROCS; i++) free(dp->local[i].v);
    free(dp->central.v);
    free(dp->inuse.v);
    free(dp->free_roots);
    free(dp);
    ex->deferpool = NULL;
}
