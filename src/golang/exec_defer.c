/* exec_defer.c — `defer CALL` as Go 1.19 runs it, in its three kinds (go_check_defer.c).
 *
 * At the defer statement the call's function value and arguments are evaluated, as for a
 * call made there (a library call's operands converted to interface there too, a nil
 * interface's method panics there), and kept until the function returns:
 *   - open-coded and stack-allocated defers keep them in the frame (stack slots, or the
 *     _defer record in the frame): nothing on the heap. gohotel keeps the bytes in a host
 *     record on the goroutine and pins their pointer words in the frame's spill area, so
 *     the GC sees them as roots and a stack copy relocates them, as Go's slots are;
 *   - a heap-allocated defer (in a loop) takes a _defer record (exec_deferpool.c) and, when
 *     the call has operands to keep, a heap closure holding them: Go 1.19 wraps
 *     `defer f(a, b)` as `defer func() { f(a, b) }()` with a and b captured by value, so
 *     the wrapper is {F; the function value unless it is a declared function; the receiver;
 *     each argument that is not a constant} (16 B for add(i), 24 B for a.add(i) or
 *     func(x int){...}(i), 48 B for fmt.Println("i", i): two interfaces). The record's fn
 *     word points to the wrapper, and the record is held by g._defer until it runs.
 * When the body returns (its return statement has already set the results, so a deferred
 * closure may still change a named result) the frame's records run newest first. A panic
 * runs them as gopanic does (gh_x_run_panic_defers): innermost first, every frame, each
 * call marked started so a newer panic drops it; an open-coded frame needs a _defer record
 * of its own while its calls run for a panic (addOneOpenDeferFrame: the next frame's is
 * taken before the finished one goes back to the pool).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

enum { D_CALL, D_PRINT, D_LIB, D_PANIC, D_RECOVER, D_CLOSE, D_CATCH };   /* what runs (D_CATCH: fmt's catchPanic) */
enum { K_OPEN, K_STACK, K_HEAP };                        /* the record's kind */

typedef struct XDefer {
    int frame;              /* index of the deferring frame in g->frames */
    int mark;               /* its first spill word */
    bool started;           /* running or ran (a newer panic drops it) */
    int panic;              /* id of the panic that started it, 0: a return did */
    int line;
    uint8_t what, kind;
    gh_Addr rec;            /* K_HEAP: its _defer record */
    gh_GoFunc *fn;          /* D_CALL */
    const gh_GoNode *node;  /* D_PRINT, D_LIB: the call */
    gh_Addr closure;
    XCatch *catch;          /* D_CATCH: where fmt resumes (exec_catchpanic.c) */
    int nargs;
    uint32_t off[64];       /* argument k at buf + off[k] */
    gh_GoType *type[64];
    uint8_t buf[4 * X_VMAX];
} XDefer;

static gh_GoType *ptr_type(gh_Exec *ex) { return ex->prog->u.basic[GH_K_UNSAFEPTR]; }

/* The parameters in the order gh_x_enter takes arguments: the receiver first. */
static int in_types(gh_GoFunc *fn, gh_GoType **out)
{
    int n = 0;
    if (fn->recv) out[n++] = fn->recv->type;
    for (int i = 0; i < fn->nparams && n < 64; i++) out[n++] = fn->params[i]->type;
    return n;
}

static int ptr_words(gh_Exec *ex, gh_GoType *t)
{
    if (!gh_go_type_has_pointers(t)) return 0;
    const gh_Type *ty = gh_sim_type(ex->sim, gh_x_type_id(ex, t));
    int n = 0;
    for (uint64_t w = 0; ty && w * 8 < (uint64_t)gh_x_size(t); w++) n += gh_type_word_is_ptr(ty, w);
    return n;
}

