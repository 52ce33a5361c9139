/* test_gofigures.c — figures real Go 1.19 reports (linux/amd64, ../shared/reference/gotruth),
 * reproduced through the simulated runtime: concatenation, strings.Builder, growslice. */
#include <string.h>
#include "check.h"
#include "runtime/access.h"
#include "runtime/runtime.h"
#include "runtime/sim.h"

static gh_Sim *sim;
static gh_MemStats before;

static void start(void)
{
    sim = gh_sim_new(NULL);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 512, 1);
    gh_GC(sim);
    gh_ReadMemStats(sim, &before);
}

static gh_MemStats delta(void)
{
    gh_MemStats m;
    gh_ReadMemStats(sim, &m);
    m.Mallocs -= before.Mallocs;
    m.Frees -= before.Frees;
    m.TotalAlloc -= before.TotalAlloc;
    return m;
}

/* s := ""; for n times { s += "a" } with s a local variable (a root). */
static void concat(int n)
{
    gh_Addr s = gh_frame_local(sim, "s", GH_TYPE_STRING_HDR, 16, false);
    gh_String lit = {gh_rodata_string(sim, "a", 1), 1}, cur = {0, 0};
    for (int i = 0; i < n; i++) {
        gh_temps_clear(sim);
        gh_String ops[2] = {cur, lit};
        CHECK(gh_concatstrings(sim, 0, ops, 2, &cur), "concat");
        uint64_t hdr[2] = {cur.ptr, (uint64_t)cur.len};
        gh_store_ptr(sim, s, hdr[0]);
        gh_store(sim, s + 8, &hdr[1], 8);
    }
}

CASE("concat 1000 times makes 999 allocations")
{
    start();
    concat(1000);
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 999, "Mallocs (Go 1.19: 999)");
    CHECK_EQ(d.TotalAlloc, 530288, "TotalAlloc (Go 1.19: 530288)");
    CHECK_EQ(d.Frees, 4, "Frees: the 4 tiny fits (Go 1.19: 4)");
    gh_sim_free(sim);
}

CASE("concat lengths 2 to 15 take 10 tiny blocks")
{
    start();
    concat(15);
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 14, "14 allocations");
    CHECK_EQ(d.TotalAlloc, 160, "10 blocks of 16 bytes");
    gh_sim_free(sim);
}

CASE("builder 1000 writes make 9 allocations")
{
    start();
    gh_Addr b = gh_frame_local(sim, "b", GH_TYPE_BUILDER, GH_BUILDER_SIZE, false);
    gh_String lit = {gh_rodata_string(sim, "a", 1), 1};
    int64_t caps[16], ncaps = 0, last = -1;
    for (int i = 0; i < 1000; i++) {
        gh_temps_clear(sim);
        CHECK(gh_builder_write_string(sim, b, lit), "WriteString");
        gh_Slice buf;
        gh_builder_buf(sim, b, &buf);
        if (buf.cap != last && ncaps < 16) caps[ncaps++] = last = buf.cap;
    }
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 9, "Mallocs (Go 1.19: 9)");
    CHECK_EQ(d.TotalAlloc, 3328, "TotalAlloc (Go 1.19: 3328)");
    static const int64_t want[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408};
    CHECK_EQ(ncaps, 9, "nine capacities");
    for (int i = 0; i < 9 && i < ncaps; i++) CHECK_EQ(caps[i], want[i], "Builder capacity sequence");
    gh_String out;
    gh_builder_string(sim, b, &out);
    CHECK_EQ(out.len, 1000, "String() has 1000 bytes");
    gh_sim_free(sim);
}

CASE("builder grow 1000 first makes one allocation")
{
    start();
    gh_Addr b = gh_frame_local(sim, "b", GH_TYPE_BUILDER, GH_BUILDER_SIZE, false);
    gh_builder_grow(sim, b, 1000);
    gh_String lit = {gh_rodata_string(sim, "a", 1), 1};
    for (int i = 0; i < 1000; i++) gh_builder_write_string(sim, b, lit);
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 1, "Mallocs (Go 1.19: 1)");
    CHECK_EQ(d.TotalAlloc, 1024, "TotalAlloc (Go 1.19: 1024)");
    gh_sim_free(sim);
}

