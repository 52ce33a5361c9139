/* memstats_table.c — MemStats fields to Lua, driven by the runtime's field table so new
 * fields appear without touching this file. */
#include <string.h>
#include <lauxlib.h>
#include "script/memstats_table.h"

static double value(const gh_MemStats *m, const gh_MemStatsField *f)
{
    const char *p = (const char *)m + f->offset;
    if (f->kind == 'u') return (double)*(const uint64_t *)p;
    if (f->kind == 'w') return (double)*(const uint32_t *)p;
    return *(const double *)p;
}

double gh_memstats_field(const gh_MemStats *m, const char *name)
{
    for (const gh_MemStatsField *f = gh_memstats_fields; f->name; f++)
        if (!strcmp(f->name, name)) return value(m, f);
    return 0;
}

void gh_memstats_to_table(lua_State *L, const gh_MemStats *m, int t)
{
    for (const gh_MemStatsField *f = gh_memstats_fields; f->name; f++) {
        const char *p = (const char *)m + f->offset;
        if (f->kind == 'u') lua_pushinteger(L, (lua_Integer)*(const uint64_t *)p);
        else if (f->kind == 'w') lua_pushinteger(L, (lua_Integer)*(const uint32_t *)p);
        else lua_pushnumber(L, *(const double *)p);
        lua_setfield(L, t, f->name);
    }
    lua_pushboolean(L, m->EnableGC);
    lua_setfield(L, t, "EnableGC");
    lua_createtable(L, 61, 0);
    for (int i = 0; i < 61; i++) {
        lua_createtable(L, 0, 3);
        lua_pushinteger(L, m->BySize[i].Size);
        lua_setfield(L, -2, "Size");
        lua_pushinteger(L, (lua_Integer)m->BySize[i].Mallocs);
        lua_setfield(L, -2, "Mallocs");
        lua_pushinteger(L, (lua_Integer)m->BySize[i].Frees);
        lua_setfield(L, -2, "Frees");
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, t, "BySize");
}
