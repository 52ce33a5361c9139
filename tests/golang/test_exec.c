/* test_exec.c — runs every Go program in tests/golang/exec on the simulated runtime and
 * compares its output (MemStats deltas included) with what real Go 1.19.8 printed
 * (NAME.expected, written by regen.sh); fail/ holds panics and bad input with the exit
 * status and stderr we promise. Also: stepping stops at each statement, and two runs are byte-identical.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "golang/exec.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = calloc(1, (size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) buf[0] = 0;
    fclose(f);
    return buf;
}

/* Runs path; returns the exit status, with stdout and stderr in out and err (caller frees). */
static int run(const char *path, char **out, char **err)
{
    size_t on, en;
    FILE *o = open_memstream(out, &on), *e = open_memstream(err, &en);
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    int rc = gh_exec_source(path, NULL, 0, sim, o, e, NULL);
    fclose(o);
    fclose(e);
    gh_sim_free(sim);
    return rc;
}

static void show_diff(const char *want, const char *got)
{
    const char *w = want, *g = got;
    for (int line = 1, shown = 0; (*w || *g) && shown < 8; line++) {
        const char *we = strchr(w, '\n'), *ge = strchr(g, '\n');
        size_t wl = we ? (size_t)(we - w) : strlen(w), gl = ge ? (size_t)(ge - g) : strlen(g);
        if (wl != gl || strncmp(w, g, wl)) {
            fprintf(stderr, "    line %d\n      want: %.*s\n      got:  %.*s\n", line, (int)wl, w, (int)gl, g);
            shown++;
        }
        w = we ? we + 1 : w + wl;
        g = ge ? ge + 1 : g + gl;
    }
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every NAME.go of dir, sorted; returns how many. */
static int programs(const char *dir, char **names, int max)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (!d) return 0;
    for (struct dirent *e; (e = readdir(d)) && n < max;) {
        size_t l = strlen(e->d_name);
        if (l > 3 && !strcmp(e->d_name + l - 3, ".go")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    return n;
}

/* Every NAME.expected opens with one provenance line: "# go version go1.19... — produced by
 * regen.sh: go run NAME.go" for outputs of real Go, "# gohotel's promise..." for fail/.
 * Returns the text after it, or NULL when the line is missing or names the wrong source. */
static const char *after_provenance(const char *text, bool fail)
{
    const char *want = fail ? "# gohotel's promise" : "# go version go1.19";
    if (!text || strncmp(text, want, strlen(want))) return NULL;
    const char *nl = strchr(text, '\n');
    return nl ? nl + 1 : NULL;
}

static void check_dir(const char *dir, bool fail)
{
    char *names[128];
    int n = programs(dir, names, 128);
    CHECK(n >= (fail ? 8 : 10), "enough programs");
    for (int i = 0; i < n; i++) {
        char path[512], exp[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(exp, sizeof exp, "%s/%.*s.expected", dir, (int)strlen(names[i]) - 3, names[i]);
        char *text = slurp(exp), *out = NULL, *err = NULL;
        const char *want = after_provenance(text, fail);
        CHECK(want != NULL, "%s opens with its provenance line (%s)", exp,
              fail ? "# gohotel's promise..." : "# go version go1.19... from regen.sh");
        int rc = run(path, &out, &err);
        char *got = NULL;   /* whole: a program's output may be longer than any buffer */
        if (fail ? asprintf(&got, "exit %d\n%s", rc, err) < 0 : !(got = strdup(out))) got = NULL;
        bool ok = want && got && !strcmp(want, got) && (fail || rc == 0);
        if (!ok) {
            fprintf(stderr, "  %s: output differs from %s (exit %d)\n", names[i], exp, rc);
            if (want && got) show_diff(want, got);
            if (!fail && err && *err) fprintf(stderr, "    stderr: %.300s\n", err);
        }
        CHECK(ok, "%s matches %s", names[i], exp);
        free(text); free(out); free(err); free(got); free(names[i]);
    }
}

CASE("programs match real Go") { check_dir("tests/golang/exec", false); }
CASE("panics and bad input as Go reports them") { check_dir("tests/golang/exec/fail", true); }

CASE("the article concat counts match Go")
{
    char *out = NULL, *err = NULL;
    run("tests/golang/exec/concat.go", &out, &err);
    CHECK(strstr(out, "concatEscaping Mallocs 999 TotalAlloc 530288") != NULL, "s += \"a\" x1000: 999 mallocs, 530288 B");
    CHECK(strstr(out, "builderEscaping Mallocs 9 TotalAlloc 3328") != NULL, "Builder x1000: 9 mallocs, 3328 B");
    free(out);
    free(err);
}

static const char stepping_src[] =
    "package main\n"                 /* 1 */
    "//go:noinline\n"                /* 2: inlined, Go would keep x on main's stack */
    "func make2() *int {\n"          /* 3 */
    "\tx := 5\n"                     /* 4 */
    "\treturn &x\n"                  /* 5 */
    "}\n"
    "\n"
    "func main() {\n"                /* 8 */
    "\tp := make2()\n"               /* 9 */
    "\ty := *p + 1\n"                /* 10 */
    "\tprintln(y)\n"                 /* 11 */
    "}\n";

static void count_mallocs(void *ud, const gh_Event *ev)
{
    if (ev->kind == GH_EV_MALLOC) ++*(int *)ud;
}

/* The allocations a listener hears, by address (up to 32). */
typedef struct { int n; uint64_t addr[32], size[32]; } Heard;
static void hear_mallocs(void *ud, const gh_Event *ev)
{
    Heard *h = ud;
    if (ev->kind == GH_EV_MALLOC && h->n < 32) h->addr[h->n] = ev->addr, h->size[h->n++] = ev->size;
}

static const char startup_src[] = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\truntime.GC()\n\tfmt.Println(\"done\")\n}\n";

CASE("Go's runtime start-up leaves its garbage before main, named as the runtime's")
{
    gh_Config cfg = gh_config_default();
    cfg.gomaxprocs = 4;
    gh_Sim *sim = gh_sim_new(&cfg);
    Heard h = {0};
    gh_sim_listen(sim, hear_mallocs, &h);
    char *out, *err;
    size_t on, en;
    FILE *o = open_memstream(&out, &on), *e = open_memstream(&err, &en);
    gh_Exec *ex = gh_exec_load("startup.go", startup_src, sizeof startup_src - 1, sim, o, e);
    CHECK(ex != NULL, "program loads");
    /* Go 1.19.8 in this order: internal/cpu's options 160 and 320 B; allgs 8, 16 B; gcenable's
     * channel 112 B, a closure 16 B, allgs 32 B, a closure 16 B; allgs 64 B for runfinq (fmt
     * imports os) */
    uint64_t want[] = {160, 320, 8, 16, 112, 16, 32, 16, 64};
    CHECK_EQ(h.n, 9, "9 objects before main's first statement");
    int named = 0;
    for (int i = 0; i < h.n && i < 9; i++) {
        CHECK_EQ(h.size[i], want[i], "Go's sizes in Go's order");
        const char *by = ex ? gh_exec_alloc_by(ex, h.addr[i]) : NULL;
        named += ex && gh_exec_alloc_line(ex, h.addr[i]) == 0 && by && !strncmp(by, "Go's runtime start-up", 21);
    }
    CHECK_EQ(named, 9, "each is charged to no program line and named as the runtime start-up's");
    gh_MemStats m0, m1;
    gh_ReadMemStats(sim, &m0);
    CHECK_EQ(m0.HeapObjects, 9, "all of it in the heap when main starts");
    while (ex && !gh_exec_done(ex)) gh_exec_run(ex, 1000000);
    gh_ReadMemStats(sim, &m1);
    /* at 4 Ps the mark workers take allgs from 5 goroutines past its capacity of 8 */
    CHECK_EQ(m1.Frees, 9, "the first GC frees 8 start-up objects and the 64 B allgs the mark workers outgrew");
    gh_exec_free(ex);
    gh_sim_free(sim);
    fclose(o);
    fclose(e);
    CHECK_STR(out, "done\n", "the program's output");
    free(out);
    free(err);
}

CASE("stepping stops at each statement even inside calls")
{
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    int seen = 0;
    gh_sim_listen(sim, count_mallocs, &seen);   /* a view listening before the program loads */
    char *out, *err;
    size_t on, en;
    FILE *o = open_memstream(&out, &on), *e = open_memstream(&err, &en);
    gh_Exec *ex = gh_exec_load("step.go", stepping_src, sizeof stepping_src - 1, sim, o, e);
    CHECK(ex != NULL, "program loads");
    /* Go's runtime start-up made its objects before main (exec_startup.c): internal/cpu's
     * options (2), allgs for main, forcegc, bgsweep (3; no os here, so no runfinq),
     * gcenable's channel and closures (3) */
    int at_load = seen;
    CHECK_EQ(at_load, 8, "the listener hears the runtime's 8 start-up allocations as the program loads");
    int want[] = {9, 4, 5, 10, 11}, lines[8], n = 0;
    CHECK_EQ(ex ? gh_exec_line(ex) : 0, 9, "before the first step, main's first statement is next");
    uint64_t mallocs_before_x = 0;
    while (ex && n < 8) {
        int l = gh_exec_step(ex);
        if (!l) break;
        if (l == 4) mallocs_before_x = gh_sim_event_seq(sim);
        if (l == 10) {   /* p holds the heap address of x: its allocation is charged to line 4 */
            uint64_t p = 0;
            gh_load(sim, gh_sim_curg(sim)->frames[0].sp, &p, 8);
            CHECK_EQ(gh_exec_alloc_line(ex, p), 4, "x was allocated by line 4");
        }
        lines[n++] = l;
    }
    CHECK_EQ(n, 5, "five statements: p :=, x :=, return, y :=, println");
    for (int i = 0; i < n && i < 5; i++) CHECK_EQ(lines[i], want[i], "statement order steps into make2");
    CHECK(mallocs_before_x > 0, "x (moved to heap) was allocated when its statement ran");
    CHECK(ex && gh_exec_done(ex) && gh_exec_status(ex) == 0, "finished cleanly");
    CHECK(ex && gh_exec_diagnostic(ex, 4, 0) && !strcmp(gh_exec_diagnostic(ex, 4, 0), "moved to heap: x"),
          "the compiler's reason is available for the allocation's line");
    CHECK_EQ(gh_exec_step(ex), 0, "no step after the end");
    CHECK_EQ(seen - at_load, 1, "the earlier listener still hears main's one allocation (x)");
    gh_exec_free(ex);
    gh_sim_free(sim);
    fclose(o);
    fclose(e);
    CHECK_STR(err, "6\n", "println writes to stderr");
    free(out);
    free(err);
}

static const char goroutine_src[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func work(n int, wg *sync.WaitGroup) {\n"   /* 5 */
    "\tfor i := 0; i < n; i++ {\n"              /* 6 */
    "\t\tn--\n"                                 /* 7 */
    "\t}\n"
    "\twg.Done()\n"                              /* 9 */
    "}\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"                  /* 13 */
    "\twg.Add(1)\n"                              /* 14 */
    "\tgo work(4, &wg)\n"                        /* 15 */
    "\tx := 1\n"                                 /* 16 */
    "\tx++\n"                                    /* 17 */
    "\twg.Wait()\n"                              /* 18 */
    "}\n";

CASE("a new goroutine waits in its creator's runnext: main runs on to wg.Wait, then the new one runs")
{
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_Exec *ex = gh_exec_load("g.go", goroutine_src, sizeof goroutine_src - 1, sim, stdout, stderr);
    CHECK(ex != NULL, "program loads");
    int seq[64], gid[64], n = 0;
    while (ex && n < 64) {
        int g = gh_exec_goroutine(ex);   /* the goroutine the next step runs */
        int l = gh_exec_step(ex);
        if (!l) break;
        seq[n] = l;
        gid[n++] = g ? g : 1;
    }
    CHECK(ex && gh_exec_done(ex) && gh_exec_status(ex) == 0, "finished cleanly");
    /* as Go's newproc: the new g goes into main's runnext and no idle P takes it in the few
     * statements main runs before it blocks (exec_runqput.c), so lines 16, 17 and 18 are main's */
    int k = 0;
    while (k < n && seq[k] != 15) k++;
    CHECK(k + 4 < n && seq[k + 1] == 16 && seq[k + 2] == 17 && seq[k + 3] == 18, "after go, main runs lines 16, 17, 18");
    CHECK(k + 4 < n && gid[k + 1] == gid[k] && gid[k + 3] == gid[k], "... all of them on main's goroutine");
    CHECK(k + 4 < n && seq[k + 4] == 6 && gid[k + 4] != gid[k], "then, main blocked in wg.Wait, its P runs the new goroutine");
    bool saw2 = false;
    for (int i = 0; i < n; i++) saw2 |= gid[i] == 2 && seq[i] == 9;
    CHECK(saw2, "goroutine 2 ran wg.Done");
    gh_exec_free(ex);
    gh_sim_free(sim);
}

static const char steal_src[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func work(wg *sync.WaitGroup) {\n"        /* 5 */
    "\tn := 0\n"                               /* 6 */
    "\tfor i := 0; i < 3000; i++ {\n"
    "\t\tn++\n"                               /* 8 */
    "\t}\n"
    "\twg.Done()\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(1)\n"
    "\tgo work(&wg)\n"                         /* 16 */
    "\tx := 0\n"
    "\tfor i := 0; i < 3000; i++ {\n"
    "\t\tx++\n"                               /* 19 */
    "\t}\n"
    "\twg.Wait()\n"
    "}\n";

CASE("an idle P steals a new goroutine from a busy creator's runnext after the wake-up, then both run")
{
    gh_Config cfg = gh_config_default();
    cfg.gomaxprocs = 4;
    gh_Sim *sim = gh_sim_new(&cfg);
    gh_Exec *ex = gh_exec_load("s.go", steal_src, sizeof steal_src - 1, sim, stdout, stderr);
    CHECK(ex != NULL, "program loads");
    int go_at = -1, first = -1, mains = 0, works = 0, switches = 0, prev = 0, maing = 0;
    for (int n = 0; ex && n < 20000; n++) {
        int g = gh_exec_goroutine(ex);
        int l = gh_exec_step(ex);
        if (!l) break;
        if (l == 16) go_at = n, maing = g;
        if (first < 0 && l == 6) first = n;
        if (first >= 0 && n < first + 1000) {   /* once both can run: who runs each step */
            mains += g == maing, works += g != maing;
            switches += prev && g != prev;
        }
        prev = g;
    }
    CHECK(ex && gh_exec_done(ex) && gh_exec_status(ex) == 0, "finished cleanly");
    /* runqsteal takes runnext only after an idle P woke (~1 µs) and usleep(3): 4 µs of
     * statements at 2 ns each, while main is still in its loop (exec_runqput.c) */
    CHECK(go_at >= 0 && first - go_at >= 1000, "work's first statement waits ~4 µs after the go statement (%d steps)",
          first - go_at);
    CHECK(first >= 0 && first - go_at < 3000, "... and comes while main still loops (%d steps)", first - go_at);
    CHECK(mains > 400 && works > 400, "then both run: main %d and work %d of 1000 steps", mains, works);
    CHECK(switches > 900, "taking turns one statement each (%d switches)", switches);
    gh_exec_free(ex);
    gh_sim_free(sim);
}

CASE("two runs are byte identical")
{
    char *o1, *e1, *o2, *e2;
    run("tests/golang/exec/goroutines.go", &o1, &e1);
    run("tests/golang/exec/goroutines.go", &o2, &e2);
    CHECK(!strcmp(o1, o2) && !strcmp(e1, e2), "same output twice");
    free(o1); free(e1); free(o2); free(e2);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
