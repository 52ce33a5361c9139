/* value.c — Lua userdata for Go pointers, strings and slices, and the typed loads and
 * stores that move values between simulated memory and Lua. A struct or array held by
 * value reads as a reference to where it lives (so v.node.next works as in Go); a nil
 * pointer reads as Lua nil. Every pointer-word store goes through the write barrier. */
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "script/govars.h"
#include "script/script.h"
#include "script/value.h"
#include "script/value_cache.h"

static gh_TDesc *tdesc(gh_Script *S, int32_t d) { return &S->types.v[d]; }

static const char *const kind_names[GH_VK_COUNT] = {GH_MT_POINTER, GH_MT_STRING, GH_MT_SLICE,
                                                     GH_MT_BUILDER, GH_MT_BUFFER, GH_MT_POOL};

const char *gh_value_kind_name(gh_ValueKind k) { return k < GH_VK_COUNT ? kind_names[k] : "?"; }

gh_ValueKind gh_value_kind_of(const char *mt)
{
    for (int k = 0; k < GH_VK_COUNT; k++)
        if (!strcmp(kind_names[k], mt)) return (gh_ValueKind)k;
    return GH_VK_COUNT;
}

/* A new handle of kind k for the object with allocation serial `serial`. */
static gh_Value *new_value(lua_State *L, gh_ValueKind k, gh_Addr addr, int32_t desc, uint32_t serial)
{
    /* user value 1: the frame of a pointer into one (value.c's set_frame, go.ref); a heap
     * object's handle never gets one, and is 16 bytes smaller without the slot */
    gh_Value *v = lua_newuserdatauv(L, sizeof *v, serial == GH_SERIAL_NOT_HEAP ? 1 : 0);
    memset(v, 0, sizeof *v);
    v->tag = GH_VALUE_TAG + (uint64_t)k;
    v->gen = gh_script_of(L)->gen;
    v->serial = serial;
    v->addr = addr;
    v->desc = desc;
    gh_value_cache_setmetatable(L, k);
    return v;
}

gh_Value *gh_value_newk(lua_State *L, gh_ValueKind k, gh_Addr addr, int32_t desc)
{
    if (k >= GH_VK_COUNT) luaL_error(L, "gohotel: no such value kind");
    return new_value(L, k, addr, desc, gh_object_serial(gh_script_of(L)->sim, addr));
}

gh_Value *gh_value_new(lua_State *L, const char *mt, gh_Addr addr, int32_t desc)
{
    return gh_value_newk(L, gh_value_kind_of(mt), addr, desc);
}

/* A pointer into a frame (go.ref of a local, or a field of one) keeps the frame's go.vars
 * handle as its user value. Once that function has returned, the pointer is refused as a
 * freed object is: its plate may already hold another call's locals, and reading or
 * writing through it would forge that call's variables. (Go's escape analysis would have
 * moved such a variable to the heap: declare it "x T escapes".) */
static void check_frame(lua_State *L, int idx, const gh_Value *v)
{
    if (lua_getiuservalue(L, idx, 1) != LUA_TUSERDATA) {
        lua_pop(L, 1);
        return;
    }
    const gh_Vars *vs = luaL_testudata(L, -1, GH_MT_VARS);
    lua_pop(L, 1); /* the value at idx still holds it */
    if (!vs || vs->live) return;
    const char *name = "a local";
    for (int32_t i = 0; i < vs->n; i++) {
        const gh_TDesc *t = tdesc(gh_script_of(L), vs->v[i].desc);
        uint64_t size = t->size ? t->size : 8;
        if (v->addr >= vs->v[i].addr && v->addr - vs->v[i].addr < size) name = vs->v[i].name;
    }
    gh_error_scene(L, "use of a pointer to %s of %s after %s returned: its frame is gone (a pointer to a local "
                      "must not outlive the call; declare it \"%s T escapes\" to keep it on the heap)",
                   name, vs->fn, vs->fn, name);
}

/* The value at idx (a pointer just made) points into the frame of the go.vars at vars. */
static void set_frame(lua_State *L, int idx, int vars)
{
    const gh_Value *v = gh_value_peek(L, idx);
    if (!v || v->serial != GH_SERIAL_NOT_HEAP) return;
    lua_pushvalue(L, vars);
    lua_setiuservalue(L, idx, 1);
}

/* The value v (at idx, of kind k) may be used: from this simulator, its frame alive, its
 * object not freed. Raises otherwise. */
