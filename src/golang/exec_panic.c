/* exec_panic.c — panic and recover as Go 1.19's runtime runs them (runtime/panic.go).
 *
 * gopanic: a panic is a _panic record on the goroutine's chain (g._panic, newest last here)
 * holding the value, an interface{}; Go keeps the record in gopanic's own frame, so the
 * value is a root while the deferred calls run on top of that frame: gohotel pushes a
 * "runtime.gopanic" frame with the value in a slot. The deferred calls run newest first
 * (exec_defer.c); a panic inside one of them starts a newer panic, which takes over: the
 * call that panicked is dropped, the older panic is marked aborted, and the remaining calls
 * run for the newer one.
 *
 * gorecover: recover() returns the value of the newest panic and marks it recovered, only
 * when it is called by the deferred function itself that the panic is running (Go compares
 * the caller's argument pointer with the panic's argp; here: the frame calling recover is
 * the deferred call's frame); otherwise, and when nothing panics, it returns nil.
 *
 * recovery: when the deferred call returns and its panic was recovered, the panic and the
 * aborted ones before it leave the chain, the stack is cut back to the frame that deferred
 * the call, and that frame continues at its deferreturn: its remaining deferred calls run
 * and it returns normally, with its results as they are in the frame (named results as the
 * deferred calls left them). In the host this is a longjmp to the frame's recovery point,
 * armed by gh_x_run_body for every function with a defer; the interpreter's host state
 * above that frame (watched values, temporaries, pads, pinned words) is dropped with it.
 *
 * printpanics: a panic nobody recovers ends the program with the chain, oldest first:
 * "panic: A [recovered]" (recovered, then a newer panic came), "\tpanic: B" for each newer
 * one, then the traceback and exit status 2.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

typedef struct XRecoverPoint {
    jmp_buf jb;
    int nwatch;
    const char *by;
    bool fmt_wrap_errs;
} XRecoverPoint;

XPanicState *gh_x_panic_state(gh_Exec *ex, XG *g)
{
    if (!g->ps) {
        g->ps = calloc(1, sizeof *g->ps);
        if (!g->ps) gh_x_panic(ex, "fatal error: out of memory");
    }
    return g->ps;
}

XPanic *gh_x_panic_by_id(XG *g, int id)
{
    for (int i = 0; g->ps && i < g->ps->np; i++)
        if (g->ps->p[i].id == id) return &g->ps->p[i];
    return NULL;
}

void gh_x_panics_free(XG *g)
{
    if (!g->ps) return;
    for (int i = 0; i < g->ps->np; i++) free(g->ps->p[i].msg);
    free(g->ps->p);
    free(g->ps->o);
    free(g->ps);
    g->ps = NULL;
}

void gh_x_panics_done(gh_Exec *ex, XG *g)
{
    if (!g->ps) return;
    gh_x_defer_root_free(ex, g->ps->defers_root);
    gh_x_panics_free(g);
}

int gh_x_run_body(gh_Exec *ex, gh_GoNode *body)
{
    XG *g = gh_x_g(ex);
    int fi = g->nframes - 1;
    if (!g->frames[fi].fn->has_go_or_defer) {
        XStatus st = gh_x_block(ex, body);
        gh_x_run_defers(ex, (int)st, body);
        return (int)st;
    }
    XRecoverPoint rp = {.nwatch = ex->nwatch, .by = ex->by, .fmt_wrap_errs = ex->fmt_wrap_errs};
    g->frames[fi].rp = &rp;
    volatile int st = XS_RETURN;
    if (setjmp(rp.jb)) {
        /* a deferred call of this frame recovered a panic (gh_x_recovery) */
        g = gh_x_g(ex);
        ex->nwatch = rp.nwatch;
        ex->by = rp.by;
        ex->fmt_wrap_errs = rp.fmt_wrap_errs;
        ex->branch_label = NULL;
        gh_temps_clear(ex->sim);
        st = XS_RETURN;
    } else {
        st = (int)gh_x_block(ex, body);
    }
    gh_x_run_defers(ex, st, body);
    gh_x_g(ex)->frames[fi].rp = NULL;
    return st;
}

