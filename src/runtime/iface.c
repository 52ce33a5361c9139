/* iface.c — interface boxing as Go 1.19's convT64/convTstring/convT: small integers and
 * empty strings need no allocation (static data); everything else is copied to the heap,
 * which is why `fmt.Println(z)` reports "z escapes to heap". */
#include <string.h>
#include "runtime/access.h"
#include "runtime/runtime.h"
#include "runtime/sim.h"

gh_Addr gh_convT64(gh_Sim *sim, uint64_t v)
{
    if (v < 256) return gh_staticuint64((uint8_t)v);
    gh_Addr x = gh_mallocgc(sim, 8, GH_TYPE_INT64, false);
    if (x && !gh_store(sim, x, &v, 8)) return 0;
    return x;
}

gh_Addr gh_convTstring(gh_Sim *sim, gh_String s)
{
    if (s.len == 0) return GH_ZEROBASE;
    gh_Addr x = gh_mallocgc(sim, 16, GH_TYPE_STRING_HDR, false);
    uint64_t len = (uint64_t)s.len;
    if (x && !(gh_store_ptr(sim, x, s.ptr) && gh_store(sim, x + 8, &len, 8))) return 0;
    return x;
}

gh_Addr gh_convT(gh_Sim *sim, int32_t type, const void *value)
{
    const gh_Type *ty = gh_type_get(&sim->types, type);
    if (!ty) return gh_sim_fail(sim, GH_ERR_BAD_ARGUMENT, "runtime: convT of unknown type %d", (int)type);
    gh_Addr x = gh_mallocgc(sim, ty->size, type, true);
    if (x && ty->size && value && !gh_store(sim, x, value, ty->size)) return 0;
    return x;
}

int32_t gh_NumGoroutine(const gh_Sim *sim)
{
    int32_t n = 0;
    /* Go leaves system goroutines out; the finalizer goroutine is one of them. */
    for (int32_t i = 0; i < sim->stacks.ngs; i++)
        n += sim->stacks.gs[i].status != GH_G_DEAD && sim->stacks.gs[i].id != sim->gc.fing;
    return n;
}
