/* exec_chan.c — Go channels in simulated memory, as Go 1.19's runtime/chan.go builds them.
 *
 * make(chan T, n) is makechan: an hchan of 96 bytes (hchanSize) on the heap, always (escape
 * analysis never keeps one on the stack). Its buffer of n elements comes
 *   - with it, in one allocation of 96 + n*size(T), when T holds no pointers (or n*size(T)
 *     is 0: then just the 96 bytes): the object is noscan, its size class that of the sum
 *     (make(chan int, 10): one 176-byte object);
 *   - apart, when T holds pointers: new(hchan) (96 B, scanned: buf and the wait queues are
 *     pointers) and a buffer of n T's (mallocgc(n*size(T), T)): two objects.
 * The hchan's fields are kept in its bytes: qcount (values in the buffer), dataqsiz (n), buf,
 * elemsize, closed, elemtype (the type word), sendx/recvx (the ring's indices), recvq and
 * sendq (first and last waiting sudog), lock.
 *
 * Send (chansend): on a closed channel it panics; if a receiver waits, the value goes straight
 * into the receiver's variable (sendDirect: one goroutine writing another's stack, under the
 * write barrier) and the receiver is made runnable; else if the buffer has room the value is
 * copied into buf[sendx]; else the sender parks holding a sudog until a receiver takes the
 * value (or the channel is closed: then it panics). Receive (chanrecv) mirrors it: from a
 * waiting sender (unbuffered: its value; buffered, the buffer being full: buf[recvx], and the
 * sender's value goes into the freed slot), else from the buffer, else zero and ok = false on
 * a closed channel, else park. close wakes every waiter: receivers get the zero value and
 * ok = false, senders panic. A nil channel blocks forever.
 *
 * Values move memory to memory: a send's value is stored first in a stack temporary of the
 * sender's frame (the compiler's autotmp passed to chansend1), a receive lands in one of the
 * receiver's (chanrecv1's &tmp) before it is assigned; a parked goroutine's stack does not
 * move (gh_x_pad_stack), so the partner can copy from or into it.
 *
 * Sudogs: a goroutine that parks on a channel holds one from the sudog cache (exec_gs.c),
 * which allocates (96 B) only when the cache is empty. Real Go 1.19 starts main.main with one
 * sudog in main's P's cache (runtime init's gcenable waited on a channel), measured: a first
 * `<-c` that blocks allocates nothing, three goroutines parked at once allocate two.
 *
 * select (selectgo): the channels and values of all cases are evaluated first, in source
 * order; the cases are numbered as Go's compiler orders them (sends first, then receives
 * from the last one backwards) and polled in a pseudo-random order drawn from the runtime's
 * fastrand (a Fisher-Yates insertion, as selectgo's pollorder), seeded identically every
 * run, so a program's choices are the same in every gohotel run (real Go's differ run to
 * run). The first ready case runs; with none, default runs if there is one, else the
 * goroutine parks on every channel at once, and the first partner to come wins; its other
 * waits are then withdrawn. Cases on nil channels never fire.
 *
 * Blocked goroutines and what they wait on are host records (XWaiter, on the parked
 * goroutine's host stack) in FIFO queues per channel (a host map from hchan address); while
 * parked the goroutine pins the hchan in its frame's spill words, so the channel stays
 * reachable as Go's sudog.c keeps it.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

enum {
    HC_QCOUNT = 0, HC_DATAQSIZ = 8, HC_BUF = 16, HC_ELEMSIZE = 24, HC_CLOSED = 28, HC_ELEMTYPE = 32,
    HC_SENDX = 40, HC_RECVX = 48, HC_RECVQ = 56, HC_SENDQ = 72, HC_LOCK = 88,
    HCHAN_SIZE = 96,
};

typedef struct XWaiter {
    XG *g;
    gh_Addr c;              /* the hchan */
    gh_Addr elem;           /* the value to send, or where a received one goes (0: none) */
    bool success;           /* woken by a communication (false: by close) */
    int *fired;             /* shared by a select's cases: -1 while waiting, then the case that ran */
    int casei;              /* its case in a select; alone: -1 until woken */
    gh_Addr sudog;          /* the sudog it holds while it waits */
} XWaiter;

