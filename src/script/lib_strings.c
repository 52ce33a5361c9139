/* lib_strings.c — the Lua module `strings`: strings.Builder. A Builder lives in simulated
 * memory: declare it as a variable (go.vars("b strings.Builder"), on the stack like
 * `var b strings.Builder`) or call strings.Builder() for a heap one (`new(strings.Builder)`).
 * Methods keep Go's names: WriteString, WriteByte, Grow, Len, Cap, String, Reset. */
#include "runtime/gostd.h"
#include "runtime/malloc.h"
#include "script/script.h"
#include "script/value.h"

static gh_Addr self(lua_State *L) { return gh_value_check(L, 1, GH_MT_BUILDER)->addr; }

static gh_Slice buf(lua_State *L)
{
    gh_Slice b;
    if (!gh_builder_buf(gh_script_of(L)->sim, self(L), &b)) gh_op_raise(L);
    return b;
}

static int m_WriteString(lua_State *L)
{
    gh_Addr b = self(L);
    gh_Sim *sim = gh_op_begin(L);
    gh_String s = gh_value_to_string(L, 2);
    if (!gh_builder_write_string(sim, b, s)) gh_op_raise(L);
    lua_pushinteger(L, s.len);
    lua_pushnil(L);
    return gh_op_end(L, 2);
}

static int m_WriteByte(lua_State *L)
{
    gh_Addr b = self(L);
    lua_Integer c = lua_type(L, 2) == LUA_TSTRING ? (unsigned char)lua_tostring(L, 2)[0] : luaL_checkinteger(L, 2);
    luaL_argcheck(L, c >= 0 && c <= 255, 2, "not a byte");
    if (!gh_builder_write_byte(gh_op_begin(L), b, (uint8_t)c)) gh_op_raise(L);
    lua_pushnil(L);
    return gh_op_end(L, 1);
}

static int m_Grow(lua_State *L)
{
    gh_Addr b = self(L);
    lua_Integer n = luaL_checkinteger(L, 2);
    if (!gh_builder_grow(gh_op_begin(L), b, n)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int m_Len(lua_State *L)
{
    lua_pushinteger(L, buf(L).len);
    return 1;
}

static int m_Cap(lua_State *L)
{
    lua_pushinteger(L, buf(L).cap);
    return 1;
}

static int m_String(lua_State *L)
{
    gh_String s;
    if (!gh_builder_string(gh_script_of(L)->sim, self(L), &s)) gh_op_raise(L);
    gh_value_push_string(L, s);
    return 1;
}

static int m_Reset(lua_State *L)
{
    gh_Addr b = self(L);
    if (!gh_builder_reset(gh_op_begin(L), b)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int m_tostring(lua_State *L)
{
    gh_Slice b = buf(L);
    lua_pushfstring(L, "strings.Builder{len=%I, cap=%I}", (lua_Integer)b.len, (lua_Integer)b.cap);
    return 1;
}

/* strings.Builder(): a Builder allocated in the heap. */
static int f_Builder(lua_State *L)
{
    int32_t d = gh_value_tdesc_of(L, "strings.Builder");
    gh_Addr a = gh_newobject(gh_op_begin(L), GH_TYPE_BUILDER);
    if (!a) gh_op_raise(L);
    gh_value_push_ptr(L, a, d);
    return gh_op_end(L, 1);
}

int gh_open_strings(lua_State *L)
{
    static const luaL_Reg methods[] = {{"WriteString", m_WriteString}, {"WriteByte", m_WriteByte}, {"Grow", m_Grow},
                                       {"Len", m_Len}, {"Cap", m_Cap}, {"String", m_String}, {"Reset", m_Reset},
                                       {NULL, NULL}};
    gh_value_methods(L, GH_MT_BUILDER, methods, m_tostring);
    static const luaL_Reg fns[] = {{"Builder", f_Builder}, {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
