/* memstats_table.h — a gh_MemStats as a Lua table with Go's field names (used by
 * runtime.ReadMemStats, lesson.stats and lesson.measure). */
#ifndef GH_MEMSTATS_TABLE_H
#define GH_MEMSTATS_TABLE_H
#include <lua.h>
#include "runtime/runtime.h"

/* Fill the table at index t with every MemStats field (BySize as an array of tables). */
void gh_memstats_to_table(lua_State *L, const gh_MemStats *m, int t);
/* One field by Go name as a number (0 if unknown). */
double gh_memstats_field(const gh_MemStats *m, const char *name);

#endif
