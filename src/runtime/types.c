/* types.c — the type registry: sizes and pointer masks of the Go types a scene uses. */
#include <stdlib.h>
#include <string.h>
#include "runtime/types.h"

/* What a reader makes of a value, from the type's Go spelling: a string header, a slice
 * header, a pointer, or plain bytes. */
static uint8_t kind_of(const char *name)
{
    if (!strcmp(name, "string")) return GH_KIND_STRING;
    if (!strncmp(name, "[]", 2)) return GH_KIND_SLICE;
    if (name[0] == '*') return GH_KIND_POINTER;
    return GH_KIND_OTHER;
}

void gh_types_init(gh_TypeTable *t)
{
    memset(t, 0, sizeof *t);
    static const uint8_t one = 1;
    gh_types_add(t, "byte", 1, NULL);
    gh_types_add(t, "*T", 8, &one);
    gh_types_add(t, "string", 16, &one);
    gh_types_add(t, "[]T", 24, &one);
    gh_types_add(t, "int", 8, NULL);
    static const uint8_t builder = 0x3, buffer = 0x1;
    gh_types_add(t, "strings.Builder", 32, &builder);
    gh_types_add(t, "bytes.Buffer", 40, &buffer);
}

void gh_types_free(gh_TypeTable *t)
{
    for (int32_t i = 0; i < t->n; i++) free(t->v[i].ptrmask);
    free(t->v);
    memset(t, 0, sizeof *t);
}

int32_t gh_types_add(gh_TypeTable *t, const char *name, uint64_t size, const uint8_t *ptrmask)
{
    if (t->n == t->cap) {
        int32_t nc = t->cap ? t->cap * 2 : 32;
        gh_Type *nv = realloc(t->v, sizeof(gh_Type) * (size_t)nc);
        if (!nv) return -1;
        t->v = nv;
        t->cap = nc;
    }
    gh_Type *ty = &t->v[t->n];
    memset(ty, 0, sizeof *ty);
    strncpy(ty->name, name ? name : "?", GH_TYPE_NAME_MAX - 1);
    ty->size = size;
    ty->kind = kind_of(name ? name : "");
    uint64_t words = size / 8, mb = gh_type_mask_bytes(size);
    if (ptrmask) { /* ptrdata ends after the last pointer word: search back from the mask's end */
        uint64_t b = mb;
        while (b > 0 && !ptrmask[b - 1]) b--;
        uint64_t i = b * 8 < words ? b * 8 : words;
        while (i > 0 && !((ptrmask[(i - 1) >> 3] >> ((i - 1) & 7)) & 1)) i--;
        ty->ptrdata = i * 8;
    }
    if (ty->ptrdata) {
        if (!gh_types_mask_fits(t, size)) return -1;
        ty->ptrmask = malloc((size_t)mb);
        if (!ty->ptrmask) return -1;
        memcpy(ty->ptrmask, ptrmask, (size_t)mb);
        t->maskBytes += mb;
    }
    return t->n++;
}