typedef struct XWaitQ { XWaiter **v; int n, cap; } XWaitQ;
typedef struct XChan { XWaitQ recvq, sendq; bool scan; /* new(hchan): its pointer words are scanned */ } XChan;

struct XChanState {
    XMap byaddr;            /* hchan address -> XChan */
    int32_t hchan_scan;     /* "runtime.hchan" with its pointer words, + 1 */
    int32_t hchan_noscan;   /* the one-allocation hchan + buffer, + 1 */
};

static struct XChanState *state(gh_Exec *ex)
{
    if (!ex->chans) {
        ex->chans = calloc(1, sizeof *ex->chans);
        if (!ex->chans) gh_x_panic(ex, "fatal error: out of memory");
    }
    return ex->chans;
}

void gh_x_chan_free(gh_Exec *ex)
{
    struct XChanState *s = ex->chans;
    if (!s) return;
    for (uint32_t i = 0; i < s->byaddr.cap; i++)
        if (s->byaddr.v[i].key) {
            XChan *c = (XChan *)(uintptr_t)s->byaddr.v[i].a;
            free(c->recvq.v);
            free(c->sendq.v);
            free(c);
        }
    gh_xmap_free(&s->byaddr);
    free(s);
    ex->chans = NULL;
}

static XChan *chan_of(gh_Exec *ex, gh_Addr c)
{
    uint64_t *e = gh_xmap_get(&state(ex)->byaddr, (const void *)(uintptr_t)c, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (!e[0]) {
        XChan *ch = calloc(1, sizeof *ch);
        if (!ch) gh_x_panic(ex, "fatal error: out of memory");
        e[0] = (uint64_t)(uintptr_t)ch;
    }
    return (XChan *)(uintptr_t)e[0];
}

/* --- the hchan's words ------------------------------------------------------------ */

static uint64_t ld(gh_Exec *ex, gh_Addr a, uint64_t n)
{
    uint64_t v = 0;
    gh_x_load(ex, a, &v, n);
    return v;
}

static void st(gh_Exec *ex, gh_Addr a, uint64_t n, uint64_t v)
{
    if (!gh_store(ex->sim, a, &v, n)) gh_x_check(ex);
}

/* recvq/sendq's first and last sudog into the hchan, as the runtime's waitq holds them */
static void sync_queue(gh_Exec *ex, gh_Addr c, gh_Addr off, const XWaitQ *q, bool scan)
{
    gh_Addr first = q->n ? q->v[0]->sudog : 0, last = q->n ? q->v[q->n - 1]->sudog : 0;
    if (scan) {
        if (!gh_store_ptr(ex->sim, c + off, first) || !gh_store_ptr(ex->sim, c + off + 8, last)) gh_x_check(ex);
    } else {
        st(ex, c + off, 8, first);
        st(ex, c + off + 8, 8, last);
    }
}

/* --- wait queues ------------------------------------------------------------------ */

static void q_push(gh_Exec *ex, XWaitQ *q, XWaiter *w)
{
    if (q->n == q->cap) {
        int nc = q->cap ? q->cap * 2 : 4;
        XWaiter **nv = realloc(q->v, sizeof *nv * (size_t)nc);
        if (!nv) gh_x_panic(ex, "fatal error: out of memory");
        q->v = nv;
        q->cap = nc;
    }
    q->v[q->n++] = w;
}

static void q_remove(XWaitQ *q, XWaiter *w)
{
    for (int i = 0; i < q->n; i++)
        if (q->v[i] == w) {
            memmove(q->v + i, q->v + i + 1, sizeof *q->v * (size_t)(q->n - i - 1));
            q->n--;
            return;
        }
}

/* The first waiter that can still be taken (a select that fired elsewhere is skipped and
 * dropped, as dequeue skips a sudog whose select is done), removed from q; NULL if none. */
static XWaiter *q_take(XWaitQ *q)
{
    while (q->n) {
        XWaiter *w = q->v[0];
        memmove(q->v, q->v + 1, sizeof *q->v * (size_t)(q->n - 1));
        q->n--;
        if (!w->fired || *w->fired < 0) return w;
    }
    return NULL;
}

/* The waiter has its communication (or its channel closed): it runs again. As Go's goready,
 * it goes into the running goroutine's P's runnext slot, where it waits until the waker blocks
 * or ends (an idle P steals it after ~3 µs; with one P, the waker is preempted after 10 ms:
 * exec_runqput.c); a goroutine already there is
 * kicked to the run queue. This decides how many goroutines hold a sudog at once: in an
 * unbuffered ping-pong the sender of a reply parks before the woken receiver has given its
 * sudog back, so a second sudog is allocated, as in Go. */
static void ready(gh_Exec *ex, XWaiter *w, bool success, const char *how)
{
    w->success = success;
    if (w->fired) *w->fired = w->casei;
    else w->casei = 0;
    XG *cur = gh_x_g(ex);
    gh_g_set_wait(ex->sim, w->g->gid, NULL, 0);   /* goready: runnable, in runnext or the run queue */
    if (cur) gh_g_set_woken(ex->sim, w->g->gid, cur->gid, how);   /* until it runs: park_until */
    gh_x_goready(ex, w->g);
}

/* --- moving values ---------------------------------------------------------------- */

/* *dst = *src for a value of type t (typedmemmove: pointer words through the barrier). */
static void move(gh_Exec *ex, gh_GoType *t, gh_Addr dst, gh_Addr src)
{
    uint64_t n = (uint64_t)gh_x_size(t);
    if (!n || !dst) return;
    uint8_t v[X_VMAX];
    if (src) gh_x_load(ex, src, v, n);
    else memset(v, 0, (size_t)n);
    gh_x_store(ex, dst, t, v);
}

static gh_GoType *elem_type(gh_GoType *chantype) { return gh_go_under(chantype)->elem; }

/* buf[i] of channel c */
static gh_Addr slot(gh_Exec *ex, gh_Addr c, uint64_t i, gh_GoType *et)
{
    return ld(ex, c + HC_BUF, 8) + i * (uint64_t)gh_x_size(et);
}

/* --- makechan --------------------------------------------------------------------- */

gh_Addr gh_x_makechan(gh_Exec *ex, gh_GoNode *n)
{
    gh_GoType *et = elem_type(n->type);
    uint64_t es = (uint64_t)gh_x_size(et);
    if (es > X_VMAX) gh_x_unsupported(ex, n->pos, "channel elements larger than %d bytes are outside the interpreter (send pointers)", X_VMAX);
    int64_t size = n->nlist > 1 ? gh_x_eval_int(ex, n->list[1]) : 0;
    const uint64_t max_alloc = (uint64_t)1 << 48;   /* maxAlloc on linux/amd64 */
    if (size < 0 || (es && (uint64_t)size > (max_alloc - HCHAN_SIZE) / es)) gh_x_panic(ex, "panic: makechan: size out of range");
    uint64_t mem = es * (uint64_t)size;
    struct XChanState *s = state(ex);
    gh_Addr c, buf;
    if (mem == 0 || !gh_go_type_has_pointers(et)) {   /* hchan and buffer: one noscan object */
        if (!s->hchan_noscan) s->hchan_noscan = gh_type_register(ex->sim, "runtime.hchan", HCHAN_SIZE, NULL) + 1;
        X_BY(ex, mem ? "makechan: the hchan and its buffer, one object" : "makechan: the channel's hchan (96 B)",
             c = gh_mallocgc(ex->sim, HCHAN_SIZE + mem, s->hchan_noscan - 1, true));
        gh_x_check(ex);
        buf = mem ? c + HCHAN_SIZE : c + HC_BUF;   /* no buffer: buf is the raceaddr, &c.buf */
        st(ex, c + HC_BUF, 8, buf);
    } else {
        if (!s->hchan_scan) {   /* buf, recvq.first/last, sendq.first/last (elemtype is read-only data) */
            uint8_t mask[2] = {(uint8_t)(1u << 2 | 1u << 7), (uint8_t)(1u << 0 | 1u << 1 | 1u << 2)};
            s->hchan_scan = gh_type_register(ex->sim, "runtime.hchan", HCHAN_SIZE, mask) + 1;
        }
        X_BY(ex, "makechan: the channel's hchan (96 B)", c = gh_mallocgc(ex->sim, HCHAN_SIZE, s->hchan_scan - 1, true));
        gh_x_check(ex);
        int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_UNSAFEPTR], &c);   /* until it is returned */
        X_BY(ex, "makechan: the channel's buffer (hchan.buf)", buf = gh_mallocgc(ex->sim, mem, gh_x_type_id(ex, et), true));
        gh_x_check(ex);
        gh_x_unpin(ex, mark, ex->prog->u.basic[GH_K_UNSAFEPTR], &c);
        gh_x_unpin_all(ex, mark);
        if (!gh_store_ptr(ex->sim, c + HC_BUF, buf)) gh_x_check(ex);
    }
    chan_of(ex, c)->scan = !(mem == 0 || !gh_go_type_has_pointers(et));   /* (a freed channel's record may be reused) */
    st(ex, c + HC_DATAQSIZ, 8, (uint64_t)size);
    st(ex, c + HC_ELEMSIZE, 2, es);
    st(ex, c + HC_ELEMTYPE, 8, gh_x_rtype(ex, et));
    return c;
}

