/* exec_int.h — private state of the interpreter shared by the exec_*.c files: the
 * host mirror of goroutines and frames, per-function frame layouts, the node map, and
 * the evaluation helpers (values are host byte buffers laid out as in simulated memory).
 */
#ifndef GH_EXEC_INT_H
#define GH_EXEC_INT_H
#include <setjmp.h>
#include "golang/exec.h"
#include "golang/escape.h"
#include "run/fiber.h"
#include "run/profile.h"
#include "runtime/runtime.h"

enum {
    X_VMAX = 1024,          /* bytes: larger values are only moved memory to memory */
    X_STMT_NS = 2,          /* virtual time a statement costs besides its memory traffic */
    X_SPILL_WORDS = 16,
    X_PENDING = 64,         /* host buffers live at once (fmt nests one set per String method) */
    X_G_SIZE = 416,         /* bytes: Go 1.19's g struct on linux/amd64 (its size class) */
    X_SUDOG_SIZE = 96,      /* bytes: Go 1.19's sudog (a goroutine waiting on a semaphore) */
    X_PREEMPT_STMTS = 10000000 / X_STMT_NS, /* statements in Go's 10 ms preemption slice (sysmon) */
    X_STEAL_STMTS = 3000 / X_STMT_NS,   /* ~3 µs: runqsteal leaves a running P's runnext that long */
    /* Host stack per goroutine (reserved, committed lazily): the tree-walker recurses once
     * per Go call. A call deeper than the host stack holds, less X_HOST_MARGIN for the
     * runtime and the walk inside the call, stops the program with gohotel's own message,
     * not Go's stack overflow (real Go's limit is a 1 GB goroutine stack). */
#ifdef GOHOTEL_SANITIZE
    X_HOST_STACK = 256 << 20,
#else
    X_HOST_STACK = 64 << 20,
#endif
    X_HOST_MARGIN = 1 << 20,
    /* Host memory a goroutine really costs (its host stack's touched pages, its XG and
     * ucontexts; measured with /usr/bin/time -v on a goroutine bomb, docs/testing.md),
     * charged to the host-memory budget while its host stack exists. Under ASan the same
     * goroutine costs its shadow and fake stacks too. */
#ifdef GOHOTEL_SANITIZE
    X_HOST_STACK_COST = 256 << 10,
#else
    X_HOST_STACK_COST = 16 << 10,
#endif
    /* What the run limit counts (gh_exec_limit), in statements' worth of host time: a
     * goroutine switch is a swapcontext, a go statement a fresh host stack, a GC cycle a
     * whole mark and sweep. So `for {}`, `for { runtime.GC() }`, `for { go f() }` and a
     * million goroutines all reach the default limit within seconds. */
    X_WORK_STMT = 1,
    X_WORK_SWITCH = 20,
    X_WORK_GO = 1000,
    X_WORK_GC = 1000,
};

typedef struct XLive XLive;  /* a function's stack liveness (exec_live.c) */
typedef struct XTemp { uint32_t off, size; gh_GoType *type; const gh_GoNode *node; } XTemp;

/* Where a function keeps each local and each stack-allocated temporary. */
typedef struct XLayout {
    uint32_t size;          /* frame bytes */
    uint32_t *off;          /* per local id */
    uint32_t closure_off;   /* ".closureptr" word (closures only) */
    uint32_t spill_off;     /* X_SPILL_WORDS pointer words */
    XTemp *temps; int ntemps, captemps;
    XLive *live;            /* computed at the function's first statement */
} XLayout;

typedef struct XFrame {     /* host mirror of one Go call */
    gh_GoFunc *fn;
    XLayout *lay;
    uint32_t gframe;        /* index in the G's frames */
    int line;
    int nspill;
    int npads;              /* "no shrink" frames pushed above it by the running statement */
    uint64_t call;          /* which call this is: 1, 2, ... in the order calls began (exec_inspect.c) */
    bool inl;               /* entered through a call Go 1.19 inlines (its profile frames share a location) */
    int site;               /* the inlined call site it runs as (go_inlsite.h; exec_inlsite.c), 0: none */
    uint32_t home;          /* index in the G's frames of the frame whose stack its inlined copy uses */
    struct XRecoverPoint *rp; /* where a recovered panic resumes this frame (exec_panic.c), NULL: no defers */
    struct XLibCall *lib;   /* the library call this frame is making (exec_pprof_lib.h), NULL if none */
    uint64_t dead;          /* exec_live.c: the runtime's dead flags of locals 0-63 as last set (0: all live, as pushed) */
    bool ddd_dead;          /* exec_live.c: every `... argument` array is dead now */
} XFrame;

typedef enum { XG_NEW, XG_RUNNABLE, XG_BLOCKED, XG_DONE, XG_QUEUED } XGState; /* XG_NEW: spawning;
                             * XG_QUEUED: new, in a P's runnext or run queue (exec_runqput.c) */

typedef struct XG {         /* one goroutine: a simulated G and the host coroutine running it */
    int32_t gid;
    int64_t goid;           /* the id Go prints for it ("goroutine 6 [running]:", exec_goid.c) */
    XGState state;
    gh_Fiber fiber;         /* the host stack its tree-walker runs on */
    jmp_buf jb;
    XFrame *frames;
    int nframes, capframes;
    gh_GoFunc *entry;
    int line, next_line;
    int ran;                /* statements run in the current slice */
    uint64_t wait_addr;     /* WaitGroup/Mutex it blocks on */
    int64_t sema_key;       /* its place in a semaphore's queue, lowest first (exec_mutex.c) */
    bool sema_ticket;       /* a semrelease handed it the unit (a starving Mutex) */
    int idx;                /* its index in gs (spawn order) */
    struct XDefer *defers;  /* deferred calls of all its frames, newest last (exec_defer.c) */
    int ndefers, capdefers;
    int fmt_methods;        /* String/Error methods fmt is calling for it (exec_fmt.c), innermost count */
    int fmt_panicking;      /* fmt is printing a recovered method panic's value (exec_catchpanic.c) */
    const char *wait_reason; /* parked on a channel or select: Go's waitReason ("chan receive"), else NULL */
    gh_GoFunc *creator; int created_line; /* the go statement that started it ("created by" in a traceback) */
    struct XG *runnext;     /* a goroutine its channel operation woke, waiting in its P's runnext slot
                             * until it blocks or ends (exec_chan.c) */
    long long runnext_since; /* ex->steps when runnext was set */
    bool runnext_new;       /* runnext holds a new g (newproc): an idle P must wake before it steals it */
    struct XG *runq_head, *runq_tail; /* its P's local run queue of new g's (exec_runqput.c) */
    struct XG *qnext;       /* the next in the run queue it waits in */
    long long runq_since;   /* ex->steps at the wakep that began that queue */
    int p;                  /* the P it runs (or last ran) on: a P's goroutines share its caches */
    struct XPanicState *ps; /* its panics in progress and their _defer records (exec_panic.c), NULL: none yet */
} XG;

