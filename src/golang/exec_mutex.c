/* exec_mutex.c — sync.Mutex as Go 1.19's sync/mutex.go runs it, on the semaphore of
 * runtime/sema.go.
 *
 * A Mutex is two words in the program's memory: state (int32) and sema (uint32). state's
 * bits are Go's: mutexLocked 1, mutexWoken 2 (a goroutine is awake and trying, so Unlock
 * need not wake another), mutexStarving 4, and the count of parked waiters from bit 3 up.
 *
 * Lock: an unlocked state is taken at once (the fast path's CAS). Otherwise lockSlow loops:
 *  - while the mutex is locked and not starving and runtime_canSpin(iter) holds, it spins:
 *    it may set mutexWoken (so Unlock wakes nobody: it is about to take the lock itself),
 *    then runtime_doSpin (procyield(30): X_SPIN_STMTS statements of simulated time, in which
 *    the goroutines on the other Ps run on), then it reads state again. canSpin is true for
 *    at most active_spin = 4 iterations, only on a machine of more than one CPU with more
 *    than one P, while a goroutine runs on another P (gomaxprocs > npidle + nmspinning + 1)
 *    and the spinner's own P has nothing queued (runnext and the local queue empty);
 *  - otherwise it computes the new state (locked unless starving; one more waiter if it
 *    cannot take it now; starving if it has waited over 1 ms) and stores it (the CAS: no
 *    other goroutine runs between the load and the store here). If the mutex was free it
 *    has it; else runtime_SemacquireMutex parks it — FIFO the first time, at the front
 *    (LIFO) after it has been woken and lost again — holding a sudog. Woken, it is the
 *    mutexWoken goroutine and begins spinning again; a starving mutex was handed to it.
 * Unlock drops mutexLocked; if waiters remain and nobody is woken or holds it, it takes one
 * waiter off the count, sets mutexWoken and semreleases one (normal mode), or in starving
 * mode hands the mutex to the first waiter (semrelease with handoff).
 *
 * So a short critical section held on another P is usually taken while spinning, without a
 * sudog: 4 goroutines × 1000 Lock/Unlock at GOMAXPROCS=4 allocate only their g's and allgs
 * in real Go 1.19 (5 Mallocs / 1 792 B in 25 of 30 runs, tests/golang/diff/mutex_spin.go).
 *
 * The semaphore: semacquire takes a unit of sema if there is one, else takes a sudog from
 * the cache (exec_gs.c), queues itself on the sema's address and parks ("semacquire", Go
 * 1.19's wait reason for a Mutex too) until a semrelease dequeues it (FIFO, a LIFO waiter
 * at the front); it gives the sudog back when it has the unit. Waiters are the goroutines
 * blocked on the sema's address, ordered by a key (a FIFO waiter's is the next sequence
 * number, a LIFO one's its negation), so the order is deterministic. Not modelled: after a
 * hand-off (starving mode) Go's unlocker also yields its P (goyield) so the waiter runs at
 * once; here the waiter waits in the unlocker's runnext like any woken goroutine.
 */
#include "golang/exec_int.h"

enum {
    M_LOCKED = 1, M_WOKEN = 2, M_STARVING = 4, M_WAITER_SHIFT = 3,
    X_ACTIVE_SPIN = 4,   /* runtime.active_spin: iterations of canSpin */
    /* runtime_doSpin is procyield(active_spin_cnt = 30): 30 PAUSE instructions, measured at
     * 570 ns on the 2-CPU machine the tests' real-Go figures come from (1e6 rounds in C) */
    X_SPIN_STMTS = 570 / X_STMT_NS,
};
#define X_STARVATION_NS 1000000ull   /* sync.starvationThresholdNs: 1 ms */

static int32_t load_state(gh_Exec *ex, gh_Addr m)
{
    int32_t st;
    gh_x_load(ex, m, &st, 4);
    return st;
}

static void store_state(gh_Exec *ex, gh_Addr m, int32_t st) { gh_store(ex->sim, m, &st, 4); }

/* sync_runtime_canSpin (runtime/proc.go) */
static bool can_spin(gh_Exec *ex, int iter)
{
    XG *g = gh_x_g(ex);
    int procs = gh_sim_nprocs(ex->sim);
    if (iter >= X_ACTIVE_SPIN || gh_sim_config(ex->sim).ncpu <= 1 || procs <= 1) return false;
    bool other = false;   /* a P other than the spinner's is running a goroutine */
    for (int i = 0; i < procs && i < GH_MAX_PROCS; i++)
        if (i != g->p && ex->prun[i] > 0) other = true;
    return other && !g->runnext && !g->runq_head;
}