static XDefer *new_record(gh_Exec *ex, XG *g, gh_GoNode *s)
{
    if (g->ndefers == g->capdefers) {
        int nc = g->capdefers ? g->capdefers * 2 : 4;
        /* host memory the program costs (`for { defer f() }` grows it): the budget's */
        if (!gh_sim_charge(ex->sim, sizeof(XDefer) * (uint64_t)(nc - g->capdefers), "deferred calls")) gh_x_check(ex);
        XDefer *nv = realloc(g->defers, sizeof *nv * (size_t)nc);
        if (!nv) gh_x_panic(ex, "fatal error: out of memory");
        g->defers = nv;
        g->capdefers = nc;
    }
    XDefer *d = &g->defers[g->ndefers];
    memset(d, 0, offsetof(XDefer, buf));
    d->frame = g->nframes - 1;
    d->mark = gh_x_frame(ex)->nspill;
    d->line = s->pos.line;
    d->kind = s->define == 2 ? K_HEAP : s->define == 1 ? K_STACK : K_OPEN;
    return d;
}

void gh_x_defers_free(XG *g) { free(g->defers); }

/* --- what is kept ---------------------------------------------------------------- */

/* Appends an operand of type t (its bytes at v) to d; `keep`: the wrapper captures it. */
static void add_operand(gh_Exec *ex, gh_GoNode *at, XDefer *d, size_t *used, gh_GoType *t, const void *v)
{
    size_t off = (*used + 7) & ~(size_t)7;
    long long sz = gh_x_size(t);
    if (off + (size_t)sz > sizeof d->buf || d->nargs == 64 || sz > X_VMAX)
        gh_x_unsupported(ex, at->pos, "deferred call operands over %d bytes are not supported", (int)sizeof d->buf);
    memcpy(d->buf + off, v, (size_t)sz);
    d->off[d->nargs] = (uint32_t)off;
    d->type[d->nargs++] = t;
    *used = off + (size_t)sz;
}

/* The heap wrapper of a defer in a loop: its fields are the captured operands (cap[k]:
 * operand k is captured, the function value first when fv). */
static void heap_wrapper(gh_Exec *ex, gh_GoNode *s, XDefer *d, const bool *cap, bool fv, const uint64_t *iv)
{
    const char *names[66];
    gh_GoType *types[66];
    const void *vals[66];
    int n = 0;
    if (fv) { names[n] = "fn"; types[n] = ptr_type(ex); vals[n++] = &d->closure; }
    for (int k = 0; k < d->nargs; k++) {
        if (!cap[k]) continue;
        names[n] = "a";
        /* an interface method's call keeps the interface value, not the receiver drawn from it */
        types[n] = k == 0 && iv ? s->x->x->x->type : d->type[k];
        vals[n++] = k == 0 && iv ? (const void *)iv : d->buf + d->off[k];
    }
    d->rec = gh_x_newdefer(ex);
    gh_x_defer_link(ex, &gh_x_panic_state(ex, gh_x_g(ex))->defers_root, d->rec);   /* on g._defer */
    if (!n) {   /* nothing to keep: the record holds the function value itself */
        if (d->closure && !gh_store_ptr(ex->sim, d->rec + 24, d->closure)) gh_x_check(ex);
        return;
    }
    gh_GoType *ct = gh_x_closure_struct(ex, (const char *)s + 1, "deferwrap", n, names, types);
    gh_GoType *st = gh_go_under(ct);
    gh_Addr w;
    X_BY(ex, "a deferred call's wrapper (its evaluated operands)",
         w = gh_mallocgc(ex->sim, (uint64_t)gh_x_size(ct), gh_x_type_id(ex, ct), true));
    gh_x_check(ex);
    for (int i = 0; i < n; i++) gh_x_store(ex, w + (uint64_t)st->fields[i + 1].offset, types[i], vals[i]);
    if (!gh_store_ptr(ex->sim, d->rec + 24, w)) gh_x_check(ex);   /* d.fn */
}