/* Who can run (exec_runq.c): a bit per goroutine and a summary bit per 64, plus counts. */
typedef struct XRunQ {
    uint64_t *bits, *sum;
    int nwords, nsums;
    int nrunnable, nblocked;
    int ndead;              /* finished goroutines other than main and the finalizer goroutine */
} XRunQ;

typedef struct XMapEnt { const void *key; uint64_t a, b; } XMapEnt;
typedef struct XMap { XMapEnt *v; uint32_t cap, n; } XMap;

#define X_RECENT_ALLOCS GH_EXEC_RECENT_ALLOCS   /* rooms remembered for gh_exec_alloc_at */
struct gh_Exec {
    gh_GoProgram *prog;
    gh_GoSource *owned_src;  /* freed with ex when gh_exec_source kept it */
    gh_Sim *sim;
    FILE *out, *err;
    gh_EventFn prev_listener; void *prev_ud;  /* whoever listened to sim before us */
    FILE *gctrace;           /* GODEBUG=gctrace=1: a line per finished cycle, or NULL */
    FILE *gcpacertrace;      /* GODEBUG=gcpacertrace=1: the pacer's line per finished cycle, or NULL */
    XG **gs; int ngs, capgs;
    XRunQ runq;
    int cur;                 /* running XG index, -1 in the scheduler */
    int last;                /* XG that ran last (round-robin position) */
    int handoff;             /* index + 1 of the goroutine a blocked or finished one's P runs next, 0: none */
    int next_p;              /* P + 1 the goroutine made runnable next runs on, 0: an idle one */
    int64_t sema_seq;        /* semaphore waiters queued so far (exec_mutex.c) */
    int64_t goidgen, fing_goid; int mark_workers; /* Go's goroutine ids (exec_goid.c) */
    int prun[GH_MAX_PROCS];  /* runnable goroutines on each P */
    int gfree[GH_MAX_PROCS]; int gfree_global; /* dead g's on each P's free list, on sched.gFree */
    bool held;               /* gs[last] stands before its next statement with the budget
                              * spent: the next run resumes it (a step ends there) */
    int ran_line;            /* the line of the statement that began last */
    struct gh_GoProgram *owned_prog; char *owned_text;
    long long budget;        /* statements left before returning to the caller */
    long long steps;
    uint64_t ncalls;         /* calls begun so far (XFrame.call of the newest) */
    long long work;          /* what the program has cost so far, in X_WORK_* units */
    long long max_work;      /* allowed in all (0: no limit; see gh_exec_limit) */
    char limit_how[96];      /* how to allow more, for the message */
    int status;              /* exit status once done */
    bool done;
    bool in_init;            /* the package variables' initializers are running (main.init) */
    char *errmsg;            /* malloc'd failure text */
    XMap nodes;              /* node -> stack offset of its temporary (also inlined sites' verdicts: exec_inlsite.c) */
    int enter_site;          /* the site the frame being entered runs as (exec_inlsite.c) */
    XMap lits;               /* node -> cached read-only data (string literals, boxed constants) */
    XMap maptypes;           /* map gh_GoType -> its runtime description (exec_gomap.c) */
    uint64_t fastrand;       /* the runtime's fastrand, seeded identically every run: map hash seeds, range starts, select orders */
    struct XChanState *chans; /* channels' wait queues (exec_chan.c), NULL until the first make(chan) */
    XMap types;              /* gh_GoType -> simulated type id */
    XMap layouts;            /* gh_GoFunc -> XLayout */
    XMap funcvals;           /* gh_GoFunc -> static funcval address */
    XMap sites;              /* heap object address -> source line that allocated it, and `by` then */
    const char *by;          /* while a library call allocates for itself (fmt's printer, a g):
                              * what, recorded with the site (X_BY), NULL for the program's values */
    gh_EscDiag *diags; int ndiags; /* the compiler's -m lines, for views */
    gh_GoType **rtypes; int nrtypes, caprtypes; /* interface type words: index + 1 */
    gh_Addr *finfns; int nfinfns, capfinfns;    /* finalizer func values */
    gh_Profile prof;         /* allocations by source line: flat = while the line ran, cum = while
                              * on any frame of the goroutine; no tiny fits, as Go's MemProfile */
    int *lines; int caplines; /* scratch: the distinct lines of a goroutine's frames */
    struct gh_HeapProfile *hprof; /* --pprof: every allocation and free recorded (exec_pprof.c), NULL: off */
    char *hprof_file;        /* the program's file as the profile names it (absolute when known) */
    gh_HeapFrame *hprof_frames; char (*hprof_names)[GH_HEAP_NAME_MAX]; /* scratch: a stack */
    void *pending[X_PENDING]; int npending; /* host buffers a panic may abandon (freed with ex) */
    int pending_g[X_PENDING]; /* the goroutine (gs index, -1: none) that allocated each */
    struct { void *p; gh_GoType *t; } watch[64]; int nwatch; /* host values relocated when a call moves the stack */
    int32_t ptr_words_type;  /* [16]unsafe.Pointer for spills */
    int32_t g_type;          /* "runtime.g" type id + 1 (0 until the first go statement) */
    gh_Addr allgs, allgs_root; int64_t nallgs, capallgs; /* runtime.allgs (exec_gs.c, exec_startup.c) */
    struct XSudogCache *psudogs; /* each P's cache of free sudogs, allocated at the first wait (exec_gs.c) */
    gh_Addr *sudogs; int nsudogs, capsudogs; /* sched.sudogcache, the central list: its head last */
    int32_t ppfree;          /* fmt's printer pool ppFree: simulated pool id + 1 (0 until used) */
    int32_t pp_type;         /* "fmt.pp" type id + 1 */
    gh_Addr ppfree_addr;     /* the data-segment word standing for fmt.ppFree (in allPools) */
    gh_Addr *globals;        /* per global id */
    const gh_GoObj *branch_label; /* the label of the break, continue or goto in flight (XStatus) */
    gh_Addr osfiles[2];      /* os.Stdout, os.Stderr: data-segment words standing for the files */
    uint64_t nmallocs;       /* heap allocations seen since the program loaded (tiny fits too) */
    gh_Addr recent[X_RECENT_ALLOCS]; /* the newest of them: allocation i at recent[i % X_RECENT_ALLOCS] */
    bool fmt_wrap_errs;      /* fmt.Errorf is formatting: %w takes an error operand (p.wrapErrs) */
    uint64_t fmt_wrapped[2]; /* the error operand %w took (p.wrappedErr), {0, 0} if none */
    struct XDeferPool *deferpool; /* free _defer records: per-P pools and the central one (exec_deferpool.c) */
    struct { gh_GoType *t; uint64_t mask; } ptrcache[32]; /* exec_ptrwords.c: recent types' pointer words */
};

