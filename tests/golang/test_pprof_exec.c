/* test_pprof_exec.c — `gohotel exec --pprof` end to end, in process: a Go program runs on
 * the simulated runtime with its heap profile recorded, the profile is written, and the
 * file is read back (tests/pprof_read.h: gunzip, protobuf) to find what Go 1.19 with
 * runtime.MemProfileRate = 1 reports for the same program (checked with go1.19.8: the same
 * samples at the same functions and lines; lesson 11's program against the figures real Go
 * wrote to tests/lessons/go/11_profiling/expected.txt). */
#include <unistd.h>
#include "check.h"
#include "pprof_exec.h"


CASE("10 x make([]byte, 1000) in main.f: 10 objects, 10240 bytes (the 1024-byte size class) at main.f's line")
{
    const char *path = "tests/golang/pprof/alloc10.go";
    int site = line_of(path, "// alloc site"), call = line_of(path, "// call site");
    PrProfile p;
    if (!CHECK(profile_of(path, &p), "the program runs and its profile reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "main.f", 1024);
    if (CHECK(s != NULL, "a sample of 1024-byte objects whose innermost function is main.f")) {
        CHECK_EQ(s->v[0], 10, "alloc_objects");
        CHECK_EQ(s->v[1], 10 * 1024, "alloc_space: ten objects of the 1024-byte class");
        CHECK_EQ(s->v[2], 10, "inuse_objects: all kept in sink, no GC ran");
        CHECK_EQ(s->v[3], 10 * 1024, "inuse_space");
        const PrLoc *l = s->nlocs ? pr_loc(&p, s->locs[0]) : NULL;
        if (CHECK(l && l->nlines == 2, "main.f is inlined: its location holds main.f and main.main")) {
            CHECK_EQ(l->lines[0].line, site, "main.f at the make's line");
            CHECK_STR(pr_loc_func(&p, s->locs[0], 1), "main.main", "inlined into main.main");
            CHECK_EQ(l->lines[1].line, call, "at the call's line");
            const PrFunc *fn = pr_func(&p, l->lines[0].func);
            CHECK(fn && strstr(pr_str(&p, fn->file), "tests/golang/pprof/alloc10.go"), "the program's file (absolute)");
        }
        CHECK(s->nlocs == 2 && !strcmp(pr_loc_func(&p, s->locs[1], 0), "runtime.main"), "the main goroutine's root: runtime.main");
    }
    /* sink's growth: append doubles a []([]byte) of 24-byte headers from 1 to 16 */
    static const int64_t growth[] = {24, 48, 96, 192, 384};
    for (int i = 0; i < 5; i++) {
        s = pr_sample_at(&p, "main.f", growth[i]);
        if (CHECK(s != NULL, "append grew sink to %lld bytes once", (long long)growth[i])) CHECK_EQ(s->v[0], 1, "one object");
    }
    pr_free(&p);
}

CASE("a goroutine's garbage: 100 allocated, 1 in use after runtime.GC, on main.garbage <- main.main.func1")
{
    const char *path = "tests/golang/pprof/garbage.go";
    int site = line_of(path, "// alloc site"), call = line_of(path, "// call site");
    PrProfile p;
    if (!CHECK(profile_of(path, &p), "the program runs and its profile reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "main.garbage", 4096);
    if (CHECK(s != NULL, "a sample of 4096-byte objects at main.garbage")) {
        CHECK_EQ(s->v[0], 100, "alloc_objects");
        CHECK_EQ(s->v[1], 100 * 4096, "alloc_space");
        CHECK_EQ(s->v[2], 1, "inuse_objects: the collector freed all but the one keep holds");
        CHECK_EQ(s->v[3], 4096, "inuse_space");
        const PrLoc *l = s->nlocs ? pr_loc(&p, s->locs[0]) : NULL;
        CHECK(l && l->nlines == 1 && l->lines[0].line == site, "//go:noinline: main.garbage has its own location, at the make");
        if (CHECK_EQ(s->nlocs, 2, "two frames: no runtime.main under a goroutine")) {
            CHECK_STR(pr_loc_func(&p, s->locs[1], 0), "main.main.func1", "the go statement's function literal");
            const PrLoc *c = pr_loc(&p, s->locs[1]);
            CHECK(c && c->lines[0].line == call, "at the call's line");
        }
    }
    /* the go statement's g (416 bytes, Go 1.19's runtime.g in its size class), made on the
     * system stack: Go's profile has it under the runtime's frames only */
    s = pr_sample_at(&p, "runtime.malg", 416);
    if (CHECK(s != NULL, "the new g at runtime.malg") && CHECK_EQ(s->nlocs, 4, "malg <- newproc1 <- newproc.func1 <- systemstack")) {
        CHECK_EQ(s->v[0], 1, "one g");
        CHECK_STR(pr_loc_func(&p, s->locs[3], 0), "runtime.systemstack", "the root");
    }
    pr_free(&p);
}

CASE("package variables are made in main.init, under runtime.doInit and runtime.main, at their declaration's line")
{
    const char *path = "tests/golang/pprof/init_vars.go";
    int table = line_of(path, "// table"), dyn = line_of(path, "// dyn");
    PrProfile p;
    if (!CHECK(profile_of(path, &p), "the program runs and its profile reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "main.init", 2688);
    if (CHECK(s != NULL, "make([]int, 300): 2688 bytes at main.init") && CHECK_EQ(s->nlocs, 3, "main.init <- runtime.doInit <- runtime.main")) {
        const PrLoc *l = pr_loc(&p, s->locs[0]);
        CHECK(l && l->lines[0].line == table, "at table's declaration");
        CHECK_STR(pr_loc_func(&p, s->locs[1], 0), "runtime.doInit", "the package's init is run by doInit");
        l = pr_loc(&p, s->locs[2]);
        CHECK(l && l->lines[0].line == 233, "runtime.main calls it at proc.go:233 (main.main at :250)");
    }
    s = pr_sample_at(&p, "main.mk", 896);
    if (CHECK(s != NULL, "mk(100)'s 896 bytes at main.mk") && CHECK_EQ(s->nlocs, 4, "main.mk <- main.init <- runtime.doInit <- runtime.main")) {
        CHECK_STR(pr_loc_func(&p, s->locs[1], 0), "main.init", "called from main.init");
        const PrLoc *l = pr_loc(&p, s->locs[1]);
        CHECK(l && l->lines[0].line == dyn, "at dyn's declaration");
    }
    CHECK(pr_sample_at(&p, "main.main", 16) != NULL, "main's own Println is under main.main");
    pr_free(&p);
}

CASE("a profile written at the end holds the heap as of the last runtime.GC(): main.after's buffers are not in it yet")
{
    PrProfile p;
    if (!CHECK(profile_of("tests/golang/pprof/after_gc.go", &p), "the program runs and its profile reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "main.before", 1024);
    if (CHECK(s != NULL, "main.before's 1024-byte buffers")) {
        CHECK_EQ(s->v[0], 10, "ten allocated");
        CHECK_EQ(s->v[2], 10, "ten in use");
    }
    s = pr_sample_at(&p, "main.after", 2048);
    CHECK(s == NULL || (s->v[0] == 0 && s->v[1] == 0), "main.after's five 2048-byte buffers came after the last GC: not published");
    pr_free(&p);
}

/* A figure of real Go's expected.txt ("profile.loadUsers.bytes 10488"), -1 if missing. */
static long long expected(const char *path, const char *name)
{
    FILE *f = fopen(path, "r");
    char key[128], buf[256];
    long long v = -1, x;
    while (f && fgets(buf, sizeof buf, f))
        if (sscanf(buf, "%127s %lld", key, &x) == 2 && !strcmp(key, name)) v = x;
    if (f) fclose(f);
    return v;
}

/* cum of function fn, as pprof counts it: the values of every sample with fn on its stack. */
static void cum_of(const PrProfile *p, const char *fn, int64_t *objects, int64_t *bytes)
{
    *objects = *bytes = 0;
    for (int i = 0; i < p->nsamples; i++) {
        const PrSample *s = &p->samples[i];
        bool on = false;
        for (int k = 0; k < s->nlocs && !on; k++) {
            const PrLoc *l = pr_loc(p, s->locs[k]);
            for (int j = 0; l && j < l->nlines && !on; j++) on = !strcmp(pr_loc_func(p, s->locs[k], j), fn);
        }
        if (on) *objects += s->v[0], *bytes += s->v[1];
    }
}

CASE("lesson 11's program: each function's cum is real Go 1.19's MemProfile of it (expected.txt)")
{
    const char *want = "tests/lessons/go/11_profiling/expected.txt";
    PrProfile p;
    if (!CHECK(profile_of("scenes/go/11_profiling.go", &p), "the program runs and its profile reads back: %s", p.why))
        return pr_free(&p);
    static const char *const fns[] = {"loadUsers", "buildReport", "sumAges"};
    for (int i = 0; i < 3; i++) {
        char fn[64], ko[96], kb[96];
        snprintf(fn, sizeof fn, "main.%s", fns[i]);
        snprintf(ko, sizeof ko, "profile.%s.objects", fns[i]);
        snprintf(kb, sizeof kb, "profile.%s.bytes", fns[i]);
        int64_t objects, bytes;
        cum_of(&p, fn, &objects, &bytes);
        long long wo = expected(want, ko), wb = expected(want, kb);
        if (!CHECK(wo >= 0 && wb >= 0, "expected.txt has %s and %s", ko, kb)) continue;
        CHECK_EQ(objects, wo, "%s's cum objects (alloc_objects)", fn);
        CHECK_EQ(bytes, wb, "%s's cum bytes (alloc_space)", fn);
    }
    pr_free(&p);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
