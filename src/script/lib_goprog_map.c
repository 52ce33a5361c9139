/* lib_goprog_map.c — prog:map(name): what a lesson needs to show a Go map of the running
 * program, read from its runtime structure in simulated memory (Go 1.19's runtime/map.go,
 * as src/golang/exec_gomap.c builds it), so the scene can highlight the hmap's room and its
 * bucket arrays by address and narrate count, B and the evacuation with the runtime's figures.
 *
 *   hmap (48 B): count int @0, flags uint8 @8, B uint8 @9, noverflow uint16 @10,
 *                hash0 uint32 @12, buckets @16, oldbuckets @24, nevacuate uintptr @32, extra @40
 *   bucket:      tophash [8]uint8, 8 keys, 8 values, then the overflow pointer (its last word).
 *                A key or value over 128 bytes is a pointer in its slot (the bucket's size:
 *                goprog_mapbucket.c; 144 B for map[int]int).
 *   tophash:     0 and 1 mark an empty slot, 2 to 4 an old bucket already moved (evacuated X,
 *                Y or empty), 5 and up a slot in use. While the map grows, flags bit 8 says the
 *                growth keeps the size (too many overflow buckets), else the old array has
 *                half as many buckets.
 *
 * The table it returns: hmap (its address), count, flags, B, noverflow, hash0, buckets,
 * oldbuckets, nevacuate, extra (the words as Go names them), nbuckets (2^B; 0 before the first
 * insert of a small map, which has no array yet), oldnbuckets (0 when not growing), bucketsize, used (keys in each bucket of the array, its overflow chain
 * included: used[1] is bucket 0), overflow (overflow buckets chained to the array now) and
 * overflows (their addresses, in bucket order),
 * evacuated (old buckets moved so far). A nil map gives nil. Reading charges nothing.
 */
#include <string.h>
#include <lauxlib.h>
#include "runtime/runtime.h"
#include "script/goprog.h"
#include "script/goprog_mapbucket.h"

enum {
    BUCKET_CNT = 8, MAX_KEY_SIZE = 128, MAX_ELEM_SIZE = 128, LOAD_FACTOR_NUM = 13, LOAD_FACTOR_DEN = 2, MIN_TOPHASH = 5, EVACUATED_X = 2, EVACUATED_EMPTY = 4, SAME_SIZE_GROW = 8,
    HMAP_SIZE = 48, CHAIN_MAX = 1 << 16 /* overflow buckets walked at most, against a broken chain */
};

static const uint8_t *read(lua_State *L, const gh_Sim *sim, const char *name, uint64_t a, uint64_t n)
{
    const uint8_t *b = gh_peek(sim, a, n);
    if (!b) gh_error_scene(L, "prog:map: %s's map memory at 0x%llx cannot be read", name, (unsigned long long)a);
    return b;
}

static uint64_t word(const uint8_t *b, int off, int n)
{
    uint64_t v = 0;
    memcpy(&v, b + off, (size_t)n);
    return v;
}

/* The bytes of the heap room holding address a (its size class), 0 outside the heap (a
 * bucket in a frame) or for 0. */
static uint64_t room(const gh_Sim *sim, uint64_t a)
{
    int32_t span;
    uint32_t slot;
    if (!a || !gh_find_object(sim, a, &span, &slot)) return 0;
    return gh_sim_span(sim, span)->elemsize;
}

static void set(lua_State *L, const char *k, uint64_t v)
{
    lua_pushinteger(L, (lua_Integer)v);
    lua_setfield(L, -2, k);
}

int gh_goprog_m_map(lua_State *L)
{
    GoProg *p = gh_goprog_check(L);
    gh_ExecVar v = gh_goprog_lookup(L, p, "map");
    const char *name = lua_tostring(L, 2);
    long long bsize = gh_goprog_map_bucket_size(v.gotype);
    if (!bsize)
        return gh_error_scene(L, "prog:map: %s is not a map (its type is %s)", name, v.type);
    const gh_Sim *sim = gh_script_of(L)->sim;
    uint64_t h = word(read(L, sim, name, v.addr, 8), 0, 8);
    if (!h) return lua_pushnil(L), 1;
    const uint8_t *hm = read(L, sim, name, h, HMAP_SIZE);
    uint64_t flags = word(hm, 8, 1), B = word(hm, 9, 1), buckets = word(hm, 16, 8), old = word(hm, 24, 8);
    lua_createtable(L, 0, 16);
    set(L, "hmap", h);
    set(L, "count", word(hm, 0, 8));
    set(L, "flags", flags);
    set(L, "B", B);
    set(L, "noverflow", word(hm, 10, 2));
    set(L, "hash0", word(hm, 12, 4));
    set(L, "buckets", buckets);
    set(L, "oldbuckets", old);
    set(L, "nevacuate", word(hm, 32, 8));
    set(L, "extra", word(hm, 40, 8));
    set(L, "bucketsize", (uint64_t)bsize);
    set(L, "slots", BUCKET_CNT);
    set(L, "maxkeysize", MAX_KEY_SIZE);
    set(L, "maxelemsize", MAX_ELEM_SIZE);
    lua_pushnumber(L, (lua_Number)LOAD_FACTOR_NUM / LOAD_FACTOR_DEN);
    lua_setfield(L, -2, "loadfactor");
    set(L, "room", room(sim, buckets));
    set(L, "oldroom", room(sim, old));
    uint64_t n = buckets ? 1ull << B : 0, oldn = !old ? 0 : (flags & SAME_SIZE_GROW) || !B ? 1ull << B : 1ull << (B - 1);
    set(L, "nbuckets", n);
    set(L, "oldnbuckets", oldn);
    /* the keys in each bucket of the array and its overflow chain */
    uint64_t overflow = 0;
    lua_createtable(L, 0, 0); /* overflows: the chained buckets' addresses, bucket by bucket */
    lua_createtable(L, (int)(n < CHAIN_MAX ? n : CHAIN_MAX), 0);
    for (uint64_t i = 0; i < n && i < CHAIN_MAX; i++) {
        uint64_t used = 0;
        for (uint64_t b = buckets + i * (uint64_t)bsize; b;) {
            const uint8_t *bk = read(L, sim, name, b, (uint64_t)bsize);
            for (int s = 0; s < BUCKET_CNT; s++) used += bk[s] >= MIN_TOPHASH;
            b = word(bk, (int)bsize - 8, 8);
            if (!b) break;
            if (++overflow > CHAIN_MAX) return gh_error_scene(L, "prog:map: %s's overflow chains do not end", name);
            lua_pushinteger(L, (lua_Integer)b);
            lua_rawseti(L, -3, (lua_Integer)overflow);
        }
        lua_pushinteger(L, (lua_Integer)used);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -3, "used");
    lua_setfield(L, -2, "overflows");
    set(L, "overflow", overflow);
    /* the old buckets already moved: evacuate marks every slot of a moved one 2, 3 or 4 */
    uint64_t moved = 0;
    for (uint64_t i = 0; i < oldn && i < CHAIN_MAX; i++) {
        uint8_t top = read(L, sim, name, old + i * (uint64_t)bsize, 1)[0];
        moved += top >= EVACUATED_X && top <= EVACUATED_EMPTY;
    }
    set(L, "evacuated", moved);
    return 1;
}