/* Pins the operands of an open-coded or stack-allocated defer in the frame. */
static void pin_operands(gh_Exec *ex, gh_GoNode *s, XDefer *d)
{
    XFrame *f = gh_x_frame(ex);
    int need = d->closure ? 1 : 0;
    for (int k = 0; k < d->nargs; k++) {
        if (gh_x_size(d->type[k]) > X_VMAX && gh_go_type_has_pointers(d->type[k]))
            gh_x_unsupported(ex, s->pos, "deferred arguments with pointers larger than %d bytes are not supported", X_VMAX);
        need += ptr_words(ex, d->type[k]);
    }
    if (f->nspill + need > X_SPILL_WORDS)
        gh_x_unsupported(ex, s->pos, "deferred calls holding more than %d pointers in one function are not supported",
                         X_SPILL_WORDS);
    if (d->closure) gh_x_pin(ex, ptr_type(ex), &d->closure);
    for (int k = 0; k < d->nargs; k++) gh_x_pin(ex, d->type[k], d->buf + d->off[k]);
}

static void keep(gh_Exec *ex, gh_GoNode *s, XDefer *d, const bool *cap, bool fv, const uint64_t *iv)
{
    if (d->kind == K_HEAP) heap_wrapper(ex, s, d, cap, fv, iv);
    else pin_operands(ex, s, d);
}

static bool constant(const gh_GoNode *n) { return n->op == GH_OP_CONST || n->op == GH_OP_NIL; }

/* --- the defer statement ------------------------------------------------------------ */

/* Evaluates the operands of record idx in order, each held (pinned) while the next is
 * evaluated, then takes them back as they are now (a call among them may move the stack). */
static void eval_operands(gh_Exec *ex, XG *g, int idx, gh_GoNode *const *ops, int n)
{
    size_t used = 0;
    int marks[64];
    int mark = gh_x_frame(ex)->nspill;
    for (int i = 0; i < n; i++) {
        uint8_t v[X_VMAX] = {0};
        gh_x_eval(ex, ops[i], v);
        XDefer *d = &g->defers[idx];
        add_operand(ex, ops[i], d, &used, ops[i]->type, v);
        marks[i] = gh_x_pin(ex, ops[i]->type, d->buf + d->off[i]);
    }
    XDefer *d = &g->defers[idx];
    for (int i = n - 1; i >= 0; i--) gh_x_unpin(ex, marks[i], d->type[i], d->buf + d->off[i]);
    gh_x_unpin_all(ex, mark);
}

/* defer println(a, b), defer panic(v), defer recover(), defer close(c): a builtin with its
 * operands (close's channel is evaluated at the defer statement, as Go's wrapper captures it) */
static void defer_builtin(gh_Exec *ex, gh_GoNode *s, int what)
{
    gh_GoNode *call = s->x;
    XG *g = gh_x_g(ex);
    if (call->nlist > 64) gh_x_unsupported(ex, s->pos, "deferred println of more than 64 values is not supported");
    /* on the list already, marked started so a panic while the operands are evaluated skips
     * it; a call among them may defer in its own frame above it (and grow g->defers) */
    XDefer *d = new_record(ex, g, s);
    d->what = (uint8_t)what;
    d->node = call;
    d->started = true;
    int idx = g->ndefers++;
    eval_operands(ex, g, idx, call->list, call->nlist);
    d = &g->defers[idx];
    bool cap[64];
    for (int i = 0; i < call->nlist; i++) cap[i] = !constant(call->list[i]);
    keep(ex, s, d, cap, false, NULL);
    g->defers[idx].started = false;
}

/* defer mu.Unlock(), defer wg.Done(), defer sb.Reset(), defer fmt.Println(...): the
 * receiver and the operands (a variadic call's values converted to interface) now */
