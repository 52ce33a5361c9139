/* lib_go.c — the Lua module `go`: what Go spells as syntax. Types (go.struct), new, make,
 * append, len, cap, copy-free reslicing, loads and stores through pointers, multi-operand
 * string concatenation, the string/[]byte conversions, and go.peek, raw reads of memory.
 * Variables are in lib_govars.c, calls and goroutines in lib_gofunc.c (with their Lua half
 * in lua/prelude.lua). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "golang/escape_limits.h"
#include "golang/escape_cli.h"
#include "script/script.h"
#include "script/value.h"

static gh_TDesc *tdesc(lua_State *L, int32_t d) { return &gh_script_of(L)->types.v[d]; }

/* go.struct("Node", {"next *Node", "val int"}): declare a struct type. */
static int f_struct(lua_State *L)
{
    gh_Script *S = gh_script_of(L);
    const char *name = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    int n = (int)luaL_len(L, 2);
    luaL_argcheck(L, n <= GH_MAX_FIELDS, 2, "too many fields");
    const char *fields[GH_MAX_FIELDS];
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, 2, i + 1);
        fields[i] = luaL_checkstring(L, -1); /* stays referenced by the table */
        lua_pop(L, 1);
    }
    char err[160];
    if (gh_tdesc_struct(&S->types, S->sim, name, fields, n, err, sizeof err) < 0) return luaL_error(L, "%s", err);
    lua_pushstring(L, name);
    return 1;
}

/* go.sizeof("T") */
static int f_sizeof(lua_State *L)
{
    lua_pushinteger(L, tdesc(L, gh_value_tdesc(L, 1))->size);
    return 1;
}

/* go.new("T"): a pointer to a new zeroed T in the heap. */
static int f_new(lua_State *L)
{
    int32_t d = gh_value_tdesc(L, 1);
    gh_Addr a = gh_newobject(gh_op_begin(L), tdesc(L, d)->rtype);
    if (!a) gh_op_raise(L);
    gh_value_push_ptr(L, a, d);
    return gh_op_end(L, 1);
}

/* go.make("[]T", len [, cap]) */
static int f_make(lua_State *L)
{
    int32_t d = gh_value_tdesc(L, 1);
    if (tdesc(L, d)->kind != GH_K_SLICE) return luaL_error(L, "go.make: only slices are supported, not %s", tdesc(L, d)->name);
    lua_Integer len = luaL_checkinteger(L, 2), cap = luaL_optinteger(L, 3, len);
    int32_t e = tdesc(L, d)->elem;
    gh_Slice s;
    if (!gh_makeslice(gh_op_begin(L), tdesc(L, e)->rtype, len, cap, &s)) gh_op_raise(L);
    gh_value_push_slice(L, s, e);
    return gh_op_end(L, 1);
}

/* go.append(s, x...): s may be nil only with a type: go.append("[]byte", nil, ...) is not
 * needed — a nil slice is go.nilslice("[]T"). A Lua string appended to a []byte adds its bytes. */
static int f_append(lua_State *L)
{
    gh_Value *v = gh_value_check(L, 1, GH_MT_SLICE);
    int n = lua_gettop(L) - 1;
    gh_TDesc *e = tdesc(L, v->desc);
    int64_t add = 0;
    for (int i = 2; i <= n + 1; i++)
        add += (e->kind == GH_K_BYTE && lua_type(L, i) == LUA_TSTRING) ? (int64_t)lua_rawlen(L, i) : 1;
    gh_Sim *sim = gh_op_begin(L);
    gh_Slice s = {v->addr, v->len, v->cap};
    if (s.len + add > s.cap) {
        gh_Slice ns;
        if (!gh_growslice(sim, e->rtype, s, s.len + add, &ns)) gh_op_raise(L);
        ns.len = s.len;
        s = ns;
    }
    int64_t at = s.len;
    s.len += add;
    for (int i = 2; i <= n + 1; i++) {
        if (e->kind == GH_K_BYTE && lua_type(L, i) == LUA_TSTRING) {
            size_t k;
            const char *b = lua_tolstring(L, i, &k);
            if (k && !gh_store(sim, s.ptr + (gh_Addr)at, b, k)) gh_op_raise(L);
            at += (int64_t)k;
            continue;
        }
        gh_value_store(L, s.ptr + (gh_Addr)at * e->size, v->desc, i);
        at++;
    }
    gh_value_push_slice(L, s, v->desc);
    return gh_op_end(L, 1);
}

