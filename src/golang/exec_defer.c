/* exec_defer.c — `defer CALL` as Go 1.19 runs a defer outside loops (an open-coded defer).
 *
 * At the defer statement the call's function value and arguments are evaluated, as for a
 * call made there, and kept until the function returns: Go keeps them in stack slots of the
 * frame (no _defer record, nothing on the heap). gohotel keeps the bytes in a host record on
 * the goroutine and pins their pointer words in the frame's spill area, so the GC sees them
 * as roots and a stack copy relocates them, exactly as Go's stack slots are. When the body
 * returns (its return statement has already set the results, so a deferred closure may
 * still change a named result) the frame's records run newest first; a panic runs those of
 * every frame, innermost first, before the panic message is printed (and takes the _defer
 * records Go's gopanic uses for them, panic_records).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

typedef struct XDefer {
    int frame;              /* index of the deferring frame in g->frames */
    int mark;               /* its first spill word */
    bool started;           /* running (a panic inside it must not run it again) */
    int line;
    gh_GoFunc *fn;          /* NULL: the println or print call print */
    const gh_GoNode *print;
    gh_Addr closure;
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
    return d;
}

/* defer println(a, b): the runtime's printer, its operands evaluated now (each pinned at
 * once, so evaluating the next cannot lose it) */
static void defer_print(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoNode *call = s->x;
    XG *g = gh_x_g(ex);
    int need = 0;
    size_t used = 0;
    if (call->nlist > 64) gh_x_unsupported(ex, s->pos, "deferred println of more than 64 values is not supported");
    for (int i = 0; i < call->nlist; i++) {
        need += ptr_words(ex, call->list[i]->type);
        used = ((used + 7) & ~(size_t)7) + (size_t)gh_x_size(call->list[i]->type);
    }
    if (used > sizeof ((XDefer *)0)->buf || gh_x_frame(ex)->nspill + need > X_SPILL_WORDS)
        gh_x_unsupported(ex, s->pos, "deferred println operands over %d bytes or %d pointers are not supported",
                         (int)sizeof ((XDefer *)0)->buf, X_SPILL_WORDS);
    XDefer *d = new_record(ex, g, s);
    d->print = call;
    d->nargs = call->nlist;
    /* on the list already, marked started so a panic while its operands are evaluated skips
     * it; a call among them may defer in its own frame above it (and grow g->defers) */
    d->started = true;
    int idx = g->ndefers++;
    used = 0;
    for (int i = 0; i < call->nlist; i++) {
        gh_GoNode *a = call->list[i];
        uint8_t v[X_VMAX] = {0};
        gh_x_eval(ex, a, v);
        used = (used + 7) & ~(size_t)7;
        d = &g->defers[idx];
        d->off[i] = (uint32_t)used;
        d->type[i] = a->type;
        memcpy(d->buf + used, v, (size_t)gh_x_size(a->type));
        gh_x_pin(ex, a->type, d->buf + used);
        used += (size_t)gh_x_size(a->type);
    }
    g->defers[idx].started = false;
}

void gh_x_defer(gh_Exec *ex, gh_GoNode *s)
{
    gh_GoNode *call = s->x;
    if (call->op == GH_OP_PRINTLN || call->op == GH_OP_PRINT) { defer_print(ex, s); return; }
    if (call->op != GH_OP_CALLFUNC && call->op != GH_OP_CALLMETH && call->op != GH_OP_CALLDYN)
        gh_x_unsupported(ex, s->pos, "defer of a library function, a builtin other than println and print, or an interface "
                                     "method is not supported yet; "
                                        "wrap it in a func literal: defer func() { ... }()");
    XCall c;
    gh_x_prepare_call(ex, call, &c);
    if (!c.fn) gh_x_unsupported(ex, call->pos, "defer of a method value of a library type or an interface is not supported yet");
    XG *g = gh_x_g(ex);
    XDefer *d = new_record(ex, g, s);
    XFrame *f = gh_x_frame(ex);
    d->fn = c.fn;
    d->closure = c.closure;
    d->nargs = in_types(c.fn, d->type);
    if (d->nargs != c.nargs) gh_x_panic(ex, "fatal error: deferred call of main.%s has %d arguments for %d parameters", c.fn->name, c.nargs, d->nargs);
    memcpy(d->buf, c.buf, sizeof d->buf);
    for (int k = 0; k < c.nargs; k++) d->off[k] = (uint32_t)((const uint8_t *)c.args[k] - c.buf);
    /* pin: they stay in the spill area until the call runs (statements pin above them) */
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
    g->ndefers++;
}

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