/* The running goroutine and its innermost frame (NULL in the scheduler); inline, as
 * nearly every evaluation step asks */
static inline XG *gh_x_g(gh_Exec *ex) { return ex->cur >= 0 ? ex->gs[ex->cur] : NULL; }
static inline XFrame *gh_x_frame(gh_Exec *ex)
{
    XG *g = gh_x_g(ex);
    return g && g->nframes ? &g->frames[g->nframes - 1] : NULL;
}
/* exec.c: scheduling and failure */
/* Stops the running goroutine with a Go panic/fatal message (never returns). */
_Noreturn void gh_x_panic(gh_Exec *ex, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Ends the program with text (a panic's, already past its deferred calls) and the traceback. */
_Noreturn void gh_x_fatal_text(gh_Exec *ex, const char *text);
/* Stops the program with "file.go:line:col: message", exit 1 (never returns). */
_Noreturn void gh_x_unsupported(gh_Exec *ex, gh_GoPos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The operation cap (gh_exec_limit) is reached at the statement on line: "file.go:line:1:
 * stopped after N operations without finishing (...)", exit 1 (never returns). */
_Noreturn void gh_x_stop_at_limit(gh_Exec *ex, int line);
/* os.Exit: the program ends now with this status. */
_Noreturn void gh_x_exit(gh_Exec *ex, int code);
/* Address standing for os.Stdout / os.Stderr. */
uint64_t gh_x_os_file(gh_Exec *ex, const char *name);
/* Fails the goroutine if the simulator recorded an error. */
void gh_x_check(gh_Exec *ex);
/* Statement boundary: may hand control back to the scheduler. */
void gh_x_yield(gh_Exec *ex, int line);
/* Keeps the running goroutine's stack from being shrunk by a GC scan while a statement
 * runs (the interpreter holds stack addresses the collector cannot adjust): when less than
 * a quarter of the stack is used, a marker frame fills it up to a quarter. */
void gh_x_pad_stack(gh_Exec *ex);
/* Pops the marker frames the current statement pushed. */
void gh_x_unpad_stack(gh_Exec *ex);
/* Blocks the running goroutine until woken (WaitGroup, Mutex). */
void gh_x_park(gh_Exec *ex, uint64_t addr);
/* gh_x_park saying why, for views: Go's waitReason text (static) and the hchan, or 0 (exec_gwait.c). */
void gh_x_park_waiting(gh_Exec *ex, uint64_t addr, const char *reason, gh_Addr on);
void gh_x_wake(gh_Exec *ex, uint64_t addr);
/* Spins for n statements of simulated time while the goroutines of the other Ps run
 * (sync.runtime_doSpin, exec.c); sync.Mutex's Lock and Unlock (exec_mutex.c). */
void gh_x_spin(gh_Exec *ex, int n);
void gh_x_mutex_lock(gh_Exec *ex, gh_Addr m);
void gh_x_mutex_unlock(gh_Exec *ex, gh_Addr m);
/* Creates a goroutine whose first frame (fn, args already stored) is set up by setup. */
XG *gh_x_spawn(gh_Exec *ex, gh_GoFunc *fn);
/* exec_runq.c: every goroutine state change; the next runnable after `last` (round-robin
 * in spawn order, -1: none); whether a goroutine other than the running one can run. */
void gh_x_set_state(gh_Exec *ex, XG *g, XGState st);
int gh_x_runq_next(const gh_Exec *ex, int last);
bool gh_x_others_runnable(const gh_Exec *ex);
bool gh_x_runq_reserve(gh_Exec *ex, int n);
/* exec_runqput.c: a P's runnext and local run queue (the P is the goroutine running on it).
 * newproc's runqput; ready's kick of the old runnext; the idle Ps' steal, checked at each of
 * p's statements; p blocks or ends: its P runs runnext or the queue's head next. */
void gh_x_runqput_new(gh_Exec *ex, XG *p, XG *g);
void gh_x_runq_kick(gh_Exec *ex, XG *p);
/* goready: a parked goroutine (a channel's, a semaphore's) into the running goroutine's runnext. */
void gh_x_goready(gh_Exec *ex, XG *g);
void gh_x_runq_poll(gh_Exec *ex, XG *p);
void gh_x_runq_handoff(gh_Exec *ex, XG *p);
/* The P a goroutine made runnable by a steal or a wake-up runs on: the first without a
 * runnable goroutine, else the running goroutine's. */
int gh_x_idle_p(gh_Exec *ex);
/* exec_goid.c: Go's id for a goroutine a go statement made, for the finalizer goroutine;
 * the ids the first GC's mark workers take (at each GC start). Main's is 1. */
void gh_x_goid_new(gh_Exec *ex, XG *g);
void gh_x_goid_fing(gh_Exec *ex, XG *g);
void gh_x_goid_gcstart(gh_Exec *ex);
/* Whether runfinq was started before main.main (the program imports os, or fmt or
 * runtime/debug, which import it). */
bool gh_x_goid_fing_at_main(const gh_Exec *ex);
/* gfput: a dead g goes on its P's free list (half of a list of 64 to sched.gFree); gfget:
 * whether the creator's P has one to reuse (refilled from sched.gFree when empty). */
void gh_x_gfput(gh_Exec *ex, int p);
bool gh_x_gfget(gh_Exec *ex, int p);
void gh_x_runq_free(gh_Exec *ex);

/* exec_call.c: pushes fn's frame on g (whose simulated G is running) with its params
 * from args (one buffer per param, NULL = zero); false with the simulator's error set on failure. */
bool gh_x_enter(gh_Exec *ex, XG *g, gh_GoFunc *fn, gh_Addr closure, const void *const *args, int line);
/* Runs the body of the running goroutine's first frame, then pops it. */
void gh_x_run_entry(gh_Exec *ex);

/* A user call's callee and arguments, evaluated (exec_call.c). */
typedef struct XCall {
    gh_GoFunc *fn;          /* NULL: a library or interface method value (closure) */
    gh_Addr closure;
    uint8_t buf[4 * X_VMAX];
    const void *args[64];
    int nargs;
    bool bound;             /* args[0] is a method value's receiver */
    uint64_t iv[2];         /* GH_OP_CALLIFACE: the interface value the receiver came from */
} XCall;
/* Evaluates the callee and arguments of a user call n, in Go's order. */
void gh_x_prepare_call(gh_Exec *ex, gh_GoNode *n, XCall *c);

/* exec_defer.c: `defer CALL` records the evaluated call on the goroutine; run_defers runs
 * (newest first) those of the running frame once its body ended with status st;
 * run_panic_defers those of every frame, innermost first (a panic). */
void gh_x_defer(gh_Exec *ex, gh_GoNode *s);
void gh_x_run_defers(gh_Exec *ex, int st, const gh_GoNode *body);
void gh_x_run_panic_defers(gh_Exec *ex);
void gh_x_defers_free(XG *g);

/* exec_panic.c: panic and recover (Go 1.19's gopanic, gorecover, recovery, printpanics). */
typedef struct XPanic {
    uint64_t arg[2];        /* the panic value, an interface{} (also in its gopanic frame: a root) */
    char *msg;              /* how printpanics spells it */
    bool recovered, aborted, sigsegv;
    int id;                 /* serial: which panic started a deferred call */
    int defer_frame;        /* frame index of the deferred call it runs now (recover's "called directly"), -1 */
    uint32_t gframe;        /* its runtime.gopanic frame on the simulated stack */
} XPanic;
typedef struct XOpenRec { int frame; gh_Addr rec; int panic; } XOpenRec; /* a _defer taken for an open-coded frame */
typedef struct XPanicState {
    XPanic *p; int np, capp;        /* g._panic, oldest first */
    XOpenRec *o; int no, capo;      /* the open-coded frames' records, outermost first */
    int serial;
    gh_Addr defers_root;            /* g._defer: its records in use (exec_deferpool.c) */
} XPanicState;
/* Runs the frame just entered (its body, then its deferred calls); a recovered panic
 * resumes it here and it returns normally. */
int gh_x_run_body(gh_Exec *ex, gh_GoNode *body);   /* an XStatus */
/* panic(v) with v boxed in e; a runtime error's message (after "panic: "); both run the
 * deferred calls and return only when no call recovered, the chain's text in out. */
_Noreturn void gh_x_panic_value(gh_Exec *ex, const uint64_t e[2]);
void gh_x_gopanic_msg(gh_Exec *ex, const char *msg, char *out, size_t cap);
void gh_x_recover(gh_Exec *ex, void *out);
_Noreturn void gh_x_recovery(gh_Exec *ex, int frame);
/* The recovered panic and the aborted ones leave the chain; the _defer records of the
 * open-coded frames from fi up, and those the gone panics took, go back to the pool. */
void gh_x_recovered_unlink(gh_Exec *ex, int fi);
/* exec_catchpanic.c: fmt's catchPanic around a String or Error method fmt calls. */
typedef struct XCatch {
    jmp_buf jb;
    int frame;                   /* the calling frame's index: the record's frame */
    uint32_t gframes;            /* simulated frames of the goroutine at the call */
    gh_Addr lo, hi;              /* its stack then (a recovery relocates watched values) */
    int npads, nspill, nwatch, fmt_methods;
    const char *by;
    struct XLibCall *lib;
    bool fmt_wrap_errs; uint64_t fmt_wrapped[2];
    void *pending[X_PENDING]; int npending;   /* host buffers live at the call */
    uint64_t arg[2];             /* the recovered panic's value */
} XCatch;
/* Calls m (args as gh_x_call takes them; nil_wrap: m is a value method reached through a nil
 * pointer, whose wrapper panics in panicwrap) under catchPanic: true if it returned (res
 * holds its result), false if it panicked and fmt recovered (c->arg the panic's value). */
bool gh_x_fmt_call_caught(gh_Exec *ex, gh_GoFunc *m, const void *const *args, void *res, bool nil_wrap, XCatch *c);
_Noreturn void gh_x_catch_recovery(gh_Exec *ex, XCatch *c);
/* exec_defer.c: catchPanic's record pushed for fmt's frame, and popped when the method returned */
int gh_x_defer_catch(gh_Exec *ex, XCatch *c);
void gh_x_defer_catch_pop(gh_Exec *ex, int idx);
/* exec_call.c: host values watched (gh_x_watch) follow the stack if it moved from [lo, hi) */
void gh_x_relocate_watched(gh_Exec *ex, gh_Addr lo, gh_Addr hi);
XPanic *gh_x_panic_by_id(XG *g, int id);
XPanicState *gh_x_panic_state(gh_Exec *ex, XG *g);   /* made on first use */
void gh_x_panics_free(XG *g);
/* exec_deferpool.c: newdefer/freedefer (the per-P pools, the central pool) */
gh_Addr gh_x_newdefer(gh_Exec *ex);   /* not held by anything: link it (below) at once */
void gh_x_freedefer(gh_Exec *ex, gh_Addr d);
/* g._defer: a goroutine's records in use, listed through their link words from *root (a
 * data-segment word made on first use) */
void gh_x_defer_link(gh_Exec *ex, gh_Addr *root, gh_Addr d);
void gh_x_defer_unlink(gh_Exec *ex, gh_Addr root, gh_Addr d);
void gh_x_defer_root_free(gh_Exec *ex, gh_Addr root);   /* its goroutine ended: the word is reused */
/* exec_panic.c: a goroutine returned from its entry: its panic state goes */
void gh_x_panics_done(gh_Exec *ex, XG *g);
void gh_x_deferpool_gc(gh_Exec *ex);      /* a GC cycle starts: clearpools drops the central pool */
void gh_x_deferpool_free(gh_Exec *ex);
/* exec_rterror.c: the error value a runtime panic carries (runtime.boundsError, errorString...) */
void gh_x_runtime_error(gh_Exec *ex, const char *msg, uint64_t out[2]);
/* Error() of a value v of dynamic type t if that is a runtime error type (allocating the
 * string where Go's does), else false */
bool gh_x_runtime_error_string(gh_Exec *ex, gh_GoType *t, const uint8_t *v, gh_String *out);

/* Host scratch memory that survives a panic's longjmp (freed by gh_x_release or with ex). */
void *gh_x_alloc(gh_Exec *ex, size_t n);
void gh_x_release(gh_Exec *ex, void *p);

/* exec_check.c: false with "file.go:line:col: message" in msg if prog uses what the
 * interpreter cannot run. */
bool gh_x_precheck(gh_GoProgram *prog, char *msg, size_t cap);

/* Host copies of values (of type t) whose stack pointers gh_x_call must relocate if the
 * call copies the stack (fmt formatting across String() methods). Returns a mark. */
int gh_x_watch(gh_Exec *ex, void *p, gh_GoType *t);
void gh_x_unwatch(gh_Exec *ex, int mark);

/* exec_live.c: stack liveness. Applies the live set recorded for statement (or if
 * condition, loop body) n to the running frame: dead locals stop being roots. */
void gh_x_live_at(gh_Exec *ex, const gh_GoNode *n);
/* A statement is about to store a whole new value into o: its slot is live from here. */
void gh_x_live_def(gh_Exec *ex, const gh_GoObj *o);
/* The `... argument` array of n (a DDDSLICE on the stack) was just filled: live until the
 * next statement starts (exec_live.c). */
void gh_x_live_temp(gh_Exec *ex, const gh_GoNode *n);
void gh_x_live_free(XLive *lv);

/* exec_map.c */
uint64_t *gh_xmap_get(XMap *m, const void *key, bool create);
void gh_xmap_free(XMap *m);
/* Runs `stmt` with its allocations recorded as made by the library or runtime on the
 * program's behalf (`what`, a static string: "fmt's printer"), not as the program's values;
 * a view labels such a room with what it is instead of the line's escape verdict. */
#define GH_X_BY_FMT_DIGITS "fmt's digit buffer for a wide integer (fmtInteger's make)" /* exec_fmt.c, exec_pprof_lib.c */
#define GH_X_BY_NEW_G "the new goroutine's g (runtime.g)" /* what newproc's g is made by (exec_gs.c, exec_pprof.c) */
/* what the first GC's mark workers grow allgs by (exec_gs.c; exec_pprof.c: runtime frames only) */
#define GH_X_BY_WORKERS_ALLGS "the runtime's list of goroutines (allgs), grown as the GC's mark workers join it (runtime.gcBgMarkStartWorkers)"
#define X_BY(ex, what, stmt) do { const char *by_ = (ex)->by; (ex)->by = (what); stmt; (ex)->by = by_; } while (0)

/* exec_types.c */
/* A type's size in bytes (0 for none): its computed size without a call once known */
static inline long long gh_x_size(gh_GoType *t) { return !t ? 0 : t->size >= 0 ? t->size : gh_go_type_size(t); }
int32_t gh_x_type_id(gh_Exec *ex, gh_GoType *t);
uint64_t gh_x_rtype(gh_Exec *ex, gh_GoType *t);     /* interface type word */
gh_GoType *gh_x_rtype_get(gh_Exec *ex, uint64_t w);
/* exec_fmt.c: a type as reflect spells it ("*main.T", "[]int") */
void gh_x_reflect_type_string(gh_GoType *t, char *buf, size_t n);
/* exec_assert.c: x.(T) into out; comma_ok: false and T's zero value instead of a panic */
bool gh_x_type_assert(gh_Exec *ex, const gh_GoNode *n, void *out, bool comma_ok);
bool gh_x_is_signed(gh_GoType *t);
/* Truncates/sign-extends v to t's width. */
int64_t gh_x_norm(gh_GoType *t, int64_t v);
XLayout *gh_x_layout(gh_Exec *ex, gh_GoFunc *fn);
/* Closure objects: {F uintptr; captured vars by value or by address}. */
gh_GoType *gh_x_closure_type(gh_Exec *ex, gh_GoFunc *fn);
/* exec_types.c: {F uintptr; names[i] types[i]...} named "name closure", one per key */
gh_GoType *gh_x_closure_struct(gh_Exec *ex, const void *key, const char *name, int n,
                               const char *const *names, gh_GoType *const *types);
bool gh_x_by_value(gh_GoObj *o);
/* Data-segment room for an allocating node of a package initializer that Go lays out as
 * static data (esc == 3, escape_init.c): what a stack temporary would hold, in a global. */
gh_Addr gh_x_static_temp(gh_Exec *ex, const gh_GoNode *n);
/* Stack offset of an allocating node's temporary in fn's frame, or -1. */
long gh_x_node_slot(gh_Exec *ex, gh_GoFunc *fn, const gh_GoNode *n);

/* exec_mem.c: typed loads and stores */
void gh_x_load(gh_Exec *ex, gh_Addr a, void *out, uint64_t n);
void gh_x_store(gh_Exec *ex, gh_Addr a, gh_GoType *t, const void *v);
void gh_x_zero(gh_Exec *ex, gh_Addr a, gh_GoType *t);
gh_Addr gh_x_frame_base(gh_Exec *ex, XFrame *f);
/* exec_inlsite.c: allocations of callees Go inlines, decided at the call site. */
void gh_x_inlsite_enter(gh_Exec *ex, const gh_GoNode *call);
bool gh_x_inlsite_temp(gh_Exec *ex, const gh_GoNode *n, gh_Addr *out);
gh_Addr gh_x_inlsite_var(gh_Exec *ex, gh_GoObj *o);
void gh_x_inlsite_layout(gh_Exec *ex, gh_GoFunc *fn, void (*add)(void *, const void *key, gh_GoType *, uint32_t), void *ctx);
uint32_t gh_x_temp_size_on_stack(const gh_GoNode *n);
gh_GoType *gh_x_temp_type(gh_Exec *ex, const gh_GoNode *n);
int64_t gh_x_int(gh_GoType *t, const void *v);
void gh_x_put_int(gh_GoType *t, void *out, int64_t v);
/* Keeps the pointer words of a value (of type t) reachable while a nested call runs;
 * returns a mark for gh_x_unpin, which copies the (possibly relocated) words back. */
int gh_x_pin(gh_Exec *ex, gh_GoType *t, void *v);
void gh_x_unpin(gh_Exec *ex, int mark, gh_GoType *t, void *v);
void gh_x_unpin_all(gh_Exec *ex, int mark);
/* exec_ptrwords.c: bit w of *mask set when word w of a t is a pointer (the collector's
 * mask, kept per type); false for values of more than 63 words */
bool gh_x_ptr_words(gh_Exec *ex, gh_GoType *t, uint64_t *mask);

/* exec_expr.c */
void gh_x_eval(gh_Exec *ex, gh_GoNode *n, void *out);
/* Evaluates n directly into simulated memory at a (large values, composite literals). */
void gh_x_eval_into(gh_Exec *ex, gh_GoNode *n, gh_Addr a, gh_GoType *t);
/* exec_stmt.c: `for i, v := range arr` over an array (not *[N]T) with a value variable:
 * Go ranges over a copy of arr, a stack temporary of the frame */
bool gh_x_range_copies(const gh_GoNode *s);
gh_Addr gh_x_addr(gh_Exec *ex, gh_GoNode *n);
gh_Addr gh_x_var_addr(gh_Exec *ex, gh_GoObj *o);
gh_String gh_x_const_string(gh_Exec *ex, gh_GoNode *n);
/* A string literal's bytes (its spelling unquoted) into buf; returns how many (exec_const.c). */
size_t gh_x_unquote(const char *lit, char *buf, size_t cap);
bool gh_x_addressable(gh_GoNode *n);
/* A stack temporary for an allocating node that does not escape. */
gh_Addr gh_x_temp(gh_Exec *ex, const gh_GoNode *n);

int64_t gh_x_eval_int(gh_Exec *ex, gh_GoNode *n);
void gh_x_index_check(gh_Exec *ex, int64_t i, int64_t len);
int64_t gh_x_arith(gh_Exec *ex, gh_GoNode *at, gh_GoTok op, gh_GoType *t, int64_t a, int64_t b);
/* A shift count as arith wants it: an unsigned count of 2^63 or more stays huge (not negative). */
int64_t gh_x_shift_count(gh_GoType *count_type, int64_t b);

/* exec_alloc.c: allocating expressions (escaping: mallocgc; not: the stack temporary) */
void gh_x_addstr(gh_Exec *ex, gh_GoNode *n, gh_String *out);
void gh_x_conv_iface(gh_Exec *ex, gh_GoNode *conv, gh_GoNode *x, uint64_t out[2]);
/* The data word of the value v of concrete type t boxed for an interface by the runtime, as
 * for a conversion the escape analysis never saw (convT64, convTstring, convT...; a pointer
 * is its own data word, a small integer a staticuint64s entry): a comma-ok's value stored
 * into an interface variable (exec_stmt.c). */
uint64_t gh_x_box_heap(gh_Exec *ex, gh_GoType *t, const void *v);
gh_Addr gh_x_new_object(gh_Exec *ex, gh_GoNode *n, gh_GoType *t);
void gh_x_makeslice(gh_Exec *ex, gh_GoNode *n, gh_Slice *out);
void gh_x_append(gh_Exec *ex, gh_GoNode *n, gh_Slice *out);
void gh_x_slicelit(gh_Exec *ex, gh_GoNode *n, gh_Slice *out);
void gh_x_conversion(gh_Exec *ex, gh_GoNode *n, void *out);

/* exec_const.c */
void gh_x_const_value(gh_Exec *ex, gh_GoNode *n, void *out);

/* exec_call.c */
/* Calls fn (closure: its context, or 0) with args laid out per parameter; results to res. */
void gh_x_call(gh_Exec *ex, gh_GoFunc *fn, gh_Addr closure, const void *const *args, void *res, int line);
void gh_x_eval_call(gh_Exec *ex, gh_GoNode *n, void *out);
void gh_x_go(gh_Exec *ex, gh_GoNode *call);
gh_Addr gh_x_funcval(gh_Exec *ex, gh_GoNode *n);
/* The object a closure or a method value n lives in: its frame slot (zeroed) when escape
 * analysis keeps it on the stack, else a new heap object of type ct. */
gh_Addr gh_x_closure_object(gh_Exec *ex, gh_GoNode *n, gh_GoType *ct);
gh_GoFunc *gh_x_funcval_fn(gh_Exec *ex, gh_Addr fv);
/* Offset of result i inside a results buffer. */
long long gh_x_result_off(gh_GoType *sig, int i);

/* exec_methval.c: method values of a library type (sb.WriteString) or an interface
 * (err.Error): closures {F; R} with F past 2 * nall; calls through them. */
bool gh_x_is_bound_builtin(gh_Exec *ex, gh_Addr fv);
void gh_x_bound_builtin_call(gh_Exec *ex, gh_GoNode *call, gh_Addr fv, const void *const *args, int nargs, void *out);
/* exec_call.c: name() on the interface value iv (its dynamic type's method) */
void gh_x_iface_method_call(gh_Exec *ex, const uint64_t iv[2], const char *name, gh_GoPos pos, void *out);
/* exec_itab.c: the method name of the interface value iv's dynamic type, its receiver put in
 * recv (X_VMAX bytes); panics as Go does on a nil interface or a nil pointer for a value method. */
gh_GoFunc *gh_x_itab_method(gh_Exec *ex, const uint64_t iv[2], const char *name, gh_GoPos pos, void *recv);
/* exec_strconv.c, exec_sort.c, exec_errors.c: strconv.Itoa/Atoi, sort.Ints, errors.Is */
void gh_x_call_strconv(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, const uint8_t *arg, void *out);
gh_String gh_x_num_error_text(gh_Exec *ex, gh_GoPos pos, gh_Addr p);
void gh_x_sort_ints(gh_Exec *ex, const gh_GoNode *n, const uint8_t *arg);
void gh_x_errors_is(gh_Exec *ex, const gh_GoNode *n, const uint8_t *a, const uint8_t *b, void *out);
void gh_x_errors_as(gh_Exec *ex, const gh_GoNode *n, const uint8_t *a, const uint8_t *b, void *out);
/* exec_methexpr.c: method expressions through Go's wrappers ((*P).Sum, B.Get, Shape.Area) */
gh_Addr gh_x_methexpr_funcval(gh_Exec *ex, const gh_GoNode *n);
bool gh_x_is_methexpr(gh_Exec *ex, uint64_t idx);
void gh_x_methexpr_call(gh_Exec *ex, gh_GoNode *call, uint64_t idx, const void *const *args, int nargs, void *out);
/* exec_convt.c: the heap word for t's value v boxed as Go's convT* of its shape does */
gh_Addr gh_x_convT(gh_Exec *ex, gh_GoType *t, const uint8_t *v);
/* exec_embed.c: the method of dt's set promoted from an embedded field, and its receiver */
gh_GoFunc *gh_x_promoted_method(gh_Exec *ex, gh_GoType *dt, const uint64_t iv[2], const char *name, gh_GoPos pos, void *recv);
/* exec_lib.c: a library method on its receiver (a pointer), its one argument evaluated */
void gh_x_call_lib_method(gh_Exec *ex, const gh_GoLibFunc *l, gh_Addr recv, uint8_t *arg, void *out);
/* exec_methval.c: method values x.m, closures {F; R} (F: all[] index + nall). */
gh_GoType *gh_x_method_closure_type(gh_Exec *ex, const gh_GoNode *n);   /* n: the x.m selector */
void gh_x_method_value(gh_Exec *ex, gh_GoNode *n, void *out);
/* If the func value fv is a method value: its bound receiver into out, true. */
bool gh_x_method_recv(gh_Exec *ex, gh_Addr fv, void *out);

/* exec_stmt.c */
/* How a statement ended. A labelled break/continue, and goto, leave their label in
 * gh_Exec.branch_label (NULL: unlabelled) until the statement it names takes it. */
typedef enum { XS_NORMAL, XS_BREAK, XS_CONTINUE, XS_RETURN, XS_GOTO } XStatus;
XStatus gh_x_block(gh_Exec *ex, gh_GoNode *b);
/* exec_gomap.c: Go maps (hmap, buckets) in simulated memory */
gh_Addr gh_x_makemap(gh_Exec *ex, gh_GoNode *n);
void gh_x_maplit(gh_Exec *ex, gh_GoNode *n, gh_Addr *out);
gh_Addr gh_x_mapindex_addr(gh_Exec *ex, gh_GoNode *n);      /* m[k] = v: mapassign */
void gh_x_mapindex(gh_Exec *ex, gh_GoNode *n, void *out);   /* v := m[k], v, ok := m[k] */
void gh_x_mapdelete(gh_Exec *ex, gh_GoNode *call);
int64_t gh_x_maplen(gh_Exec *ex, gh_Addr h);
XStatus gh_x_range_map(gh_Exec *ex, gh_GoNode *s);
long long gh_x_map_bucket_size(gh_GoType *mt);
bool gh_x_map_small_hint(const gh_GoNode *n);
gh_GoType *gh_x_map_stack_type(gh_Exec *ex, const gh_GoNode *n);
uint32_t gh_x_fastrand(gh_Exec *ex);
void gh_x_map_each(gh_Exec *ex, gh_GoType *mt, gh_Addr h, void (*fn)(gh_Exec *, void *, gh_Addr, gh_Addr), void *ctx);
/* exec_chan.c: Go channels (hchan, buffer, wait queues, select) in simulated memory */
gh_Addr gh_x_makechan(gh_Exec *ex, gh_GoNode *n);
int64_t gh_x_chanlen(gh_Exec *ex, gh_Addr c, bool cap);
void gh_x_send_stmt(gh_Exec *ex, gh_GoNode *s);
void gh_x_recv(gh_Exec *ex, gh_GoNode *n, void *out);        /* <-c; v, ok := <-c */
void gh_x_closechan(gh_Exec *ex, gh_GoNode *call);
void gh_x_closechan_value(gh_Exec *ex, gh_Addr c, gh_GoType *ct);
XStatus gh_x_range_chan(gh_Exec *ex, gh_GoNode *s);
XStatus gh_x_select(gh_Exec *ex, gh_GoNode *sel);
/* The stack temporary a send, a receive or a range over a channel moves its value through
 * (of the channel's element type), NULL for other nodes. */
gh_GoType *gh_x_chan_temp_type(const gh_GoNode *n);
void gh_x_chan_free(gh_Exec *ex);
/* exec_stmt.c: one run of a loop's body (break/continue of this loop handled) */
XStatus gh_x_loop_body(gh_Exec *ex, gh_GoNode *loop, bool *stop);

XStatus gh_x_stmt(gh_Exec *ex, gh_GoNode *s);
/* exec_switch.c: expression and type switches */
XStatus gh_x_switch(gh_Exec *ex, gh_GoNode *s);
/* exec_expr.c: Go's == on two values of type t (0: equal) */
int gh_x_compare_vals(gh_Exec *ex, gh_GoNode *n, gh_GoType *t, const uint8_t *a, const uint8_t *b);
void gh_x_declare(gh_Exec *ex, gh_GoObj *o);
/* Runs the package-level var initialisers (in source order) before main.main. */
void gh_x_init_globals(gh_Exec *ex);

/* exec_lib.c */
void gh_x_call_lib(gh_Exec *ex, gh_GoNode *n, void *out);
/* fmt's Print*, Sprint*, Fprint* on evaluated operands (w: Fprint's writer; a deferred call) */
void gh_x_call_fmt_values(gh_Exec *ex, const gh_GoLibFunc *l, const uint64_t w[2], gh_String f, gh_Slice args,
                          gh_GoPos wpos, void *out);
/* exec_errors.c: errors.New(text) (the call node's escape verdict says heap or stack), and
 * the error fmt.Errorf makes of its formatted string s. */
void gh_x_errors_new(gh_Exec *ex, gh_GoNode *n, void *out);
void gh_x_errorf_result(gh_Exec *ex, gh_String s, void *out);
void gh_x_run_finalizers(gh_Exec *ex);

/* exec_fmt.c: formatted output goes to an XOut, a host buffer without a size limit. With a
 * printer (pp != 0, exec_printer.c) every write also grows the printer's simulated pp.buf
 * as Go's append does, so the buffer's allocations happen where Go's happen. */
typedef struct XOut {
    char *b; size_t len, cap;   /* host bytes (gh_x_alloc'd) */
    gh_Addr pp;                 /* fmt's printer, or 0 (println, panic messages) */
    int64_t vcap;               /* cap(pp.buf) */
    int wid; bool minus, zero;  /* Printf's width and '-'/'0' flags: each basic value is padded */
    int prec;                   /* Printf's precision + 1 (0: none): a float's digits (exec_fmtfloat.c) */
} XOut;
/* exec_fmtmap.c: fmt's map[k:v ...], keys sorted as internal/fmtsort does; fmtv formats one
 * key or value (exec_fmt.c's format_value) with the flags efl */
typedef void (*XFmtValueFn)(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth, unsigned fl);
enum { XFMT_SHARPV = 16 };   /* in fl: %#v, Go syntax (p.fmt.sharpV) */
/* exec_fmt.c: the type as reflect's Type.String() spells it, into o */
void gh_x_fmt_type_string(gh_Exec *ex, XOut *o, gh_GoType *t);
void gh_x_fmt_map(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth, unsigned efl, XFmtValueFn fmtv);
void gh_x_out_init(gh_Exec *ex, XOut *o);
void gh_x_out_free(gh_Exec *ex, XOut *o);
void gh_x_put(gh_Exec *ex, XOut *o, const char *s, size_t n);
/* Appends Go's %v spelling of the value v of type t (an operand at top level: depth 0). */
void gh_x_format(gh_Exec *ex, gh_GoType *t, const void *v, XOut *o, int depth);
void gh_x_format_iface(gh_Exec *ex, const uint64_t eface[2], XOut *o, int depth);
void gh_x_println(gh_Exec *ex, gh_GoNode *n);
void gh_x_print_values(gh_Exec *ex, const gh_GoNode *n, const void *const *vals);   /* a deferred println */
void gh_x_sprintf(gh_Exec *ex, gh_String fmt, gh_Slice args, XOut *o);
void gh_x_host_string(gh_Exec *ex, gh_String s, char *buf, size_t cap, size_t *len);
/* strconv.Quote's spelling of the host bytes s[0:n] (as %q prints a string). */
void gh_x_quote(gh_Exec *ex, XOut *o, const char *s, size_t n);
/* exec_isprint.c: strconv.IsPrint (generated from Go 1.19). */
bool gh_x_isprint(int32_t r);

/* exec_gs.c: the runtime's own allocations for goroutines */
/* newproc's g: a dead one reused, else new(g) appended to allgs. */
void gh_x_new_g(gh_Exec *ex);
/* allgs = append(allgs, g) (g 0: a g the simulator does not allocate, the runtime's own),
 * a grown array's allocation made by `by`; false (the simulator's error set) on failure. */
bool gh_x_allgs_append(gh_Exec *ex, gh_Addr g, const char *by);
/* gcBgMarkStartWorkers at a GC's start: a mark worker goroutine per P not yet served joins
 * allgs (their g's are not simulated); their goroutine ids are taken (exec_goid.c). */
void gh_x_mark_workers_start(gh_Exec *ex);

/* exec_startup.c: what Go's runtime allocates before main.main and leaves as garbage for the
 * program's first GC, and the allgs array it leaves live; before the program's first frame. */
void gh_x_runtime_startup(gh_Exec *ex);
/* acquireSudog/releaseSudog around a goroutine's wait on a semaphore. */
gh_Addr gh_x_acquire_sudog(gh_Exec *ex);
void gh_x_release_sudog(gh_Exec *ex, gh_Addr s);

/* exec_printer.c: fmt's pp from the ppFree pool (see there). */
void gh_x_printer_get(gh_Exec *ex, XOut *o);
/* --- exec_pprof.c --- */
/* A MALLOC or FREE_OBJECT event into ex->hprof. */
void gh_x_pprof_event(gh_Exec *ex, const gh_Event *ev);
/* pp.buf holding the output (the host bytes stored into it): what fmt writes or copies. */
gh_String gh_x_printer_bytes(gh_Exec *ex, XOut *o);
/* p.free(): pp back into ppFree (pp.buf kept at length 0), unless pp.buf is over 64 KiB. */
void gh_x_printer_put(gh_Exec *ex, XOut *o);

/* exec_float.c: float32 and float64 values (their IEEE bits, 4 or 8 bytes) and operations */
bool gh_x_is_float(gh_GoType *t);   /* float32, float64 or an untyped float constant */
bool gh_x_has_float(gh_GoType *t);  /* a float, or an array or struct with one (== may see a NaN) */
double gh_x_float(gh_GoType *t, const void *v);
void gh_x_put_float(gh_GoType *t, void *out, double d);   /* a float32 rounds to float32 */
void gh_x_float_const(gh_GoNode *n, void *out);
void gh_x_float_arith(gh_Exec *ex, gh_GoNode *n, void *out);
void gh_x_float_neg(gh_Exec *ex, gh_GoNode *n, void *out);
bool gh_x_float_holds(gh_GoTok tok, double a, double b);    /* a tok b, IEEE (NaN: only != holds) */
int gh_x_float_cmp(gh_GoType *t, const void *a, const void *b); /* 0: equal (NaN never is) */
/* x op= y and x++/x-- (s an assignment or an inc/dec statement, tok the operator) */
void gh_x_float_op_assign(gh_Exec *ex, gh_GoNode *s, gh_GoTok tok);
/* T(v) when T or v's type is a float; false when neither is */
bool gh_x_float_conversion(gh_GoType *to, gh_GoType *from, const void *v, void *out);
/* exec_fmtfloat.c: strconv.AppendFloat(v, fmt, prec, bits) (prec -1: shortest); fmt's
 * fmtFloat (verb v e E f F g G, prec -1: none; *number false for Inf/NaN, never zero-padded);
 * the runtime's printfloat for println. Each returns the length written to buf. */
size_t gh_x_ftoa(double v, int bits, char fmt, int prec, char *buf, size_t cap);
/* exec_utf8.c: utf8.DecodeRune (U+FFFD of width 1 for a bad byte), DecodeLastRune,
 * RuneCount, unicode.IsSpace */
int32_t gh_x_utf8_decode(const unsigned char *s, size_t n, int *w);
int32_t gh_x_utf8_decode_last(const unsigned char *s, size_t n, int *w);
int64_t gh_x_utf8_count(const unsigned char *s, size_t n);
/* exec_runes.c: string(r), []rune(s), string(runes) (GH_OP_RUNE2STR, STR2RUNES, RUNES2STR) */
void gh_x_rune_conversion(gh_Exec *ex, gh_GoNode *n, void *out);
/* len([]rune(s)): Go's walk makes it countrunes(s), no slice is built */
int64_t gh_x_countrunes(gh_Exec *ex, gh_GoNode *s);
bool gh_x_unicode_is_space(int32_t r);
size_t gh_x_fmt_float(double v, int bits, char verb, int prec, bool plus, char *buf, size_t cap, bool *number);
size_t gh_x_printfloat(double v, char *buf, size_t cap);
enum { X_FLOAT_TEXT = 1100, X_FLOAT_MAXPREC = 700 };  /* bytes a float's text may take; the largest precision */
/* exec_math.c: math.Sqrt, Floor, Ceil, Trunc, Abs, Inf, NaN, Max, Min on evaluated arguments */
void gh_x_call_math(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out);
/* exec_strconv_float.c: strconv.FormatFloat, ParseFloat (n the call; false for other functions) */
bool gh_x_strconv_float(gh_Exec *ex, const gh_GoNode *n, void *out);
/* exec_strconv.c: the *NumError{fn, num, ErrRange or ErrSyntax} as an error value */
void gh_x_strconv_error(gh_Exec *ex, const char *fn, gh_String num, bool range, uint64_t out[2]);

#endif