static gh_Value *usable(lua_State *L, int idx, gh_Value *v, gh_ValueKind k)
{
    const char *mt = kind_names[k];
    if (v && v->gen != gh_script_of(L)->gen)
        luaL_error(L, "stale %s: it belongs to a simulator discarded by lesson.reset", mt);
    if (v && v->serial == GH_SERIAL_NOT_HEAP) check_frame(L, lua_absindex(L, idx), v);
    if (v && v->serial != GH_SERIAL_NOT_HEAP && gh_object_serial(gh_script_of(L)->sim, v->addr) != v->serial) {
        char at[24];
        snprintf(at, sizeof at, "0x%llx", (unsigned long long)v->addr);
        luaL_error(L, "use of a freed object (%s at %s): the collector freed it because no Go variable "
                      "held it; keep it in a go variable or global",
                   mt, at);
    }
    return v;
}

gh_Value *gh_value_testk(lua_State *L, int idx, gh_ValueKind k)
{
    gh_Value *v = gh_value_peek(L, idx);
    return gh_value_kind(v) == k ? usable(L, idx, v, k) : NULL;
}

gh_Value *gh_value_checkk(lua_State *L, int idx, gh_ValueKind k)
{
    gh_Value *v = gh_value_testk(L, idx, k);
    if (!v) luaL_typeerror(L, idx, kind_names[k]);
    return v;
}

gh_Value *gh_value_test(lua_State *L, int idx, const char *mt)
{
    gh_ValueKind k = gh_value_kind_of(mt);
    return k < GH_VK_COUNT ? gh_value_testk(L, idx, k) : luaL_testudata(L, idx, mt);
}

gh_Value *gh_value_check(lua_State *L, int idx, const char *mt)
{
    gh_Value *v = gh_value_test(L, idx, mt);
    if (!v) luaL_typeerror(L, idx, mt);
    return v;
}

void gh_value_push_ptr(lua_State *L, gh_Addr addr, int32_t desc)
{
    if (addr == 0) {
        lua_pushnil(L);
        return;
    }
    gh_Script *S = gh_script_of(L);
    uint8_t k = desc >= 0 ? tdesc(S, desc)->kind : GH_K_BYTE;
    gh_ValueKind vk = k == GH_K_BUILDER ? GH_VK_BUILDER : k == GH_K_BUFFER ? GH_VK_BUFFER : GH_VK_POINTER;
    uint32_t serial = gh_object_serial(S->sim, addr);
    bool heap = vk == GH_VK_POINTER && serial != GH_SERIAL_NOT_HEAP; /* frame pointers get a user value */
    if (heap && gh_value_cache_push_ptr(L, addr, desc, serial)) return;
    new_value(L, vk, addr, desc, serial);
    if (heap) gh_value_cache_keep(L);
}

void gh_value_push_string(lua_State *L, gh_String s)
{
    gh_Value *v = gh_value_newk(L, GH_VK_STRING, s.ptr, -1);
    v->len = s.len;
}

void gh_value_push_slice(lua_State *L, gh_Slice s, int32_t elem)
{
    gh_Value *v = gh_value_newk(L, GH_VK_SLICE, s.ptr, elem);
    v->len = s.len;
    v->cap = s.cap;
}

gh_String gh_value_to_string(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TSTRING) {
        gh_Script *S = gh_script_of(L);
        size_t n;
        const char *s = lua_tolstring(L, idx, &n);
        gh_String out = {0, 0};
        if (n && !gh_string_literal(S->sim, s, (int64_t)n, &out)) gh_op_raise(L);
        return out;
    }
    gh_Value *v = gh_value_checkk(L, idx, GH_VK_STRING);
    return (gh_String){v->addr, v->len};
}

gh_Addr gh_value_addr(lua_State *L, int idx)
{
    if (lua_isnoneornil(L, idx)) return 0;
    gh_Value *v = gh_value_peek(L, idx);
    gh_ValueKind k = gh_value_kind(v); /* a pool has no address */
    if (k < GH_VK_COUNT && k != GH_VK_POOL) return usable(L, idx, v, k)->addr;
    return luaL_typeerror(L, idx, "Go value"), 0;
}

int32_t gh_value_tdesc(lua_State *L, int idx)
{
    int32_t d = gh_value_cache_tdesc(L, idx);
    if (d >= 0) return d;
    gh_Script *S = gh_script_of(L);
    char err[160];
    d = gh_tdesc_parse(&S->types, S->sim, luaL_checkstring(L, idx), err, sizeof err);
    if (d < 0) luaL_error(L, "%s", err);
    gh_value_cache_tdesc_put(L, idx, d);
    return d;
}

