/* lib_strings.c — the Lua module `strings`: strings.Builder. A Builder lives in simulated
 * memory: declare it as a variable (go.vars("b strings.Builder"), on the stack like
 * `var b strings.Builder`) or call strings.Builder() for a heap one (`new(strings.Builder)`).
 * Methods keep Go's names: WriteString, WriteByte, Grow, Reset (lib_writer.c, shared with
 * bytes.Buffer), Len, Cap, String. */
#include "runtime/gostd.h"
#include "script/script.h"
#include "script/value.h"
#include "script/writer.h"

static gh_Addr self(lua_State *L) { return gh_value_check(L, 1, GH_MT_BUILDER)->addr; }

static gh_Slice buf(lua_State *L)
{
    gh_Slice b;
    if (!gh_builder_buf(gh_script_of(L)->sim, self(L), &b)) gh_op_raise(L);
    return b;
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

static int m_tostring(lua_State *L)
{
    gh_Slice b = buf(L);
    lua_pushfstring(L, "strings.Builder{len=%I, cap=%I}", (lua_Integer)b.len, (lua_Integer)b.cap);
    return 1;
}

int gh_open_strings(lua_State *L)
{
    static const luaL_Reg methods[] = {{"Len", m_Len}, {"Cap", m_Cap}, {"String", m_String}, {NULL, NULL}};
    static const gh_WriterOps writer = {"strings.Builder", GH_TYPE_BUILDER, GH_MT_BUILDER, false, gh_builder_write_string,
                                        gh_builder_write_byte, gh_builder_grow, gh_builder_reset};
    return gh_writer_open(L, &writer, "Builder", methods, m_tostring);
}
