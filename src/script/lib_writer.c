/* lib_writer.c — the Lua modules `strings` (strings.Builder) and `bytes` (bytes.Buffer):
 * Go's two byte writers, one binding for both (run/writer.h holds each type's runtime
 * calls; runtime/gostd.c their growth rules: a Builder appends, a Buffer's first small
 * write gets 64 bytes, then it slides the unread bytes down or doubles plus n).
 * A writer lives in simulated memory: declare it as a variable (go.vars("b strings.Builder"),
 * on the stack like `var b strings.Builder`) or call strings.Builder() / bytes.Buffer() for
 * a heap one (`new(strings.Builder)`). Methods keep Go's names: WriteString, WriteByte,
 * Grow, Len, Cap, String, Reset, and Write for a Buffer (a string or a []byte).
 * Every method and constructor is a closure whose upvalue is its type's WriterType. */
#include <lauxlib.h>
#include "run/writer.h"
#include "runtime/runtime.h"
#include "script/script.h"
#include "script/value.h"

typedef struct WriterType {
    const gh_Writer *w;
    const char *mt;             /* the receiver's metatable */
    bool slices;                /* WriteString also takes a []byte (bytes.Buffer's Write) */
} WriterType;

static const WriterType builder = {&gh_writer_builder, GH_MT_BUILDER, false};
static const WriterType buffer = {&gh_writer_buffer, GH_MT_BUFFER, true};

static const WriterType *type_of(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(1)); }
static const gh_Writer *writer(lua_State *L) { return type_of(L)->w; }
static gh_Addr self(lua_State *L) { return gh_value_check(L, 1, type_of(L)->mt)->addr; }

/* Len(), Cap() and the unread bytes: reads only, no operation. */
static void state(lua_State *L, gh_Slice *unread, int64_t *cap)
{
    if (!writer(L)->state(gh_script_of(L)->sim, self(L), unread, cap)) gh_op_raise(L);
}

static int m_WriteString(lua_State *L)
{
    gh_Addr b = self(L);
    gh_Sim *sim = gh_op_begin(L);
    gh_Value *sl = type_of(L)->slices ? gh_value_test(L, 2, GH_MT_SLICE) : NULL;
    gh_String s = sl ? (gh_String){sl->addr, sl->len} : gh_value_to_string(L, 2);
    if (!writer(L)->write_string(sim, b, s)) gh_op_raise(L);
    lua_pushinteger(L, s.len);
    lua_pushnil(L);
    return gh_op_end(L, 2);
}

static int m_WriteByte(lua_State *L)
{
    gh_Addr b = self(L);
    lua_Integer c = lua_type(L, 2) == LUA_TSTRING ? (unsigned char)lua_tostring(L, 2)[0] : luaL_checkinteger(L, 2);
    luaL_argcheck(L, c >= 0 && c <= 255, 2, "not a byte");
    if (!writer(L)->write_byte(gh_op_begin(L), b, (uint8_t)c)) gh_op_raise(L);
    lua_pushnil(L);
    return gh_op_end(L, 1);
}

static int m_Grow(lua_State *L)
{
    gh_Addr b = self(L);
    lua_Integer n = luaL_checkinteger(L, 2);
    if (!writer(L)->grow(gh_op_begin(L), b, n)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int m_Len(lua_State *L)
{
    gh_Slice u;
    int64_t cap;
    state(L, &u, &cap);
    lua_pushinteger(L, u.len);
    return 1;
}

static int m_Cap(lua_State *L)
{
    gh_Slice u;
    int64_t cap;
    state(L, &u, &cap);
    lua_pushinteger(L, cap);
    return 1;
}

/* String(): a Buffer's copies the bytes (an operation that allocates); a Builder's only
 * reads its buffer. */
static int m_String(lua_State *L)
{
    gh_Addr b = self(L);
    bool copies = writer(L)->string_copies;
    gh_Sim *sim = copies ? gh_op_begin(L) : gh_script_of(L)->sim;
    gh_String s;
    if (!writer(L)->string(sim, b, &s)) gh_op_raise(L);
    gh_value_push_string(L, s);
    return copies ? gh_op_end(L, 1) : 1;
}

static int m_Reset(lua_State *L)
{
    gh_Addr b = self(L);
    if (!writer(L)->reset(gh_op_begin(L), b)) gh_op_raise(L);
    return gh_op_end(L, 0);
}

static int m_tostring(lua_State *L)
{
    gh_Slice u;
    int64_t cap;
    state(L, &u, &cap);
    lua_pushfstring(L, "%s{len=%I, cap=%I}", writer(L)->name, (lua_Integer)u.len, (lua_Integer)cap);
    return 1;
}

/* strings.Builder(), bytes.Buffer(): new(T) in the heap. */
static int f_new(lua_State *L)
{
    int32_t d = gh_value_tdesc_of(L, writer(L)->name);
    gh_Addr a = gh_newobject(gh_op_begin(L), writer(L)->type);
    if (!a) gh_op_raise(L);
    gh_value_push_ptr(L, a, d);
    return gh_op_end(L, 1);
}

/* The type's metatable (methods, __tostring) and its module table {ctor = f_new}. */
static int open(lua_State *L, const WriterType *t, const char *ctor)
{
    static const luaL_Reg methods[] = {{"WriteString", m_WriteString}, {"WriteByte", m_WriteByte},
                                       {"Grow", m_Grow}, {"Len", m_Len}, {"Cap", m_Cap},
                                       {"String", m_String}, {"Reset", m_Reset}, {NULL, NULL}};
    static const luaL_Reg none[] = {{NULL, NULL}};
    gh_value_methods(L, t->mt, none, m_tostring);
    luaL_getmetatable(L, t->mt);  /* then the same functions again, as closures over t */
    lua_pushlightuserdata(L, (void *)t);
    lua_pushcclosure(L, m_tostring, 1);
    lua_setfield(L, -2, "__tostring");
    lua_getfield(L, -1, "__index");
    lua_pushlightuserdata(L, (void *)t);
    luaL_setfuncs(L, methods, 1);
    if (t->slices) {
        lua_pushlightuserdata(L, (void *)t);
        lua_pushcclosure(L, m_WriteString, 1);
        lua_setfield(L, -2, "Write");
    }
    lua_pop(L, 2);
    lua_newtable(L);
    lua_pushlightuserdata(L, (void *)t);
    lua_pushcclosure(L, f_new, 1);
    lua_setfield(L, -2, ctor);
    return 1;
}

int gh_open_strings(lua_State *L) { return open(L, &builder, "Builder"); }
int gh_open_bytes(lua_State *L) { return open(L, &buffer, "Buffer"); }