int32_t gh_value_tdesc_of(lua_State *L, const char *spelling)
{
    gh_Script *S = gh_script_of(L);
    char err[160];
    int32_t d = gh_tdesc_parse(&S->types, S->sim, spelling, err, sizeof err);
    if (d < 0) luaL_error(L, "%s", err);
    return d;
}

int32_t gh_tdesc_for_runtime_type(lua_State *L, int32_t rtype)
{
    gh_Script *S = gh_script_of(L);
    int32_t d = gh_tdesc_by_rtype(&S->types, rtype);
    if (d >= 0) return d;
    char err[64];
    return gh_tdesc_parse(&S->types, S->sim, "byte", err, sizeof err);
}

static int32_t elem_of(lua_State *L, int32_t desc)
{
    gh_Script *S = gh_script_of(L);
    int32_t e = gh_tdesc_elem(&S->types, desc);
    if (e < 0) luaL_error(L, "undefined type %s (declare it with go.struct)", tdesc(S, desc)->elemName);
    return e;
}

static void load(lua_State *L, gh_Addr a, void *out, uint64_t n)
{
    if (!gh_load(gh_script_of(L)->sim, a, out, n)) gh_op_raise(L);
}

void gh_value_load(lua_State *L, gh_Addr addr, int32_t desc)
{
    gh_Script *S = gh_script_of(L);
    gh_TDesc *d = tdesc(S, desc);
    uint64_t w[3] = {0};
    switch (d->kind) {
    case GH_K_INT: load(L, addr, w, 8); lua_pushinteger(L, (lua_Integer)w[0]); return;
    case GH_K_FLOAT: { double f; load(L, addr, &f, 8); lua_pushnumber(L, f); return; }
    case GH_K_BYTE: load(L, addr, w, 1); lua_pushinteger(L, (lua_Integer)(w[0] & 0xff)); return;
    case GH_K_BOOL: load(L, addr, w, 1); lua_pushboolean(L, (w[0] & 0xff) != 0); return;
    case GH_K_STRING: load(L, addr, w, 16); gh_value_push_string(L, (gh_String){w[0], (int64_t)w[1]}); return;
    case GH_K_SLICE:
        load(L, addr, w, 24);
        gh_value_push_slice(L, (gh_Slice){w[0], (int64_t)w[1], (int64_t)w[2]}, elem_of(L, desc));
        return;
    case GH_K_PTR: load(L, addr, w, 8); gh_value_push_ptr(L, w[0], elem_of(L, desc)); return;
    default: /* aggregates read as a reference to where they live */
        if (d->size && !gh_mem(S->sim, addr, d->size)) gh_op_raise(L);
        gh_value_push_ptr(L, addr, desc);
        return;
    }
}

static void store(lua_State *L, gh_Addr a, const void *in, uint64_t n)
{
    if (!gh_store(gh_script_of(L)->sim, a, in, n)) gh_op_raise(L);
}

static void store_ptr(lua_State *L, gh_Addr a, uint64_t v)
{
    if (!gh_store_ptr(gh_script_of(L)->sim, a, v)) gh_op_raise(L);
}

/* The pointee desc of the pointer-like value at idx; must equal want. */
static gh_Addr check_pointer(lua_State *L, int idx, int32_t want)
{
    if (lua_isnil(L, idx)) return 0;
    gh_Script *S = gh_script_of(L);
    gh_Value *v = gh_value_peek(L, idx);
    gh_ValueKind k = gh_value_kind(v);
    if (k == GH_VK_POINTER || k == GH_VK_BUILDER || k == GH_VK_BUFFER) usable(L, idx, v, k);
    else v = NULL;
    if (!v) return luaL_error(L, "cannot use %s value as *%s", luaL_typename(L, idx), tdesc(S, want)->name), 0;
    if (v->desc != want)
        luaL_error(L, "cannot use *%s value as *%s", v->desc >= 0 ? tdesc(S, v->desc)->name : "?", tdesc(S, want)->name);
    return v->addr;
}

