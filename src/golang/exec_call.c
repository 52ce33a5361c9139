/* exec_call.c — calls: a frame per call pushed on the simulated goroutine stack with a
 * named slot per local (variables the escape analysis moved to the heap get a heap
 * object at their declaration and the slot holds its address), closures as heap or
 * stack objects {function, captured variables}, and `go` statements.
 */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

long long gh_x_result_off(gh_GoType *sig, int i)
{
    long long off = 0;
    for (int k = 0; k <= i; k++) {
        gh_GoType *t = sig->results[k].type;
        long long a = gh_go_type_align(t);
        if (a > 1) off = (off + a - 1) / a * a;
        if (k == i) return off;
        off += gh_x_size(t);
    }
    return off;
}

static void relocate(gh_Exec *ex, gh_GoType *t, uint8_t *v, gh_Addr lo, gh_Addr hi, int64_t delta)
{
    const gh_Type *ty = gh_sim_type(ex->sim, gh_x_type_id(ex, t));
    for (uint64_t w = 0; ty && w * 8 < (uint64_t)gh_x_size(t); w++) {
        if (!gh_type_word_is_ptr(ty, w)) continue;
        uint64_t p;
        memcpy(&p, v + w * 8, 8);
        if (p >= lo && p < hi) { p += (uint64_t)delta; memcpy(v + w * 8, &p, 8); }
    }
}

/* Address of a parameter or result in a new frame; a heap home first if it was moved
 * to the heap ("moved to heap: p": Go allocates it on entry). */
static gh_Addr home(gh_Exec *ex, gh_Addr base, XLayout *lay, gh_GoObj *o)
{
    gh_Addr slot = base + lay->off[o->id];
    if (!o->heap) return slot;
    gh_Addr h = gh_x_frame(ex)->site ? gh_x_inlsite_var(ex, o) : 0;   /* not moved to heap where Go inlined it */
    if (!h) h = gh_newobject(ex->sim, gh_x_type_id(ex, o->type));
    if (!h && gh_x_size(o->type)) return 0;
    gh_store_ptr(ex->sim, slot, h);
    return h;
}

