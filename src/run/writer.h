/* writer.h — Go's two byte writers, strings.Builder and bytes.Buffer, as one table of
 * runtime calls (runtime/gostd.h holds their growth rules). The Lua modules
 * (script/lib_writer.c) and the Go interpreter (golang/exec_lib.c) drive either one
 * through it, so each method is written once for both types. */
#ifndef GH_WRITER_H
#define GH_WRITER_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

struct gh_Sim;

typedef struct gh_Writer {
    const char *name;           /* the Go type: "strings.Builder", "bytes.Buffer" */
    int32_t type;               /* its simulated type (GH_TYPE_BUILDER, GH_TYPE_BUFFER) */
    bool string_copies;         /* String() allocates a copy (Buffer) or aliases the bytes (Builder) */
    bool (*write_string)(struct gh_Sim *sim, gh_Addr w, gh_String s);
    bool (*write_byte)(struct gh_Sim *sim, gh_Addr w, uint8_t c);
    bool (*grow)(struct gh_Sim *sim, gh_Addr w, int64_t n);
    bool (*reset)(struct gh_Sim *sim, gh_Addr w);
    bool (*string)(struct gh_Sim *sim, gh_Addr w, gh_String *out);
    /* The unread bytes (Bytes(), whose len is Len()) and Cap(). */
    bool (*state)(struct gh_Sim *sim, gh_Addr w, gh_Slice *unread, int64_t *cap);
} gh_Writer;

extern const gh_Writer gh_writer_builder, gh_writer_buffer;

#endif
