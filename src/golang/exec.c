/* exec.c — the interpreter's scheduler: each simulated goroutine runs the recursive
 * tree-walker on its own host stack (run/fiber.h), so a step can stop between any two
 * statements, even deep inside calls, and goroutines take turns one statement at a time.
 * A panic longjmps to the goroutine's entry and ends the program. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

static void set_error(gh_Exec *ex, const char *msg, int status)
{
    if (ex->errmsg) return;
    ex->errmsg = strdup(msg);
    ex->status = status;
    ex->done = true;
}

/* Go's traceback, innermost frame first, with simulated frames and source lines. */
static void traceback(gh_Exec *ex, XG *g, char *buf, size_t cap, const char *state)
{
    size_t len = strlen(buf);
    len += (size_t)snprintf(buf + len, cap - len, "\n\ngoroutine %lld [%s]:", (long long)g->goid, state);
    for (int i = g->nframes - 1; i >= 0 && len < cap; i--) {
        XFrame *f = &g->frames[i];
        if (g->nframes - i > 100) {   /* as Go: the innermost 100 frames */
            len += (size_t)snprintf(buf + len, cap - len, "\n...additional frames elided...");
            break;
        }
        bool args = f->fn->nparams || f->fn->recv;
        len += (size_t)snprintf(buf + len, cap - len, "\nmain.%s(%s)\n\t./%s:%d", f->fn->name, args ? "..." : "",
                                ex->prog->src->base, f->line);
    }
    if (g->creator && len < cap)   /* as Go: the go statement that started it */
        len += (size_t)snprintf(buf + len, cap - len, "\ncreated by main.%s\n\t./%s:%d", g->creator->name, ex->prog->src->base,
                                g->created_line);
    if (len < cap) snprintf(buf + len, cap - len, "\nexit status 2");
}

_Noreturn static void stop_goroutine(gh_Exec *ex)
{
    XG *g = gh_x_g(ex);
    longjmp(g->jb, 1);
}

_Noreturn void gh_x_panic(gh_Exec *ex, const char *fmt, ...)
{
    char buf[16384];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, 512, fmt, ap);
    va_end(ap);
    XG *g = gh_x_g(ex);
    if (!g) abort(); /* only host out-of-memory can fail outside a goroutine */
    /* a panic runs the goroutine's deferred calls, which may recover it (exec_panic.c);
     * a fatal error or a simulator failure does not */
    if (!strncmp(buf, "panic: ", 7) && !gh_sim_err(ex->sim)) {
        char msg[512];
        memcpy(msg, buf + 7, sizeof msg - 1);   /* vsnprintf wrote at most 511 bytes */
        msg[sizeof msg - 1] = 0;
        gh_x_gopanic_msg(ex, msg, buf, 8192);   /* returns the chain's text when nobody recovered */
    } else if (!strncmp(buf, "panic: runtime error: invalid memory address", 44)) {
        strcat(buf, "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
    }
    gh_x_fatal_text(ex, buf);
}

_Noreturn void gh_x_fatal_text(gh_Exec *ex, const char *text)
{
    char buf[16384];
    snprintf(buf, 8192, "%s", text);
    traceback(ex, gh_x_g(ex), buf, sizeof buf, "running");
    set_error(ex, buf, 2);
    stop_goroutine(ex);
}