bool gh_x_enter(gh_Exec *ex, XG *g, gh_GoFunc *fn, gh_Addr closure, const void *const *args, int line)
{
    gh_Sim *sim = ex->sim;
    XLayout *lay = gh_x_layout(ex, fn);
    const gh_G *sg = gh_sim_curg(sim);
    gh_Addr lo = sg->stacklo, hi = sg->stackhi;
    char name[GH_SLOT_NAME_MAX];
    snprintf(name, sizeof name, "main.%s", fn->name);
    if (g->fiber.stack && gh_fiber_room(&g->fiber) < X_HOST_MARGIN)
        gh_x_unsupported(ex, (gh_GoPos){.line = line, .col = 1},
                         "calls nested %d deep (here %s): more than gohotel's interpreter can follow; "
                         "real Go goes on until a goroutine's stack reaches 1000000000 bytes",
                         g->nframes, name);
    if (!gh_frame_push(sim, name, lay->size, line)) return false;
    sg = gh_sim_curg(sim);
    int64_t delta = (int64_t)(sg->stackhi - hi);
    for (int i = 0; i < fn->nlocals; i++) {
        gh_GoObj *o = fn->locals[i];
        if (!gh_frame_local(sim, o->name, gh_x_type_id(ex, o->type), (uint32_t)gh_x_size(o->type), o->heap != 0)) return false;
    }
    gh_frame_local(sim, ".closureptr", GH_TYPE_POINTER, 8, false);
    gh_frame_local(sim, ".spill", ex->ptr_words_type, 8 * X_SPILL_WORDS, false);
    for (int i = 0; i < lay->ntemps; i++)
        if (!gh_frame_local(sim, ".autotmp", gh_x_type_id(ex, lay->temps[i].type), lay->temps[i].size, false)) return false;
    if (g->nframes == g->capframes) {
        int nc = g->capframes ? g->capframes * 2 : 16;
        XFrame *nv = realloc(g->frames, sizeof *nv * (size_t)nc);
        if (!nv) return gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY, "fatal error: out of memory"), false;
        g->frames = nv;
        g->capframes = nc;
    }
    XFrame *f = &g->frames[g->nframes++];
    memset(f, 0, sizeof *f);
    f->fn = fn;
    f->lay = lay;
    f->call = ++ex->ncalls;
    f->gframe = sg->nframes - 1;
    f->line = fn->pos.line;
    f->site = ex->enter_site;   /* set by gh_x_inlsite_enter for a call Go inlines */
    ex->enter_site = 0;
    f->home = f->site && g->nframes > 1 ? g->frames[g->nframes - 2].home : (uint32_t)(g->nframes - 1);
    gh_Addr base = sg->frames[f->gframe].sp;
    if (delta && closure >= lo && closure < hi) closure += (uint64_t)delta;
    if (closure) gh_store_ptr(sim, base + lay->closure_off, closure);
    int k = 0;
    uint8_t tmp[X_VMAX];
    gh_GoObj *ins[64];
    int nin = 0;
    if (fn->recv) ins[nin++] = fn->recv;
    for (int i = 0; i < fn->nparams && nin < 64; i++) ins[nin++] = fn->params[i];
    for (k = 0; k < nin; k++) {
        const void *v = args ? args[k] : NULL;
        if (v && delta && gh_go_type_has_pointers(ins[k]->type) && gh_x_size(ins[k]->type) <= X_VMAX) {
            memcpy(tmp, v, (size_t)gh_x_size(ins[k]->type));
            relocate(ex, ins[k]->type, tmp, lo, hi, delta);
            v = tmp;
        }
        gh_Addr a = home(ex, base, lay, ins[k]);
        if (gh_sim_err(sim)) return false;
        if (v && gh_x_size(ins[k]->type)) gh_x_store(ex, a, ins[k]->type, v);
    }
    for (int i = 0; i < fn->nresults; i++)
        if (fn->results[i]->heap && !home(ex, base, lay, fn->results[i]) && gh_sim_err(sim)) return false;
    return !gh_sim_err(sim);
}

static void leave(gh_Exec *ex)
{
    XG *g = gh_x_g(ex);
    g->nframes--;
    gh_frame_pop(ex->sim);
}

void gh_x_run_entry(gh_Exec *ex)
{
    /* the body is read before it runs: calls inside it may grow (move) the frames array */
    gh_GoNode *body = gh_x_frame(ex)->fn->body;
    gh_x_run_body(ex, body);   /* exec_panic.c: the body, then its deferred calls */
    leave(ex);
}

/* Runs the body of the frame just entered, copies its results out and pops it. */
static void finish_call(gh_Exec *ex, gh_GoFunc *fn, void *res)
{
    /* after return set the results: a deferred closure may change them (and a recovered
     * panic resumes the frame there: exec_panic.c) */
    gh_x_run_body(ex, fn->body);
    for (int i = 0; i < fn->nresults && res; i++) {
        gh_GoObj *o = fn->results[i];
        long long off = gh_x_result_off(fn->sig, i);
        gh_x_load(ex, gh_x_var_addr(ex, o), (uint8_t *)res + off, (uint64_t)gh_x_size(o->type));
    }
    leave(ex);
    XFrame *f = gh_x_frame(ex);
    if (f) gh_sim_set_site(ex->sim, f->line);
    if (f) gh_x_pad_stack(ex);   /* the callee may have grown the stack we now barely use */
}

void gh_x_pad_stack(gh_Exec *ex)
{
    const gh_G *g = gh_sim_curg(ex->sim);
    XFrame *f = gh_x_frame(ex);
    if (!g || !f) return;
    uint64_t size = g->stackhi - g->stacklo, used = g->stackhi - g->sp;
    if (size / 2 < GH_STACK_MIN || used >= size / 4) return;
    if (!gh_frame_push(ex->sim, "runtime.(no shrink)", (uint32_t)(size / 4 - used + 8), f->line)) gh_x_check(ex);
    f->npads++;
}