int64_t gh_x_chanlen(gh_Exec *ex, gh_Addr c, bool cap)
{
    if (!c) return 0;
    return (int64_t)ld(ex, c + (cap ? HC_DATAQSIZ : HC_QCOUNT), 8);
}

/* --- parking ---------------------------------------------------------------------- */

/* Parks the running goroutine until *done says it was woken for good (reason: what Go's
 * traceback says it waits on). */
static void park_until(gh_Exec *ex, const char *reason, gh_Addr on, XWaiter *w, const int *fired)
{
    XG *g = gh_x_g(ex);
    g->wait_reason = reason;
    for (;;) {
        if (fired ? *fired >= 0 : w && w->casei >= 0) break;
        gh_x_park_waiting(ex, (uint64_t)(uintptr_t)w, reason, on);   /* views: the header over its stack */
    }
    g->wait_reason = NULL;
    gh_g_set_woken(ex->sim, g->gid, 0, NULL);   /* it runs: who woke it is history */
}

/* A nil channel, or select {}: blocked for good (deadlock unless something else runs). */
_Noreturn static void park_forever(gh_Exec *ex, const char *reason)
{
    XG *g = gh_x_g(ex);
    g->wait_reason = reason;
    for (;;) gh_x_park_waiting(ex, (uint64_t)(uintptr_t)&g->wait_reason, reason, 0);
}

