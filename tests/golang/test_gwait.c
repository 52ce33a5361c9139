/* test_gwait.c — a parked goroutine's g says what it waits on, as Go's traceback prints it
 * ("goroutine 1 [chan receive]:"), and for a channel operation which hchan; the moment a
 * partner wakes it (a hand-off, a Done, a select's winning case) both are cleared, before
 * it runs again: a woken g is runnable, and a runnable g has no wait reason. Until it runs,
 * the g says which partner woke it and how (wokeBy, wokeHow: the interpreter's knowledge
 * of the hand-off). The cafeteria reads these for a goroutine's header
 * (src/view/cafeteria.c). The programs run one statement at a time (gh_exec_run(ex, 1)) so
 * each test sees the step where the wait begins and the step where it ends. */
#include <stdio.h>
#include "check.h"
#include "golang/exec.h"

enum { MAX_STEPS = 5000 };   /* far more statements than any program here runs */

typedef struct Run { gh_Sim *sim; gh_Exec *ex; FILE *null; } Run;

static bool start(Run *r, const char *src)
{
    gh_Config cfg = gh_config_default();
    r->sim = gh_sim_new(&cfg);
    r->null = fopen("/dev/null", "w");
    r->ex = gh_exec_load("gwait.go", src, strlen(src), r->sim, r->null, r->null);
    return r->ex != NULL;
}

static void stop(Run *r)
{
    if (r->ex) gh_exec_free(r->ex);
    gh_sim_free(r->sim);
    fclose(r->null);
}

/* The live goroutine whose oldest frame is fn (its go statement's function, or main.main
 * with at least one local: not the scene's idle placeholder). */
static const gh_G *g_of(const gh_Sim *sim, const char *fn)
{
    for (int32_t i = 0; i < gh_sim_ngs(sim); i++) {
        const gh_G *g = gh_sim_g(sim, i);
        if (g->status != GH_G_DEAD && g->nframes && !strcmp(g->frames[0].fn, fn) && g->nslots) return g;
    }
    return NULL;
}

/* The word in local `name` of g's oldest frame (a chan variable: its hchan's address). */
static uint64_t local_word(gh_Sim *sim, const gh_G *g, const char *name)
{
    for (uint32_t k = 0; k < gh_frame_nslots(g, 0); k++) {
        const gh_Slot *s = gh_frame_slot(g, 0, k);
        uint64_t w = 0;
        if (!strcmp(s->name, name) && gh_load(sim, g->frames[0].sp + s->offset, &w, 8)) return w;
    }
    return 0;
}

/* Steps until the goroutine of fn is parked (want) or not; the steps taken, -1 if never. */
static int step_until_parked(Run *r, const char *fn, bool want)
{
    for (int n = 0; n < MAX_STEPS; n++) {
        const gh_G *g = g_of(r->sim, fn);
        if (g && (g->waitReason != NULL) == want) return n;
        if (gh_exec_done(r->ex)) break;
        gh_exec_run(r->ex, 1);
    }
    return -1;
}

static const char handoff_src[] =
    "package main\n"
    "\n"
    "func send(c chan int) {\n"
    "\tn := 0\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tn += i\n"
    "\t}\n"
    "\tc <- n\n"
    "\tprintln(\"sent\")\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int)\n"
    "\tgo send(c)\n"
    "\tv := <-c\n"
    "\tprintln(v)\n"
    "}\n";

CASE("main parked on an unbuffered receive says [chan receive] and names c's hchan; the send clears both")
{
    Run r;
    if (!CHECK(start(&r, handoff_src), "program loads")) return;
    CHECK(step_until_parked(&r, "main.main", true) >= 0, "main blocks in <-c: no sender is waiting yet");
    const gh_G *m = g_of(r.sim, "main.main");
    if (m) {
        uint64_t c = local_word(r.sim, m, "c");
        CHECK(c != 0, "c holds its hchan");
        CHECK_STR(m->waitReason, "chan receive", "Go's traceback: goroutine 1 [chan receive]");
        CHECK_EQ(m->waitOn, c, "its sudog waits on c's hchan");
        int32_t span;
        uint32_t slot;
        CHECK(gh_find_object(r.sim, m->waitOn, &span, &slot), "the hchan is a heap object the hotel can show");
    }
    const gh_G *s = g_of(r.sim, "main.send");
    CHECK(s && !s->waitReason && !s->waitOn, "the sender has not parked: it runs, runnable goroutines wait on nothing");
    CHECK(step_until_parked(&r, "main.main", false) > 0, "main wakes once send's c <- n hands it the value");
    m = g_of(r.sim, "main.main");
    if (m) {
        CHECK(m->waitReason == NULL, "woken: no wait reason, got %s", m->waitReason ? m->waitReason : "NULL");
        CHECK_EQ(m->waitOn, 0, "woken: no channel");
        const gh_G *s2 = g_of(r.sim, "main.send");
        CHECK(s2 && m->wokeBy == s2->id, "woken by the sender, G%d (got G%d)", s2 ? s2->id : -1, m->wokeBy);
        CHECK_STR(m->wokeHow, "send", "its send handed main the value (sendDirect)");
        CHECK(gh_sim_curg(r.sim) != m, "main has not run since: the sender goes on, main waits in its P's runnext");
        int steps = 0;
        while (m->wokeBy && steps < MAX_STEPS && !gh_exec_done(r.ex)) gh_exec_run(r.ex, 1), steps++;
        CHECK(!m->wokeBy && !m->wokeHow, "once main runs again, who woke it is history");
    }
    while (!gh_exec_done(r.ex)) gh_exec_run(r.ex, 1000);
    CHECK_EQ(gh_exec_status(r.ex), 0, "the program ends normally");
    stop(&r);
}

