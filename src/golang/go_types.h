/* go_types.h — Go types of the subset (basic kinds, pointers, slices, arrays,
 * structs, empty interfaces, funcs, named types) with the sizes and alignments
 * of linux/amd64, which the escape analysis needs for its stack-size limits.
 */
#ifndef GH_GO_TYPES_H
#define GH_GO_TYPES_H
#include "golang/go_ast.h"

typedef enum gh_GoKind {
    GH_K_BOOL, GH_K_INT, GH_K_INT8, GH_K_INT16, GH_K_INT32, GH_K_INT64,
    GH_K_UINT, GH_K_UINT8, GH_K_UINT16, GH_K_UINT32, GH_K_UINT64, GH_K_UINTPTR,
    GH_K_FLOAT32, GH_K_FLOAT64, GH_K_STRING, GH_K_UNSAFEPTR,
    GH_K_UNTYPED_INT, GH_K_UNTYPED_RUNE, GH_K_UNTYPED_FLOAT, GH_K_UNTYPED_STRING,
    GH_K_UNTYPED_BOOL, GH_K_UNTYPED_NIL,
    GH_K_POINTER, GH_K_SLICE, GH_K_ARRAY, GH_K_STRUCT, GH_K_INTERFACE, GH_K_FUNC,
    GH_K_NAMED, GH_K_TUPLE,
    GH_K_MAP,                 /* map[key]elem: one word, a pointer to the runtime's hmap */
    GH_K_CHAN                 /* chan T, chan<- T, <-chan T: one word, a pointer to the runtime's hchan */
} gh_GoKind;

/* A channel type's direction (gh_GoType.chandir). */
enum { GH_CHAN_BOTH = 0, GH_CHAN_SEND = 1, GH_CHAN_RECV = 2 };

typedef struct gh_GoField {
    const char *name;
    gh_GoType *type;
    gh_GoPos pos;
    long long offset;
    int embedded;             /* struct: an embedded field (A, *A), its name the type's (go_check_embed.c) */
} gh_GoField;

struct gh_GoType {
    gh_GoKind kind;
    gh_GoType *elem;          /* pointer/slice/array element, map value */
    gh_GoType *key;           /* map key */
    long long len;            /* array length */
    gh_GoField *fields; int nfields;   /* struct fields; func params; tuple parts */
    gh_GoField *results; int nresults; /* func results */
    int variadic;             /* func: last param is ...T (stored as []T) */
    int chandir;              /* chan: GH_CHAN_BOTH, GH_CHAN_SEND (chan<- T), GH_CHAN_RECV (<-chan T) */
    const char *name;         /* named: "point", "strings.Builder", "error", "any" */
    gh_GoType *underlying;    /* named */
    gh_GoFunc **methods; int nmethods; /* named user types */
    long long size, align;    /* -1 until computed */
    int has_ptrs;             /* -1 until computed */
    int lib_id;               /* library named types: index in the library table */
    int cycle_state;          /* named, checker's cycle search: 0 not seen, 1 on the path, 2 done */
};

/* The built-in types, made once per program (no globals). */
typedef struct gh_GoUniverseTypes {
    gh_GoType *basic[GH_K_UNTYPED_NIL + 1];
    gh_GoType *any;            /* interface{} */
    gh_GoType *anyAlias;       /* the predeclared `any`: identical to interface{}, but the
                                  compiler prints it by its name ("[]any{...}", "any(3)") */
    gh_GoType *error;          /* named error (treated as a non-empty interface shape) */
    gh_GoType *byte_slice;
} gh_GoUniverseTypes;

void gh_go_types_init(gh_GoSource *src, gh_GoUniverseTypes *u);
gh_GoType *gh_go_type_new(gh_GoSource *src, gh_GoKind k);
gh_GoType *gh_go_type_ptr(gh_GoSource *src, gh_GoType *elem);
gh_GoType *gh_go_type_slice(gh_GoSource *src, gh_GoType *elem);
gh_GoType *gh_go_type_array(gh_GoSource *src, gh_GoType *elem, long long len);
gh_GoType *gh_go_type_map(gh_GoSource *src, gh_GoType *key, gh_GoType *elem);
gh_GoType *gh_go_type_chan(gh_GoSource *src, gh_GoType *elem, int dir);
/* Underlying type (follows named types). */
gh_GoType *gh_go_under(gh_GoType *t);
long long gh_go_type_size(gh_GoType *t);
long long gh_go_type_align(gh_GoType *t);
int gh_go_type_has_pointers(gh_GoType *t);
int gh_go_type_is_untyped(gh_GoType *t);
int gh_go_type_is_interface(gh_GoType *t);
int gh_go_type_is_integer(gh_GoType *t);
int gh_go_type_is_numeric(gh_GoType *t);
int gh_go_type_is_string(gh_GoType *t);
/* "Pointer-shaped": stored directly in an interface word, so boxing needs no copy. */
int gh_go_type_is_direct_iface(gh_GoType *t);
int gh_go_type_identical(gh_GoType *a, gh_GoType *b);
/* Default type of an untyped constant kind (int, rune=int32, float64, string, bool). */
gh_GoType *gh_go_type_default(gh_GoUniverseTypes *u, gh_GoType *t);
/* Go's spelling of a type as -m prints it ("[]interface {}", "*point", "[65536]byte"). */
int gh_go_type_format(gh_GoType *t, char *buf, int n);

#endif
