/* bench_scripting.c — the scripting layers on the pacing workload (issue 18): the same Go
 * program (bench/go/pacing) through `gohotel exec`, and the same workload as a Lua scene
 * (bench/pacing.lua) through `gohotel run`, each timed next to real Go running that program
 * built once with `go build`. Runs alternate in pairs (Go first in even pairs, the simulator
 * first in odd ones) so that load from other jobs falls on both sides; it prints every
 * pair's wall times, then the medians and the median of the per-pair ratios. Wall time is
 * the whole process (start-up, front end and exit included) on both sides. Never fails
 * on time; a side whose output lacks the program's final line is reported as failed.
 *
 * usage: bench_scripting [--quick] [--pairs N] [LIVE_MIB GARBAGE_MIB]
 *   default 8 MiB live, 256 MiB garbage, 5 pairs; --quick is 1 and 16, 3 pairs.
 * It finds gohotel next to itself (the build directory). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#ifndef GOHOTEL_SOURCE_DIR
#define GOHOTEL_SOURCE_DIR "."
#endif

enum { MAX_PAIRS = 64 };
static const char *const WORK = "/tmp/gohotel-bench-scripting";

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* Run cmd, time it, and check its stdout holds `want`; returns ms or -1 on failure. */
static double timed(const char *cmd, const char *want)
{
    double t0 = now_ms();
    FILE *p = popen(cmd, "r");
    if (!p) return -1;
    char line[512];
    int seen = 0;
    while (fgets(line, sizeof line, p))
        if (strstr(line, want)) seen = 1;
    int rc = pclose(p);
    double ms = now_ms() - t0;
    if (rc != 0 || !seen) {
        fprintf(stderr, "bench_scripting: `%s` failed (status %d%s)\n", cmd, rc, seen ? "" : ", final line missing");
        return -1;
    }
    return ms;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *v, int n)
{
    double s[MAX_PAIRS];
    memcpy(s, v, sizeof *v * (size_t)n);
    qsort(s, (size_t)n, sizeof *s, cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/* bench/go/pacing/main.go with its sizes line rewritten, written to WORK/main.go. */
static int write_program(unsigned L, unsigned G)
{
    char path[512];
    snprintf(path, sizeof path, "%s/bench/go/pacing/main.go", GOHOTEL_SOURCE_DIR);
    FILE *in = fopen(path, "r");
    if (!in) return perror(path), 0;
    mkdir(WORK, 0755);
    snprintf(path, sizeof path, "%s/main.go", WORK);
    FILE *out = fopen(path, "w");
    if (!out) return fclose(in), perror(path), 0;
    char line[512];
    int found = 0;
    while (fgets(line, sizeof line, in)) {
        if (!strncmp(line, "const liveMiB, garbageMiB = ", 28)) {
            fprintf(out, "const liveMiB, garbageMiB = %u, %u\n", L, G);
            found = 1;
        } else fputs(line, out);
    }
    fclose(in);
    fclose(out);
    if (!found) fprintf(stderr, "bench_scripting: bench/go/pacing/main.go has no `const liveMiB, garbageMiB =` line\n");
    return found;
}

/* pairs of (real Go, simulator) runs of simcmd; prints them and the medians. */
static void compare(const char *what, const char *gocmd, const char *simcmd, const char *want, int pairs)
{
    double go[MAX_PAIRS], sim[MAX_PAIRS], ratio[MAX_PAIRS];
    int n = 0;
    printf("%s\n", what);
    for (int i = 0; i < pairs; i++) {
        double g, s;
        if (i % 2 == 0) g = gocmd ? timed(gocmd, want) : 0, s = timed(simcmd, want);
        else s = timed(simcmd, want), g = gocmd ? timed(gocmd, want) : 0;
        if (s < 0 || g < 0) continue;
        go[n] = g, sim[n] = s, ratio[n] = g > 0 ? s / g : 0;
        if (gocmd) printf("  pair %d: simulator %8.0f ms | real Go %6.0f ms | ratio %5.2f\n", i + 1, s, g, ratio[n]);
        else printf("  run %d: simulator %8.0f ms\n", i + 1, s);
        fflush(stdout);
        n++;
    }
    if (!n) return (void)printf("  no run succeeded\n");
    double mr = median(ratio, n);
    qsort(ratio, (size_t)n, sizeof *ratio, cmp_double);
    if (gocmd)
        printf("  median: simulator %.0f ms | real Go %.0f ms | ratio of medians %.2f | median ratio %.2f (range %.2f-%.2f)\n",
               median(sim, n), median(go, n), median(sim, n) / median(go, n), mr, ratio[0], ratio[n - 1]);
    else printf("  median: simulator %.0f ms (Go not installed: no ratio)\n", median(sim, n));
}

int main(int argc, char **argv)
{
    unsigned L = 8, G = 256;
    int pairs = 5, nsize = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) L = 1, G = 16, pairs = 3;
        else if (!strcmp(argv[i], "--pairs") && i + 1 < argc) pairs = atoi(argv[++i]);
        else if (nsize < 2 && atoi(argv[i]) > 0) *(nsize++ ? &G : &L) = (unsigned)atoi(argv[i]);
        else return fprintf(stderr, "usage: bench_scripting [--quick] [--pairs N] [LIVE_MIB GARBAGE_MIB]\n"), 2;
    }
    if (pairs < 1 || pairs > MAX_PAIRS) return fprintf(stderr, "bench_scripting: --pairs takes 1..%d\n", MAX_PAIRS), 2;

    char self[512], gohotel[600];
    ssize_t k = readlink("/proc/self/exe", self, sizeof self - 1);
    if (k <= 0) return perror("/proc/self/exe"), 1;
    self[k] = 0;
    *strrchr(self, '/') = 0;
    snprintf(gohotel, sizeof gohotel, "%s/gohotel", self);
    if (access(gohotel, X_OK) != 0) return printf("bench_scripting: %s is not built (GOHOTEL_WITH_VIEW/LUA off?)\n", gohotel), 0;
    if (!write_program(L, G)) return 1;

    char want[128], cmd[1400], gocmd[700], execcmd[1400], runcmd[1400];
    snprintf(want, sizeof want, "live objects %u garbage objects %u", L * 1024, (G << 20) / 64);
    snprintf(cmd, sizeof cmd, "cd %s && command -v go >/dev/null 2>&1 && GOCACHE=/tmp/gohotel-gocache go build -o pacing main.go",
             WORK);
    int haveGo = system(cmd) == 0;
    snprintf(gocmd, sizeof gocmd, "GOMAXPROCS=2 %s/pacing", WORK);
    /* --max-ops well past the workload's statements (about 5 per garbage object). */
    snprintf(execcmd, sizeof execcmd, "%s exec %s/main.go --procs 2 --max-ops 100000000000", gohotel, WORK);
    snprintf(runcmd, sizeof runcmd,
             "%s run %s/bench/pacing.lua --procs 2 --max-ops 100000000000 --param live_mib=%u --param garbage_mib=%u",
             gohotel, GOHOTEL_SOURCE_DIR, L, G);
    printf("pacing workload: live %u MiB of 1 KiB objects, then %u MiB of 64 B garbage; GOMAXPROCS 2; %d pairs\n", L, G,
           pairs);
    compare("gohotel exec bench/go/pacing (the same source as real Go's)", haveGo ? gocmd : NULL, execcmd, want, pairs);
    compare("gohotel run bench/pacing.lua (the same workload as a Lua scene)", haveGo ? gocmd : NULL, runcmd, want, pairs);
    return 0;
}