static void defer_lib(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoNode *call = s->x;
    const gh_GoLibFunc *l = call->lib;
    bool fmtcall = !strcmp(l->pkg, "fmt") && strcmp(l->name, "Errorf") && l->name[0] != 'S';
    if (!l->recv && !fmtcall)
        gh_x_unsupported(ex, call->pos, "defer of %s.%s is not supported yet (deferred library calls: methods, fmt.Print*)",
                         l->pkg, l->name);
    if (l->recv && call->nlist > 1) gh_x_unsupported(ex, call->pos, "deferred library method with more than one argument");
    XG *g = gh_x_g(ex);
    XDefer *d = new_record(ex, g, s);
    d->what = D_LIB;
    d->node = call;
    d->started = true;
    int idx = g->ndefers++;
    /* operands in order: the receiver, then each argument (a ... slice's elements one by one) */
    gh_GoNode *ops[64] = {0};
    int nops = 0;
    if (l->recv) ops[nops++] = call->x->x;
    for (int i = 0; i < call->nlist && nops < 64; i++) {
        gh_GoNode *a = call->list[i];
        if (a->kind == GH_N_DDDSLICE)
            for (int k = 0; k < a->nlist && nops < 64; k++) ops[nops++] = a->list[k];
        else ops[nops++] = a;
    }
    if (nops >= 64) gh_x_unsupported(ex, call->pos, "deferred call of more than 63 operands is not supported");
    eval_operands(ex, g, idx, ops, nops);
    d = &g->defers[idx];
    bool cap[64];
    for (int i = 0; i < nops; i++) cap[i] = !constant(ops[i]);
    if (l->recv) {
        uint64_t r;
        memcpy(&r, d->buf, 8);
        if (!r) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    }
    keep(ex, s, d, cap, false, NULL);
    g->defers[idx].started = false;
}

void gh_x_defer(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoNode *call = s->x;
    if (call->op == GH_OP_PRINTLN || call->op == GH_OP_PRINT) { defer_builtin(ex, s, D_PRINT); return; }
    if (call->op == GH_OP_PANIC) { defer_builtin(ex, s, D_PANIC); return; }
    if (call->op == GH_OP_RECOVER) { defer_builtin(ex, s, D_RECOVER); return; }
    if (call->op == GH_OP_CLOSE) { defer_builtin(ex, s, D_CLOSE); return; }
    if (call->op == GH_OP_CALLLIB) { defer_lib(ex, s); return; }
    if (call->op != GH_OP_CALLFUNC && call->op != GH_OP_CALLMETH && call->op != GH_OP_CALLDYN && call->op != GH_OP_CALLIFACE)
        gh_x_unsupported(ex, s->pos, "defer of this builtin is not supported yet; wrap it in a func literal: defer func() { ... }()");
    XCall c;
    gh_x_prepare_call(ex, call, &c);
    if (!c.fn) gh_x_unsupported(ex, call->pos, "defer of a method value or method expression of a library type, or of a library error's "
                                                "method, is not supported yet; wrap it in a func literal: defer func() { ... }()");
    XG *g = gh_x_g(ex);
    XDefer *d = new_record(ex, g, s);
    d->what = D_CALL;
    d->fn = c.fn;
    d->closure = c.closure;
    d->nargs = in_types(c.fn, d->type);
    if (d->nargs != c.nargs) gh_x_panic(ex, "fatal error: deferred call of main.%s has %d arguments for %d parameters", c.fn->name, c.nargs, d->nargs);
    memcpy(d->buf, c.buf, sizeof d->buf);
    for (int k = 0; k < c.nargs; k++) d->off[k] = (uint32_t)((const uint8_t *)c.args[k] - c.buf);
    /* what Go's wrapper captures: the receiver (a method, an interface's, a bound method
     * value's) and every argument that is not a constant; a func value when it is called
     * with arguments (called without, it is the record's function itself) */
    bool cap[64];
    int recv = call->op == GH_OP_CALLMETH || call->op == GH_OP_CALLIFACE || c.bound;
    for (int k = 0; k < d->nargs; k++) cap[k] = k < recv ? call->op != GH_OP_CALLDYN : !constant(call->list[k - recv]);
    /* (a static function's value, or a method value whose receiver is args[0], is held as
     * a word that points at no heap object: the wrapper's field counts, its content not) */
    bool fv = call->op == GH_OP_CALLDYN && (call->nlist > 0 || c.bound);
    keep(ex, s, d, cap, fv, call->op == GH_OP_CALLIFACE ? c.iv : NULL);
    g->ndefers++;
}

/* --- running them ------------------------------------------------------------------- */

/* Copies the pointer words pinned from word *k of frame f back into v (of type t): the
 * stack may have moved since the defer statement. */