void gh_x_unpad_stack(gh_Exec *ex)
{
    XFrame *f = gh_x_frame(ex);
    for (; f && f->npads > 0; f->npads--) gh_frame_pop(ex->sim);
}

void gh_x_call(gh_Exec *ex, gh_GoFunc *fn, gh_Addr closure, const void *const *args, void *res, int line)
{
    const gh_G *g = gh_sim_curg(ex->sim);
    gh_Addr lo = g->stacklo, hi = g->stackhi;
    gh_temps_clear(ex->sim);
    if (!gh_x_enter(ex, gh_x_g(ex), fn, closure, args, line)) gh_x_check(ex);
    finish_call(ex, fn, res);
    gh_x_relocate_watched(ex, lo, hi);
}

void gh_x_relocate_watched(gh_Exec *ex, gh_Addr lo, gh_Addr hi)
{
    int64_t delta = (int64_t)(gh_sim_curg(ex->sim)->stackhi - hi);
    for (int i = 0; delta && i < ex->nwatch; i++)
        if (gh_x_size(ex->watch[i].t) <= X_VMAX) relocate(ex, ex->watch[i].t, ex->watch[i].p, lo, hi, delta);
}

int gh_x_watch(gh_Exec *ex, void *p, gh_GoType *t)
{
    int mark = ex->nwatch;
    if (ex->nwatch < 64 && t && gh_go_type_has_pointers(t)) {
        ex->watch[ex->nwatch].p = p;
        ex->watch[ex->nwatch++].t = t;
    }
    return mark;
}

void gh_x_unwatch(gh_Exec *ex, int mark) { ex->nwatch = mark; }

/* --- function values ------------------------------------------------------------- */

static uint64_t func_index(gh_Exec *ex, gh_GoFunc *fn)
{
    for (int i = 0; i < ex->prog->nall; i++)
        if (ex->prog->all[i] == fn) return (uint64_t)i;
    gh_x_panic(ex, "fatal error: unknown function %s", fn->name);
}

static gh_Addr static_funcval(gh_Exec *ex, gh_GoFunc *fn)
{
    uint64_t *e = gh_xmap_get(&ex->funcvals, fn, true);
    if (!e) gh_x_panic(ex, "fatal error: out of memory");
    if (e[0]) return e[0];
    char name[GH_SLOT_NAME_MAX];
    snprintf(name, sizeof name, "main.%s·f", fn->name);
    gh_Addr a = gh_global(ex->sim, name, GH_TYPE_INT64, 8);
    gh_x_check(ex);
    uint64_t idx = func_index(ex, fn);
    gh_store(ex->sim, a, &idx, 8);
    e[0] = a;
    return a;
}

gh_GoFunc *gh_x_funcval_fn(gh_Exec *ex, gh_Addr fv)
{
    uint64_t idx;
    gh_x_load(ex, fv, &idx, 8);
    if (idx >= 2 * (uint64_t)ex->prog->nall) gh_x_panic(ex, "fatal error: bad function value");
    return ex->prog->all[idx % (uint64_t)ex->prog->nall];   /* past nall: a method value (exec_methval.c) */
}

gh_Addr gh_x_closure_object(gh_Exec *ex, gh_GoNode *n, gh_GoType *ct)
{
    gh_Addr c = gh_x_temp(ex, n);
    if (!c) {
        c = gh_mallocgc(ex->sim, (uint64_t)gh_x_size(ct), gh_x_type_id(ex, ct), true);
        gh_x_check(ex);
    } else {
        gh_x_zero(ex, c, ct);
    }
    return c;
}

