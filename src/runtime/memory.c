/* memory.c — host backing for the simulated address space (one lazy reservation). */
#include <sys/mman.h>
#include "runtime/memory.h"

bool gh_memory_init(gh_Memory *m, uint64_t limit)
{
    memset(m, 0, sizeof *m);
    limit = (limit + GH_ARENA_BYTES - 1) & ~(GH_ARENA_BYTES - 1);
    if (limit == 0) limit = GH_ARENA_BYTES;
    void *b = mmap(NULL, limit, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (b == MAP_FAILED) return false;
    void *pb = mmap(NULL, limit / 64, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (pb == MAP_FAILED) {
        munmap(b, limit);
        return false;
    }
    m->bytes = b;
    m->ptrbits = pb;
    m->limit = limit;
    return true;
}

void gh_memory_free(gh_Memory *m)
{
    if (m->bytes) munmap(m->bytes, m->limit);
    if (m->ptrbits) munmap(m->ptrbits, m->limit / 64);
    memset(m, 0, sizeof *m);
}

void gh_memory_discard(gh_Memory *m, gh_Addr addr, uint64_t n)
{
    /* Only whole host pages can be dropped; 8 KiB runtime pages are whole host pages. */
    madvise(gh_memory_at(m, addr), n, MADV_DONTNEED);
}

void gh_memory_set_ptrbits(gh_Memory *m, gh_Addr a, uint64_t n, bool isptr)
{
    uint64_t w0 = (a - GH_ARENA_BASE) >> 3, w1 = (a + n - GH_ARENA_BASE + 7) >> 3;
    uint64_t w = w0;
    for (; w < w1 && (w & 63); w++) {
        if (isptr) m->ptrbits[w >> 6] |= (uint64_t)1 << (w & 63);
        else m->ptrbits[w >> 6] &= ~((uint64_t)1 << (w & 63));
    }
    for (; w + 64 <= w1; w += 64) m->ptrbits[w >> 6] = isptr ? ~(uint64_t)0 : 0;
    for (; w < w1; w++) {
        if (isptr) m->ptrbits[w >> 6] |= (uint64_t)1 << (w & 63);
        else m->ptrbits[w >> 6] &= ~((uint64_t)1 << (w & 63));
    }
}

void gh_memory_write_type_bits(gh_Memory *m, gh_Addr a, uint64_t n, const uint8_t *mask, uint64_t typesize,
                               uint64_t ptrdata)
{
    gh_memory_set_ptrbits(m, a, n, false);
    if (!mask || ptrdata == 0 || typesize == 0) return;
    uint64_t words = typesize / 8;
    for (uint64_t off = 0; off + typesize <= n; off += typesize) {
        for (uint64_t i = 0; i < words && i * 8 < ptrdata; i++) {
            if ((mask[i >> 3] >> (i & 7)) & 1) {
                uint64_t w = (a + off - GH_ARENA_BASE) / 8 + i;
                m->ptrbits[w >> 6] |= (uint64_t)1 << (w & 63);
            }
        }
    }
}

/* Small objects (≤ 64 words) set their bits with two masked word writes. */
void gh_memory_set_object_bits(gh_Memory *m, gh_Addr a, uint64_t elemsize, uint64_t n, const uint8_t *mask,
                               uint64_t typesize, uint64_t ptrdata)
{
    uint64_t nw = elemsize / 8, tw = typesize / 8;
    if (nw == 0 || nw > 64 || tw == 0 || tw > 64 || !mask) {
        gh_memory_set_ptrbits(m, a, elemsize, false);
        gh_memory_write_type_bits(m, a, n, mask, typesize, ptrdata);
        return;
    }
    uint64_t tmask = 0; /* one value's pointer words */
    for (uint64_t i = 0; i < tw && i * 8 < ptrdata; i++)
        if ((mask[i >> 3] >> (i & 7)) & 1) tmask |= (uint64_t)1 << i;
    uint64_t pat = 0;
    for (uint64_t off = 0; off + tw <= n / 8 && off < 64; off += tw) pat |= tmask << off;
    uint64_t keep = nw == 64 ? ~(uint64_t)0 : ((uint64_t)1 << nw) - 1;
    pat &= keep;
    uint64_t w0 = (a - GH_ARENA_BASE) >> 3, q = w0 >> 6, o = w0 & 63;
    m->ptrbits[q] = (m->ptrbits[q] & ~(keep << o)) | (pat << o);
    if (o + nw > 64) {
        uint64_t hi = nw - (64 - o);
        uint64_t hk = ((uint64_t)1 << hi) - 1;
        m->ptrbits[q + 1] = (m->ptrbits[q + 1] & ~hk) | (pat >> (64 - o));
    }
}