/* Enqueues w on its channel's queue (recv: recvq) and records the queue's ends in the hchan. */
static void enqueue(gh_Exec *ex, XWaiter *w, bool recv)
{
    XChan *ch = chan_of(ex, w->c);
    XWaitQ *q = recv ? &ch->recvq : &ch->sendq;
    q_push(ex, q, w);
    sync_queue(ex, w->c, recv ? HC_RECVQ : HC_SENDQ, q, ch->scan);
}

/* After waiters left c's queue: the hchan's words follow. */
static void dequeued(gh_Exec *ex, gh_Addr c, bool recv)
{
    XChan *ch = chan_of(ex, c);
    sync_queue(ex, c, recv ? HC_RECVQ : HC_SENDQ, recv ? &ch->recvq : &ch->sendq, ch->scan);
}

/* --- send and receive ------------------------------------------------------------- */

/* One attempt at c <- *src without blocking: true if it happened. Panics on a closed c. */
static bool try_send(gh_Exec *ex, gh_Addr c, gh_GoType *et, gh_Addr src)
{
    if (ld(ex, c + HC_CLOSED, 4)) gh_x_panic(ex, "panic: send on closed channel");
    XChan *ch = chan_of(ex, c);
    XWaiter *r = q_take(&ch->recvq);
    if (r) {                                   /* a receiver waits: straight into its variable */
        dequeued(ex, c, true);
        move(ex, et, r->elem, src);
        ready(ex, r, true, "send");
        return true;
    }
    uint64_t q = ld(ex, c + HC_QCOUNT, 8), size = ld(ex, c + HC_DATAQSIZ, 8);
    if (q < size) {                            /* room in the buffer */
        uint64_t sx = ld(ex, c + HC_SENDX, 8);
        move(ex, et, slot(ex, c, sx, et), src);
        st(ex, c + HC_SENDX, 8, sx + 1 == size ? 0 : sx + 1);
        st(ex, c + HC_QCOUNT, 8, q + 1);
        return true;
    }
    return false;
}