CASE("appending bytes walks Go's growslice sequence")
{
    start();
    gh_Addr sl = gh_frame_local(sim, "b", GH_TYPE_SLICE_HDR, 24, false);
    gh_Slice s = {0, 0, 0};
    int64_t caps[32], n = 0, last = 0;
    for (int i = 0; i < 100000; i++) {
        uint8_t c = 'x';
        gh_temps_clear(sim);
        CHECK(gh_append_bytes(sim, &s, &c, 1), "append");
        gh_store_ptr(sim, sl, s.ptr);
        if (s.cap != last && n < 32) caps[n++] = last = s.cap;
    }
    static const int64_t want[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376, 6912, 9472,
                                   12288, 16384, 21760, 28672, 40960, 57344, 73728, 98304, 131072};
    CHECK_EQ(n, 24, "24 capacities for 100000 bytes (Go 1.19)");
    for (int i = 0; i < 24 && i < n; i++) CHECK_EQ(caps[i], want[i], "[]byte capacity sequence");
    gh_sim_free(sim);
}

CASE("growslice rule for other element sizes")
{
    static const int64_t ints[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560};
    static const int64_t t24[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048};
    int64_t cap = 0;
    for (int i = 0; i < 14; i++) {
        cap = gh_growslice_cap(cap, cap + 1, 8);
        CHECK_EQ(cap, ints[i], "[]int capacities (Go 1.19)");
    }
    cap = 0;
    for (int i = 0; i < 13; i++) {
        cap = gh_growslice_cap(cap, cap + 1, 24);
        CHECK_EQ(cap, t24[i], "24-byte struct capacities (Go 1.19)");
    }
    CHECK_EQ(gh_growslice_cap(300, 301, 1), 576, "one byte onto len=cap=300 → 576");
    CHECK_EQ(gh_growslice_cap(0, 5, 1), 8, "5 bytes onto nil → 8");
    CHECK_EQ(gh_growslice_cap(3, 10, 1), 16, "3+7 bytes → 16");
}

CASE("string conversions follow Go's rules")
{
    start();
    gh_String lit = {gh_rodata_string(sim, "hello", 5), 5};
    gh_Slice b;
    gh_stringtoslicebyte(sim, 0, lit, &b);
    CHECK_EQ(b.cap, 8, "[]byte(\"hello\") escaping → cap 8");
    gh_String one;
    gh_slicebytetostring(sim, 0, b.ptr, 1, &one);
    CHECK_EQ(one.ptr, gh_staticuint64('h'), "one-byte string points into the static table");
    gh_String ops[2] = {{0, 0}, lit}, r;
    gh_concatstrings(sim, 0, ops, 2, &r);
    CHECK_EQ(r.ptr, lit.ptr, "\"\" + s returns s itself");
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 1, "only []byte(s) allocated");
    gh_sim_free(sim);
}

CASE("boxing small ints and empty strings is free")
{
    start();
    gh_convT64(sim, 7);       /* fmt.Println(7): static table */
    gh_convTstring(sim, (gh_String){0, 0});
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 0, "0 allocations (Go 1.19: 0)");
    gh_convT64(sim, 256);     /* 1 allocation: 8 bytes through the tiny allocator */
    gh_String hi = {gh_rodata_string(sim, "hi", 2), 2};
    gh_convTstring(sim, hi);  /* 1 allocation: a 16-byte header */
    d = delta();
    CHECK_EQ(d.Mallocs, 2, "2 allocations (Go 1.19: 1 + 1)");
    CHECK_EQ(d.TotalAlloc, 32, "a 16-byte tiny block and a 16-byte header");
    gh_sim_free(sim);
}

CASE("bytes buffer grows as Go 1.19")
{
    start();
    gh_Addr b = gh_frame_local(sim, "b", GH_TYPE_BUFFER, GH_BUFFER_SIZE, false);
    gh_String lit = {gh_rodata_string(sim, "hello ", 6), 6};
    int64_t caps[16], n = 0, last = -1;
    for (int i = 0; i < 300; i++) {
        gh_temps_clear(sim);
        CHECK(gh_buffer_write_string(sim, b, lit), "WriteString");
        gh_Slice buf;
        int64_t off;
        gh_buffer_state(sim, b, &buf, &off);
        if (buf.cap != last && n < 16) caps[n++] = last = buf.cap;
    }
    static const int64_t want[] = {64, 128, 256, 512, 1024, 2048};
    CHECK_EQ(n, 6, "six capacities (Go 1.19: 64 128 256 512 1024 2048)");
    for (int i = 0; i < 6 && i < n; i++) CHECK_EQ(caps[i], want[i], "bytes.Buffer capacity");
    gh_MemStats d = delta();
    CHECK_EQ(d.Mallocs, 6, "Mallocs (Go 1.19: 6)");
    CHECK_EQ(d.TotalAlloc, 4032, "TotalAlloc (Go 1.19: 4032)");
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
