/* value.h — simulated Go values seen from Lua: userdata holding a simulated address (and
 * length, capacity, type) plus the generation of the simulator they belong to, so a value
 * kept across lesson.reset is refused clearly. One named metatable per Go kind. */
#ifndef GH_VALUE_H
#define GH_VALUE_H
#include <lua.h>
#include <lauxlib.h>
#include "runtime/runtime.h"
#include "script/gotype.h"

#define GH_MT_POINTER "go.pointer"
#define GH_MT_STRING "go.string"
#define GH_MT_SLICE "go.slice"
#define GH_MT_BUILDER "strings.Builder"
#define GH_MT_BUFFER "bytes.Buffer"
#define GH_MT_POOL "sync.Pool"
#define GH_MT_VARS "go.vars"

/* Which metatable a gh_Value has. The tag word is GH_VALUE_TAG + the kind: a value above
 * every host address (no other userdata's first word can equal it). */
typedef enum { GH_VK_POINTER, GH_VK_STRING, GH_VK_SLICE, GH_VK_BUILDER, GH_VK_BUFFER, GH_VK_POOL, GH_VK_COUNT } gh_ValueKind;
#define GH_VALUE_TAG 0x676f76616c000000ull /* "goval" */

typedef struct gh_Value {
    uint64_t tag;      /* GH_VALUE_TAG + gh_ValueKind */
    uint32_t gen;
    uint32_t serial;   /* the heap object's allocation serial when the handle was made */
    int32_t desc;      /* pointee (pointer), element (slice), value type (Builder...) */
    gh_Addr addr;      /* the pointer, the string/slice data, the Builder/Buffer's address */
    int64_t len, cap;  /* strings and slices; the pool id for sync.Pool */
} gh_Value;

/* The gh_Value at idx whatever its kind, NULL if idx is not one (no metatable lookup). */
static inline gh_Value *gh_value_peek(lua_State *L, int idx)
{
    gh_Value *v = lua_touserdata(L, idx);
    return v && lua_rawlen(L, idx) == sizeof *v && (v->tag & ~0xffull) == GH_VALUE_TAG ? v : NULL;
}
/* Its kind (GH_VK_COUNT for no gh_Value). */
static inline gh_ValueKind gh_value_kind(const gh_Value *v) { return v ? (gh_ValueKind)(v->tag & 0xff) : GH_VK_COUNT; }
/* The metatable name of a kind, and the kind of a metatable name (GH_VK_COUNT: none). */
const char *gh_value_kind_name(gh_ValueKind k);
gh_ValueKind gh_value_kind_of(const char *mt);
/* Push a new value of kind k (its metatable set) / as gh_value_new. */
gh_Value *gh_value_newk(lua_State *L, gh_ValueKind k, gh_Addr addr, int32_t desc);
/* gh_value_test / gh_value_check by kind. */
gh_Value *gh_value_testk(lua_State *L, int idx, gh_ValueKind k);
gh_Value *gh_value_checkk(lua_State *L, int idx, gh_ValueKind k);
/* Push a new value with metatable mt. */
gh_Value *gh_value_new(lua_State *L, const char *mt, gh_Addr addr, int32_t desc);
/* Check argument idx is a value of metatable mt from the current simulator. */
gh_Value *gh_value_check(lua_State *L, int idx, const char *mt);
/* Like gh_value_check but NULL if idx is not such a value. */
gh_Value *gh_value_test(lua_State *L, int idx, const char *mt);
/* Push a pointer to a value of type desc (nil for 0; a Builder/Buffer handle for those). */
void gh_value_push_ptr(lua_State *L, gh_Addr addr, int32_t desc);
void gh_value_push_string(lua_State *L, gh_String s);
void gh_value_push_slice(lua_State *L, gh_Slice s, int32_t elem);
/* A Go string from a Lua string (a literal in read-only data) or a go.string. */
gh_String gh_value_to_string(lua_State *L, int idx);
/* Push the Lua view of the value of type desc stored at addr (loads through memory). */
void gh_value_load(lua_State *L, gh_Addr addr, int32_t desc);
/* Store the Lua value at idx into addr as type desc (pointer words through the write barrier). */
void gh_value_store(lua_State *L, gh_Addr addr, int32_t desc, int idx);
/* The desc of a Go type spelling at argument idx (raises on a bad spelling). */
int32_t gh_value_tdesc(lua_State *L, int idx);
/* A desc for runtime type id rtype (raw bytes if unknown). */
int32_t gh_tdesc_for_runtime_type(lua_State *L, int32_t rtype);
/* The simulated address a value refers to (pointer, string data, slice data...), 0 for nil. */
gh_Addr gh_value_addr(lua_State *L, int idx);
/* The desc of a Go type spelling given from C. */
int32_t gh_value_tdesc_of(lua_State *L, const char *spelling);
/* Create metatable mt with methods in __index and the given __tostring. */
void gh_value_methods(lua_State *L, const char *mt, const luaL_Reg *methods, lua_CFunction tostring);
/* Register every value metatable (called once per Lua state). */
void gh_value_open(lua_State *L);
/* Go's string bytes copied to the host (for __tostring, checkpoints). Pushes a Lua string. */
void gh_value_push_host_string(lua_State *L, gh_String s);

#endif