gh_Addr gh_x_funcval(gh_Exec *ex, gh_GoNode *n)
{
    gh_GoFunc *fn = n->fn;
    if (!fn && n->kind == GH_N_SELECTOR) return gh_x_methexpr_funcval(ex, n);   /* (*P).Sum (exec_methexpr.c) */
    if (n->kind != GH_N_FUNCLIT || !fn->ncaptured) return static_funcval(ex, fn);
    gh_GoType *ct = gh_x_closure_type(ex, fn);
    gh_Addr c = gh_x_closure_object(ex, n, ct);
    gh_temp_push(ex->sim, c);
    uint64_t idx = func_index(ex, fn);
    gh_store(ex->sim, c, &idx, 8);
    gh_GoType *st = gh_go_under(ct);
    for (int i = 0; i < fn->ncaptured; i++) {
        gh_GoObj *o = fn->captured[i];
        gh_Addr va = gh_x_var_addr(ex, o);
        gh_Addr fa = c + (uint64_t)st->fields[i + 1].offset;
        if (gh_x_by_value(o)) {
            uint8_t v[X_VMAX];
            gh_x_load(ex, va, v, (uint64_t)gh_x_size(o->type));
            gh_x_store(ex, fa, o->type, v);
        } else {
            gh_store_ptr(ex->sim, fa, va);
        }
    }
    return c;
}

/* --- call expressions --------------------------------------------------------------- */

typedef XCall Call;

static void add_arg(gh_Exec *ex, Call *c, gh_GoNode *a, size_t *used, int *marks)
{
    long long sz = gh_x_size(a->type);
    size_t off = (*used + 7) & ~(size_t)7;
    if (off + (size_t)sz > sizeof c->buf || c->nargs == 64)
        gh_x_unsupported(ex, a->pos, "arguments larger than %d bytes are not supported", (int)sizeof c->buf);
    gh_x_eval(ex, a, c->buf + off);
    marks[c->nargs] = gh_x_pin(ex, a->type, c->buf + off);
    c->args[c->nargs++] = c->buf + off;
    *used = off + (size_t)sz;
}

/* Evaluates callee and arguments of a user call, in Go's order. */
static void prepare(gh_Exec *ex, gh_GoNode *n, Call *c)
{
    size_t used = 0;
    int marks[65];
    gh_GoType *types[65];
    c->nargs = 0;
    c->closure = 0;
    c->bound = false;
    int first = 0;
    if (n->op == GH_OP_CALLDYN) {
        gh_Addr fv;
        gh_x_eval(ex, n->x, &fv);
        if (!fv) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        bool builtin = gh_x_is_bound_builtin(ex, fv);   /* a library or interface method value */
        c->fn = builtin ? NULL : gh_x_funcval_fn(ex, fv);
        c->closure = builtin || c->fn->ncaptured ? fv : 0;
        first = gh_x_pin(ex, n->x->type, &c->closure);
        if (!builtin && gh_x_method_recv(ex, fv, c->buf)) {   /* a method value: its receiver comes first */
            gh_GoType *rt = c->fn->recv->type;
            marks[0] = gh_x_pin(ex, rt, c->buf);
            types[0] = rt;
            c->args[c->nargs++] = c->buf;
            used = (size_t)gh_x_size(rt);
            c->bound = true;
        }
    } else if (n->op == GH_OP_CALLIFACE) {   /* s.Area(x): the receiver from s's dynamic type (exec_itab.c) */
        uint64_t iv[2];
        gh_x_eval(ex, n->x->x, iv);
        memcpy(c->iv, iv, 16);
        c->fn = gh_x_itab_method(ex, iv, n->x->name, n->pos, c->buf);
        gh_GoType *rt = c->fn->recv->type;
        marks[0] = gh_x_pin(ex, rt, c->buf);
        types[0] = rt;
        c->args[c->nargs++] = c->buf;
        used = (size_t)gh_x_size(rt);
    } else {
        c->fn = n->fn;
        if (n->op == GH_OP_CALLMETH) { types[c->nargs] = n->x->x->type; add_arg(ex, c, n->x->x, &used, marks); }
    }
    for (int i = 0; i < n->nlist; i++) { types[c->nargs] = n->list[i]->type; add_arg(ex, c, n->list[i], &used, marks); }
    for (int i = c->nargs - 1; i >= 0; i--) gh_x_unpin(ex, marks[i], types[i], (void *)c->args[i]);
    if (n->op == GH_OP_CALLDYN) gh_x_unpin(ex, first, n->x->type, &c->closure);
    gh_x_unpin_all(ex, n->op == GH_OP_CALLDYN ? first : (c->nargs ? marks[0] : gh_x_frame(ex)->nspill));
}

