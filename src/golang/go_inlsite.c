/* go_inlsite.c — the per-call-site escape verdicts of inlined bodies (go_inlsite.h).
 * One open-addressing hash over (kind, site, key) in the program's arena: kind 0 maps
 * (parent site, call) to a child site id, kind 1 maps (site, node or variable) to a
 * verdict index.  The table doubles at half load; the old arrays stay in the arena
 * (freed with the program).  Verdicts are also chained per home function (by
 * gh_GoFunc.id) so a frame layout finds its own in one walk. */
#include <stdint.h>
#include <string.h>
#include "golang/go_inlsite.h"

typedef struct Slot { const void *key; int site, kind, value; } Slot;

struct gh_GoInlSites {
    Slot *slots; int cap, used;
    int nsites;
    gh_GoInlVerdict *verdicts; int nverdicts;
    int *first_of, *last_of, nfuncs;   /* by gh_GoFunc.id: index + 1 */
};

static uint64_t hash(int kind, int site, const void *key)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull;
    h ^= ((uint64_t)(unsigned)site << 1 | (uint64_t)kind) * 0xC2B2AE3D27D4EB4Full;
    return h ^ (h >> 29);
}

static gh_GoInlSites *sites_of(gh_GoProgram *p)
{
    if (!p->inlsites) {
        gh_GoInlSites *s = gh_go_arena_alloc(&p->src->arena, sizeof *s);
        s->cap = 64;
        s->slots = gh_go_arena_alloc(&p->src->arena, sizeof *s->slots * (size_t)s->cap);
        s->nfuncs = p->nall + 1;
        s->first_of = gh_go_arena_alloc(&p->src->arena, sizeof(int) * (size_t)s->nfuncs);
        s->last_of = gh_go_arena_alloc(&p->src->arena, sizeof(int) * (size_t)s->nfuncs);
        p->inlsites = s;
    }
    return p->inlsites;
}

static Slot *find(const gh_GoInlSites *s, int kind, int site, const void *key)
{
    size_t mask = (size_t)s->cap - 1;
    for (size_t i = hash(kind, site, key) & mask;; i = (i + 1) & mask) {
        Slot *sl = &s->slots[i];
        if (!sl->key || (sl->key == key && sl->site == site && sl->kind == kind)) return sl;
    }
}

static Slot *insert(gh_GoProgram *p, int kind, int site, const void *key)
{
    gh_GoInlSites *s = sites_of(p);
    if (2 * (s->used + 1) > s->cap) {
        Slot *old = s->slots;
        int ocap = s->cap;
        s->cap *= 2;
        s->slots = gh_go_arena_alloc(&p->src->arena, sizeof *s->slots * (size_t)s->cap);
        for (int i = 0; i < ocap; i++)
            if (old[i].key) *find(s, old[i].kind, old[i].site, old[i].key) = old[i];
    }
    Slot *sl = find(s, kind, site, key);
    if (!sl->key) { *sl = (Slot){key, site, kind, 0}; s->used++; }
    return sl;
}

int gh_go_inlsite_child(gh_GoProgram *p, int parent, const gh_GoNode *call, int create)
{
    if (!create) {
        if (!p->inlsites) return 0;
        Slot *sl = find(p->inlsites, 0, parent, call);
        return sl->key ? sl->value : 0;
    }
    Slot *sl = insert(p, 0, parent, call);
    if (!sl->value) sl->value = ++p->inlsites->nsites;
    return sl->value;
}

void gh_go_inlsite_set(gh_GoProgram *p, int site, const void *key, int is_var, int escapes, const gh_GoFunc *home)
{
    Slot *sl = insert(p, 1, site, key);
    gh_GoInlSites *s = p->inlsites;
    if (sl->value) { s->verdicts[sl->value - 1].escapes = escapes; return; }
    if (home->id < 0 || home->id >= s->nfuncs) return;
    gh_GoInlVerdict *v = gh_go_arena_push(&p->src->arena, &s->verdicts, &s->nverdicts, sizeof *v);
    *v = (gh_GoInlVerdict){site, key, escapes, is_var, 0};
    sl->value = s->nverdicts;
    if (s->last_of[home->id]) s->verdicts[s->last_of[home->id] - 1].next = s->nverdicts;
    else s->first_of[home->id] = s->nverdicts;
    s->last_of[home->id] = s->nverdicts;
}

const gh_GoInlVerdict *gh_go_inlsite_verdict(const gh_GoProgram *p, int site, const void *key)
{
    if (!p->inlsites || !site) return NULL;
    const Slot *sl = find(p->inlsites, 1, site, key);
    return sl->key ? &p->inlsites->verdicts[sl->value - 1] : NULL;
}

int gh_go_inlsite_first(const gh_GoProgram *p, const gh_GoFunc *fn)
{
    const gh_GoInlSites *s = p->inlsites;
    return s && fn->id >= 0 && fn->id < s->nfuncs ? s->first_of[fn->id] : 0;
}

const gh_GoInlVerdict *gh_go_inlsite_at(const gh_GoProgram *p, int index1)
{
    return &p->inlsites->verdicts[index1 - 1];
}