/* One attempt at *dst = <-c without blocking: true if it happened (*ok: a value came). */
static bool try_recv(gh_Exec *ex, gh_Addr c, gh_GoType *et, gh_Addr dst, bool *ok)
{
    uint64_t q = ld(ex, c + HC_QCOUNT, 8), size = ld(ex, c + HC_DATAQSIZ, 8);
    if (ld(ex, c + HC_CLOSED, 4) && q == 0) {   /* closed and drained: the zero value */
        move(ex, et, dst, 0);
        *ok = false;
        return true;
    }
    XChan *ch = chan_of(ex, c);
    XWaiter *s = q_take(&ch->sendq);
    if (s) {
        dequeued(ex, c, false);
        if (size == 0) {
            move(ex, et, dst, s->elem);        /* unbuffered: the sender's value (recvDirect) */
        } else {                               /* full buffer: take the head, the sender's value joins the tail */
            uint64_t rx = ld(ex, c + HC_RECVX, 8);
            gh_Addr at = slot(ex, c, rx, et);
            move(ex, et, dst, at);
            move(ex, et, at, s->elem);
            rx = rx + 1 == size ? 0 : rx + 1;
            st(ex, c + HC_RECVX, 8, rx);
            st(ex, c + HC_SENDX, 8, rx);
        }
        ready(ex, s, true, size == 0 ? "receive" : "receive (buffered)");
        *ok = true;
        return true;
    }
    if (q > 0) {
        uint64_t rx = ld(ex, c + HC_RECVX, 8);
        gh_Addr at = slot(ex, c, rx, et);
        move(ex, et, dst, at);
        move(ex, et, at, 0);                   /* typedmemclr: the buffer no longer holds it */
        st(ex, c + HC_RECVX, 8, rx + 1 == size ? 0 : rx + 1);
        st(ex, c + HC_QCOUNT, 8, q - 1);
        *ok = true;
        return true;
    }
    return false;
}

/* Parks on c (one case: send or receive) until a partner or close wakes it. */
static bool block_on(gh_Exec *ex, gh_Addr c, gh_Addr elem, bool recv)
{
    gh_Addr sg = gh_x_acquire_sudog(ex);
    XWaiter w = {gh_x_g(ex), c, elem, false, NULL, -1, sg};
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    int mark = gh_x_pin(ex, up, &w.c);         /* the channel stays reachable while we wait */
    enqueue(ex, &w, recv);
    park_until(ex, recv ? "chan receive" : "chan send", w.c, &w, NULL);
    gh_x_unpin_all(ex, mark);
    gh_x_release_sudog(ex, sg);
    return w.success;
}

static gh_Addr temp_of(gh_Exec *ex, const gh_GoNode *n, gh_GoType *et)
{
    if (!gh_x_size(et)) return 0;
    XFrame *f = gh_x_frame(ex);
    long off = gh_x_node_slot(ex, f->fn, n);
    if (off < 0) gh_x_unsupported(ex, n->pos, "channel operation outside a function body");
    return gh_x_frame_base(ex, f) + (uint64_t)off;
}

static void chansend(gh_Exec *ex, gh_Addr c, gh_GoType *et, gh_Addr src)
{
    if (!c) park_forever(ex, "chan send (nil chan)");
    if (try_send(ex, c, et, src)) return;
    if (!block_on(ex, c, src, false)) gh_x_panic(ex, "panic: send on closed channel");
}

static bool chanrecv(gh_Exec *ex, gh_Addr c, gh_GoType *et, gh_Addr dst)
{
    if (!c) park_forever(ex, "chan receive (nil chan)");
    bool ok;
    if (try_recv(ex, c, et, dst, &ok)) return ok;
    return block_on(ex, c, dst, true);
}

