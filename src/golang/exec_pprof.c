/* exec_pprof.c — a Go program's heap profile (--pprof): each allocation recorded with the
 * goroutine's call stack as Go's profiler walks it (mProf_Malloc: callers from the
 * allocating function out to the goroutine's entry), each free the sweeper makes counted
 * off (mProf_Free).
 *
 * The stack, innermost first, is one frame per call in progress: Go's name of the
 * function ("main.f", "main.(*T).Grow", "main.main.func1"), the program's file and the line
 * running in it (the call's line in a caller). A call Go 1.19 inlines (the escape
 * analysis' inliner decides, go_inline.c) shares its caller's location, which pprof shows as
 * "main.f (inline)". The main goroutine's stack ends in runtime.main, which calls
 * main.main at line 250 of Go 1.19's runtime/proc.go; another goroutine's ends in the
 * function its go statement started, as in Go's profiles.
 * A go statement's new g is made on the system stack, so Go's profile shows it under the
 * runtime's frames alone (runtime.malg <- newproc1 <- newproc.func1 <- systemstack), not
 * under the program's; so does this one. An allocation a library call makes for the program
 * (fmt's printer and buffer, a pool's poolLocal, a Builder's growth) has the library's
 * frames above the calling frame (exec_pprof_lib.c: fmt.newPrinter <- fmt.Fprintln <-
 * fmt.Println (inline)), and a program function the library calls (a Pool's New, a String
 * method) has them below it. The runtime's (allgs, a sudog, a map's buckets) stay charged
 * to the program's frames: pprof's writer drops a stack's leading runtime.* frames.
 * Like Go's MemProfile, a tiny allocation that fits in the current 16-byte block is not
 * recorded (the block was, once, as 16 bytes), nor is a zero-size one (zerobase). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_pprof_lib.h"

/* Where Go 1.19.8's runtime.main calls main.main, and calls the package's init through
 * doInit (runtime/proc.go). */
enum { RUNTIME_MAIN_LINE = 250, RUNTIME_MAIN_INIT_LINE = 233, DOINIT_LINE = 6329, STACK_MAX = 256 };

/* Where Go 1.19.8 makes a new goroutine's g, as its heap profiles show it (go1.19.8
 * linux/amd64, runtime.MemProfileRate = 1: `go tool pprof -raw`). */
static const gh_HeapFrame NEW_G_STACK[] = {
    {"runtime.malg", "runtime/proc.go", 4076, 0, false},
    {"runtime.newproc1", "runtime/proc.go", 4123, 0, false},
    {"runtime.newproc.func1", "runtime/proc.go", 4098, 0, false},
    {"runtime.systemstack", "runtime/asm_amd64.s", 492, 0, false},
};

/* Where gcBgMarkStartWorkers' `go gcBgMarkWorker()` grows allgs: on the system stack, so
 * Go's profile has runtime frames only (Go 1.19.8's runtime/proc.go lines). */
static const gh_HeapFrame WORKER_ALLGS_STACK[] = {
    {"runtime.growslice", "runtime/slice.go", 290, 0, false},
    {"runtime.allgadd", "runtime/proc.go", 539, 0, false},
    {"runtime.newproc1", "runtime/proc.go", 4125, 0, false},
    {"runtime.newproc.func1", "runtime/proc.go", 4098, 0, false},
    {"runtime.systemstack", "runtime/asm_amd64.s", 492, 0, false},
};

/* The program's file as profiles name it: absolute, as Go's are (pprof -list finds it). */
static const char *file_name(gh_Exec *ex)
{
    if (!ex->hprof_file) {
        char abs[PATH_MAX];
        ex->hprof_file = strdup(realpath(ex->prog->src->path, abs) ? abs : ex->prog->src->path);
    }
    return ex->hprof_file ? ex->hprof_file : ex->prog->src->path;
}

/* The stack and its names are scratch on the host heap: events fire on a goroutine's host
 * stack, which has no room for 40 KiB of names. */
bool gh_exec_pprof(gh_Exec *ex, gh_HeapProfile *hp)
{
    ex->hprof = NULL;
    if (!hp) return true;
    file_name(ex);
    if (!ex->hprof_frames) ex->hprof_frames = malloc(sizeof *ex->hprof_frames * STACK_MAX);
    if (!ex->hprof_names) ex->hprof_names = malloc(sizeof *ex->hprof_names * STACK_MAX);
    if (!ex->hprof_file || !ex->hprof_frames || !ex->hprof_names) return false;
    ex->hprof = hp;
    return true;
}

int gh_exec_heap_frames(gh_Exec *ex, uint64_t size, gh_HeapFrame *out, char (*names)[GH_HEAP_NAME_MAX], int max, bool root)
{
    XG *g = gh_x_g(ex);
    if (!g || max <= 0) return 0;
    if (ex->by && !strcmp(ex->by, GH_X_BY_NEW_G)) {
        int n = max < 4 ? max : 4;
        memcpy(out, NEW_G_STACK, sizeof *out * (size_t)n);
        return n;
    }
    if (ex->by && !strcmp(ex->by, GH_X_BY_WORKERS_ALLGS)) {
        int n = max < 5 ? max : 5;
        memcpy(out, WORKER_ALLGS_STACK, sizeof *out * (size_t)n);
        return n;
    }
    const char *file = file_name(ex);
    int site = gh_sim_site(ex->sim), n = 0;
    /* The initializers run in main's first frame here; Go runs them in main.init, a
     * function of its own with no source line of its own. */
    bool init = ex->in_init && g->idx == 0;
    for (int i = g->nframes - 1; i >= 0 && n < max; i--) {
        const XFrame *f = &g->frames[i];
        if (f->lib) n += gh_x_lib_frames(ex, f->lib, i == g->nframes - 1, size, out + n, max - n);
        if (n >= max) break;
        bool asInit = init && i == 0;
        snprintf(names[n], GH_HEAP_NAME_MAX, "main.%s", asInit ? "init" : f->fn->name);
        int line = i == g->nframes - 1 && site > 0 ? site : f->line;
        out[n] = (gh_HeapFrame){names[n], file, line, asInit ? 0 : f->fn->pos.line, f->inl && i > 0};
        n++;
    }
    if (root && init && n < max)
        out[n++] = (gh_HeapFrame){"runtime.doInit", "runtime/proc.go", DOINIT_LINE, 0, false};
    if (root && n < max && g->idx == 0 && g->entry && !strcmp(g->entry->name, "main"))
        out[n++] = (gh_HeapFrame){"runtime.main", "runtime/proc.go", init ? RUNTIME_MAIN_INIT_LINE : RUNTIME_MAIN_LINE, 0, false};
    return n;
}

void gh_x_pprof_event(gh_Exec *ex, const gh_Event *ev)
{
    if (ev->kind == GH_EV_FREE_OBJECT) {
        gh_heap_profile_free_object(ex->hprof, ev->addr);
        return;
    }
    if (ev->kind == GH_EV_GC_END) {
        gh_heap_profile_gc_end(ex->hprof, gh_sim_gc_last_forced(ex->sim));
        return;
    }
    if (ev->kind != GH_EV_MALLOC || ev->aux == GH_PATH_TINY_FIT || !ev->size) return;
    int n = gh_exec_heap_frames(ex, ev->size, ex->hprof_frames, ex->hprof_names, STACK_MAX, true);
    gh_heap_profile_malloc(ex->hprof, ev->addr, ev->size, ex->hprof_frames, n);
}