static const char close_src[] =
    "package main\n"
    "\n"
    "func recv(c chan int, id int) {\n"
    "\tv, ok := <-c\n"
    "\tprintln(id, v, ok)\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int)\n"
    "\tgo recv(c, 1)\n"
    "\tgo recv(c, 2)\n"
    "\tgo recv(c, 3)\n"
    "\tfor i := 0; i < 2000; i++ {   // long enough for idle Ps to steal the receivers\n"
    "\t}\n"
    "\tclose(c)\n"
    "\tn := 0\n"
    "\tn++\n"
    "\tprintln(n)\n"
    "}\n";

/* The goroutines of recv, in the simulator's order. */
static int recvs(const gh_Sim *sim, const gh_G **out, int max)
{
    int n = 0;
    for (int32_t i = 0; i < gh_sim_ngs(sim) && n < max; i++) {
        const gh_G *g = gh_sim_g(sim, i);
        if (g->status != GH_G_DEAD && g->nframes && !strcmp(g->frames[0].fn, "main.recv")) out[n++] = g;
    }
    return n;
}

CASE("close wakes every receiver at once: each is runnable, with no wait reason, before it runs")
{
    Run r;
    if (!CHECK(start(&r, close_src), "program loads")) return;
    const gh_G *rs[3];
    int parked = 0, steps = 0;
    for (; steps < MAX_STEPS && !gh_exec_done(r.ex) && parked < 3; steps++) {
        gh_exec_run(r.ex, 1);
        parked = 0;
        int n = recvs(r.sim, rs, 3);
        for (int k = 0; k < n; k++) parked += rs[k]->waitReason != NULL;
    }
    if (!CHECK_EQ(parked, 3, "all three receivers park in <-c while main loops")) return stop(&r);
    for (int k = 0; k < 3; k++) {
        CHECK_STR(rs[k]->waitReason, "chan receive", "G%d: [chan receive]", rs[k]->id);
        CHECK(rs[k]->waitOn != 0 && rs[k]->waitOn == rs[0]->waitOn, "G%d waits on the one hchan", rs[k]->id);
    }
    CHECK(step_until_parked(&r, "main.recv", false) > 0, "close(c) wakes them");
    int n = recvs(r.sim, rs, 3), woken = 0, idle = 0;
    for (int k = 0; k < n; k++) {
        woken += !rs[k]->waitReason && !rs[k]->waitOn;
        idle += !rs[k]->waitReason && gh_sim_curg(r.sim) != rs[k];
    }
    CHECK_EQ(woken, 3, "close made all three runnable: none has a wait reason or a channel");
    const gh_G *m = g_of(r.sim, "main.main");
    int byClose = 0;
    for (int k = 0; k < n; k++)
        byClose += m && gh_sim_curg(r.sim) != rs[k] && rs[k]->wokeBy == m->id && rs[k]->wokeHow && !strcmp(rs[k]->wokeHow, "close");
    CHECK(byClose >= 2, "the receivers not run yet were woken by main's close, got %d", byClose);
    /* one step: close ran, and at most one goroutine went on after it; the others are
     * runnable, in runnext or the run queue, and have not run a statement since */
    CHECK(idle >= 2, "receivers that have not run yet have no wait either: the waker cleared it (Go's goready), got %d", idle);
    stop(&r);
}

static const char send_src[] =
    "package main\n"
    "\n"
    "func recv(c chan int, done chan bool) {\n"
    "\tk := 0\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tk += i\n"
    "\t}\n"
    "\tprintln(<-c + k)\n"
    "\tdone <- true\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int)\n"
    "\tdone := make(chan bool, 1)\n"
    "\tgo recv(c, done)\n"
    "\tc <- 7\n"
    "\t<-done\n"
    "}\n";