void gh_x_prepare_call(gh_Exec *ex, gh_GoNode *n, XCall *c) { prepare(ex, n, c); }

/* Evaluates callee and arguments and enters the callee's frame; separate from the call
 * itself so the argument buffers are off the host stack while the body runs. */
static __attribute__((noinline)) gh_GoFunc *setup_call(gh_Exec *ex, gh_GoNode *n, void *out)
{
    Call c;
    prepare(ex, n, &c);
    if (!c.fn) { gh_x_bound_builtin_call(ex, n, c.closure, c.args, c.nargs, out); return NULL; }   /* exec_methval.c */
    gh_temps_clear(ex->sim);
    gh_x_inlsite_enter(ex, n);
    if (!gh_x_enter(ex, gh_x_g(ex), c.fn, c.closure, c.args, n->pos.line)) gh_x_check(ex);
    gh_x_frame(ex)->inl = n->inl;
    return c.fn;
}

static void user_call(gh_Exec *ex, gh_GoNode *n, void *out)
{
    gh_GoFunc *fn = setup_call(ex, n, out);
    if (fn) finish_call(ex, fn, out);
}

/* x.M() on an interface value: the method of x's dynamic type, its receiver the data word
 * (a pointer receiver, or a pointer-shaped value) or the value it points to. The errors of
 * errors.New and fmt.Errorf are library structs whose Error returns their first field. */
static void iface_call(gh_Exec *ex, gh_GoNode *n, void *out)
{
    uint64_t iv[2];
    gh_x_eval(ex, n->x->x, iv);
    gh_x_iface_method_call(ex, iv, n->x->name, n->pos, out);
}

void gh_x_iface_method_call(gh_Exec *ex, const uint64_t iv[2], const char *name, gh_GoPos pos, void *out)
{
    if (!iv[0]) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    gh_GoType *dt = gh_x_rtype_get(ex, iv[0]);
    bool ptr = dt->kind != GH_K_NAMED && gh_go_under(dt)->kind == GH_K_POINTER;
    gh_GoType *base = ptr ? gh_go_under(dt)->elem : dt;
    if (base->lib_id >= 0 && !strcmp(base->name, "strconv.NumError")) {   /* exec_strconv.c */
        gh_String s = gh_x_num_error_text(ex, pos, iv[1]);
        if (out) memcpy(out, &s, 16);
        return;
    }
    if (base->lib_id >= 0 && !strncmp(base->name, "runtime.", 8)) {   /* a runtime error's Error (exec_rterror.c) */
        uint8_t v[X_VMAX];
        if (gh_go_type_is_direct_iface(dt)) memcpy(v, &iv[1], 8);
        else gh_x_load(ex, iv[1], v, (uint64_t)gh_x_size(dt));
        gh_String s = {0, 0};
        gh_x_runtime_error_string(ex, dt, v, &s);
        if (out) memcpy(out, &s, 16);
        return;
    }
    if (base->lib_id >= 0) {
        if (!iv[1]) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        gh_String s;
        gh_x_load(ex, iv[1], &s, 16);
        if (out) memcpy(out, &s, 16);
        return;
    }
    uint8_t recv[X_VMAX] = {0};
    gh_GoFunc *m = gh_x_itab_method(ex, iv, name, pos, recv);
    const void *args[1] = {recv};
    gh_x_call(ex, m, 0, args, out, pos.line);
}