_Noreturn void gh_x_unsupported(gh_Exec *ex, gh_GoPos pos, const char *fmt, ...)
{
    if (!gh_x_g(ex)) abort();
    char msg[400], buf[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(buf, sizeof buf, "%s:%d:%d: %s", ex->prog->src->base, pos.line, pos.col, msg);
    set_error(ex, buf, 1);
    stop_goroutine(ex);
}

/* Not a Go error but gohotel's own cap (gh_exec_limit): the program is stopped where it
 * got to, the statement on `line`, saying how far it went and how to allow more. */
_Noreturn void gh_x_stop_at_limit(gh_Exec *ex, int line)
{
    if (!gh_x_g(ex)) abort();
    char buf[600];
    snprintf(buf, sizeof buf,
             "%s:%d:1: stopped after %lld operations without finishing (an endless loop? each statement counts 1, "
             "a goroutine switch %d, a go statement and a GC cycle %d); %s",
             ex->prog->src->base, line, ex->work, X_WORK_SWITCH, X_WORK_GC, ex->limit_how);
    set_error(ex, buf, 1);
    stop_goroutine(ex);
}

void gh_x_check(gh_Exec *ex)
{
    gh_Sim *sim = ex->sim;
    if (!gh_sim_err(sim)) return;
    char msg[GH_ERRMSG_MAX];
    memcpy(msg, gh_sim_errmsg(sim), sizeof msg);
    if (gh_sim_err(sim) == GH_ERR_PANIC || !strncmp(msg, "fatal error", 11) || !strncmp(msg, "runtime:", 8))
        gh_x_panic(ex, "%s", msg);
    gh_x_panic(ex, "fatal error: %s", msg);
}


static void to_scheduler(gh_Exec *ex) { gh_fiber_yield(&gh_x_g(ex)->fiber); }

void gh_x_yield(gh_Exec *ex, int line)
{
    XG *g = gh_x_g(ex);
    if (gh_gc_queued_finalizers(ex->sim, GH_FIN_GO)) gh_x_wake(ex, 1);       /* the finalizer goroutine has work */
    g->next_line = line;
    if (g->runnext || g->runq_head) gh_x_runq_poll(ex, g);
    /* With one P, Go runs a goroutine until it blocks (sysmon preempts only after 10 ms: no
     * statement-level interleaving); with more, the others run meanwhile: switch each statement. */
    long long slice = gh_sim_nprocs(ex->sim) == 1 ? X_PREEMPT_STMTS : 1;
    if (g->ran >= slice && gh_x_others_runnable(ex)) {
        ex->work += X_WORK_SWITCH;
        to_scheduler(ex);
    }
    /* The budget is spent: the run ends here, before this statement, and the next run
     * resumes this goroutine. The scheduler's choice is made first, so between two runs
     * the goroutine that runs next (a new one, one a wake made runnable) already stands
     * before its statement, and a stepper can stop there. */
    if (ex->budget <= 0) {
        ex->work += X_WORK_SWITCH;   /* back to the caller: a host switch all the same */
        ex->held = true;
        to_scheduler(ex);
    }
    ex->work += X_WORK_STMT;
    if (ex->max_work && ex->work >= ex->max_work) gh_x_stop_at_limit(ex, line);
    ex->budget--;
    ex->steps++;
    g->ran++;
    ex->ran_line = line;
    gh_gc_advance(ex->sim, X_STMT_NS);
    g->line = line;
    XFrame *f = gh_x_frame(ex);
    if (f) f->line = line;
    gh_temps_clear(ex->sim);
    gh_sim_set_site(ex->sim, line);
}

/* A spinning goroutine keeps its P busy: each of its n rounds costs a statement's time
 * and work and lets the other runnable goroutines run a statement each (as they would on
 * their own Ps meanwhile), but is not a statement of the program (no step, no budget, the
 * same line and temporaries). */
void gh_x_spin(gh_Exec *ex, int n)
{
    for (int i = 0; i < n; i++) {
        if (gh_x_others_runnable(ex)) {
            ex->work += X_WORK_SWITCH;
            to_scheduler(ex);
        }
        ex->work += X_WORK_STMT;
        if (ex->max_work && ex->work >= ex->max_work) gh_x_stop_at_limit(ex, gh_x_g(ex)->line);
        gh_gc_advance(ex->sim, X_STMT_NS);
    }
    gh_sim_set_site(ex->sim, gh_x_g(ex)->line);
}

void gh_x_park(gh_Exec *ex, uint64_t addr)
{
    XG *g = gh_x_g(ex);
    g->wait_addr = addr;
    gh_x_set_state(ex, g, XG_BLOCKED);
    to_scheduler(ex);
    gh_sim_set_site(ex->sim, g->line);   /* awake: the rest of its statement is its own line's */
}

void gh_x_wake(gh_Exec *ex, uint64_t addr)
{
    if (!ex->runq.nblocked) return;
    for (int i = 0; i < ex->ngs; i++)
        if (ex->gs[i]->state == XG_BLOCKED && ex->gs[i]->wait_addr == addr) {
            if (addr == 1) gh_x_set_state(ex, ex->gs[i], XG_RUNNABLE);   /* the finalizer goroutine */
            else gh_x_goready(ex, ex->gs[i]);   /* semrelease: into the waker's runnext */
        }
}

/* Body of every goroutine coroutine. Why coroutines: the walker stays a plain recursive
 * evaluator (small, readable) while a stepper still sees Go's statement order; the price
 * is a reserved host stack per goroutine. */
static void co_main(void *ud)
{
    gh_Exec *ex = ud;
    XG *volatile g = gh_x_g(ex);   /* volatile: read again after setjmp returns */
    if (!setjmp(g->jb)) {
        if (!g->entry) {                 /* the finalizer goroutine */
            for (;;) {
                gh_x_run_finalizers(ex);
                gh_x_park_waiting(ex, 1, "finalizer wait", 0);
            }
        }
        if (g == ex->gs[0]) gh_x_init_globals(ex);
        gh_x_run_entry(ex);
        if (g == ex->gs[0]) {            /* main.main returned: the program exits */
            ex->done = true;
            ex->status = 0;
        } else {
            gh_x_panics_done(ex, g);   /* its g._defer word goes to the next goroutine */
            gh_goexit(ex->sim, g->gid);
        }
    }
    gh_x_set_state(ex, g, XG_DONE);
}

/* A goroutine's host stack back to the system, and its charge back to the budget. */
static void free_host_stack(gh_Exec *ex, XG *g)
{
    if (g->fiber.stack) gh_sim_uncharge(ex->sim, X_HOST_STACK_COST);
    gh_fiber_free(&g->fiber);
}

XG *gh_x_spawn(gh_Exec *ex, gh_GoFunc *fn)
{
    if (ex->ngs == ex->capgs) {
        int nc = ex->capgs ? ex->capgs * 2 : 8;
        XG **nv = realloc(ex->gs, sizeof *nv * (size_t)nc);
        if (!nv) return NULL;
        ex->gs = nv;
        ex->capgs = nc;
    }
    if (!gh_x_runq_reserve(ex, ex->ngs + 1)) return NULL;
    if (!gh_sim_charge(ex->sim, X_HOST_STACK_COST, "goroutine host stacks")) return NULL; /* the budget: budget.h */
    XG *g = calloc(1, sizeof *g);
    if (!g || !gh_fiber_init(&g->fiber, X_HOST_STACK, co_main, ex)) {
        gh_sim_uncharge(ex->sim, X_HOST_STACK_COST);
        free(g);
        return NULL;
    }
    g->entry = fn;
    g->idx = ex->ngs;
    ex->gs[ex->ngs++] = g;
    gh_x_set_state(ex, g, XG_RUNNABLE);
    return g;
}

/* Picks the next goroutine: the blocked one's runnext, else the next runnable after it. */
static int pick(gh_Exec *ex)
{
    int i = ex->handoff - 1;   /* a P whose goroutine blocked runs its runnext next (exec_runqput.c) */
    ex->handoff = 0;
    if (i >= 0 && i < ex->ngs && ex->gs[i]->state == XG_RUNNABLE) return i;
    return gh_x_runq_next(ex, ex->last);
}

/* As Go's checkdead: every goroutine of the program is shown, each with what it waits on
 * (a channel wait's reason; a WaitGroup or Mutex: semacquire) and the go statement that
 * created it. */
static void deadlock(gh_Exec *ex)
{
    static const char tail[] = "\nexit status 2";   /* traceback ends with it: once, at the very end */
    const size_t ntail = sizeof tail - 1;
    char buf[16384] = "fatal error: all goroutines are asleep - deadlock!";
    for (int i = 0; i < ex->ngs; i++) {
        XG *g = ex->gs[i];
        if (!g->entry || (i > 0 && g->state != XG_BLOCKED)) continue;   /* the finalizer goroutine is the runtime's */
        traceback(ex, g, buf, sizeof buf, g->wait_reason ? g->wait_reason : "semacquire");
        size_t len = strlen(buf);
        if (len >= ntail && !strcmp(buf + len - ntail, tail)) buf[len - ntail] = 0;
    }
    size_t len = strlen(buf);
    if (len < sizeof buf) snprintf(buf + len, sizeof buf - len, "%s", tail);
    set_error(ex, buf, 2);
}

long long gh_exec_run(gh_Exec *ex, long long n)
{
    long long before = ex->steps;
    ex->budget = n;
    /* A run ends only with a goroutine held before a statement (or the program's end): a
     * goroutine that blocks or finishes on the run's last statement hands over to the next
     * one, which runs up to its first statement and is held there. */
    while (!ex->done && n > 0) {
        int i = ex->held ? ex->last : pick(ex);
        if (i < 0) { deadlock(ex); break; }
        XG *g = ex->gs[i];
        if (!ex->held) g->ran = 0;   /* a new slice; a held goroutine goes on with its own */
        ex->held = false;
        ex->cur = ex->last = i;
        gh_gosched_to(ex->sim, g->gid);
        gh_fiber_resume(&g->fiber);
        ex->cur = -1;
        if (g->state == XG_DONE) free_host_stack(ex, g);   /* its host stack is no longer in use */
        if (ex->held) break;
    }
    return ex->steps - before;
}

int gh_exec_step(gh_Exec *ex)
{
    long long before = ex->steps;
    gh_exec_run(ex, 1);
    if (ex->steps == before) return 0;
    return ex->ran_line;
}

int gh_exec_line(const gh_Exec *ex)
{
    if (ex->done) return 0;
    int i = ex->last >= 0 ? ex->last : 0;
    return ex->ngs ? ex->gs[i]->next_line : 0;
}

bool gh_exec_done(const gh_Exec *ex) { return ex->done; }
int gh_exec_goroutine(const gh_Exec *ex) { return ex->last >= 0 ? ex->gs[ex->last]->gid : 0; }
int gh_exec_status(const gh_Exec *ex) { return ex->status; }
const char *gh_exec_error(const gh_Exec *ex) { return ex->errmsg; }
long long gh_exec_steps(const gh_Exec *ex) { return ex->steps; }
void gh_exec_gctrace(gh_Exec *ex, FILE *f) { ex->gctrace = f; }
void gh_exec_gcpacertrace(gh_Exec *ex, FILE *f) { ex->gcpacertrace = f; }

void gh_exec_limit(gh_Exec *ex, long long max, const char *how)
{
    ex->max_work = max > 0 ? max : 0;
    snprintf(ex->limit_how, sizeof ex->limit_how, "%s", how ? how : "gohotel stops it here");
}

static gh_GoFunc *find_main(gh_GoProgram *prog)
{
    for (int i = 0; i < prog->nfuncs; i++)
        if (!strcmp(prog->funcs[i]->name, "main") && !prog->funcs[i]->recv) return prog->funcs[i];
    return NULL;
}

/* The distinct source lines on g's frames (any number of them: calls nest as deep as
 * the host stack holds) into ex->lines; how many. Out of host memory: those found so far. */
static int frame_lines(gh_Exec *ex, const XG *g)
{
    int n = 0;
    for (int i = 0; g && i < g->nframes; i++) {
        int l = g->frames[i].line, k = 0;
        while (k < n && ex->lines[k] != l) k++;
        if (l <= 0 || k < n) continue;
        if (n == ex->caplines) {
            int nc = ex->caplines ? ex->caplines * 2 : 64;
            int *v = realloc(ex->lines, sizeof *v * (size_t)nc);
            if (!v) break;
            ex->lines = v;
            ex->caplines = nc;
        }
        ex->lines[n++] = l;
    }
    return n;
}

/* Charges each allocation to the line running now (flat) and every line on the stack (cum). */
static void on_event(void *ud, const gh_Event *ev)
{
    gh_Exec *ex = ud;
    if (ex->prev_listener) ex->prev_listener(ex->prev_ud, ev);   /* the view, the log... keep hearing */
    if (ev->kind == GH_EV_GC_END) ex->work += X_WORK_GC;
    if (ev->kind == GH_EV_GC_START) gh_x_deferpool_gc(ex), gh_x_mark_workers_start(ex);   /* clearpools; the mark workers */
    if (ev->kind == GH_EV_GC_END && ex->gcpacertrace && gh_sim_gc_ncycles(ex->sim)) {
        char line[512];
        if (gh_gc_format_pacer_trace(gh_sim_gc_cycle(ex->sim, gh_sim_gc_ncycles(ex->sim) - 1), line, sizeof line))
            fprintf(ex->gcpacertrace, "%s\n", line);
    }
    if (ev->kind == GH_EV_GC_END && ex->gctrace && gh_sim_gc_ncycles(ex->sim)) {
        char line[512];
        gh_gc_format_trace(gh_sim_gc_cycle(ex->sim, gh_sim_gc_ncycles(ex->sim) - 1), line, sizeof line);
        fprintf(ex->gctrace, "%s\n", line);
    }
    if (ex->hprof) gh_x_pprof_event(ex, ev);
    if (ev->kind != GH_EV_MALLOC) return;
    ex->recent[ex->nmallocs++ % X_RECENT_ALLOCS] = ev->addr;
    int line = gh_sim_site(ex->sim);
    uint64_t *site = ev->addr ? gh_xmap_get(&ex->sites, (const void *)(uintptr_t)ev->addr, true) : NULL;
    /* with the object's serial: once the room holds another object (the scene's own, after
     * a sweep), the entry no longer speaks for it */
    if (site) site[0] = (uint64_t)(uint32_t)line | (uint64_t)gh_object_serial(ex->sim, ev->addr) << 32,
              site[1] = (uint64_t)(uintptr_t)ex->by;
    if (ev->aux == GH_PATH_TINY_FIT) return;   /* as Go's MemProfile: a tiny fit is not profiled */
    int n = frame_lines(ex, gh_x_g(ex));
    gh_profile_charge(&ex->prof, line > 0 ? line : -1, ev->size, ex->lines, n);
}

gh_Exec *gh_exec_new(gh_GoProgram *prog, gh_Sim *sim, FILE *out, FILE *err)
{
    gh_Exec *ex = calloc(1, sizeof *ex);
    if (!ex) return NULL;
    ex->prog = prog;
    ex->sim = sim;
    ex->out = out;
    ex->err = err;
    ex->cur = ex->last = -1;
    uint8_t mask[2] = {0xff, 0xff};
    ex->ptr_words_type = gh_type_register(sim, "[16]unsafe.Pointer", 8 * X_SPILL_WORDS, mask);
    ex->globals = calloc((size_t)prog->nglobals + 1, sizeof *ex->globals);
    gh_GoFunc *mainfn = find_main(prog);
    if (!ex->globals || !mainfn) {
        if (!mainfn) set_error(ex, "function main is undeclared in the main package", 1);
        return ex;
    }
    for (int i = 0; i < prog->nglobals; i++) {
        gh_GoObj *o = prog->globals[i];
        ex->globals[i] = gh_global(sim, o->name, gh_x_type_id(ex, o->type), (uint32_t)gh_x_size(o->type));
    }
    int32_t gid = gh_newproc(sim);
    XG *g = gid > 0 ? gh_x_spawn(ex, mainfn) : NULL;
    if (!g) { set_error(ex, gh_sim_errmsg(sim)[0] ? gh_sim_errmsg(sim) : "fatal error: out of memory", 2); return ex; }
    g->gid = gid;
    g->goid = 1;
    g->next_line = mainfn->body->nlist ? mainfn->body->list[0]->pos.line : mainfn->pos.line;
    for (int i = 0; i < prog->file->nlist; i++)   /* package variables are initialised first */
        if (prog->file->list[i] && prog->file->list[i]->kind == GH_N_VARDECL && prog->file->list[i]->nlist2) {
            g->next_line = prog->file->list[i]->pos.line;
            break;
        }
    gh_gosched_to(sim, gid);
    if (!gh_x_enter(ex, g, mainfn, 0, NULL, 0)) set_error(ex, gh_sim_errmsg(sim), 2);
    else {
        gh_x_runtime_startup(ex);   /* what the runtime left on the heap before main (exec_startup.c) */
        if (gh_sim_err(sim)) set_error(ex, gh_sim_errmsg(sim), 2);
    }
    ex->prev_listener = gh_sim_listener(sim, &ex->prev_ud);
    gh_sim_listen(sim, on_event, ex);
    return ex;
}

void gh_exec_free(gh_Exec *ex)
{
    if (!ex) return;
    if (ex->sim && gh_sim_listener(ex->sim, NULL) == on_event) gh_sim_listen(ex->sim, ex->prev_listener, ex->prev_ud);
    for (int i = 0; i < ex->ngs; i++) {
        free_host_stack(ex, ex->gs[i]);
        free(ex->gs[i]->frames);
        gh_x_defers_free(ex->gs[i]);
        gh_x_panics_free(ex->gs[i]);
        free(ex->gs[i]);
    }
    free(ex->gs);
    gh_x_runq_free(ex);
    for (uint32_t i = 0; i < ex->layouts.cap; i++)
        if (ex->layouts.v[i].key) {
            XLayout *l = (XLayout *)(uintptr_t)ex->layouts.v[i].a;
            free(l->off);
            free(l->temps);
            gh_x_live_free(l->live);
            free(l);
        }
    gh_xmap_free(&ex->nodes);
    gh_xmap_free(&ex->lits);
    gh_xmap_free(&ex->maptypes);
    gh_x_chan_free(ex);
    gh_xmap_free(&ex->types);
    gh_xmap_free(&ex->layouts);
    gh_xmap_free(&ex->funcvals);
    gh_xmap_free(&ex->sites);
    free(ex->rtypes);
    free(ex->finfns);
    free(ex->sudogs);
    free(ex->psudogs);
    gh_x_deferpool_free(ex);
    free(ex->globals);
    gh_profile_free(&ex->prof);
    free(ex->lines);
    free(ex->hprof_file);
    free(ex->hprof_frames);
    free(ex->hprof_names);
    free(ex->errmsg);
    for (int i = 0; i < ex->npending; i++) free(ex->pending[i]);
    if (ex->owned_src) {
        gh_go_source_free(ex->owned_src);
        free(ex->owned_src);
        free(ex->owned_prog);
        free(ex->owned_text);
    }
    free(ex);
}

void *gh_x_alloc(gh_Exec *ex, size_t n)
{
    void *p = ex->npending < X_PENDING ? calloc(1, n) : NULL;
    if (!p) gh_x_panic(ex, "fatal error: out of memory");
    ex->pending_g[ex->npending] = ex->cur;
    ex->pending[ex->npending++] = p;
    return p;
}

void gh_x_release(gh_Exec *ex, void *p)
{
    for (int i = ex->npending - 1; i >= 0; i--)
        if (ex->pending[i] == p) {
            ex->pending[i] = ex->pending[--ex->npending];
            ex->pending_g[i] = ex->pending_g[ex->npending];
            break;
        }
    free(p);
}

/* The site entry of the object now at addr: NULL when this program did not allocate it
 * (or allocated an earlier object there, since freed). */
static const uint64_t *site_of(const gh_Exec *ex, uint64_t addr)
{
    uint64_t *e = gh_xmap_get((XMap *)&ex->sites, (const void *)(uintptr_t)addr, false);
    return e && (uint32_t)(e[0] >> 32) == gh_object_serial(ex->sim, addr) ? e : NULL;
}

int gh_exec_alloc_line(const gh_Exec *ex, uint64_t addr)
{
    const uint64_t *e = site_of(ex, addr);
    return e ? (int)(uint32_t)e[0] : 0;
}

const char *gh_exec_alloc_by(const gh_Exec *ex, uint64_t addr)
{
    const uint64_t *e = site_of(ex, addr);
    return e ? (const char *)(uintptr_t)e[1] : NULL;
}

const char *gh_exec_diagnostic(const gh_Exec *ex, int line, int k)
{
    for (int i = 0; i < ex->ndiags; i++)
        if (ex->diags[i].pos.line == line && k-- == 0) return ex->diags[i].text;
    return NULL;
}

const char *gh_exec_source_text(const gh_Exec *ex) { return ex->prog->src->text; }

void gh_exec_set_output(gh_Exec *ex, FILE *out, FILE *err)
{
    ex->out = out;
    ex->err = err;
}

_Noreturn void gh_x_exit(gh_Exec *ex, int code)
{
    fflush(ex->out);
    ex->done = true;
    ex->status = code;
    longjmp(gh_x_g(ex)->jb, 1);
}

uint64_t gh_x_os_file(gh_Exec *ex, const char *name)
{
    int k = !strcmp(name, "Stderr");
    if (!ex->osfiles[k]) {
        char gname[32];
        snprintf(gname, sizeof gname, "os.%s", name);
        ex->osfiles[k] = gh_global(ex->sim, gname, GH_TYPE_INT64, 8);
        gh_x_check(ex);
    }
    return ex->osfiles[k];
}

int gh_exec_stack_lines(gh_Exec *ex, const int **lines)
{
    int n = frame_lines(ex, gh_x_g(ex));
    *lines = ex->lines;
    return n;
}