gh_GoType *gh_x_chan_temp_type(const gh_GoNode *n)
{
    if (n->kind == GH_N_SEND) return elem_type(n->x->type);
    if (n->kind == GH_N_UNARY && n->op == GH_OP_RECV) return elem_type(n->x->type);
    if (n->kind == GH_N_RANGE && n->z && n->z->type && gh_go_under(n->z->type)->kind == GH_K_CHAN) return elem_type(n->z->type);
    return NULL;
}

void gh_x_send_stmt(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoType *et = elem_type(s->x->type);
    gh_Addr c = 0;
    gh_x_eval(ex, s->x, &c);
    int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_UNSAFEPTR], &c);
    uint8_t v[X_VMAX];
    gh_x_eval(ex, s->y, v);
    gh_Addr src = temp_of(ex, s, et);
    if (src) gh_x_store(ex, src, et, v);
    chansend(ex, c, et, src);                  /* c stays pinned: the operation may run the collector */
    src = temp_of(ex, s, et);
    if (src) gh_x_zero(ex, src, et);           /* the temporary is dead once sent */
    gh_x_unpin_all(ex, mark);
}

void gh_x_recv(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoType *et = n->define ? n->type->fields[0].type : n->type;
    gh_Addr c = 0;
    gh_x_eval(ex, n->x, &c);
    int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_UNSAFEPTR], &c);
    gh_Addr dst = temp_of(ex, n, et);
    bool ok = chanrecv(ex, c, et, dst);
    gh_x_unpin_all(ex, mark);
    dst = temp_of(ex, n, et);
    uint64_t sz = (uint64_t)gh_x_size(et);
    if (dst) {
        gh_x_load(ex, dst, out, sz);
        gh_x_zero(ex, dst, et);
    }
    if (n->define) ((uint8_t *)out)[sz] = ok;
}

void gh_x_closechan(gh_Exec *ex, gh_GoNode *n)
{
    gh_Addr c = 0;
    gh_x_eval(ex, n->list[0], &c);
    gh_x_closechan_value(ex, c, n->list[0]->type);
}

/* close(c) of the channel c (of type ct), evaluated already (or kept by a defer). */
void gh_x_closechan_value(gh_Exec *ex, gh_Addr c, gh_GoType *ct)
{
    if (!c) gh_x_panic(ex, "panic: close of nil channel");
    if (ld(ex, c + HC_CLOSED, 4)) gh_x_panic(ex, "panic: close of closed channel");
    int mark = gh_x_pin(ex, ex->prog->u.basic[GH_K_UNSAFEPTR], &c);
    st(ex, c + HC_CLOSED, 4, 1);
    gh_GoType *et = elem_type(ct);
    XChan *ch = chan_of(ex, c);
    XWaiter *w;
    while ((w = q_take(&ch->recvq))) {          /* receivers: the zero value, ok = false */
        move(ex, et, w->elem, 0);
        ready(ex, w, false, "close");
    }
    while ((w = q_take(&ch->sendq))) ready(ex, w, false, "close");   /* senders: they panic */
    dequeued(ex, c, true);
    dequeued(ex, c, false);
    gh_x_unpin_all(ex, mark);
}

XStatus gh_x_range_chan(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoType *et = elem_type(s->z->type);
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    gh_Addr c = 0;
    gh_x_eval(ex, s->z, &c);
    int mark = gh_x_pin(ex, up, &c);           /* evaluated once, held for the whole loop */
    bool has_v = s->x && !(s->x->kind == GH_N_NAME && !strcmp(s->x->name, "_"));
    if (s->define && has_v) gh_x_declare(ex, s->x->obj);
    uint64_t sz = (uint64_t)gh_x_size(et);
    for (int64_t i = 0;; i++) {
        gh_x_unpin(ex, mark, up, &c);
        if (i > 0) {
            gh_x_live_at(ex, s->w);
            gh_x_yield(ex, s->pos.line);
        }
        gh_Addr dst = temp_of(ex, s, et);
        if (!chanrecv(ex, c, et, dst)) break;
        dst = temp_of(ex, s, et);
        uint8_t v[X_VMAX];
        memset(v, 0, sizeof v);
        if (dst) { gh_x_load(ex, dst, v, sz); gh_x_zero(ex, dst, et); }
        if (has_v) {
            int m2 = gh_x_pin(ex, et, v);
            gh_Addr a = gh_x_addr(ex, s->x);
            gh_x_unpin(ex, m2, et, v);
            gh_x_unpin_all(ex, m2);
            if (s->x->kind == GH_N_NAME) gh_x_live_def(ex, s->x->obj);
            gh_x_store(ex, a, s->x->type, v);
        }
        bool stop;
        XStatus st2 = gh_x_loop_body(ex, s, &stop);
        if (stop) { gh_x_unpin_all(ex, mark); return st2; }
    }
    gh_x_unpin_all(ex, mark);
    return XS_NORMAL;
}

