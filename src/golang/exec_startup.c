/* exec_startup.c — the heap Go's runtime leaves behind it when main.main starts.
 *
 * Before the program's first line, Go 1.19's start-up (rt0_go -> schedinit -> runtime.main)
 * allocates on the heap, and some of it is garbage by the time main.main runs; the program's
 * first GC frees it, so that GC's Frees count it whatever the program did. gohotel makes the
 * same objects, in Go's order, with Go's sizes and kinds (all but the channel hold pointers):
 *
 *   runtime.cpuinit -> internal/cpu.doinit: options = []option{5 of them} (160 B), then
 *     on GOAMD64=v1 append(options, 5 more) grows it to cap 10 (320 B) and append(options,
 *     5 more) to cap 20 (640 B): the first two arrays are garbage, the third is live
 *     (internal/cpu.options; seen with gdb at main.main: len 15, cap 20).
 *   rt0_go's newproc(runtime.main): allgs = [main] (8 B).
 *   runtime's init: go forcegchelper(): allgs grows to 2 (16 B; the 8 B array is garbage).
 *   gcenable: c := make(chan int, 2) (hchan + 2 ints: 112 B, noscan); go bgsweep(c) and
 *     go bgscavenge(c), each a 16 B closure {F, c}; allgs grows to 4 (32 B). Once both
 *     goroutines have sent on c, the channel and the closures are garbage.
 *   os's init (the program imports os, fmt or runtime/debug): its files' SetFinalizer starts
 *     runfinq: allgs grows to 8 (64 B; the 32 B array is garbage).
 *
 * The allgs array is live when main starts (runtime.allgs holds it; its g's, the runtime's
 * goroutines, are not simulated). The first GC's mark workers join it (exec_gs.c): with os,
 * 5 + GOMAXPROCS > 8 (GOMAXPROCS >= 4) outgrows the 64 B array, which that GC frees too.
 * So a program that only calls runtime.GC() sees Frees 8 at GOMAXPROCS 1..3 and 9 at 4, as
 * real Go 1.19.8 does (docs/go-subset.md, "The runtime's start-up garbage"). The live objects
 * of the start-up (options' 640 B, the g's, m's, p's, the sudog gcenable waited with) are not
 * simulated.
 *
 * The objects are the simulator's first; they are named in room tooltips as the runtime's
 * (gh_exec_alloc_line 0, gh_exec_alloc_by the text below) and charged to no program line: Go
 * records none of them in a heap profile either (MemProfileRate is set in main, after them).
 */
#include "golang/exec_int.h"

enum { OPTION_SIZE = 32, CPU_OPTIONS = 5, HCHAN_INT2_SIZE = 112 };

/* The table of heap objects the program allocated: line 0 (no program line), its maker. */
static void note(gh_Exec *ex, gh_Addr a, const char *by)
{
    uint64_t *site = a ? gh_xmap_get(&ex->sites, (const void *)(uintptr_t)a, true) : NULL;
    if (site) site[0] = (uint64_t)gh_object_serial(ex->sim, a) << 32, site[1] = (uint64_t)(uintptr_t)by;
}

static bool alloc(gh_Exec *ex, uint64_t size, int32_t type, const char *by)
{
    gh_Addr a = type >= 0 ? gh_mallocgc(ex->sim, size, type, true) : 0;
    note(ex, a, by);
    return a != 0;
}

/* A goroutine of the runtime's joins allgs; a grown array is noted as made by `by`. */
static bool allgs(gh_Exec *ex, const char *by)
{
    gh_Addr before = ex->allgs;
    if (!gh_x_allgs_append(ex, 0, by)) return false;
    if (ex->allgs != before) note(ex, ex->allgs, by);
    return true;
}

void gh_x_runtime_startup(gh_Exec *ex)
{
    gh_Sim *sim = ex->sim;
    /* internal/cpu.option {Name string; Feature *bool; Specified, Enable bool}: words 0 and 2 */
    uint8_t optmask[1] = {0x05}, closmask[1] = {0x02};
    int32_t option = gh_type_register(sim, "internal/cpu.option", OPTION_SIZE, optmask);
    int32_t closure = gh_type_register(sim, "struct { F uintptr; c chan int }", 16, closmask);
    bool ok = alloc(ex, OPTION_SIZE * CPU_OPTIONS, option, "Go's runtime start-up: internal/cpu's GODEBUG options (runtime.cpuinit)") &&
              alloc(ex, OPTION_SIZE * CPU_OPTIONS * 2, option, "Go's runtime start-up: internal/cpu's options, grown by append (runtime.cpuinit)") &&
              allgs(ex, "Go's runtime start-up: allgs, the list of goroutines, for main's (runtime.newproc from rt0_go)") &&
              allgs(ex, "Go's runtime start-up: allgs grown for forcegchelper (runtime.newproc from runtime's init)") &&
              alloc(ex, HCHAN_INT2_SIZE, GH_TYPE_BYTES, "Go's runtime start-up: gcenable's make(chan int, 2) (runtime.gcenable)") &&
              alloc(ex, 16, closure, "Go's runtime start-up: gcenable's go bgsweep(c) closure (runtime.gcenable)") &&
              allgs(ex, "Go's runtime start-up: allgs grown for bgsweep (runtime.newproc from runtime.gcenable)") &&
              alloc(ex, 16, closure, "Go's runtime start-up: gcenable's go bgscavenge(c) closure (runtime.gcenable)") &&
              allgs(ex, "Go's runtime start-up: allgs (runtime.newproc from runtime.gcenable)") &&
              (!gh_x_goid_fing_at_main(ex) || allgs(ex, "Go's runtime start-up: allgs grown for runfinq (runtime.newproc from os's init: SetFinalizer -> createfing)"));
    gh_temps_clear(sim);   /* nothing of it is in main's registers */
    (void)ok;              /* a failure is the simulator's error, reported by the caller */
}