static void read_back(gh_Exec *ex, XFrame *f, int *k, gh_GoType *t, uint8_t *v)
{
    if (!gh_go_type_has_pointers(t) || gh_x_size(t) > X_VMAX) return;
    gh_Addr base = gh_x_frame_base(ex, f) + f->lay->spill_off;
    const gh_Type *ty = gh_sim_type(ex->sim, gh_x_type_id(ex, t));
    for (uint64_t w = 0; ty && w * 8 < (uint64_t)gh_x_size(t); w++) {
        if (!gh_type_word_is_ptr(ty, w)) continue;
        gh_x_load(ex, base + (uint64_t)*k * 8, v + w * 8, 8);
        gh_store_ptr(ex->sim, base + (uint64_t)*k * 8, 0);
        (*k)++;
    }
}

/* A deferred library call: fmt's Print* get their ... slice in the wrapper's frame (Go
 * builds it on the wrapper function's stack), methods their receiver and argument. */
static void run_lib(gh_Exec *ex, XDefer *d, const void *const *args)
{
    const gh_GoNode *call = d->node;
    const gh_GoLibFunc *l = call->lib;
    if (l->recv) {
        uint64_t r;
        memcpy(&r, args[0], 8);
        uint8_t arg[X_VMAX] = {0};
        if (d->nargs > 1) memcpy(arg, args[1], (size_t)gh_x_size(d->type[1]));
        gh_x_call_lib_method(ex, l, r, arg, NULL);
        return;
    }
    int k = 0;
    uint64_t w[2] = {0, 0};
    gh_String f = {0, 0};
    if (l->name[0] == 'F') memcpy(w, args[k++], 16);
    if (strchr(l->name, 'f')) memcpy(&f, args[k++], 16);
    int nv = d->nargs - k;
    XFrame *top = gh_x_frame(ex);
    int npads = top->npads;
    uint32_t base = gh_sim_curg(ex->sim)->nframes;
    char name[GH_SLOT_NAME_MAX];
    snprintf(name, sizeof name, "main.%s.deferwrap", gh_x_g(ex)->frames[d->frame].fn->name);
    gh_Addr arr = 0;
    gh_GoType *any = ex->prog->u.any;
    if (!gh_frame_push(ex->sim, name, (uint32_t)(16 * nv + 8), d->line) ||
        (nv && !(arr = gh_frame_local(ex->sim, "...", gh_x_type_id(ex, gh_go_type_array(ex->prog->src, any, nv)), (uint32_t)(16 * nv), false))))
        gh_x_check(ex);
    for (int i = 0; i < nv; i++) gh_x_store(ex, arr + (uint64_t)i * 16, any, args[k + i]);
    gh_Slice sl = {arr, nv, nv};
    gh_x_call_fmt_values(ex, l, w, f, sl, call->pos, NULL);
    while (gh_sim_curg(ex->sim)->nframes > base) gh_frame_pop(ex->sim);
    gh_x_frame(ex)->npads = npads;
}

/* Runs record i: its operands back from the frame's pins, then the call. */
static void call_record(gh_Exec *ex, XG *g, int i)
{
    XDefer *d = &g->defers[i];
    XFrame *f = &g->frames[d->frame];
    if (d->kind != K_HEAP) {
        int k = d->mark;
        if (d->closure) read_back(ex, f, &k, ptr_type(ex), (uint8_t *)&d->closure);
        for (int a = 0; a < d->nargs; a++) read_back(ex, f, &k, d->type[a], d->buf + d->off[a]);
    }
    f->nspill = d->mark;
    const void *args[64];
    for (int a = 0; a < d->nargs; a++) args[a] = d->buf + d->off[a];
    switch (d->what) {
    case D_PRINT: gh_x_print_values(ex, d->node, args); break;
    case D_RECOVER: break;   /* recover not called by a deferred function: nil */
    case D_CLOSE: {
        gh_Addr c;
        memcpy(&c, args[0], 8);
        gh_x_closechan_value(ex, c, d->type[0]);
        break;
    }
    case D_CATCH: {   /* catchPanic calls recover() itself: the newest panic is recovered */
        XPanic *p = g->ps && g->ps->np ? &g->ps->p[g->ps->np - 1] : NULL;
        if (p && !p->recovered) {
            p->recovered = true;
            memcpy(d->catch->arg, p->arg, 16);
        }
        break;
    }
    case D_PANIC: {
        uint64_t e[2];
        memcpy(e, args[0], 16);
        gh_x_panic_value(ex, e);
    }
    case D_LIB: {
        /* a copy: a String method fmt calls may defer and move g->defers */
        XDefer *c = gh_x_alloc(ex, sizeof *c);   /* freed with ex if a panic leaves run_lib */
        memcpy(c, d, sizeof *c);
        for (int a = 0; a < c->nargs; a++) args[a] = c->buf + c->off[a];
        run_lib(ex, c, args);
        gh_x_release(ex, c);
        break;
    }
    default:
        /* gh_x_enter copies the arguments into the callee's frame before its body runs, so
         * g->defers may grow (the callee's own defers) without harm */
        gh_x_call(ex, d->fn, d->closure, args, NULL, d->line);
    }
}

