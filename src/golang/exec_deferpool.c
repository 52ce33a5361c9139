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
 * Records are kept reachable as Go's are: the P's pool is an array of 32 pointers (a
 * data-segment array here, standing for the P), the central pool a list linked through
 * the records' link words from one root (sched.deferpool), and a record in use is on its
 * goroutine's g._defer list (exec_defer.c: gh_x_defer_link / gh_x_defer_unlink).
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

enum { X_DEFER_SIZE = 72, X_DEFERPOOL_CAP = 32, X_DEFER_LINK = 40 /* d.link */ };

typedef struct XRecs { gh_Addr *v; int n, cap; } XRecs;

struct XDeferPool {
    XRecs local[GH_MAX_PROCS];      /* pp.deferpool */
    gh_Addr local_slots[GH_MAX_PROCS]; /* its 32 words, made when the P first pools a record */
    XRecs central;                  /* sched.deferpool, newest first in v[n - 1] */
    gh_Addr central_root;
    XRecs free_roots;               /* g._defer words of goroutines that ended (their lists empty) */
};

static void push(gh_Exec *ex, XRecs *s, gh_Addr r)
{
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        gh_Addr *nv = realloc(s->v, sizeof *nv * (size_t)nc);
        if (!nv) gh_x_panic(ex, "fatal error: out of memory");
        s->v = nv;
        s->cap = nc;
    }
    s->v[s->n++] = r;
}

static struct XDeferPool *pool(gh_Exec *ex)
{
    if (!ex->deferpool) {
        ex->deferpool = calloc(1, sizeof *ex->deferpool);
        if (!ex->deferpool) gh_x_panic(ex, "fatal error: out of memory");
    }
    return ex->deferpool;
}

static int cur_p(gh_Exec *ex)
{
    const gh_G *g = gh_sim_curg(ex->sim);
    return g && g->p >= 0 && g->p < GH_MAX_PROCS ? g->p : 0;
}

static void store(gh_Exec *ex, gh_Addr slot, gh_Addr v)
{
    if (!gh_store_ptr(ex->sim, slot, v)) gh_x_check(ex);
}

/* The P's pool, its words in the data segment. */
static void local_push(gh_Exec *ex, struct XDeferPool *dp, int p, gh_Addr d)
{
    if (!dp->local_slots[p]) {
        dp->local_slots[p] = gh_global(ex->sim, "runtime.p.deferpool", GH_TYPE_POINTER, 8 * X_DEFERPOOL_CAP);
        gh_x_check(ex);
    }
    store(ex, dp->local_slots[p] + 8 * (uint64_t)dp->local[p].n, d);
    push(ex, &dp->local[p], d);
}

static gh_Addr local_pop(gh_Exec *ex, struct XDeferPool *dp, int p)
{
    gh_Addr d = dp->local[p].v[--dp->local[p].n];
    store(ex, dp->local_slots[p] + 8 * (uint64_t)dp->local[p].n, 0);
    return d;
}

/* sched.deferpool: a list through the records' link words. */
static void central_push(gh_Exec *ex, struct XDeferPool *dp, gh_Addr d)
{
    if (!dp->central_root) {
        dp->central_root = gh_global(ex->sim, "runtime.sched.deferpool", GH_TYPE_POINTER, 8);
        gh_x_check(ex);
    }
    store(ex, d + X_DEFER_LINK, dp->central.n ? dp->central.v[dp->central.n - 1] : 0);
    store(ex, dp->central_root, d);
    push(ex, &dp->central, d);
}

static gh_Addr central_pop(gh_Exec *ex, struct XDeferPool *dp)
{
    gh_Addr d = dp->central.v[--dp->central.n];
    store(ex, dp->central_root, dp->central.n ? dp->central.v[dp->central.n - 1] : 0);
    store(ex, d + X_DEFER_LINK, 0);
    return d;
}

gh_Addr gh_x_newdefer(gh_Exec *ex)
{
    struct XDeferPool *dp = pool(ex);
    int p = cur_p(ex);
    if (dp->local[p].n == 0)
        while (dp->local[p].n < X_DEFERPOOL_CAP / 2 && dp->central.n) local_push(ex, dp, p, central_pop(ex, dp));
    if (dp->local[p].n) return local_pop(ex, dp, p);   /* the caller links it at once */
    gh_Addr d;
    X_BY(ex, "a defer record (runtime._defer)", d = gh_mallocgc(ex->sim, X_DEFER_SIZE, GH_TYPE_POINTER, true));
    gh_x_check(ex);
    return d;
}

void gh_x_freedefer(gh_Exec *ex, gh_Addr d)
{
    struct XDeferPool *dp = pool(ex);
    int p = cur_p(ex);
    if (dp->local[p].n == X_DEFERPOOL_CAP)   /* move half of the P's pool to the central pool */
        for (int k = 0; k < X_DEFERPOOL_CAP / 2; k++) central_push(ex, dp, local_pop(ex, dp, p));
    local_push(ex, dp, p, d);
}

void gh_x_deferpool_gc(gh_Exec *ex)
{
    struct XDeferPool *dp = ex->deferpool;
    if (!dp || !dp->central.n) return;
    /* each record's link cleared, so that one still referenced does not pin the rest */
    for (int i = 0; i < dp->central.n; i++) gh_store_ptr(ex->sim, dp->central.v[i] + X_DEFER_LINK, 0);
    gh_store_ptr(ex->sim, dp->central_root, 0);
    dp->central.n = 0;
}

void gh_x_deferpool_free(gh_Exec *ex)
{
    struct XDeferPool *dp = ex->deferpool;
    if (!dp) return;
    for (int i = 0; i < GH_MAX_PROCS; i++) free(dp->local[i].v);
    free(dp->central.v);
    free(dp->free_roots.v);
    free(dp);
    ex->deferpool = NULL;
}

void gh_x_defer_root_free(gh_Exec *ex, gh_Addr root)
{
    if (!root) return;
    gh_store_ptr(ex->sim, root, 0);
    push(ex, &pool(ex)->free_roots, root);
}

/* g._defer: the records a goroutine holds, listed through their link words from one root. */
void gh_x_defer_link(gh_Exec *ex, gh_Addr *root, gh_Addr d)
{
    struct XDeferPool *dp = pool(ex);
    if (!*root && dp->free_roots.n) *root = dp->free_roots.v[--dp->free_roots.n];
    if (!*root) {
        *root = gh_global(ex->sim, "runtime.g._defer", GH_TYPE_POINTER, 8);
        gh_x_check(ex);
    }
    uint64_t head = 0;
    gh_x_load(ex, *root, &head, 8);
    store(ex, d + X_DEFER_LINK, head);
    store(ex, *root, d);
}

void gh_x_defer_unlink(gh_Exec *ex, gh_Addr root, gh_Addr d)
{
    if (!root) return;
    gh_Addr slot = root;
    for (int guard = 0; guard < 1 << 24; guard++) {   /* d is the head but for a panic's records */
        uint64_t cur = 0;
        gh_x_load(ex, slot, &cur, 8);
        if (!cur) return;
        if (cur == d) {
            uint64_t next = 0;
            gh_x_load(ex, d + X_DEFER_LINK, &next, 8);
            store(ex, slot, next);
            store(ex, d + X_DEFER_LINK, 0);
            return;
        }
        slot = cur + X_DEFER_LINK;
    }
}