/* go.nilslice("[]T"): the zero value of a slice type. */
static int f_nilslice(lua_State *L)
{
    int32_t d = gh_value_tdesc(L, 1);
    if (tdesc(L, d)->kind != GH_K_SLICE) return luaL_error(L, "%s is not a slice type", tdesc(L, d)->name);
    gh_value_push_slice(L, (gh_Slice){0, 0, 0}, tdesc(L, d)->elem);
    return 1;
}

static int f_len(lua_State *L)
{
    gh_Value *v = gh_value_test(L, 1, GH_MT_SLICE);
    if (!v) v = gh_value_test(L, 1, GH_MT_STRING);
    if (v) lua_pushinteger(L, v->len);
    else if (lua_type(L, 1) == LUA_TSTRING) lua_pushinteger(L, (lua_Integer)lua_rawlen(L, 1));
    else return luaL_typeerror(L, 1, "string or slice");
    return 1;
}

static int f_cap(lua_State *L)
{
    lua_pushinteger(L, gh_value_check(L, 1, GH_MT_SLICE)->cap);
    return 1;
}

/* go.slice(s, lo, hi): s[lo:hi] without copying (hi defaults to len). */
static int f_slice(lua_State *L)
{
    gh_Value *v = gh_value_check(L, 1, GH_MT_SLICE);
    lua_Integer lo = luaL_optinteger(L, 2, 0), hi = luaL_optinteger(L, 3, v->len);
    if (lo < 0 || hi < lo || hi > v->cap) {
        gh_Sim *sim = gh_script_of(L)->sim;
        gh_sim_fail(sim, GH_ERR_PANIC, "panic: runtime error: slice bounds out of range [%lld:%lld] with capacity %lld",
                    (long long)lo, (long long)hi, (long long)v->cap);
        gh_op_raise(L);
    }
    gh_Slice s = {v->addr + (gh_Addr)lo * tdesc(L, v->desc)->size, hi - lo, v->cap - lo};
    if (s.cap == 0) s.ptr = v->addr;
    gh_value_push_slice(L, s, v->desc);
    return 1;
}

/* go.load(p): *p.  go.store(p, x): *p = x. A nil p panics as Go does. */
static gh_Value *deref(lua_State *L)
{
    gh_Value *v = lua_isnil(L, 1) ? NULL : gh_value_test(L, 1, GH_MT_POINTER);
    if (!lua_isnil(L, 1) && !v) luaL_typeerror(L, 1, "pointer");
    if (!v) {
        gh_sim_fail(gh_script_of(L)->sim, GH_ERR_PANIC,
                    "panic: runtime error: invalid memory address or nil pointer dereference");
        gh_op_raise(L);
    }
    return v;
}

static int f_load(lua_State *L)
{
    gh_Value *v = deref(L);
    gh_value_load(L, v->addr, v->desc);
    return 1;
}

static int f_store(lua_State *L)
{
    luaL_checkany(L, 2);
    gh_Value *v = deref(L);
    gh_op_begin(L);
    gh_value_store(L, v->addr, v->desc, 2);
    return gh_op_end(L, 0);
}

/* go.concat(a, b, c...): Go's a + b + c in one concatstrings call (one allocation). */
static int f_concat(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_argcheck(L, n >= 1 && n <= 32, 1, "1 to 32 operands");
    gh_Sim *sim = gh_op_begin(L);
    gh_String a[32], out;
    for (int i = 0; i < n; i++) a[i] = gh_value_to_string(L, i + 1);
    if (!gh_concatstrings(sim, 0, a, n, &out)) gh_op_raise(L);
    gh_value_push_string(L, out);
    return gh_op_end(L, 1);
}

/* go.string(b): string(b) for a []byte. go.bytes(s): []byte(s). Both escape (heap). */
static int f_string(lua_State *L)
{
    gh_Value *v = gh_value_check(L, 1, GH_MT_SLICE);
    gh_String s;
    if (!gh_slicebytetostring(gh_op_begin(L), 0, v->addr, v->len, &s)) gh_op_raise(L);
    gh_value_push_string(L, s);
    return gh_op_end(L, 1);
}

