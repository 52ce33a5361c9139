/* exec_map.c — a small open-addressing map from host pointers (syntax nodes, types,
 * functions) to two words, so the interpreter can annotate the read-only tree.
 */
#include <stdint.h>
#include <stdlib.h>
#include "golang/exec_int.h"

static uint32_t hash(const void *k)
{
    uint64_t x = (uint64_t)(uintptr_t)k;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static bool grow(XMap *m)
{
    uint32_t nc = m->cap ? m->cap * 2 : 64;
    XMapEnt *nv = calloc(nc, sizeof *nv);
    if (!nv) return false;
    for (uint32_t i = 0; i < m->cap; i++) {
        if (!m->v[i].key) continue;
        uint32_t j = hash(m->v[i].key) & (nc - 1);
        while (nv[j].key) j = (j + 1) & (nc - 1);
        nv[j] = m->v[i];
    }
    free(m->v);
    m->v = nv;
    m->cap = nc;
    return true;
}

uint64_t *gh_xmap_get(XMap *m, const void *key, bool create)
{
    if (m->cap) {
        uint32_t j = hash(key) & (m->cap - 1);
        for (; m->v[j].key; j = (j + 1) & (m->cap - 1))
            if (m->v[j].key == key) return &m->v[j].a;
    }
    if (!create) return NULL;
    if ((m->n + 1) * 2 > m->cap && !grow(m)) return NULL;
    uint32_t j = hash(key) & (m->cap - 1);
    while (m->v[j].key) j = (j + 1) & (m->cap - 1);
    m->v[j].key = key;
    m->n++;
    return &m->v[j].a;
}

void gh_xmap_free(XMap *m)
{
    free(m->v);
    m->v = NULL;
    m->cap = m->n = 0;
}
