/* value_cache.h — what keeps handing Go values to Lua cheap (issue 18): the value
 * metatables by kind (registry integer refs, not lookups by name), the handles of heap
 * pointers read recently (reused instead of a new userdata per read), and type spellings
 * already parsed. Nothing here changes what a scene computes: a reused handle is one that
 * an equal new handle would be (same address, type, simulator and object serial). */
#ifndef GH_VALUE_CACHE_H
#define GH_VALUE_CACHE_H
#include <stdbool.h>
#include <lua.h>
#include "script/value.h"

typedef struct gh_ValueCache gh_ValueCache;

/* Make the cache of this Lua state (before any metatable is registered). */
void gh_value_cache_open(lua_State *L);
/* The table on top of the stack is the metatable of kind k: remember it (stack unchanged). */
void gh_value_cache_metatable(lua_State *L, gh_ValueKind k);
/* Set the metatable of kind k on the userdata on top of the stack. */
void gh_value_cache_setmetatable(lua_State *L, gh_ValueKind k);
/* Push the handle of the heap pointer (addr, desc) made for object serial `serial` if one is
 * cached; false (nothing pushed) if not. */
bool gh_value_cache_push_ptr(lua_State *L, gh_Addr addr, int32_t desc, uint32_t serial);
/* Remember the heap-pointer handle on top of the stack (evicting the one in its slot). */
void gh_value_cache_keep(lua_State *L);
/* The desc of the type spelling at idx if it was parsed before, else -1. */
int32_t gh_value_cache_tdesc(lua_State *L, int idx);
/* Remember that the spelling (a Lua string) at idx parses to desc. */
void gh_value_cache_tdesc_put(lua_State *L, int idx, int32_t desc);
/* The field named by the string at idx of struct desc owner if looked up before, else NULL. */
const gh_Field *gh_value_cache_field(lua_State *L, int idx, int32_t owner);
/* Remember that field f is the field named by the Lua string at idx of struct owner. */
void gh_value_cache_field_put(lua_State *L, int idx, int32_t owner, const gh_Field *f);

#endif