/* The message printpanics gives the value e (its Error or String method for an error or
 * a Stringer, as preprintpanics calls them). */
static char *message(gh_Exec *ex, const uint64_t e[2])
{
    if (!e[0]) return strdup("nil");
    gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
    if (gh_x_is_float(dt) && !(dt->kind == GH_K_NAMED && dt->nmethods)) {
        /* printpanicval prints a float as print does; a named one as printanycustomtype
         * does: main.Temp(-4.000000e+001) */
        uint8_t v[8] = {0};
        char f[48], tn[160], *m = malloc(sizeof f + sizeof tn + 2);
        gh_x_load(ex, e[1], v, (uint64_t)gh_x_size(dt));
        gh_x_printfloat(gh_x_float(dt, v), f, sizeof f);
        gh_x_reflect_type_string(dt, tn, sizeof tn);
        if (m && dt->kind == GH_K_NAMED) snprintf(m, sizeof f + sizeof tn + 2, "%s(%s)", tn, f);
        else if (m) snprintf(m, sizeof f + sizeof tn + 2, "%s", f);
        return m;
    }
    XOut o;
    gh_x_out_init(ex, &o);
    gh_x_format_iface(ex, e, &o, 0);
    char *m = malloc(o.len + 1);
    if (m) { memcpy(m, o.b, o.len); m[o.len] = 0; }
    gh_x_out_free(ex, &o);
    return m;
}