/* --- select ----------------------------------------------------------------------- */

enum { X_SELECT_MAX = 64 };

typedef struct XCase {
    gh_GoNode *cl;           /* the clause */
    gh_GoNode *op;           /* its SEND or receive node */
    bool recv;
    gh_Addr c, elem;
    gh_GoType *et;
} XCase;

/* The receive node of a case's communication (<-c alone, or assigned). */
static gh_GoNode *recv_of(gh_GoNode *comm)
{
    if (comm->kind == GH_N_EXPRSTMT) return comm->x;
    if (comm->kind == GH_N_ASSIGN) return comm->list2[0];
    return NULL;
}

/* The clause's assignment of the received value (and ok) to its variables. */
static void assign_received(gh_Exec *ex, XCase *k, bool ok)
{
    gh_GoNode *comm = k->cl->x;
    if (comm->kind != GH_N_ASSIGN) return;
    uint64_t sz = (uint64_t)gh_x_size(k->et);
    uint8_t v[X_VMAX + 8];
    memset(v, 0, sizeof v);
    gh_Addr dst = temp_of(ex, k->op, k->et);
    if (dst) { gh_x_load(ex, dst, v, sz); gh_x_zero(ex, dst, k->et); }
    for (int i = 0; i < comm->nlist; i++) {
        gh_GoNode *l = comm->list[i];
        if (l->kind == GH_N_NAME && !strcmp(l->name, "_")) continue;
        void *val = i == 0 ? (void *)v : (void *)&ok;
        gh_GoType *t = i == 0 ? k->et : ex->prog->u.basic[GH_K_BOOL];
        int mark = gh_x_pin(ex, t, val);
        if (comm->define && l->obj && l->obj->defn == comm) gh_x_declare(ex, l->obj);
        gh_Addr a = gh_x_addr(ex, l);
        gh_x_unpin(ex, mark, t, val);
        gh_x_unpin_all(ex, mark);
        if (l->kind == GH_N_NAME) gh_x_live_def(ex, l->obj);
        gh_x_store(ex, a, l->type, val);
    }
}

/* Runs the chosen clause: its received value assigned, then its body. */
static XStatus run_clause(gh_Exec *ex, gh_GoNode *sel, XCase *k, bool ok)
{
    if (k && k->recv) assign_received(ex, k, ok);
    gh_GoNode *body = k ? k->cl->z : NULL;
    if (!k)
        for (int i = 0; i < sel->nlist; i++) if (sel->list[i]->tok == GH_T_DEFAULT) body = sel->list[i]->z;
    XStatus st2 = body ? gh_x_block(ex, body) : XS_NORMAL;
    if (st2 == XS_BREAK && (!ex->branch_label || ex->branch_label == sel->obj)) { ex->branch_label = NULL; return XS_NORMAL; }
    return st2;
}

