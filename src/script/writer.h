/* writer.h — the methods strings.Builder (lib_strings.c) and bytes.Buffer (lib_bytes.c)
 * share: WriteString, WriteByte, Grow and Reset, written once and told which runtime
 * calls to make by the type's gh_WriterOps. */
#ifndef GH_WRITER_H
#define GH_WRITER_H
#include <stdbool.h>
#include <lua.h>
#include <lauxlib.h>
#include "runtime/gostring.h"
#include "runtime/sim.h"

typedef struct gh_WriterOps {
    const char *name;           /* the Go type ("strings.Builder") */
    int32_t type;               /* its simulated type (GH_TYPE_BUILDER) */
    const char *mt;             /* the receiver's metatable (GH_MT_BUILDER, GH_MT_BUFFER) */
    bool slices;                /* WriteString also takes a []byte (bytes.Buffer's Write) */
    bool (*write_string)(gh_Sim *sim, gh_Addr b, gh_String s);
    bool (*write_byte)(gh_Sim *sim, gh_Addr b, uint8_t c);
    bool (*grow)(gh_Sim *sim, gh_Addr b, int64_t n);
    bool (*reset)(gh_Sim *sim, gh_Addr b);
} gh_WriterOps;

/* Opens the type's module: its metatable with the shared methods (with slices, "Write"
 * too), the type's own `methods` and `tostring`, and a module table whose function `ctor`
 * ("Builder") makes one in the heap, new(T). Returns 1 (the module on the stack); ops
 * must outlive the Lua state. */
int gh_writer_open(lua_State *L, const gh_WriterOps *ops, const char *ctor, const luaL_Reg *methods,
                   lua_CFunction tostring);

#endif
