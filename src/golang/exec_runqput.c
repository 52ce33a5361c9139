/* exec_runqput.c — a P's own run queue: where Go 1.19 puts a goroutine that becomes
 * runnable, and when another P takes it.
 *
 * In Go (runtime/proc.go) a goroutine is never runnable "everywhere": newproc and goready
 * call runqput(pp, gp, next=true), which puts it in the running P's runnext slot and kicks
 * the goroutine that was there to the tail of that P's local run queue; then wakep() starts
 * an idle P's M spinning. The running goroutine goes on. Its P runs runnext as soon as it
 * blocks or ends (schedule → findRunnable → runqget takes runnext first, then the queue in
 * FIFO order). An idle P gets a share only once its M is awake: runqsteal takes half of the
 * local queue, and takes runnext only when the queue is empty and after usleep(3) while the
 * owner is running. So the new goroutines of a worker pool start only after `go` has run
 * four times and main has sent its jobs, and none of them finds the jobs channel empty.
 *
 * The model (one P per running goroutine: the queue belongs to the goroutine running on it):
 *  - a go statement puts the new g (state XG_QUEUED) in the creator's runnext; a new g that
 *    was there moves to the creator's queue (g->runq_head..tail, linked by qnext).
 *  - at every statement of the owner (gh_x_runq_poll): X_WAKE_STMTS after the queue began
 *    (the wakep) an idle P is awake and the whole queue becomes runnable; the new g in
 *    runnext X_STEAL_STMTS later. With one P nobody steals: sysmon's 10 ms preemption is
 *    the only way out before the owner blocks.
 *  - when the owner blocks or ends (gh_x_runq_handoff), its P runs runnext next (or the
 *    queue's head), and that goroutine takes over the rest of the queue and its clock.
 * A goroutine a channel operation or a semaphore (WaitGroup, Mutex) woke (gh_x_goready)
 * also waits in runnext, with X_STEAL_STMTS counted from its wake-up (an idle P is already
 * spinning then); the finalizer goroutine is runnable at once.
 * Each goroutine made runnable is on a P (XG.p): its owner's when handed on, else an idle
 * one. A dead g goes on its P's free list, and newproc reuses only the creating P's
 * (gfput/gfget below). Not modelled: the limit of GOMAXPROCS goroutines running at once.
 */
#include "golang/exec_int.h"

/* How long an idle P takes to come for the queue after wakep: about 1 µs (500 statements),
 * fitted to what real Go 1.19 does at GOMAXPROCS=4 (the M is woken from its futex sleep, or
 * is still spinning): long enough that a worker pool's four new goroutines are still queued
 * when main has started sending its jobs (diff/chan_worker_pool_cold: no worker parks on the
 * empty channel, 0 sudogs), short enough that one of three ping-pong senders ends on another P
 * (diff/chan_closure_capture: its g is not reused by main's P). 200 to 500 statements give
 * both (100: workers park). (It once also had to let one of two goroutines queued behind a
 * 1000-iteration loop block on the Mutex the loop holds, tests/golang/pprof/lib_misc.go; since
 * a contended Lock spins as Go's does, that loop runs 1e6 times, about 1 ms, so that the
 * lockers spin out and park in real Go too, whatever the latency.) The latency itself is not
 * measurable here (wake-ups on the shared 2-CPU machine took 80 µs to ms). */
enum { X_WAKE_STMTS = 1000 / X_STMT_NS };

static void enqueue(XG *p, XG *g)
{
    g->qnext = NULL;
    if (p->runq_tail) p->runq_tail->qnext = g;
    else p->runq_head = g;
    p->runq_tail = g;
}

/* It leaves the P's slots and can run (a woken waiter stays as ready() left it until now). */
static void make_runnable(gh_Exec *ex, XG *g)
{
    if (g->state == XG_QUEUED || g->state == XG_BLOCKED) gh_x_set_state(ex, g, XG_RUNNABLE);
}

void gh_x_runq_kick(gh_Exec *ex, XG *p)
{
    XG *old = p->runnext;
    if (!old) return;
    p->runnext = NULL;
    if (!p->runq_head) p->runq_since = ex->steps;   /* wakep */
    enqueue(p, old);   /* it waits in the queue for an idle P */
}

