/* lib_bytes.c — the Lua module `bytes`: bytes.Buffer with Go's growth rules (a first
 * small write gets 64 bytes; then slide the unread bytes down or double plus n). Declare
 * one as a variable (go.vars("buf bytes.Buffer")) or call bytes.Buffer() for a heap one.
 * Methods: Write, WriteString, WriteByte, Grow, Reset (lib_writer.c, shared with
 * strings.Builder), Len, Cap, String. */
#include "runtime/gostd.h"
#include "script/script.h"
#include "script/value.h"
#include "script/writer.h"

static gh_Addr self(lua_State *L) { return gh_value_check(L, 1, GH_MT_BUFFER)->addr; }

static void state(lua_State *L, gh_Slice *b, int64_t *off)
{
    if (!gh_buffer_state(gh_script_of(L)->sim, self(L), b, off)) gh_op_raise(L);
}

static int m_Len(lua_State *L)
{
    gh_Slice b;
    int64_t off;
    state(L, &b, &off);
    lua_pushinteger(L, b.len - off);
    return 1;
}

static int m_Cap(lua_State *L)
{
    gh_Slice b;
    int64_t off;
    state(L, &b, &off);
    lua_pushinteger(L, b.cap);
    return 1;
}

static int m_String(lua_State *L)
{
    gh_Addr b = self(L);
    gh_String s;
    if (!gh_buffer_string(gh_op_begin(L), b, &s)) gh_op_raise(L);
    gh_value_push_string(L, s);
    return gh_op_end(L, 1);
}

static int m_tostring(lua_State *L)
{
    gh_Slice b;
    int64_t off;
    state(L, &b, &off);
    lua_pushfstring(L, "bytes.Buffer{len=%I, cap=%I}", (lua_Integer)(b.len - off), (lua_Integer)b.cap);
    return 1;
}

int gh_open_bytes(lua_State *L)
{
    static const luaL_Reg methods[] = {{"Len", m_Len}, {"Cap", m_Cap}, {"String", m_String}, {NULL, NULL}};
    static const gh_WriterOps writer = {"bytes.Buffer", GH_TYPE_BUFFER, GH_MT_BUFFER, true, gh_buffer_write_string,
                                        gh_buffer_write_byte, gh_buffer_grow, gh_buffer_reset};
    return gh_writer_open(L, &writer, "Buffer", methods, m_tostring);
}
