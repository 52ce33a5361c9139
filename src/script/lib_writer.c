/* lib_writer.c — WriteString, WriteByte, Grow, Reset and the heap constructor for
 * strings.Builder and bytes.Buffer (writer.h). Each is one closure whose upvalue is the type's gh_WriterOps,
 * so the binding is written once and the growth rules stay in the runtime (gostd.c). */
#include "runtime/malloc.h"
#include "script/script.h"
#include "script/value.h"
#include "script/writer.h"

static const gh_WriterOps *ops(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(1)); }

static gh_Addr self(lua_State *L) { return gh_value_check(L, 1, ops(L)->mt)->addr; }

static int m_WriteString(lua_State *L)
{
    gh_Addr b = self(L);
    gh_Sim *sim = gh_op_begin(L);
    gh_Value *sl = ops(L)->slices ? gh_value_test(L, 2, GH_MT_SLICE) : NULL;
    gh_String s = sl ? (gh_String){sl->addr, sl->len} : gh_value_to_string(L, 2);
    if (!ops(L)->write_string(sim, b, s)) gh_op_raise(L);
    lua_pushinteger(L, s.len);
    lua_pushnil(L);
    return gh_op_end(L, 2);
}

static int m_WriteByte(lua_State *L)
{
    gh_Addr b = self(L);
    lua_Integer c = lua_type(L, 2) == LUA_TSTRING ? (unsigned char)lua_tostring(L, 2)[0] : luaL_checkinteger(L, 2);
    luaL_argcheck(L, c >= 0 && c <= 255, 2, "not a byte");
    if (!ops(L)->write_byte(gh_op_begin(L), b, (uint8_t)c)) gh_op_raise(L);
    lua_pushnil(L);
    return gh_op_end(L, 1);
}

static int m_Grow(lua_State *L)
{
    gh_Addr b = self(L);
    lua_Integer n = luaL_checkinteger(L, 2);
    if (!ops(L)->grow(gh_op_begin(L), b, n)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int m_Reset(lua_State *L)
{
    gh_Addr b = self(L);
    if (!ops(L)->reset(gh_op_begin(L), b)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

/* T(): new(T) in the heap. */
static int f_new(lua_State *L)
{
    int32_t d = gh_value_tdesc_of(L, ops(L)->name);
    gh_Addr a = gh_newobject(gh_op_begin(L), ops(L)->type);
    if (!a) gh_op_raise(L);
    gh_value_push_ptr(L, a, d);
    return gh_op_end(L, 1);
}

int gh_writer_open(lua_State *L, const gh_WriterOps *o, const char *ctor, const luaL_Reg *methods,
                   lua_CFunction tostring)
{
    static const luaL_Reg shared[] = {{"WriteString", m_WriteString}, {"WriteByte", m_WriteByte},
                                      {"Grow", m_Grow}, {"Reset", m_Reset}, {NULL, NULL}};
    gh_value_methods(L, o->mt, methods, tostring);
    luaL_getmetatable(L, o->mt);
    lua_getfield(L, -1, "__index");
    lua_pushlightuserdata(L, (void *)o);
    luaL_setfuncs(L, shared, 1);
    if (o->slices) {
        lua_pushlightuserdata(L, (void *)o);
        lua_pushcclosure(L, m_WriteString, 1);
        lua_setfield(L, -2, "Write");
    }
    lua_pop(L, 2);
    lua_newtable(L);
    lua_pushlightuserdata(L, (void *)o);
    lua_pushcclosure(L, f_new, 1);
    lua_setfield(L, -2, ctor);
    return 1;
}
