/* goprog_mapbucket.c — the size of one bucket of a Go map type, as Go 1.19's compiler lays
 * out runtime.bmap on linux/amd64 (cmd/compile's MapBucketType): tophash [8]uint8, then 8
 * keys, then 8 values, each array aligned for its element, then the overflow pointer. A key
 * or value over 128 bytes is stored indirectly, so its slot is a pointer (8 bytes). For
 * map[int]int: 8 + 64 + 64 + 8 = 144 bytes. Kept apart from lib_goprog_map.c because the
 * checker's types (golang/go_types.h) and the scene's (script/gotype.h) do not mix.
 */
#include "golang/go_types.h"
#include "script/goprog_mapbucket.h"

enum { BUCKET_CNT = 8, MAX_SLOT = 128 };

long long gh_goprog_map_bucket_size(struct gh_GoType *t)
{
    gh_GoType *u = t ? gh_go_under(t) : NULL;
    if (!u || u->kind != GH_K_MAP) return 0;
    long long ks = gh_go_type_size(u->key), vs = gh_go_type_size(u->elem);
    long long ka = ks > MAX_SLOT ? 8 : gh_go_type_align(u->key), va = vs > MAX_SLOT ? 8 : gh_go_type_align(u->elem);
    if (ks > MAX_SLOT) ks = 8;
    if (vs > MAX_SLOT) vs = 8;
    if (ka < 1) ka = 1;
    if (va < 1) va = 1;
    long long off = (BUCKET_CNT + ka - 1) / ka * ka + BUCKET_CNT * ks; /* tophash, then the keys */
    off = (off + va - 1) / va * va + BUCKET_CNT * vs;                  /* the values */
    return (off + 7) / 8 * 8 + 8;                                      /* the overflow pointer */
}