/* The chain as printpanics prints it, into out. */
static void print_panics(XPanicState *ps, char *out, size_t cap)
{
    size_t n = 0;
    bool sig = false;
    out[0] = 0;
    for (int i = 0; i < ps->np && n + 1 < cap; i++) {
        XPanic *p = &ps->p[i];
        n += (size_t)snprintf(out + n, cap - n, "%spanic: %s%s", i ? "\n\t" : "", p->msg ? p->msg : "?",
                              p->recovered ? " [recovered]" : "");
        sig |= p->sigsegv;
    }
    if (sig && n + 1 < cap) snprintf(out + n, cap - n, "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

/* Starts panic e (msg: its text, or NULL to format it) and runs the deferred calls; returns
 * only when none recovered it, with the chain's text in out. */
static void gopanic(gh_Exec *ex, const uint64_t e[2], const char *msg, char *out, size_t cap)
{
    XG *g = gh_x_g(ex);
    /* fmt's catchPanic recovers a panic of a String or Error method (exec_catchpanic.c);
     * one while it prints the recovered value (p.panicking) makes it panic again, with the
     * chain of both: not modelled, so refused */
    if (g->fmt_panicking)
        gh_x_unsupported(ex, (gh_GoPos){g->frames[g->nframes - 1].line, 1},
                         "a panic in a String or Error method while fmt prints the value of an earlier one's panic: fmt panics again (p.panicking), not modelled");
    XPanicState *ps = gh_x_panic_state(ex, g);
    char *text = msg ? strdup(msg) : message(ex, e);
    if (!text) gh_x_panic(ex, "fatal error: out of memory");
    /* the value in gopanic's frame, where the collector sees it */
    uint32_t gframe = gh_sim_curg(ex->sim)->nframes;
    gh_Addr slot = 0;
    if (!gh_frame_push(ex->sim, "runtime.gopanic", 16, g->frames[g->nframes - 1].line) ||
        !(slot = gh_frame_local(ex->sim, "p.arg", gh_x_type_id(ex, ex->prog->u.any), 16, false))) {
        free(text);
        gh_x_check(ex);
    }
    gh_store(ex->sim, slot, &e[0], 8);
    if (!gh_store_ptr(ex->sim, slot + 8, e[1])) gh_x_check(ex);
    if (ps->np == ps->capp) {
        int nc = ps->capp ? ps->capp * 2 : 4;
        XPanic *nv = realloc(ps->p, sizeof *nv * (size_t)nc);
        if (!nv) { free(text); gh_x_panic(ex, "fatal error: out of memory"); }
        ps->p = nv;
        ps->capp = nc;
    }
    XPanic *p = &ps->p[ps->np++];
    memset(p, 0, sizeof *p);
    p->arg[0] = e[0];
    p->arg[1] = e[1];
    p->msg = text;
    p->sigsegv = !strncmp(text, "runtime error: invalid memory address", 37);
    p->id = ++ps->serial;
    p->defer_frame = -1;
    p->gframe = gframe;
    gh_x_run_panic_defers(ex);   /* a recovery does not come back */
    print_panics(gh_x_g(ex)->ps, out, cap);
}

_Noreturn void gh_x_panic_value(gh_Exec *ex, const uint64_t e[2])
{
    uint64_t v[2] = {e[0], e[1]};
    char buf[4096];
    if (gh_sim_err(ex->sim)) gh_x_check(ex);
    gopanic(ex, v, NULL, buf, sizeof buf);
    gh_x_fatal_text(ex, buf);
}

void gh_x_gopanic_msg(gh_Exec *ex, const char *msg, char *out, size_t cap)
{
    uint64_t e[2];
    gh_x_runtime_error(ex, msg, e);
    gopanic(ex, e, msg, out, cap);
}

void gh_x_recover(gh_Exec *ex, void *out)
{
    XG *g = gh_x_g(ex);
    uint64_t v[2] = {0, 0};
    XPanic *p = g->ps && g->ps->np ? &g->ps->p[g->ps->np - 1] : NULL;
    if (p && !p->recovered && p->defer_frame == g->nframes - 1) {
        p->recovered = true;
        v[0] = p->arg[0];
        v[1] = p->arg[1];
    }
    memcpy(out, v, 16);
}

void gh_x_recovered_unlink(gh_Exec *ex, int fi)
{
    XG *g = gh_x_g(ex);
    XPanicState *ps = g->ps;
    /* the recovered panic, then the aborted ones, leave the chain */
    int gone = ps->np;
    if (ps->np) free(ps->p[--ps->np].msg);
    while (ps->np && ps->p[ps->np - 1].aborted) free(ps->p[--ps->np].msg);
    int first_gone_id = ps->np < gone ? ps->p[ps->np].id : 0;   /* ids past the kept ones are gone */
    /* the open-coded frames' records from fi up are done, and those the gone panics took
     * for frames below and did not start: back to the pool */
    for (int k = ps->no - 1; k >= 0; k--) {
        XOpenRec *o = &ps->o[k];
        if (o->frame < fi && (!first_gone_id || o->panic < first_gone_id)) continue;
        gh_x_defer_unlink(ex, ps->defers_root, o->rec);
        gh_x_freedefer(ex, o->rec);
        memmove(o, o + 1, sizeof *o * (size_t)(ps->no - k - 1));
        ps->no--;
    }
}

_Noreturn void gh_x_recovery(gh_Exec *ex, int fi)
{
    XG *g = gh_x_g(ex);
    gh_x_recovered_unlink(ex, fi);
    XFrame *f = &g->frames[fi];
    if (!f->rp) gh_x_panic(ex, "fatal error: recovery failed (main.%s has no recovery point)", f->fn->name);
    /* the stack back to the deferring frame: the frames above it, its pads and the
     * gopanic frames go */
    g->nframes = fi + 1;
    while (gh_sim_curg(ex->sim)->nframes > f->gframe + 1) gh_frame_pop(ex->sim);
    f->npads = 0;
    f->lib = NULL;   /* a library call the panic came through is abandoned with its host frame */
    gh_sim_set_site(ex->sim, f->line);
    longjmp(f->rp->jb, 1);
}