static int f_bytes(lua_State *L)
{
    int32_t e = gh_value_tdesc_of(L, "byte");
    gh_Sim *sim = gh_op_begin(L);
    gh_Slice s;
    if (!gh_stringtoslicebyte(sim, 0, gh_value_to_string(L, 1), &s)) gh_op_raise(L);
    gh_value_push_slice(L, s, e);
    return gh_op_end(L, 1);
}

/* go.addr(x): the simulated address a value refers to, as an integer (for highlights). */
static int f_addr(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)gh_value_addr(L, 1));
    return 1;
}

/* go.tostring(s): the bytes of a Go string as a Lua string. */
static int f_tostring(lua_State *L)
{
    gh_value_push_host_string(L, gh_value_to_string(L, 1));
    return 1;
}

/* go.escape(source [, name]): Go's -gcflags=-m escape diagnostics for a Go-subset program,
 * as one string of lines; nil and the error text for a program the front end rejects. */
static int f_escape(lua_State *L)
{
    size_t len;
    const char *src = luaL_checklstring(L, 1, &len);
    const char *name = luaL_optstring(L, 2, "main.go");
    char *obuf = NULL, *ebuf = NULL;
    size_t olen = 0, elen = 0;
    FILE *out = open_memstream(&obuf, &olen), *err = open_memstream(&ebuf, &elen);
    int rc = out && err ? gh_escape_text(name, src, len, out, err) : 1;
    if (out) fclose(out);
    if (err) fclose(err);
    if (rc == 0) lua_pushlstring(L, obuf ? obuf : "", olen);
    else {
        lua_pushnil(L);
        lua_pushlstring(L, ebuf ? ebuf : "escape analysis failed", ebuf ? elen : 22);
    }
    free(obuf);
    free(ebuf);
    return rc == 0 ? 1 : 2;
}

/* go.peek(x, n): n bytes of simulated memory from x (an address, or a Go value's address:
 * a pointer, a slice's array, a string's bytes) as a Lua string, read as the view reads
 * them: no charge, no figure changes. A freed room of a span still in use keeps its old
 * bytes until mallocgc clears it, so this shows them. Unmapped memory is an error. */
static int f_peek(lua_State *L)
{
    gh_Addr a = lua_isinteger(L, 1) ? (gh_Addr)lua_tointeger(L, 1) : gh_value_addr(L, 1);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_argcheck(L, n >= 0 && n <= (1 << 20), 2, "0 to 1 MiB");
    const uint8_t *b = n ? gh_peek(gh_script_of(L)->sim, a, (uint64_t)n) : (const uint8_t *)"";
    if (!b) {
        char msg[96];
        snprintf(msg, sizeof msg, "go.peek: 0x%llx (%lld bytes) is not mapped memory", (unsigned long long)a, (long long)n);
        return luaL_error(L, "%s", msg);
    }
    lua_pushlstring(L, (const char *)b, (size_t)n);
    return 1;
}

int gh_open_go(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"struct", f_struct}, {"sizeof", f_sizeof}, {"new", f_new}, {"make", f_make}, {"append", f_append},
        {"nilslice", f_nilslice}, {"len", f_len}, {"cap", f_cap}, {"slice", f_slice}, {"load", f_load},
        {"store", f_store}, {"concat", f_concat}, {"string", f_string}, {"bytes", f_bytes}, {"addr", f_addr},
        {"tostring", f_tostring}, {"escape", f_escape}, {"peek", f_peek}, {NULL, NULL}};
    luaL_newlib(L, fns);
    /* go.limits: the compiler's constants a lesson names, as the escape analysis uses them */
    lua_createtable(L, 0, 2);
    lua_pushinteger(L, GH_ESC_MAX_STACK_VAR);
    lua_setfield(L, -2, "MaxStackVarSize");
    lua_pushinteger(L, GH_ESC_MAX_IMPLICIT_STACK_VAR);
    lua_setfield(L, -2, "MaxImplicitStackVarSize");
    lua_setfield(L, -2, "limits");
    gh_govars_register(L);
    gh_goprog_register(L);
    gh_gofunc_register(L);
    return 1;
}