void gh_value_store(lua_State *L, gh_Addr addr, int32_t desc, int idx)
{
    gh_Script *S = gh_script_of(L);
    gh_TDesc *d = tdesc(S, desc);
    uint64_t w[3] = {0};
    switch (d->kind) {
    case GH_K_INT: w[0] = (uint64_t)luaL_checkinteger(L, idx); store(L, addr, w, 8); return;
    case GH_K_FLOAT: { double f = luaL_checknumber(L, idx); store(L, addr, &f, 8); return; }
    case GH_K_BYTE: {
        uint8_t b = lua_type(L, idx) == LUA_TSTRING ? (uint8_t)lua_tostring(L, idx)[0] : (uint8_t)luaL_checkinteger(L, idx);
        store(L, addr, &b, 1);
        return;
    }
    case GH_K_BOOL: { uint8_t b = (uint8_t)lua_toboolean(L, idx); store(L, addr, &b, 1); return; }
    case GH_K_STRING: {
        gh_String s = lua_isnil(L, idx) ? (gh_String){0, 0} : gh_value_to_string(L, idx);
        store_ptr(L, addr, s.ptr);
        store(L, addr + 8, &s.len, 8);
        return;
    }
    case GH_K_SLICE: {
        if (!lua_isnil(L, idx)) {
            gh_Value *v = gh_value_checkk(L, idx, GH_VK_SLICE);
            if (v->desc != d->elem)
                luaL_error(L, "cannot use []%s value as %s", tdesc(S, v->desc)->name, d->name);
            w[0] = v->addr, w[1] = (uint64_t)v->len, w[2] = (uint64_t)v->cap;
        }
        store_ptr(L, addr, w[0]);
        store(L, addr + 8, w + 1, 16);
        return;
    }
    case GH_K_PTR: store_ptr(L, addr, check_pointer(L, idx, elem_of(L, desc))); return;
    default: { /* aggregates are copied (Go's typedmemmove) */
        gh_Addr src = check_pointer(L, idx, desc);
        if (!src) luaL_error(L, "cannot use nil as %s value", d->name);
        if (d->size && !gh_memmove(S->sim, addr, src, d->size)) gh_op_raise(L);
        return;
    }
    }
}

void gh_value_push_host_string(lua_State *L, gh_String s)
{
    if (s.len == 0) {
        lua_pushliteral(L, "");
        return;
    }
    uint8_t *p = gh_mem(gh_script_of(L)->sim, s.ptr, (uint64_t)s.len);
    if (!p) gh_op_raise(L);
    lua_pushlstring(L, (const char *)p, (size_t)s.len);
}

/* --- go.string --- */
static int str_concat(lua_State *L)
{
    gh_Sim *sim = gh_op_begin(L);
    gh_String a[2] = {gh_value_to_string(L, 1), gh_value_to_string(L, 2)}, out;
    if (!gh_concatstrings(sim, 0, a, 2, &out)) gh_op_raise(L);
    gh_value_push_string(L, out);
    return gh_op_end(L, 1);
}

static int str_len(lua_State *L)
{
    lua_pushinteger(L, gh_value_checkk(L, 1, GH_VK_STRING)->len);
    return 1;
}

static int str_tostring(lua_State *L)
{
    gh_Value *v = gh_value_checkk(L, 1, GH_VK_STRING);
    gh_value_push_host_string(L, (gh_String){v->addr, v->len});
    return 1;
}

static int str_eq(lua_State *L)
{
    gh_Value *a = gh_value_checkk(L, 1, GH_VK_STRING), *b = gh_value_checkk(L, 2, GH_VK_STRING);
    gh_value_push_host_string(L, (gh_String){a->addr, a->len});
    gh_value_push_host_string(L, (gh_String){b->addr, b->len});
    lua_pushboolean(L, lua_rawequal(L, -1, -2));
    return 1;
}

/* --- go.slice: 0-based indexing as in Go --- */
static gh_Addr slice_elem_addr(lua_State *L, gh_Value *v, lua_Integer i)
{
    gh_Script *S = gh_script_of(L);
    if (i < 0 || i >= v->len) {
        gh_sim_fail(S->sim, GH_ERR_PANIC, "panic: runtime error: index out of range [%lld] with length %lld",
                    (long long)i, (long long)v->len);
        gh_op_raise(L);
    }
    return v->addr + (gh_Addr)i * tdesc(S, v->desc)->size;
}

static int slice_index(lua_State *L)
{
    gh_Value *v = gh_value_checkk(L, 1, GH_VK_SLICE);
    if (!lua_isinteger(L, 2)) return luaL_error(L, "invalid slice index %s (want an integer)", luaL_tolstring(L, 2, NULL));
    gh_value_load(L, slice_elem_addr(L, v, lua_tointeger(L, 2)), v->desc);
    return 1;
}

static int slice_newindex(lua_State *L)
{
    gh_Value *v = gh_value_checkk(L, 1, GH_VK_SLICE);
    lua_Integer i = luaL_checkinteger(L, 2);
    gh_op_begin(L);
    gh_value_store(L, slice_elem_addr(L, v, i), v->desc, 3);
    return gh_op_end(L, 0);
}

