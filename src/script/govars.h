/* govars.h — Go variables seen from Lua: a handle over named stack slots (locals of one
 * frame) or globals. v.name reads the variable, v.name = x writes it (a store; for a
 * pointer it is the moment the old object may become garbage). */
#ifndef GH_GOVARS_H
#define GH_GOVARS_H
#include <stdbool.h>
#include <lua.h>
#include "runtime/runtime.h"

typedef struct gh_VarSlot {
    char name[32];
    const char *key;        /* where the name was as a Lua string (short strings are interned):
                             * a lookup tries the slot whose key is the very string passed first */
    gh_Addr addr;           /* the slot; for an escaped variable it holds the heap address */
    int32_t desc;
    bool escaped;           /* "moved to heap": the value lives in a heap object */
} gh_VarSlot;

#define GH_VARS_TAG 0x676f766172730000ull /* "govars": the first word of every gh_Vars */

typedef struct gh_Vars {
    uint64_t tag;           /* GH_VARS_TAG: known without a metatable lookup */
    uint32_t gen;
    bool live;              /* false once its frame returned */
    bool global;
    char fn[32];            /* function owning the frame */
    int32_t n;
    gh_VarSlot v[];
} gh_Vars;

/* Bytes a declaration "name type [escapes]" needs in a frame (raises on a bad one). */
uint32_t gh_vars_decl_size(lua_State *L, const char *decl);
/* Declare the variables given as strings at stack indices [first, last] in the top frame
 * (or as globals) and push the handle. Must run inside an operation. */
gh_Vars *gh_vars_declare(lua_State *L, int first, int last, bool global, const char *fn);
/* The go.vars handle at idx (raises as luaL_checkudata would if it is not one). */
gh_Vars *gh_vars_check(lua_State *L, int idx);
/* Variable `name` of the go.vars handle at stack index idx; *where = the address of its
 * value (the heap object for an escaped one). Raises for a stale handle or unknown name.
 * The slot whose name was the very string Lua passes as the key is tried first. */
gh_VarSlot *gh_vars_lookup(lua_State *L, int idx, const char *name, gh_Addr *where);

#endif