/* Takes record i (the top one) off the goroutine: a heap record goes back to the pool. */
static void drop(gh_Exec *ex, XG *g, int i)
{
    XDefer *d = &g->defers[i];
    if (d->kind == K_HEAP && d->rec) {
        gh_store_ptr(ex->sim, d->rec + 24, 0);   /* freedefer clears the record */
        gh_x_defer_unlink(ex, g->ps ? g->ps->defers_root : 0, d->rec);
        gh_x_freedefer(ex, d->rec);
        d->rec = 0;
    }
    g->ndefers = i;
}

void gh_x_run_defers(gh_Exec *ex, int st, const gh_GoNode *body)
{
    XG *g = gh_x_g(ex);
    int fi = g->nframes - 1;
    if (!g->ndefers || g->defers[g->ndefers - 1].frame != fi) return;
    /* a body that ran off its end returns at the closing brace: Go's traceback and profile
     * name that line for the deferred calls (after a return statement, its own line) */
    if (st != XS_RETURN && body->end.line) g->frames[fi].line = body->end.line;
    bool ran = false;
    while (g->ndefers > 0 && g->defers[g->ndefers - 1].frame == fi) {
        int i = g->ndefers - 1;
        XDefer *d = &g->defers[i];
        if (!d->started) {
            d->started = true;
            d->panic = 0;
            ran = true;
            call_record(ex, g, i);
        }
        drop(ex, g, i);
    }
    if (ran) gh_x_unpad_stack(ex);
}

/* fmt's handleMethods: `defer p.catchPanic(p.arg, verb, "String")` before it calls the
 * method, a stack-allocated _defer of fmt's frame, which sits between the calling frame
 * and the method's (so the record counts as the caller's frame: it runs after every record
 * of the method's frames and before any of the caller's). Returns the record's index. */
int gh_x_defer_catch(gh_Exec *ex, XCatch *c)
{
    XG *g = gh_x_g(ex);
    static gh_GoNode none;
    XDefer *d = new_record(ex, g, &none);
    d->line = gh_x_frame(ex)->line;
    d->kind = K_STACK;
    d->what = D_CATCH;
    d->catch = c;
    return g->ndefers++;
}

/* The method returned: handleMethods returns and its record goes. */
void gh_x_defer_catch_pop(gh_Exec *ex, int idx)
{
    XG *g = gh_x_g(ex);
    if (g->ndefers != idx + 1 || g->defers[idx].what != D_CATCH) gh_x_panic(ex, "fatal error: fmt's catchPanic record is not on top");
    g->ndefers = idx;
}

/* --- a panic (gopanic's loop) ------------------------------------------------------- */

/* addOneOpenDeferFrame: the innermost frame at or below `from` whose defers are open-coded
 * gets a _defer record for the panic, unless it has one (an older panic's). Below main.main
 * is runtime.main, whose own defer is open-coded (frame -1 here): so even a panic through
 * frames without open-coded defers takes a record on the main goroutine (measured: a
 * recovered panic in a function whose defers are stack-allocated, 1 malloc of 80 B the
 * first time). */
