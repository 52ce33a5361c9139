/* gotype.h — the Go types a scene names ("int", "string", "[]byte", "*Node", "[4]int",
 * "strings.Builder", structs declared with go.struct): their kind, size, field layout and
 * the runtime type id the allocator and collector use. Parsed from Go spelling. */
#ifndef GH_GOTYPE_H
#define GH_GOTYPE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gh_Sim;

typedef enum {
    GH_K_INT, GH_K_BYTE, GH_K_BOOL, GH_K_FLOAT, GH_K_STRING, GH_K_SLICE, GH_K_PTR,
    GH_K_ARRAY, GH_K_STRUCT, GH_K_BUILDER, GH_K_BUFFER,
} gh_Kind;

enum { GH_TDESC_NAME = 64, GH_FIELD_NAME = 32, GH_MAX_FIELDS = 64 };

typedef struct gh_Field { char name[GH_FIELD_NAME]; uint32_t offset; int32_t desc; } gh_Field;

typedef struct gh_TDesc {
    char name[GH_TDESC_NAME];  /* Go spelling, canonical (no spaces) */
    uint8_t kind;              /* gh_Kind */
    uint32_t size, align;
    int32_t rtype;             /* runtime type id of one value */
    int32_t elem;              /* SLICE/PTR/ARRAY: element desc; -1 = named type not declared yet */
    char elemName[GH_TDESC_NAME];
    int64_t len;               /* ARRAY length */
    gh_Field *fields;          /* STRUCT */
    int32_t nfields;
} gh_TDesc;

typedef struct gh_TypeDescs { gh_TDesc *v; int32_t n, cap; } gh_TypeDescs;

void gh_tdescs_free(gh_TypeDescs *t);
/* The desc of a Go type spelling, creating it on first use; -1 and err on a bad spelling. */
int32_t gh_tdesc_parse(gh_TypeDescs *t, struct gh_Sim *sim, const char *spelling, char *err, size_t n);
/* Declare `type name struct { fields... }` with fields spelled "next *Node". -1 and err on error. */
int32_t gh_tdesc_struct(gh_TypeDescs *t, struct gh_Sim *sim, const char *name, const char *const *fields,
                        int nfields, char *err, size_t n);
/* The element desc of a pointer/slice/array, resolving a forward-declared name; -1 if unknown. */
int32_t gh_tdesc_elem(gh_TypeDescs *t, int32_t desc);
/* Find the field `name` of a struct desc (NULL if absent). */
const gh_Field *gh_tdesc_field(const gh_TypeDescs *t, int32_t desc, const char *name);
/* A desc whose values have runtime type `rtype` (for finalizers and pools); -1 if none. */
int32_t gh_tdesc_by_rtype(const gh_TypeDescs *t, int32_t rtype);
/* Register every declared struct and array again in a fresh simulator (lesson.reset). */
bool gh_tdescs_reregister(gh_TypeDescs *t, struct gh_Sim *sim);

#endif
