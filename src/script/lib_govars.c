/* lib_govars.c — go.vars and go.globals: declaring Go variables the collector sees as roots.
 * Declarations are Go-spelled strings: "s string", "b strings.Builder", "p *Node".
 * A trailing "escapes" marks what escape analysis would report as "moved to heap: x": the
 * slot then holds a pointer to a heap object made at declaration, as the compiler does. */
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "script/govars.h"
#include "script/script.h"
#include "script/value.h"

typedef struct Decl { char name[32]; char type[64]; bool escaped; } Decl;

static Decl parse(lua_State *L, const char *decl)
{
    Decl d;
    memset(&d, 0, sizeof d);
    char rest[96] = {0};
    if (sscanf(decl, " %31[A-Za-z0-9_] %95[^\n]", d.name, rest) != 2)
        luaL_error(L, "bad variable declaration \"%s\" (want \"name type\")", decl);
    size_t n = strlen(rest);
    while (n && rest[n - 1] == ' ') rest[--n] = 0;
    if (n > 8 && !strcmp(rest + n - 8, " escapes")) {
        d.escaped = true;
        rest[n - 8] = 0;
    }
    snprintf(d.type, sizeof d.type, "%s", rest);
    return d;
}

uint32_t gh_vars_decl_size(lua_State *L, const char *decl)
{
    Decl d = parse(L, decl);
    if (d.escaped) return 8;
    int32_t desc = gh_value_tdesc_of(L, d.type); /* may grow the desc table: index after */
    return (gh_script_of(L)->types.v[desc].size + 7) & ~7u;
}

gh_Vars *gh_vars_declare(lua_State *L, int first, int last, bool global, const char *fn)
{
    gh_Script *S = gh_script_of(L);
    int n = last - first + 1;
    gh_Vars *vs = lua_newuserdatauv(L, sizeof *vs + sizeof(gh_VarSlot) * (size_t)(n > 0 ? n : 0), 0);
    memset(vs, 0, sizeof *vs);
    vs->tag = GH_VARS_TAG;
    vs->gen = S->gen;
    vs->live = true;
    vs->global = global;
    snprintf(vs->fn, sizeof vs->fn, "%s", global ? "globals" : fn);
    luaL_setmetatable(L, GH_MT_VARS);
    for (int i = 0; i < n; i++) {
        Decl d = parse(L, luaL_checkstring(L, first + i));
        for (int j = 0; j < vs->n; j++)
            if (!strcmp(vs->v[j].name, d.name)) luaL_error(L, "%s redeclared", d.name);
        int32_t desc = gh_value_tdesc_of(L, d.type);
        const gh_TDesc *t = &S->types.v[desc];
        gh_VarSlot *s = &vs->v[vs->n];
        snprintf(s->name, sizeof s->name, "%s", d.name);
        lua_pushstring(L, s->name);
        s->key = lua_tostring(L, -1);
        lua_pop(L, 1);
        s->desc = desc;
        s->escaped = d.escaped && !global;
        s->addr = global ? gh_global(S->sim, d.name, t->rtype, t->size ? t->size : 8)
                         : gh_frame_local(S->sim, d.name, t->rtype, t->size ? t->size : 8, s->escaped);
        if (!s->addr) gh_op_raise(L);
        if (s->escaped) { /* the compiler's new(T) for a moved-to-heap variable */
            gh_Addr obj = gh_newobject(S->sim, t->rtype);
            if (!obj || !gh_store_ptr(S->sim, s->addr, obj)) gh_op_raise(L);
        }
        vs->n++;
    }
    return vs;
}

static gh_VarSlot *find(lua_State *L, gh_Vars *vs, const char *name, gh_Addr *where);

/* v.name in go.ref(v, "name"): v is whatever the scene passed. */
static gh_VarSlot *slot(lua_State *L, gh_Addr *where)
{
    return gh_vars_lookup(L, 1, luaL_checkstring(L, 2), where);
}

/* v.name in v's own __index/__newindex: Lua calls them only on a value with the go.vars
 * metatable (which scenes cannot reach), so argument 1 is a handle. */
static gh_VarSlot *self_slot(lua_State *L, gh_Addr *where)
{
    return find(L, lua_touserdata(L, 1), luaL_checkstring(L, 2), where);
}

