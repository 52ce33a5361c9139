/* lib_sync.c — the Lua module `sync`: sync.Pool{New = function() ... end} with Get and Put.
 * The runtime pool holds bare addresses, as Go's holds interface values; putting a slice
 * or a string boxes it first (an interface conversion allocates a 24/16-byte header — the
 * reason Go code pools *[]byte, not []byte). What each address was is remembered in the
 * pool's Lua side table so Get returns the same kind of value. */
#include "runtime/runtime.h"
#include "script/script.h"
#include "script/value.h"

enum { BOX_PTR = 1, BOX_SLICE = 2, BOX_STRING = 3 };

static gh_Value *self(lua_State *L) { return gh_value_check(L, 1, GH_MT_POOL); }

/* kinds[addr] = {box kind, desc} in the pool's user value. */
static void remember(lua_State *L, gh_Addr a, int kind, int32_t desc)
{
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "kinds");
    lua_createtable(L, 2, 0);
    lua_pushinteger(L, kind);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, desc);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, (lua_Integer)a);
    lua_pop(L, 2);
}

static void unbox(lua_State *L, gh_Addr x)
{
    gh_Sim *sim = gh_script_of(L)->sim;
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "kinds");
    lua_rawgeti(L, -1, (lua_Integer)x);
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    int kind = (int)lua_tointeger(L, -2);
    int32_t desc = (int32_t)lua_tointeger(L, -1);
    lua_pop(L, 5);
    uint64_t w[3] = {0};
    if (kind == BOX_SLICE) {
        if (!gh_load(sim, x, w, 24)) gh_op_raise(L);
        gh_value_push_slice(L, (gh_Slice){w[0], (int64_t)w[1], (int64_t)w[2]}, desc);
    } else if (kind == BOX_STRING) {
        if (!gh_load(sim, x, w, 16)) gh_op_raise(L);
        gh_value_push_string(L, (gh_String){w[0], (int64_t)w[1]});
    } else {
        gh_value_push_ptr(L, x, desc);
    }
}

static int m_Get(lua_State *L)
{
    gh_Value *p = self(L);
    gh_Sim *sim = gh_op_begin(L);
    uint64_t x;
    const char *from;
    if (!gh_pool_get(sim, (int32_t)p->len, &x, &from)) gh_op_raise(L);
    if (x) {
        unbox(L, x);
        lua_pushstring(L, from);
        return gh_op_end(L, 2);
    }
    lua_getiuservalue(L, 1, 1);
    if (lua_getfield(L, -1, "New") == LUA_TNIL) {
        lua_pushnil(L);
    } else {
        gh_pool_note_new(sim, (int32_t)p->len);
        lua_call(L, 0, 1);
    }
    lua_pushliteral(L, "New");
    return gh_op_end(L, 2);
}

/* The interface conversion Put's argument goes through (Go's convTslice/convTstring). */
static gh_Addr box(lua_State *L, gh_Sim *sim, int32_t rtype, const void *words)
{
    gh_Addr b = rtype == GH_TYPE_STRING_HDR ? gh_convTstring(sim, *(const gh_String *)words)
                                             : gh_convT(sim, rtype, words);
    if (!b) gh_op_raise(L);
    return b;
}

static int m_Put(lua_State *L)
{
    gh_Value *p = self(L);
    gh_Sim *sim = gh_op_begin(L);
    gh_Addr x = 0;
    gh_Value *v;
    if (lua_isnil(L, 2)) {
        return gh_op_end(L, 0); /* Put(nil) is ignored */
    } else if ((v = gh_value_test(L, 2, GH_MT_SLICE))) {
        uint64_t w[3] = {v->addr, (uint64_t)v->len, (uint64_t)v->cap};
        x = box(L, sim, GH_TYPE_SLICE_HDR, w);
        remember(L, x, BOX_SLICE, v->desc);
    } else if ((v = gh_value_test(L, 2, GH_MT_STRING))) {
        gh_String w = {v->addr, v->len};
        x = box(L, sim, GH_TYPE_STRING_HDR, &w);
        remember(L, x, BOX_STRING, -1);
    } else {
        x = gh_value_addr(L, 2);
        remember(L, x, BOX_PTR, ((gh_Value *)lua_touserdata(L, 2))->desc);
    }
    if (!gh_pool_put(sim, (int32_t)p->len, x)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int m_tostring(lua_State *L)
{
    gh_Value *p = self(L);
    gh_PoolInfo pool = gh_sim_pool(gh_script_of(L)->sim, (int32_t)p->len);
    lua_pushfstring(L, "sync.Pool{gets=%I, puts=%I, news=%I}", (lua_Integer)pool.gets, (lua_Integer)pool.puts,
                    (lua_Integer)pool.news);
    return 1;
}

/* sync.Pool{New = fn}: a new pool. */
static int f_Pool(lua_State *L)
{
    if (!lua_isnoneornil(L, 1)) luaL_checktype(L, 1, LUA_TTABLE);
    gh_Sim *sim = gh_op_begin(L);
    int32_t id = gh_pool_new(sim);
    if (id < 0) gh_op_raise(L);
    gh_Value *v = lua_newuserdatauv(L, sizeof *v, 1);
    *v = (gh_Value){.tag = GH_VALUE_TAG + GH_VK_POOL, .gen = gh_script_of(L)->gen, .serial = GH_SERIAL_NOT_HEAP, .desc = -1, .addr = 0, .len = id, .cap = 0};
    luaL_setmetatable(L, GH_MT_POOL);
    lua_createtable(L, 0, 2);
    if (lua_istable(L, 1)) {
        lua_getfield(L, 1, "New");
        if (!lua_isnil(L, -1)) luaL_checktype(L, -1, LUA_TFUNCTION);
        lua_setfield(L, -2, "New");
    }
    lua_newtable(L);
    lua_setfield(L, -2, "kinds");
    lua_setiuservalue(L, -2, 1);
    return gh_op_end(L, 1);
}

int gh_open_sync(lua_State *L)
{
    static const luaL_Reg methods[] = {{"Get", m_Get}, {"Put", m_Put}, {NULL, NULL}};
    gh_value_methods(L, GH_MT_POOL, methods, m_tostring);
    static const luaL_Reg fns[] = {{"Pool", f_Pool}, {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