static void add_open(gh_Exec *ex, XG *g, int from, int pid)
{
    XPanicState *ps = g->ps;
    for (int f = from; f >= -1; f--) {
        if (f >= 0 ? !g->frames[f].fn->open_defers : g != ex->gs[0]) continue;
        for (int k = 0; k < ps->no; k++)
            if (ps->o[k].frame == f) return;
        gh_Addr rec = gh_x_newdefer(ex);
        gh_x_defer_link(ex, &g->ps->defers_root, rec);
        ps = g->ps;
        if (ps->no == ps->capo) {
            int nc = ps->capo ? ps->capo * 2 : 4;
            XOpenRec *nv = realloc(ps->o, sizeof *nv * (size_t)nc);
            if (!nv) gh_x_panic(ex, "fatal error: out of memory");
            ps->o = nv;
            ps->capo = nc;
        }
        int at = ps->no;   /* kept outermost first */
        while (at > 0 && ps->o[at - 1].frame > f) { ps->o[at] = ps->o[at - 1]; at--; }
        ps->o[at] = (XOpenRec){f, rec, pid};
        ps->no++;
        return;
    }
}

static void remove_open(gh_Exec *ex, XG *g, int frame)
{
    XPanicState *ps = g->ps;
    for (int k = 0; k < ps->no; k++)
        if (ps->o[k].frame == frame) {
            gh_Addr rec = ps->o[k].rec;
            memmove(&ps->o[k], &ps->o[k + 1], sizeof *ps->o * (size_t)(ps->no - k - 1));
            ps->no--;
            gh_x_defer_unlink(ex, ps->defers_root, rec);
            gh_x_freedefer(ex, rec);
            return;
        }
}

/* Runs record i for panic pid: a record some call already started (its call panicked:
 * this newer panic) is dropped and the panic that started it is aborted. */
static void panic_call(gh_Exec *ex, XG *g, int i, int pid)
{
    XDefer *d = &g->defers[i];
    if (d->started) {
        XPanic *old = d->panic ? gh_x_panic_by_id(g, d->panic) : NULL;
        if (old) old->aborted = true;
        drop(ex, g, i);
        return;
    }
    d->started = true;
    d->panic = pid;
    int frame = d->frame;
    XCatch *catch = d->what == D_CATCH ? d->catch : NULL;
    XPanic *p = gh_x_panic_by_id(g, pid);
    if (p) p->defer_frame = g->nframes;   /* the deferred call's own frame */
    call_record(ex, g, i);
    p = gh_x_panic_by_id(g, pid);
    if (p) p->defer_frame = -1;
    drop(ex, g, i);
    if (p && p->recovered && catch) gh_x_catch_recovery(ex, catch);   /* exec_catchpanic.c: back into fmt */
    if (p && p->recovered) gh_x_recovery(ex, frame);   /* exec_panic.c: does not return */
}

void gh_x_run_panic_defers(gh_Exec *ex)
{
    XG *g = gh_x_g(ex);
    int pid = g->ps->p[g->ps->np - 1].id;
    add_open(ex, g, g->nframes - 1, pid);
    for (;;) {
        XPanicState *ps = g->ps;
        XOpenRec *o = ps->no ? &ps->o[ps->no - 1] : NULL;
        int top = g->ndefers - 1;
        XDefer *d = top >= 0 ? &g->defers[top] : NULL;
        if (d && (!o || d->frame > o->frame)) { panic_call(ex, g, top, pid); continue; }   /* a heap or stack record */
        if (!o) break;
        if (o->panic != pid) {   /* an older panic was running this frame's calls */
            XPanic *old = gh_x_panic_by_id(g, o->panic);
            if (old) old->aborted = true;
            o->panic = pid;
        }
        if (d && d->frame == o->frame) { panic_call(ex, g, top, pid); continue; }
        /* the frame is done: the next one's record first, then this one back to the pool */
        int of = o->frame;
        add_open(ex, g, of - 1, pid);
        remove_open(ex, g, of);
    }
}