XStatus gh_x_select(gh_Exec *ex, gh_GoNode *sel)
{
    XCase cases[X_SELECT_MAX];
    int n = 0, nsends = 0, nrecvs = 0, ncomm = 0;
    bool dflt = false;
    for (int i = 0; i < sel->nlist; i++) {
        if (sel->list[i]->tok == GH_T_DEFAULT) dflt = true;
        else ncomm++;
    }
    if (ncomm > X_SELECT_MAX) gh_x_unsupported(ex, sel->pos, "a select of more than %d cases", X_SELECT_MAX);
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    int mark = -1;
    /* evaluate every case's channel (and value to send) in source order; number them as
     * Go's compiler does: sends first, receives from the end */
    for (int i = 0; i < sel->nlist; i++) {
        gh_GoNode *cl = sel->list[i];
        if (cl->tok == GH_T_DEFAULT) continue;
        bool recv = cl->x->kind != GH_N_SEND;
        int at = recv ? ncomm - 1 - nrecvs++ : nsends++;
        XCase *k = &cases[at];
        k->cl = cl;
        k->recv = recv;
        k->op = recv ? recv_of(cl->x) : cl->x;
        k->et = elem_type(k->op->x->type);
        k->c = 0;
        gh_x_eval(ex, k->op->x, &k->c);
        int m = gh_x_pin(ex, up, &k->c);
        if (mark < 0) mark = m;
        if (!recv) {
            uint8_t v[X_VMAX];
            gh_x_eval(ex, k->op->y, v);
            gh_Addr src = temp_of(ex, k->op, k->et);
            if (src) gh_x_store(ex, src, k->et, v);
        }
        n++;
    }
    /* (the pinned words are heap pointers: a stack copy never changes them, no unpin needed) */
    /* the poll order: a random permutation of the cases with a channel */
    int order[X_SELECT_MAX], norder = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].c) continue;
        uint32_t j = (uint32_t)(((uint64_t)gh_x_fastrand(ex) * (uint64_t)(norder + 1)) >> 32);
        order[norder] = order[j];
        order[j] = i;
        norder++;
    }
    for (int i = 0; i < n; i++) cases[i].elem = temp_of(ex, cases[i].op, cases[i].et);
    /* pass 1: a case that can go now */
    for (int p = 0; p < norder; p++) {
        XCase *k = &cases[order[p]];
        bool ok = false;
        bool done = k->recv ? try_recv(ex, k->c, k->et, k->elem, &ok) : try_send(ex, k->c, k->et, k->elem);
        if (done) {
            if (mark >= 0) gh_x_unpin_all(ex, mark);
            if (!k->recv && k->elem) gh_x_zero(ex, k->elem, k->et);
            return run_clause(ex, sel, k, ok);
        }
    }
    if (dflt) {
        if (mark >= 0) gh_x_unpin_all(ex, mark);
        for (int i = 0; i < n; i++) if (!cases[i].recv && cases[i].elem) gh_x_zero(ex, cases[i].elem, cases[i].et);
        return run_clause(ex, sel, NULL, false);
    }
    bool single = n == 1;   /* no default: Go compiles it to the plain send or receive, at the case */
    if (single) gh_x_frame(ex)->line = cases[0].cl->x->pos.line;
    if (!norder)
        park_forever(ex, !n ? "select (no cases)" : !single ? "select" : cases[0].recv ? "chan receive (nil chan)" : "chan send (nil chan)");
    /* pass 2: wait on every channel at once */
    int fired = -1;
    XWaiter ws[X_SELECT_MAX];
    gh_Addr sgs[X_SELECT_MAX];
    for (int p = 0; p < norder; p++) {
        int i = order[p];
        sgs[i] = gh_x_acquire_sudog(ex);
        ws[i] = (XWaiter){gh_x_g(ex), cases[i].c, cases[i].elem, false, &fired, i, sgs[i]};
        enqueue(ex, &ws[i], cases[i].recv);
    }
    park_until(ex, !single ? "select" : cases[0].recv ? "chan receive" : "chan send", single ? cases[0].c : 0, NULL, &fired);
    for (int p = 0; p < norder; p++) {         /* the other waits are withdrawn */
        int i = order[p];
        if (i != fired) {
            XChan *ch = chan_of(ex, cases[i].c);
            q_remove(cases[i].recv ? &ch->recvq : &ch->sendq, &ws[i]);
            dequeued(ex, cases[i].c, cases[i].recv);
        }
        gh_x_release_sudog(ex, sgs[i]);
    }
    if (mark >= 0) gh_x_unpin_all(ex, mark);
    XCase *k = &cases[fired];
    if (!k->recv && !ws[fired].success) gh_x_panic(ex, "panic: send on closed channel");
    for (int i = 0; i < n; i++) if (!cases[i].recv && cases[i].elem) gh_x_zero(ex, cases[i].elem, cases[i].et);
    return run_clause(ex, sel, k, ws[fired].success);
}
