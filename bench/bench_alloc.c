/* bench_alloc.c — ns per allocation of the simulated mallocgc (events off and on) for
 * 16 B noscan, 64 B pointerful, 1 KiB and 40 KiB objects, next to real Go's mallocgc on
 * this machine when Go is installed. Each object is dropped at once (stored to a global),
 * so the collector runs in both. Prints figures; never fails. */
#include <time.h>
#include "gorun.h"
#include "runtime/runtime.h"

#ifndef GOHOTEL_SOURCE_DIR
#define GOHOTEL_SOURCE_DIR "."
#endif

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static uint64_t events;
static void count(void *ud, const gh_Event *ev) { (void)ud; (void)ev; events++; }

static double run(uint64_t size, int ptr, long n, int listen)
{
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_newproc(sim);
    if (listen) gh_sim_listen(sim, count, NULL);
    int32_t t = ptr ? gh_type_register(sim, "main.ptr64", 64, (const uint8_t[]){0x7}) : GH_TYPE_BYTES;
    gh_Addr sink = gh_global(sim, "sink", GH_TYPE_POINTER, 8);
    double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        gh_temps_clear(sim);
        gh_store_ptr(sim, sink, gh_mallocgc(sim, size, t, true));
    }
    double ns = (now_ns() - t0) / (double)n;
    gh_sim_free(sim);
    return ns;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    char args[32];
    snprintf(args, sizeof args, "%ld", n);
    char *go = gh_gorun(GOHOTEL_SOURCE_DIR, "alloc", NULL, args);
    struct { const char *name; uint64_t size; int ptr; long n; } cases[] = {
        {"noscan16", 16, 0, n}, {"ptr64", 64, 1, n}, {"bytes1k", 1024, 0, n}, {"bytes40k", 40 * 1024, 0, n / 20},
    };
    printf("%-10s %14s %14s %12s %10s\n", "object", "sim ns (off)", "sim ns (on)", "Go ns", "ratio off");
    for (int i = 0; i < 4; i++) {
        double off = run(cases[i].size, cases[i].ptr, cases[i].n, 0);
        double on = run(cases[i].size, cases[i].ptr, cases[i].n, 1);
        char key[32];
        snprintf(key, sizeof key, "%s ", cases[i].name);
        double g = gh_gorun_value(go, key);
        if (g > 0) printf("%-10s %14.1f %14.1f %12.1f %10.2f\n", cases[i].name, off, on, g, off / g);
        else printf("%-10s %14.1f %14.1f %12s %10s\n", cases[i].name, off, on, "(no go)", "-");
    }
    free(go);
    return 0;
}