/* cansemacquire: takes a unit of the semaphore at s if it has one */
static bool can_semacquire(gh_Exec *ex, gh_Addr s)
{
    uint32_t v;
    gh_x_load(ex, s, &v, 4);
    if (!v) return false;
    v--;
    gh_store(ex->sim, s, &v, 4);
    return true;
}

/* semacquire1 (runtime/sema.go) */
static void semacquire(gh_Exec *ex, gh_Addr s, bool lifo)
{
    if (can_semacquire(ex, s)) return;
    XG *g = gh_x_g(ex);
    gh_Addr sg = gh_x_acquire_sudog(ex);
    g->sema_ticket = false;
    for (;;) {
        if (can_semacquire(ex, s)) break;
        ex->sema_seq++;
        g->sema_key = lifo ? -ex->sema_seq : ex->sema_seq;   /* root.queue(addr, s, lifo) */
        gh_x_park_waiting(ex, s, "semacquire", 0);
        if (g->sema_ticket || can_semacquire(ex, s)) break;
    }
    gh_x_release_sudog(ex, sg);
}

/* semrelease1: one more unit; the first waiter on s (if any) made ready. With handoff the
 * unit is given to it at once (its ticket), as a starving mutex is handed over. */
static void semrelease(gh_Exec *ex, gh_Addr s, bool handoff)
{
    uint32_t v;
    gh_x_load(ex, s, &v, 4);
    v++;
    gh_store(ex->sim, s, &v, 4);
    XG *first = NULL;
    for (int i = 0; ex->runq.nblocked && i < ex->ngs; i++) {
        XG *w = ex->gs[i];
        if (w->state == XG_BLOCKED && w->wait_addr == s && (!first || w->sema_key < first->sema_key)) first = w;
    }
    if (!first) return;
    first->wait_addr = 0;   /* dequeued: nothing else wakes it */
    if (handoff && can_semacquire(ex, s)) first->sema_ticket = true;
    gh_x_goready(ex, first);
}

void gh_x_mutex_lock(gh_Exec *ex, gh_Addr m)
{
    int32_t old = load_state(ex, m);
    if (old == 0) { store_state(ex, m, M_LOCKED); return; }   /* the fast path */
    uint64_t wait_start = 0;
    bool starving = false, awoke = false;
    int iter = 0;
    for (;;) {
        if ((old & (M_LOCKED | M_STARVING)) == M_LOCKED && can_spin(ex, iter)) {
            if (!awoke && !(old & M_WOKEN) && old >> M_WAITER_SHIFT) {
                store_state(ex, m, old | M_WOKEN);
                awoke = true;
            }
            gh_x_spin(ex, X_SPIN_STMTS);
            iter++;
            old = load_state(ex, m);
            continue;
        }
        int32_t nw = old;
        if (!(old & M_STARVING)) nw |= M_LOCKED;
        if (old & (M_LOCKED | M_STARVING)) nw += 1 << M_WAITER_SHIFT;
        if (starving && (old & M_LOCKED)) nw |= M_STARVING;
        if (awoke) nw &= ~M_WOKEN;
        store_state(ex, m, nw);
        if (!(old & (M_LOCKED | M_STARVING))) return;   /* locked it */
        bool lifo = wait_start != 0;
        if (!wait_start) wait_start = gh_sim_nanotime(ex->sim);
        semacquire(ex, m + 4, lifo);
        starving = starving || gh_sim_nanotime(ex->sim) - wait_start > X_STARVATION_NS;
        old = load_state(ex, m);
        if (old & M_STARVING) {   /* handed to us: locked, one waiter fewer */
            int32_t delta = M_LOCKED - (1 << M_WAITER_SHIFT);
            if (!starving || old >> M_WAITER_SHIFT == 1) delta -= M_STARVING;
            store_state(ex, m, old + delta);
            return;
        }
        awoke = true;
        iter = 0;
    }
}

void gh_x_mutex_unlock(gh_Exec *ex, gh_Addr m)
{
    int32_t st = load_state(ex, m);
    if (!(st & M_LOCKED)) gh_x_panic(ex, "fatal error: sync: unlock of unlocked mutex");
    int32_t old = st - M_LOCKED;
    store_state(ex, m, old);
    if (old & M_STARVING) { semrelease(ex, m + 4, true); return; }
    if (!(old >> M_WAITER_SHIFT) || (old & (M_LOCKED | M_WOKEN | M_STARVING))) return;
    store_state(ex, m, (old - (1 << M_WAITER_SHIFT)) | M_WOKEN);
    semrelease(ex, m + 4, false);
}