static int slice_len(lua_State *L)
{
    lua_pushinteger(L, gh_value_checkk(L, 1, GH_VK_SLICE)->len);
    return 1;
}

static int slice_tostring(lua_State *L)
{
    gh_Value *v = gh_value_checkk(L, 1, GH_VK_SLICE);
    lua_pushfstring(L, "[]%s{len=%I, cap=%I}", tdesc(gh_script_of(L), v->desc)->name, (lua_Integer)v->len,
                    (lua_Integer)v->cap);
    return 1;
}

/* --- go.pointer: fields of the struct it points to --- */
static const gh_Field *field(lua_State *L, gh_Value *v)
{
    const gh_Field *hit = gh_value_cache_field(L, 2, v->desc);
    if (hit) return hit;
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 2);
    if (tdesc(S, v->desc)->kind != GH_K_STRUCT)
        luaL_error(L, "%s.%s undefined (type %s has no fields)", tdesc(S, v->desc)->name, name, tdesc(S, v->desc)->name);
    const gh_Field *f = gh_tdesc_field(&S->types, v->desc, name);
    if (!f) luaL_error(L, "%s.%s undefined (type %s has no field %s)", tdesc(S, v->desc)->name, name,
                       tdesc(S, v->desc)->name, name);
    gh_value_cache_field_put(L, 2, v->desc, f);
    return f;
}

static int ptr_index(lua_State *L)
{
    gh_Value *v = gh_value_checkk(L, 1, GH_VK_POINTER);
    const gh_Field *f = field(L, v);
    gh_value_load(L, v->addr + f->offset, f->desc);
    /* p.inner of a pointer into a frame points into the same frame */
    int r = lua_gettop(L);
    if (lua_getiuservalue(L, 1, 1) == LUA_TUSERDATA) set_frame(L, r, r + 1);
    lua_settop(L, r);
    return 1;
}

static int ptr_newindex(lua_State *L)
{
    gh_Value *v = gh_value_checkk(L, 1, GH_VK_POINTER);
    const gh_Field *f = field(L, v);
    gh_op_begin(L);
    gh_value_store(L, v->addr + f->offset, f->desc, 3);
    return gh_op_end(L, 0);
}

static int ptr_eq(lua_State *L)
{
    lua_pushboolean(L, gh_value_addr(L, 1) == gh_value_addr(L, 2));
    return 1;
}

static int ptr_tostring(lua_State *L)
{
    gh_Value *v = lua_touserdata(L, 1);
    gh_Script *S = gh_script_of(L);
    char buf[96];
    snprintf(buf, sizeof buf, "*%s(0x%llx)", v->desc >= 0 ? tdesc(S, v->desc)->name : "?", (unsigned long long)v->addr);
    lua_pushstring(L, buf);
    return 1;
}

static void metatable(lua_State *L, const char *name, const luaL_Reg *fns)
{
    luaL_newmetatable(L, name);
    gh_value_cache_metatable(L, gh_value_kind_of(name));
    luaL_setfuncs(L, fns, 0);
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__metatable"); /* scenes cannot reach or change it */
    lua_pop(L, 1);
}

void gh_value_methods(lua_State *L, const char *mt, const luaL_Reg *methods, lua_CFunction tostring)
{
    luaL_newmetatable(L, mt);
    if (gh_value_kind_of(mt) < GH_VK_COUNT) gh_value_cache_metatable(L, gh_value_kind_of(mt));
    lua_newtable(L);
    luaL_setfuncs(L, methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, ptr_eq);
    lua_setfield(L, -2, "__eq");
    lua_pushstring(L, mt);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}

void gh_value_open(lua_State *L)
{
    static const luaL_Reg str[] = {{"__concat", str_concat}, {"__len", str_len}, {"__tostring", str_tostring},
                                   {"__eq", str_eq}, {NULL, NULL}};
    static const luaL_Reg sl[] = {{"__index", slice_index}, {"__newindex", slice_newindex}, {"__len", slice_len},
                                  {"__tostring", slice_tostring}, {NULL, NULL}};
    static const luaL_Reg ptr[] = {{"__index", ptr_index}, {"__newindex", ptr_newindex}, {"__eq", ptr_eq},
                                   {"__tostring", ptr_tostring}, {NULL, NULL}};
    gh_value_cache_open(L);
    metatable(L, GH_MT_STRING, str);
    metatable(L, GH_MT_SLICE, sl);
    metatable(L, GH_MT_POINTER, ptr);
}