CASE("main parked on an unbuffered send says [chan send] and names c's hchan; the receive clears both")
{
    Run r;
    if (!CHECK(start(&r, send_src), "program loads")) return;
    CHECK(step_until_parked(&r, "main.main", true) >= 0, "main blocks in c <- 7: no receiver yet");
    const gh_G *m = g_of(r.sim, "main.main");
    if (m) {
        CHECK_STR(m->waitReason, "chan send", "Go's traceback: goroutine 1 [chan send]");
        CHECK_EQ(m->waitOn, local_word(r.sim, m, "c"), "its sudog waits on c's hchan");
    }
    CHECK(step_until_parked(&r, "main.main", false) > 0, "recv's <-c takes the value and wakes main");
    m = g_of(r.sim, "main.main");
    if (m) {
        CHECK(!m->waitReason && !m->waitOn, "woken: nothing to wait on");
        const gh_G *rg = g_of(r.sim, "main.recv");
        CHECK(!m->wokeBy || (rg && m->wokeBy == rg->id && m->wokeHow && !strcmp(m->wokeHow, "receive")),
              "if main has not run since, the receiver's receive woke it (G%d, %s)", m->wokeBy, m->wokeHow ? m->wokeHow : "-");
    }
    while (!gh_exec_done(r.ex)) gh_exec_run(r.ex, 1000);
    CHECK_EQ(gh_exec_status(r.ex), 0, "the program ends normally");
    stop(&r);
}

static const char select_src[] =
    "package main\n"
    "\n"
    "func send(c chan int) {\n"
    "\tn := 1\n"
    "\tn++\n"
    "\tc <- n\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\ta := make(chan int)\n"
    "\tb := make(chan int)\n"
    "\tgo send(b)\n"
    "\tselect {\n"
    "\tcase v := <-a:\n"
    "\t\tprintln(v)\n"
    "\tcase v := <-b:\n"
    "\t\tprintln(v)\n"
    "\t}\n"
    "}\n";

CASE("a select on two channels says [select] and names no single hchan; the winning send clears it")
{
    Run r;
    if (!CHECK(start(&r, select_src), "program loads")) return;
    CHECK(step_until_parked(&r, "main.main", true) >= 0, "main blocks in the select: neither channel is ready");
    const gh_G *m = g_of(r.sim, "main.main");
    if (m) {
        CHECK_STR(m->waitReason, "select", "Go's traceback: goroutine 1 [select]");
        CHECK_EQ(m->waitOn, 0, "one sudog per case: no one channel to name");
    }
    CHECK(step_until_parked(&r, "main.main", false) > 0, "send's b <- n wins the select");
    m = g_of(r.sim, "main.main");
    if (m) CHECK(!m->waitReason && !m->waitOn, "woken: nothing to wait on");
    stop(&r);
}

static const char wg_src[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func work(wg *sync.WaitGroup) {\n"
    "\tn := 1\n"
    "\tn++\n"
    "\twg.Done()\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(1)\n"
    "\tgo work(&wg)\n"
    "\twg.Wait()\n"
    "\tprintln(\"waited\")\n"
    "}\n";

CASE("WaitGroup.Wait parks in [semacquire] (Go 1.19's name) on no channel; Done wakes it and clears it")
{
    Run r;
    if (!CHECK(start(&r, wg_src), "program loads")) return;
    CHECK(step_until_parked(&r, "main.main", true) >= 0, "main blocks in wg.Wait: the counter is 1");
    const gh_G *m = g_of(r.sim, "main.main");
    if (m) {
        CHECK_STR(m->waitReason, "semacquire", "Go 1.19's traceback: goroutine 1 [semacquire] (1.20 says sync.WaitGroup.Wait)");
        CHECK_EQ(m->waitOn, 0, "a semaphore, not a channel");
    }
    CHECK(step_until_parked(&r, "main.main", false) > 0, "work's wg.Done brings the counter to 0");
    m = g_of(r.sim, "main.main");
    if (m) CHECK(!m->waitReason && !m->waitOn, "woken: nothing to wait on");
    stop(&r);
}

static const char nil_src[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tvar c chan int\n"
    "\t<-c\n"
    "}\n";

CASE("a receive from a nil channel parks for good in [chan receive (nil chan)]: Go's deadlock")
{
    Run r;
    if (!CHECK(start(&r, nil_src), "program loads")) return;
    CHECK(step_until_parked(&r, "main.main", true) >= 0, "main blocks in <-c");
    while (!gh_exec_done(r.ex)) gh_exec_run(r.ex, 1000);
    CHECK_EQ(gh_exec_status(r.ex), 2, "all goroutines are asleep: exit status 2");
    const gh_G *m = g_of(r.sim, "main.main");
    if (m) {
        CHECK_STR(m->waitReason, "chan receive (nil chan)", "Go's traceback: goroutine 1 [chan receive (nil chan)]");
        CHECK_EQ(m->waitOn, 0, "a nil channel has no hchan");
    }
    stop(&r);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
