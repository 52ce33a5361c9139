/* value_cache.c — the per-Lua-state caches behind value.c's hot paths (issue 18).
 *
 * Metatables: luaL_setmetatable and luaL_testudata find a metatable by name in the
 * registry (a string lookup per value); here each value kind's metatable is kept at an
 * integer registry ref, one array read.
 *
 * Heap-pointer handles: reading `v.g` used to make a new userdata every time, and the Lua
 * collector then freed it; a loop over a linked list made several per line. A handle is
 * immutable once made (address, pointee type, simulator generation, object serial), so a
 * direct-mapped table of SLOTS recent handles, indexed by a hash of the address, hands the
 * same userdata out again when all four match: the object is the same allocation as when
 * the handle was made, exactly what a new handle would record. A slot holding another
 * address is simply overwritten (the old handle lives on wherever Lua keeps it). Only heap
 * pointers are kept: a pointer into a frame carries that frame in its user value. Each slot
 * is a registry ref that anchors its handle, so the C pointer beside it stays valid.
 * Lua code sees no difference but rawequal (and table keys): two reads of one pointer may
 * now be the same Lua value, as == (address equality) always said they were equal.
 *
 * Type spellings and field names: go.new("garbage") parsed its string on every call
 * (canonical form, then a search of every desc by name), p.next searched the struct's
 * fields by strcmp. A spelling that parsed once always parses to the same desc (descs are
 * only appended; a failed go.struct removes only descs it made itself), and a struct's
 * fields never change, so both are remembered by the address of the Lua string (short
 * strings are interned: the same text is the same string). Each entry anchors its string
 * with a registry ref, so the address cannot be reused by another string while cached. */
#include <stdint.h>
#include <lauxlib.h>
#include "script/script.h"
#include "script/value_cache.h"

enum { SLOTS = 256, SLOT_BITS = 8, NAMES = 64, NAME_BITS = 6 };

/* A string-keyed entry: a spelling's desc (owner -1), or the field `key` of struct owner. */
typedef struct NameSlot {
    const char *key;
    int32_t owner, desc;
    const gh_Field *field;
    int anchor;               /* registry ref keeping key's string alive */
} NameSlot;

struct gh_ValueCache {
    int mt[GH_VK_COUNT];      /* registry refs of the metatables (LUA_NOREF: not made yet) */
    int anchor[SLOTS];        /* registry refs holding the cached handles */
    const gh_Value *slot[SLOTS];
    NameSlot names[NAMES];
};

static unsigned slot_of(gh_Addr a) { return (unsigned)((a * 0x9e3779b97f4a7c15ull) >> (64 - SLOT_BITS)); }

static NameSlot *name_slot(gh_ValueCache *c, const char *key, int32_t owner)
{
    uint64_t h = ((uint64_t)(uintptr_t)key ^ (uint64_t)(uint32_t)owner * 0x51ed27ull) * 0x9e3779b97f4a7c15ull;
    return &c->names[h >> (64 - NAME_BITS)];
}

/* Remember key (the Lua string at idx) under owner. */
static NameSlot *name_put(lua_State *L, int idx, const char *key, int32_t owner)
{
    gh_ValueCache *c = gh_script_of(L)->vcache;
    NameSlot *e = name_slot(c, key, owner);
    lua_pushvalue(L, idx);
    lua_rawseti(L, LUA_REGISTRYINDEX, e->anchor);
    e->key = key;
    e->owner = owner;
    return e;
}

void gh_value_cache_open(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    gh_ValueCache *c = lua_newuserdatauv(L, sizeof *c, 0);
    luaL_ref(L, LUA_REGISTRYINDEX); /* anchored for the life of the state */
    for (int k = 0; k < GH_VK_COUNT; k++) c->mt[k] = LUA_NOREF;
    for (int i = 0; i < NAMES; i++) {
        lua_pushboolean(L, 0);
        c->names[i] = (NameSlot){.key = NULL, .owner = -1, .desc = -1, .field = NULL,
                                 .anchor = luaL_ref(L, LUA_REGISTRYINDEX)};
    }
    for (int i = 0; i < SLOTS; i++) {
        lua_pushboolean(L, 0);
        c->anchor[i] = luaL_ref(L, LUA_REGISTRYINDEX);
        c->slot[i] = NULL;
    }
    S->vcache = c;
}

void gh_value_cache_metatable(lua_State *L, gh_ValueKind k)
{
    gh_ValueCache *c = gh_script_of(L)->vcache;
    if (k >= GH_VK_COUNT) return;
    lua_pushvalue(L, -1);
    c->mt[k] = luaL_ref(L, LUA_REGISTRYINDEX);
}

void gh_value_cache_setmetatable(lua_State *L, gh_ValueKind k)
{
    gh_ValueCache *c = gh_script_of(L)->vcache;
    if (c->mt[k] == LUA_NOREF) { /* a kind whose module is not open yet: by name, as before */
        luaL_setmetatable(L, gh_value_kind_name(k));
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->mt[k]);
    lua_setmetatable(L, -2);
}

bool gh_value_cache_push_ptr(lua_State *L, gh_Addr addr, int32_t desc, uint32_t serial)
{
    gh_Script *S = gh_script_of(L);
    unsigned i = slot_of(addr);
    const gh_Value *v = S->vcache->slot[i];
    if (!v || v->addr != addr || v->desc != desc || v->serial != serial || v->gen != S->gen) return false;
    lua_rawgeti(L, LUA_REGISTRYINDEX, S->vcache->anchor[i]);
    return true;
}

void gh_value_cache_keep(lua_State *L)
{
    gh_ValueCache *c = gh_script_of(L)->vcache;
    const gh_Value *v = lua_touserdata(L, -1);
    unsigned i = slot_of(v->addr);
    lua_pushvalue(L, -1);
    lua_rawseti(L, LUA_REGISTRYINDEX, c->anchor[i]);
    c->slot[i] = v;
}

int32_t gh_value_cache_tdesc(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TSTRING) return -1;
    const char *key = lua_tostring(L, idx);
    const NameSlot *e = name_slot(gh_script_of(L)->vcache, key, -1);
    return e->key == key && e->owner == -1 ? e->desc : -1;
}

void gh_value_cache_tdesc_put(lua_State *L, int idx, int32_t desc)
{
    if (lua_type(L, idx) != LUA_TSTRING) return;
    name_put(L, lua_absindex(L, idx), lua_tostring(L, idx), -1)->desc = desc;
}

const gh_Field *gh_value_cache_field(lua_State *L, int idx, int32_t owner)
{
    if (lua_type(L, idx) != LUA_TSTRING) return NULL;
    const char *key = lua_tostring(L, idx);
    const NameSlot *e = name_slot(gh_script_of(L)->vcache, key, owner);
    return e->key == key && e->owner == owner ? e->field : NULL;
}

void gh_value_cache_field_put(lua_State *L, int idx, int32_t owner, const gh_Field *f)
{
    if (lua_type(L, idx) != LUA_TSTRING) return;
    name_put(L, lua_absindex(L, idx), lua_tostring(L, idx), owner)->field = f;
}