void gh_x_eval_call(gh_Exec *ex, gh_GoNode *n, void *out)
{
    if (n->op == GH_OP_CALLIFACE && !n->nlist) iface_call(ex, n, out);   /* also the library's errors */
    else if (n->op == GH_OP_CALLLIB) gh_x_call_lib(ex, n, out);
    else user_call(ex, n, out);
}

/* What `go f(x)` allocates in Go 1.19: a closure wrapping the call when it has arguments
 * (8 bytes of function plus the arguments), and a g unless a goroutine that exited can be
 * reused (exec_gs.c). */
static void go_costs(gh_Exec *ex, gh_GoNode *call, Call *c)
{
    int nuser = c->nargs - (c->bound ? 1 : 0);   /* a method value's receiver travels inside it */
    long long size = nuser ? 8 : 0;
    /* go f(x) with f a func variable: the wrapper holds f too; go f() passes f itself */
    if (call->op == GH_OP_CALLDYN && call->x->kind != GH_N_FUNCLIT && nuser) size = 16;
    int ncaptured = 0;
    for (int i = c->bound ? 1 : 0; size && i < c->nargs; i++) {
        int recv = call->op == GH_OP_CALLMETH || c->bound;
        const gh_GoNode *arg = i == 0 && recv ? NULL : call->list[i - recv];
        /* a constant (or nil) argument is not captured: the wrapper has it as a literal, so
         * `go f(c, 500)` makes a 16-byte closure and `go f(1, 2)` none (measured, Go 1.19) */
        if (arg && (arg->op == GH_OP_CONST || arg->op == GH_OP_NIL)) continue;
        ncaptured++;
        gh_GoType *t = i == 0 && call->op == GH_OP_CALLMETH ? call->x->x->type
                     : i == 0 && c->bound ? c->fn->recv->type : call->list[i - recv]->type;
        long long a = gh_go_type_align(t);
        if (a > 1) size = (size + a - 1) / a * a;
        size += gh_x_size(t);
    }
    if (!ncaptured && !(call->op == GH_OP_CALLDYN && call->x->kind != GH_N_FUNCLIT)) size = 0;
    if (size) {
        gh_Addr w = gh_mallocgc(ex->sim, (uint64_t)size, GH_TYPE_POINTER, true);
        gh_x_check(ex);
        (void)w;   /* the wrapper's fields are not modelled: the arguments are already copied */
    }
    gh_x_new_g(ex);   /* exec_gs.c */
}

void gh_x_go(gh_Exec *ex, gh_GoNode *call)
{
    if (call->op == GH_OP_CALLLIB) gh_x_unsupported(ex, call->pos, "go with a library function is not supported");
    if (call->op == GH_OP_CALLIFACE) gh_x_unsupported(ex, call->pos, "go with an interface method is not supported");
    Call c;
    ex->work += X_WORK_GO;
    prepare(ex, call, &c);
    if (!c.fn) gh_x_unsupported(ex, call->pos, "go with a method value of a library type or an interface is not supported");
    go_costs(ex, call, &c);
    XG *parent = gh_x_g(ex);
    int32_t gid = gh_newproc(ex->sim);
    if (gid <= 0) gh_x_check(ex);
    XG *g = gh_x_spawn(ex, c.fn);
    if (!g) gh_x_check(ex); /* out of the host-memory budget */
    if (!g) gh_x_panic(ex, "fatal error: out of memory");
    g->gid = gid;
    gh_x_goid_new(ex, g);   /* the id Go prints (exec_goid.c) */
    parent = gh_x_g(ex);  /* ex->gs may have moved */
    g->creator = gh_x_frame(ex)->fn;
    g->created_line = parent->line;   /* the go statement's line */
    gh_gosched_to(ex->sim, gid);
    bool ok = gh_x_enter(ex, g, c.fn, c.closure, c.args, call->pos.line);
    gh_gosched_to(ex->sim, parent->gid);
    if (!ok) gh_x_check(ex);
    gh_x_runqput_new(ex, parent, g);   /* into the creator's runnext, as newproc (exec_runqput.c) */
}