gh_Vars *gh_vars_check(lua_State *L, int idx)
{
    gh_Vars *vs = lua_touserdata(L, idx);
    if (!vs || lua_rawlen(L, idx) < sizeof *vs || vs->tag != GH_VARS_TAG) luaL_typeerror(L, idx, GH_MT_VARS);
    return vs;
}

gh_VarSlot *gh_vars_lookup(lua_State *L, int idx, const char *name, gh_Addr *where)
{
    return find(L, gh_vars_check(L, idx), name, where);
}

static gh_VarSlot *find(lua_State *L, gh_Vars *vs, const char *name, gh_Addr *where)
{
    if (vs->gen != gh_script_of(L)->gen) luaL_error(L, "stale variables: their simulator was discarded by lesson.reset");
    if (!vs->live) luaL_error(L, "variable %s of %s used after %s returned", name, vs->fn, vs->fn);
    int32_t at = -1;
    /* first the slot declared from this very string (one strcmp: once that string was
     * collected, another one may sit at its address), then every slot by name */
    for (int32_t i = 0; i < vs->n && at < 0; i++)
        if (vs->v[i].key == name && !strcmp(vs->v[i].name, name)) at = i;
    for (int32_t i = 0; i < vs->n && at < 0; i++)
        if (!strcmp(vs->v[i].name, name)) at = i;
    if (at >= 0) {
        gh_VarSlot *s = &vs->v[at];
        *where = s->addr;
        if (s->escaped) {
            uint64_t p;
            if (!gh_load_word(gh_script_of(L)->sim, s->addr, &p)) gh_op_raise(L);
            *where = p;
        }
        return s;
    }
    luaL_error(L, "undefined: %s (not declared in %s)", name, vs->fn);
    return NULL;
}

static int vars_index(lua_State *L)
{
    gh_Addr a;
    gh_VarSlot *s = self_slot(L, &a);
    gh_value_load(L, a, s->desc);
    return 1;
}

static int vars_newindex(lua_State *L)
{
    gh_Addr a;
    gh_VarSlot *s = self_slot(L, &a);
    gh_op_begin_from(L, 3); /* 1 is the go.vars handle, 2 the name */
    gh_value_store(L, a, s->desc, 3);
    return gh_op_end(L, 0);
}

static int vars_tostring(lua_State *L)
{
    gh_Vars *vs = gh_vars_check(L, 1);
    lua_pushfstring(L, "go.vars(%s, %d variables)", vs->fn, (int)vs->n);
    return 1;
}

/* go.vars("s string", ...): locals of the running function's frame (main.main at top level). */
static int f_vars(lua_State *L)
{
    gh_Sim *sim = gh_op_begin(L);
    const gh_G *g = gh_sim_curg(sim);
    const char *fn = g && g->nframes ? g->frames[g->nframes - 1].fn : "?";
    gh_vars_declare(L, 1, lua_gettop(L), false, fn);
    return gh_op_end(L, 1);
}

/* go.globals("cache []*Item", ...): package-level variables in the data segment. */
static int f_globals(lua_State *L)
{
    gh_op_begin(L);
    gh_vars_declare(L, 1, lua_gettop(L), true, "globals");
    return gh_op_end(L, 1);
}

/* go.ref(v, "name"): &name, a pointer to the variable (on the stack unless it escaped). */
static int f_ref(lua_State *L)
{
    gh_Addr a;
    gh_VarSlot *s = slot(L, &a);
    gh_value_push_ptr(L, a, s->desc);
    /* &local: the pointer remembers its frame (value.c refuses it once the frame returned) */
    if (!s->escaped && !lua_isnil(L, -1)) {
        lua_pushvalue(L, 1);
        lua_setiuservalue(L, -2, 1);
    }
    return 1;
}

void gh_govars_register(lua_State *L)
{
    static const luaL_Reg mt[] = {{"__index", vars_index}, {"__newindex", vars_newindex},
                                  {"__tostring", vars_tostring}, {NULL, NULL}};
    luaL_newmetatable(L, GH_MT_VARS);
    luaL_setfuncs(L, mt, 0);
    lua_pushliteral(L, GH_MT_VARS);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    static const luaL_Reg fns[] = {{"vars", f_vars}, {"globals", f_globals}, {"ref", f_ref}, {NULL, NULL}};
    luaL_setfuncs(L, fns, 0);
}
