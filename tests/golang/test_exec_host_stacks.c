/* test_exec_host_stacks.c — a goroutine's host stack (src/run/fiber.c) is a reservation
 * committed page by page as the tree-walker's frames touch it, so a live goroutine costs
 * the host only the pages it used, in every build. Found by fuzz_exec: in the sanitizer
 * builds each new stack's whole shadow (256 MiB / 8 = 32 MiB) was cleared, i.e. committed,
 * so a program starting 200 goroutines took over 6 GiB of host memory. */
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "golang/exec.h"

/* Resident bytes of this process now (/proc/self/statm, second field, in pages). */
static long long resident_bytes(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long long size = 0, res = 0;
    if (f) {
        if (fscanf(f, "%lld %lld", &size, &res) != 2) res = 0;
        fclose(f);
    }
    return res * sysconf(_SC_PAGESIZE);
}

static const char waiters_src[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func wait(wg *sync.WaitGroup) { wg.Wait() }\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(1)\n"
    "\tfor i := 0; i < 200; i++ {\n"
    "\t\tgo wait(&wg)\n"
    "\t}\n"
    "\twg.Wait()\n" /* line 13: every goroutine is blocked: Go's deadlock */
    "}\n";

CASE("200 blocked goroutines cost the host a few MiB, not their reserved stacks")
{
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    FILE *null = fopen("/dev/null", "w");
    long long before = resident_bytes();
    gh_Exec *ex = gh_exec_load("w.go", waiters_src, sizeof waiters_src - 1, sim, null, null);
    if (!CHECK(ex != NULL, "program loads")) return;
    while (!gh_exec_done(ex)) gh_exec_run(ex, 100000);
    long long grown = resident_bytes() - before; /* the 201 stacks are still mapped */
    CHECK_EQ(gh_exec_status(ex), 2, "all goroutines asleep: Go's deadlock, exit status 2");
    CHECK(gh_exec_error(ex) && strstr(gh_exec_error(ex), "all goroutines are asleep - deadlock!"),
          "the deadlock message, got %s", gh_exec_error(ex) ? gh_exec_error(ex) : "(none)");
    /* each goroutine touched a few host pages (and their shadow under ASan): well under
     * 128 MiB for all; clearing each whole reservation's shadow was 6.4 GiB */
    CHECK(grown < (128LL << 20), "resident memory grew by %lld MiB for 200 goroutines", grown >> 20);
    gh_exec_free(ex);
    gh_sim_free(sim);
    fclose(null);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
