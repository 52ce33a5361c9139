/* sim.c — creating, configuring and destroying a simulator. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/sim.h"

gh_Config gh_config_default(void)
{
    gh_Config c = {.gomaxprocs = 4, .ncpu = GH_REFERENCE_NCPU, .memoryLimit = (uint64_t)4 << 30, .gcPercent = 100, .checkmark = false,
                   .hostBudget = GH_HOST_BUDGET_DEFAULT};
    return c;
}

gh_Sim *gh_sim_new(const gh_Config *cfg)
{
    gh_sizeclasses_init();
    gh_Sim *sim = calloc(1, sizeof *sim);
    if (!sim) return NULL;
    sim->cfg = cfg ? *cfg : gh_config_default();
    if (sim->cfg.gomaxprocs < 1) sim->cfg.gomaxprocs = 1;
    if (sim->cfg.gomaxprocs > GH_MAX_PROCS) sim->cfg.gomaxprocs = GH_MAX_PROCS;
    if (sim->cfg.ncpu < 1) sim->cfg.ncpu = GH_REFERENCE_NCPU;
    if (sim->cfg.memoryLimit < GH_ARENA_BYTES) sim->cfg.memoryLimit = GH_ARENA_BYTES;
    if (sim->cfg.hostBudget == 0) sim->cfg.hostBudget = GH_HOST_BUDGET_DEFAULT;
    sim->budget.limit = sim->cfg.hostBudget;
    sim->nprocs = sim->cfg.gomaxprocs;
    sim->site = -1;
    sim->autoBackground = true;
    for (int32_t p = 0; p < GH_MAX_PROCS; p++) {
        sim->allp[p].id = p;
        gh_mcache_init(&sim->allp[p].mcache);
    }
    if (!gh_memory_init(&sim->mem, sim->cfg.memoryLimit) || !gh_mheap_init(sim) || !gh_stacks_init(sim)) {
        gh_sim_free(sim);
        return NULL;
    }
    gh_types_init(&sim->types);
    sim->gc.globalsScan = sim->stacks.dataUsed + GH_PROGRAM_GLOBALS;
    sim->gc.workSpan = -1;
    gh_gc_pacer_init(sim, sim->cfg.gcPercent);
    return sim;
}

void gh_sim_free(gh_Sim *sim)
{
    if (!sim) return;
    gh_stacks_free(sim);
    gh_mheap_free(sim);
    gh_memory_free(&sim->mem);
    gh_types_free(&sim->types);
    gh_pools_free(sim);
    free(sim->gc.grey);
    free(sim->gc.specials);
    free(sim->gc.finq);
    free(sim->gc.history);
    gh_reach_free(sim);
    free(sim);
}

void gh_sim_listen(gh_Sim *sim, gh_EventFn fn, void *ud)
{
    sim->listener = fn;
    sim->listener_ud = ud;
}

uint64_t gh_sim_fail(gh_Sim *sim, gh_Err err, const char *fmt, ...)
{
    if (sim->err == GH_OK) { /* keep the first error: it is the cause */
        sim->err = err;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(sim->errmsg, sizeof sim->errmsg, fmt, ap);
        va_end(ap);
    }
    return 0;
}

void gh_sim_clear_error(gh_Sim *sim)
{
    sim->err = GH_OK;
    sim->errmsg[0] = 0;
}

int32_t gh_sim_gomaxprocs(gh_Sim *sim, int32_t n)
{
    int32_t old = sim->nprocs;
    if (n < 1) return old;
    if (n > GH_MAX_PROCS) n = GH_MAX_PROCS;
    /* Go stops the world and flushes the mcaches of Ps that go away. */
    for (int32_t p = n; p < old; p++) gh_mcache_release_all(sim, p);
    sim->nprocs = n;
    if (sim->curp >= n) sim->curp = 0;
    for (int32_t i = 0; i < sim->stacks.ngs; i++) sim->stacks.gs[i].p %= n;
    return old;
}

void gh_sim_set_site(gh_Sim *sim, int32_t site) { sim->site = site; }

void gh_sim_set_running(gh_Sim *sim, gh_Running r)
{
    if (r.g >= -1 && r.g < sim->stacks.ngs) sim->stacks.cur = r.g;
    if (r.p >= 0 && r.p < sim->nprocs) sim->curp = r.p;
}

/* The type's mask and the table's growth are charged to the host-memory budget first;
 * what the table did not keep (no mask for an all-zero one) is given back. */
int32_t gh_type_register(gh_Sim *sim, const char *name, uint64_t size, const uint8_t *ptrmask)
{
    gh_TypeTable *t = &sim->types;
    uint64_t grow = t->n == t->cap ? sizeof(gh_Type) * (uint64_t)(t->cap ? t->cap : 32) : 0;
    uint64_t mask = ptrmask ? gh_type_mask_bytes(size) : 0, before = t->maskBytes;
    int32_t cap = t->cap;
    if (!gh_sim_charge(sim, grow + mask, "type pointer masks")) return -1;
    int32_t id = gh_types_add(t, name, size, ptrmask);
    if (id < 0) {
        gh_sim_uncharge(sim, (t->cap == cap ? grow : 0) + mask);
        return -1;
    }
    gh_sim_uncharge(sim, mask - (t->maskBytes - before));
    return id;
}
