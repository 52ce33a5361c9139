/* test_mutex_spin.c — a contended sync.Mutex.Lock spins before it parks, as Go 1.19's
 * lockSlow does (src/golang/exec_mutex.c): while the holder runs on another P, the locker
 * re-reads the mutex after each of up to 4 procyield(30)s and takes it if it was unlocked
 * meanwhile, holding no sudog; only after 4 spins does it queue on the semaphore, parked
 * "semacquire" (Go 1.19's wait reason for a Mutex) with a sudog from the cache.
 *
 * The program: main locks mu, starts the locker, counts to N holding mu, unlocks and waits
 * on a WaitGroup. The locker starts on another P after main's run queue is stolen (about
 * 2 000 statements, exec_runqput.c); its 4 spins take 4 × 285 statements. A WaitGroup.Wait
 * takes a sudog too: the one cached at main.main if the locker did not take it, so Mallocs
 * from after the go statement to after Wait say whether the locker held a sudog (0: it got
 * the mutex spinning; 1 of 96 B: it parked, and still held its sudog when main waited). */
#include <stdio.h>
#include "check.h"
#include "golang/exec.h"

enum { MAX_STEPS = 200000 };

static const char src_fmt[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"runtime\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "var before, after runtime.MemStats\n"
    "var mu sync.Mutex\n"
    "var wg sync.WaitGroup\n"
    "var n int\n"
    "\n"
    "func locker() {\n"
    "\tmu.Lock()\n"
    "\tn++\n"
    "\tmu.Unlock()\n"
    "\twg.Done()\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tmu.Lock()\n"
    "\twg.Add(1)\n"
    "\tgo locker()\n"
    "\truntime.ReadMemStats(&before)\n"
    "\tfor i := 0; i < %d; i++ {\n"
    "\t\tn++\n"
    "\t}\n"
    "\tmu.Unlock()\n"
    "\twg.Wait()\n"
    "\truntime.ReadMemStats(&after)\n"
    "\tfmt.Println(n, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)\n"
    "}\n";

typedef struct Outcome {
    bool ok;
    char out[128];          /* what the program printed: n, Mallocs, TotalAlloc */
    int parked_steps;       /* steps the locker spent parked */
    const char *reason;     /* its wait reason while parked */
    bool locked_while_held; /* the locker began its Lock before main's Unlock */
} Outcome;

enum { MAIN_UNLOCK_LINE = 29 };   /* main's mu.Unlock() in src_fmt */

static const gh_G *locker_g(const gh_Sim *sim)
{
    for (int32_t i = 0; i < gh_sim_ngs(sim); i++) {
        const gh_G *g = gh_sim_g(sim, i);
        if (g->status != GH_G_DEAD && g->nframes && !strcmp(g->frames[0].fn, "main.locker")) return g;
    }
    return NULL;
}

static Outcome run(int hold)
{
    Outcome o = {0};
    char src[2048];
    snprintf(src, sizeof src, src_fmt, hold);
    gh_Config cfg = gh_config_default();   /* GOMAXPROCS 4 on 2 CPUs: canSpin holds */
    gh_Sim *sim = gh_sim_new(&cfg);
    FILE *out = tmpfile(), *err = fopen("/dev/null", "w");
    gh_Exec *ex = gh_exec_load("mutex_spin.go", src, strlen(src), sim, out, err);
    if (ex) {
        bool held = true;
        for (int s = 0; s < MAX_STEPS && !gh_exec_done(ex); s++) {
            int line = gh_exec_step(ex);
            const gh_G *g = locker_g(sim);
            if (gh_exec_goroutine(ex) == 1 && line == MAIN_UNLOCK_LINE) held = false;
            if (held && g && gh_exec_goroutine(ex) == g->id) o.locked_while_held = true;
            if (g && g->waitReason) o.parked_steps++, o.reason = g->waitReason;
        }
        o.ok = gh_exec_done(ex) && gh_exec_status(ex) == 0;
        gh_exec_free(ex);
    }
    rewind(out);
    if (!fgets(o.out, sizeof o.out, out)) o.out[0] = 0;
    o.out[strcspn(o.out, "\n")] = 0;
    fclose(out);
    fclose(err);
    gh_sim_free(sim);
    return o;
}

CASE("a Lock whose holder on another P unlocks within the 4 spins gets the mutex spinning, without a sudog")
{
    Outcome o = run(1300);   /* the locker starts ~2 000 statements in, main unlocks ~600 later */
    if (!CHECK(o.ok, "the program runs to its end")) return;
    CHECK(o.locked_while_held, "the locker's Lock began while main held the mutex: it was contended");
    CHECK_EQ(o.parked_steps, 0, "the locker never parks");
    CHECK(!strcmp(o.out, "1301 0 0"), "no sudog was made while main held the mutex and waited (n, Mallocs, TotalAlloc): %s", o.out);
}

CASE("a Lock whose holder holds it past the spins parks on the semaphore, semacquire, holding a sudog")
{
    Outcome o = run(20000);
    if (!CHECK(o.ok, "the program runs to its end")) return;
    CHECK(o.locked_while_held, "the locker's Lock began while main held the mutex");
    CHECK(o.parked_steps > 1000, "the locker parks until main unlocks (%d steps parked)", o.parked_steps);
    CHECK(o.reason && !strcmp(o.reason, "semacquire"), "Go 1.19's wait reason for a Mutex: %s", o.reason ? o.reason : "(none)");
    CHECK(!strcmp(o.out, "20001 1 96"), "the locker took main.main's cached sudog, so Wait made one of 96 B (n, Mallocs, TotalAlloc): %s", o.out);
}

static const char two_src[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "var mu sync.Mutex\n"
    "var wg sync.WaitGroup\n"
    "var n int\n"
    "\n"
    "func locker() {\n"
    "\tmu.Lock()\n"
    "\tn++\n"
    "\tmu.Unlock()\n"
    "\twg.Done()\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tmu.Lock()\n"
    "\twg.Add(2)\n"
    "\tgo locker()\n"
    "\tgo locker()\n"
    "\tfor i := 0; i < 20000; i++ {\n"
    "\t\tn++\n"
    "\t}\n"
    "\tmu.Unlock()\n"
    "\twg.Wait()\n"
    "\tprintln(n)\n"
    "}\n";

CASE("Unlock wakes one parked locker, not all of them: Go's semrelease takes the first waiter off the queue")
{
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    FILE *null = fopen("/dev/null", "w");
    gh_Exec *ex = gh_exec_load("mutex_two.go", two_src, strlen(two_src), sim, null, null);
    if (!CHECK(ex != NULL, "loads")) { fclose(null); gh_sim_free(sim); return; }
    int most = 0, prev = 0;
    bool two_to_none = false, two_to_one = false;
    for (int s = 0; s < MAX_STEPS && !gh_exec_done(ex); s++) {
        gh_exec_run(ex, 1);
        int parked = 0;
        for (int32_t i = 0; i < gh_sim_ngs(sim); i++) {
            const gh_G *g = gh_sim_g(sim, i);
            if (g->status != GH_G_DEAD && g->nframes && !strcmp(g->frames[0].fn, "main.locker") && g->waitReason &&
                !strcmp(g->waitReason, "semacquire"))
                parked++;
        }
        if (prev == 2 && parked == 0) two_to_none = true;
        if (prev == 2 && parked == 1) two_to_one = true;
        if (parked > most) most = parked;
        prev = parked;
    }
    CHECK(gh_exec_done(ex) && gh_exec_status(ex) == 0, "the program runs to its end");
    CHECK_EQ(most, 2, "both lockers spin out and park while main counts");
    CHECK(two_to_one && !two_to_none, "main's Unlock readies one of them; the other waits for that one's Unlock");
    gh_exec_free(ex);
    fclose(null);
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
