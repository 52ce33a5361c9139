/* budget.c — charging the host-memory budget (see budget.h): the one place that turns a
 * charge past the limit into Go's "fatal error: out of memory".
 * Worked example: --max-memory 64M, a program appending to a []byte forever: each growslice
 * asks mheap for a bigger block, mheap grows by whole 4 MiB steps and charges each step's
 * bytes plus its pointer bits (1/64); the step that would pass 64 MiB fails, so the append
 * reports out of memory at its line, and the host never held more than 64 MiB for it. */
#include <stdio.h>
#include "runtime/sim.h"

static void size_text(uint64_t n, char *buf, size_t len)
{
    if (n % ((uint64_t)1 << 30) == 0) snprintf(buf, len, "%lluG", (unsigned long long)(n >> 30));
    else if (n % ((uint64_t)1 << 20) == 0) snprintf(buf, len, "%lluM", (unsigned long long)(n >> 20));
    else snprintf(buf, len, "%llu bytes", (unsigned long long)n);
}

bool gh_sim_charge(gh_Sim *sim, uint64_t bytes, const char *what)
{
    if (gh_budget_take(&sim->budget, bytes)) return true;
    char lim[32];
    size_text(sim->budget.limit, lim, sizeof lim);
    gh_sim_fail(sim, GH_ERR_OUT_OF_MEMORY,
                "fatal error: out of memory (%s: the host-memory budget of %s is spent; --max-memory SIZE allows more)",
                what, lim);
    return false;
}

void gh_sim_uncharge(gh_Sim *sim, uint64_t bytes) { gh_budget_give(&sim->budget, bytes); }

gh_HostMemory gh_sim_host_memory(const gh_Sim *sim)
{
    return (gh_HostMemory){.limit = sim->budget.limit, .used = sim->budget.used, .peak = sim->budget.peak};
}
