/* budget.h — the host-memory budget: one count of the host bytes a scene or Go program has
 * made the simulator allocate, against one limit (gh_Config.hostBudget, `--max-memory`).
 *
 * The simulated memory is real host memory, so everything that grows with what a program
 * does is charged here before it is allocated: heap pages when mheap grows (with their
 * pointer bits), span metadata (allocBits, gcmarkBits, the per-slot type/site/serial
 * tables), span structs, goroutine records and their frame/slot tables, sync.Pools and their
 * shared chains, type pointer masks, the collector's grey queue, and what the layers above
 * charge through gh_sim_charge (the interpreter's goroutine host stacks). Goroutine stacks
 * are heap pages (manual spans), so they are charged as heap. Fixed costs that do not grow
 * (the page map, the data segment, the Lua state's own 16 MiB cap) are outside it.
 * Past the limit the operation fails with Go's "fatal error: out of memory", naming what
 * asked, and nothing is allocated. */
#ifndef GH_BUDGET_H
#define GH_BUDGET_H
#include <stdbool.h>
#include <stdint.h>

typedef struct gh_Budget {
    uint64_t limit;  /* bytes the simulator may charge in all */
    uint64_t used;   /* bytes charged now */
    uint64_t peak;   /* most ever charged at once */
} gh_Budget;

/* Take n bytes if they fit; false (nothing taken) otherwise. */
static inline bool gh_budget_take(gh_Budget *b, uint64_t n)
{
    if (n > b->limit - b->used) return false;
    b->used += n;
    if (b->used > b->peak) b->peak = b->used;
    return true;
}
/* Give back n bytes charged before. */
static inline void gh_budget_give(gh_Budget *b, uint64_t n) { b->used -= n < b->used ? n : b->used; }
/* Bytes a table growing from cap to ncap elements of size es adds. */
static inline uint64_t gh_budget_growth(uint64_t cap, uint64_t ncap, uint64_t es) { return ncap > cap ? (ncap - cap) * es : 0; }

#endif