/* What a panic allocates to run open-coded defers (Go 1.19's gopanic): a _defer record (72
 * bytes, the 80-byte class) for the frame whose defers run, from the per-P pool or new(_defer);
 * the next frame's record is taken before the finished one goes back to the pool, so a panic
 * through n frames with defers takes min(n, 2) records. Measured: 1, 2 and 2 mallocs of 80 B
 * for 1, 2 and 3 such frames. A panic that is not recovered ends the program, so its records
 * come from an empty pool; they stay held by the pool (a root). */
static void panic_records(gh_Exec *ex, XG *g)
{
    int frames = 0, last = -1;
    for (int i = g->ndefers - 1; i >= 0 && frames < 2; i--)
        if (!g->defers[i].started && g->defers[i].frame != last) { frames++; last = g->defers[i].frame; }
    for (int i = 0; i < frames; i++) {
        gh_Addr d = gh_mallocgc(ex->sim, 72, GH_TYPE_POINTER, true);
        gh_x_check(ex);
        gh_Addr slot = gh_global(ex->sim, "runtime.deferpool", GH_TYPE_POINTER, 8);
        if (!slot || !gh_store_ptr(ex->sim, slot, d)) gh_x_check(ex);
    }
}

static void run(gh_Exec *ex, int fi)
{
    XG *g = gh_x_g(ex);
    bool ran = false;
    if (fi < 0) panic_records(ex, g);
    while (g->ndefers > 0 && (fi < 0 || g->defers[g->ndefers - 1].frame == fi)) {
        int i = g->ndefers - 1;
        XDefer *d = &g->defers[i];
        if (d->started) { g->ndefers--; continue; }
        d->started = true;
        XFrame *f = &g->frames[d->frame];
        int k = d->mark;
        if (d->closure) read_back(ex, f, &k, ptr_type(ex), (uint8_t *)&d->closure);
        const void *args[64];
        for (int a = 0; a < d->nargs; a++) {
            read_back(ex, f, &k, d->type[a], d->buf + d->off[a]);
            args[a] = d->buf + d->off[a];
        }
        f->nspill = d->mark;
        ran = true;
        /* gh_x_enter copies the arguments into the callee's frame before its body runs, so
         * g->defers may grow (the callee's own defers) without harm */
        if (d->print) gh_x_print_values(ex, d->print, args);
        else gh_x_call(ex, d->fn, d->closure, args, NULL, d->line);
        g->ndefers--;   /* the callee's records ran and went at its return: this one is on top */
    }
    if (ran && fi >= 0) gh_x_unpad_stack(ex);
}

void gh_x_run_panic_defers(gh_Exec *ex) { run(ex, -1); }

void gh_x_run_defers(gh_Exec *ex, int st, const gh_GoNode *body)
{
    XG *g = gh_x_g(ex);
    int fi = g->nframes - 1;
    if (!g->ndefers || g->defers[g->ndefers - 1].frame != fi) return;
    /* a body that ran off its end returns at the closing brace: Go's traceback and profile
     * name that line for the deferred calls (after a return statement, its own line) */
    if (st != XS_RETURN && body->end.line) g->frames[fi].line = body->end.line;
    run(ex, fi);
}