void gh_x_runqput_new(gh_Exec *ex, XG *p, XG *g)
{
    gh_x_set_state(ex, g, XG_QUEUED);
    if (!p->runq_head && !(p->runnext && p->runnext_new)) p->runq_since = ex->steps;   /* wakep */
    gh_x_runq_kick(ex, p);
    p->runnext = g;
    p->runnext_since = ex->steps;
    p->runnext_new = true;
}

void gh_x_goready(gh_Exec *ex, XG *g)
{
    XG *cur = gh_x_g(ex);
    if (!cur || cur == g || cur->state != XG_RUNNABLE) { gh_x_set_state(ex, g, XG_RUNNABLE); return; }
    gh_x_runq_kick(ex, cur);
    cur->runnext = g;
    cur->runnext_since = ex->steps;
    cur->runnext_new = false;
}

void gh_x_runq_poll(gh_Exec *ex, XG *p)
{
    bool one = gh_sim_nprocs(ex->sim) == 1;
    long long wake = one ? X_PREEMPT_STMTS : X_WAKE_STMTS;
    if (p->runq_head && ex->steps - p->runq_since >= wake) {   /* runqsteal: the whole queue */
        XG *g = p->runq_head;
        p->runq_head = p->runq_tail = NULL;
        while (g) {
            XG *n = g->qnext;
            g->qnext = NULL;
            make_runnable(ex, g);
            g = n;
        }
    }
    if (!p->runnext) return;
    bool due = one ? ex->steps - p->runnext_since >= X_PREEMPT_STMTS
             : p->runnext_new ? !p->runq_head && ex->steps - p->runq_since >= wake + X_STEAL_STMTS
                              : ex->steps - p->runnext_since >= X_STEAL_STMTS;
    if (!due) return;
    XG *next = p->runnext;
    p->runnext = NULL;
    make_runnable(ex, next);
}

void gh_x_runq_handoff(gh_Exec *ex, XG *p)
{
    XG *next = p->runnext, *head = p->runq_head, *tail = p->runq_tail;
    long long since = p->runq_since;
    p->runnext = NULL;
    p->runq_head = p->runq_tail = NULL;
    if (!next && head) {
        next = head;
        head = head->qnext;
        if (!head) tail = NULL;
        next->qnext = NULL;
    }
    if (!next) return;
    next->runq_head = head;
    next->runq_tail = tail;
    next->runq_since = since;
    ex->handoff = next->idx + 1;
    ex->next_p = p->p + 1;   /* on the same P */
    make_runnable(ex, next);
    ex->next_p = 0;
}

int gh_x_idle_p(gh_Exec *ex)
{
    int n = gh_sim_nprocs(ex->sim);
    for (int i = 0; i < n && i < GH_MAX_PROCS; i++)
        if (!ex->prun[i]) return i;
    XG *cur = gh_x_g(ex);
    return cur ? cur->p : 0;
}

/* Go's gfput and gfget (proc.go): free g's are kept per P, so a goroutine that exited on
 * another P leaves its g where the creator cannot take it; newproc then makes a new one. */
enum { X_GFREE_MAX = 64, X_GFREE_KEEP = 32 };

void gh_x_gfput(gh_Exec *ex, int p)
{
    if (++ex->gfree[p] < X_GFREE_MAX) return;
    int move = ex->gfree[p] - (X_GFREE_KEEP - 1);   /* pops while n >= 32 */
    ex->gfree[p] -= move;
    ex->gfree_global += move;
}

bool gh_x_gfget(gh_Exec *ex, int p)
{
    if (!ex->gfree[p] && ex->gfree_global) {   /* refills to 32 */
        int n = ex->gfree_global < X_GFREE_KEEP ? ex->gfree_global : X_GFREE_KEEP;
        ex->gfree_global -= n;
        ex->gfree[p] += n;
    }
    if (!ex->gfree[p]) return false;
    ex->gfree[p]--;
    return true;
}
