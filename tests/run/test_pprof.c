/* test_pprof.c — the pieces of --pprof on their own: gzip's stored blocks and CRC-32, the
 * protobuf varints, Go's heap-profile buckets (a bucket per stack and object size; alloc
 * and inuse; frees counted off), and the written file read back by a decoder written from
 * the specs (tests/pprof_read.h). */
#include <errno.h>
#include <unistd.h>
#include "check.h"
#include "pprof_read.h"
#include "run/gzip.h"
#include "run/heap_profile.h"
#include "run/pprof.h"
#include "run/protobuf.h"

CASE("CRC-32 of \"123456789\" is the standard check value CBF43926")
{
    CHECK_EQ(gh_gzip_crc32(0, "123456789", 9), 0xCBF43926u, "the ISO-HDLC check value");
    CHECK_EQ(gh_gzip_crc32(gh_gzip_crc32(0, "1234", 4), "56789", 5), 0xCBF43926u, "continued in two pieces");
}

/* gzip data to a memory stream, then gunzip it with the test's reader. */
static bool roundtrip(const unsigned char *data, size_t n, unsigned char **gz, size_t *gzn, unsigned char **back, size_t *backn,
                      char *why)
{
    FILE *f = open_memstream((char **)gz, gzn);
    bool ok = gh_gzip_write(f, data, n);
    fclose(f);
    return ok && pr_gunzip(*gz, *gzn, back, backn, why, 200);
}

CASE("gzip: 70000 bytes are two stored blocks (65535 + 4465), 10 + 2x5 + 70000 + 8 bytes in all")
{
    size_t n = 70000;
    unsigned char *data = malloc(n), *gz, *back;
    for (size_t i = 0; i < n; i++) data[i] = (unsigned char)(i * 7);
    size_t gzn, backn;
    char why[200] = "";
    if (CHECK(roundtrip(data, n, &gz, &gzn, &back, &backn, why), "gunzips: %s", why)) {
        CHECK_EQ(gzn, 10 + 5 + 65535 + 5 + 4465 + 8, "header, two block headers, the data, CRC and ISIZE");
        CHECK_EQ(gz[10], 0, "first block: not final, stored");
        CHECK_EQ(gz[10 + 5 + 65535], 1, "second block: final, stored");
        CHECK(backn == n && !memcmp(back, data, n), "the same bytes come back");
    }
    free(data), free(gz), free(back);
}

CASE("gzip: empty data is one empty final block, and gunzips to nothing")
{
    unsigned char *gz, *back;
    size_t gzn, backn;
    char why[200] = "";
    if (CHECK(roundtrip((const unsigned char *)"", 0, &gz, &gzn, &back, &backn, why), "gunzips: %s", why)) {
        CHECK_EQ(gzn, 10 + 5 + 8, "header, one block header, CRC and ISIZE");
        CHECK_EQ(backn, 0, "nothing comes back");
    }
    free(gz), free(back);
}

CASE("protobuf: 300 is the varint AC 02; a nested message is prefixed by its length")
{
    gh_PBuf pb = {0};
    gh_pb_uint(&pb, 1, 300);
    size_t m = gh_pb_begin(&pb, 2);
    gh_pb_string(&pb, 3, "go");
    gh_pb_end(&pb, m);
    unsigned char want[] = {0x08, 0xAC, 0x02, 0x12, 0x04, 0x1A, 0x02, 'g', 'o'};
    CHECK_EQ(pb.n, sizeof want, "bytes written");
    CHECK(pb.n == sizeof want && !memcmp(pb.b, want, sizeof want), "field 1 = 300, field 2 = {field 3 = \"go\"}");
    gh_pb_free(&pb);
}

CASE("protobuf: a negative int64 is ten bytes of two's complement")
{
    gh_PBuf pb = {0};
    gh_pb_uint(&pb, 1, (uint64_t)(int64_t)-1);
    CHECK_EQ(pb.n, 11, "key + 10 varint bytes");
    PrBuf b = {pb.b + 1, pb.b + pb.n, false};
    CHECK_EQ((int64_t)pr_varint(&b), -1, "decodes back to -1");
    gh_pb_free(&pb);
}

static const gh_HeapFrame F_AT_7[] = {{"main.f", "/src/p.go", 7, 5, true}, {"main.main", "/src/p.go", 12, 11, false},
                                      {"runtime.main", "runtime/proc.go", 250, 0, false}};
static const gh_HeapFrame G_AT_20[] = {{"main.g", "/src/p.go", 20, 18, false}, {"main.main", "/src/p.go", 13, 11, false},
                                       {"runtime.main", "runtime/proc.go", 250, 0, false}};

/* A profile: 3 objects of 1024 bytes at main.f (one freed), 1 of 48 at main.f, 2 of 8192
 * at main.g; written to a temporary file and read back. */
static bool write_and_read(PrProfile *p)
{
    gh_HeapProfile *hp = gh_heap_profile_new();
    for (uint64_t i = 0; i < 3; i++) gh_heap_profile_malloc(hp, 0xc000010000 + 1024 * i, 1024, F_AT_7, 3);
    gh_heap_profile_malloc(hp, 0xc000020000, 48, F_AT_7, 3);
    gh_heap_profile_malloc(hp, 0xc000100000, 8192, G_AT_20, 3);
    gh_heap_profile_malloc(hp, 0xc000102000, 8192, G_AT_20, 3);
    gh_heap_profile_free_object(hp, 0xc000010400);
    gh_heap_profile_free_object(hp, 0xc000010400);   /* a second free of the same room: nothing */
    gh_heap_profile_free_object(hp, 0xc0000f0000);   /* an object never recorded: nothing */
    char path[] = "/tmp/gohotel-pprof-XXXXXX";
    int fd = mkstemp(path);
    if (fd >= 0) close(fd);
    char err[300] = "";
    bool ok = fd >= 0 && gh_pprof_write(hp, "p", path, err, sizeof err);
    if (!ok) fprintf(stderr, "write: %s\n", err);
    ok = ok && pr_read_file(path, p);
    if (fd >= 0) unlink(path);
    gh_heap_profile_free(hp);
    return ok;
}

CASE("heap profile: Go's four sample types, period type space/bytes, period 1 (every allocation)")
{
    PrProfile p;
    if (!CHECK(write_and_read(&p), "writes and reads back: %s", p.why)) return pr_free(&p);
    static const char *const want[4][2] = {{"alloc_objects", "count"}, {"alloc_space", "bytes"},
                                           {"inuse_objects", "count"}, {"inuse_space", "bytes"}};
    CHECK_EQ(p.ntypes, 4, "sample types");
    for (int i = 0; i < 4 && i < p.ntypes; i++) {
        CHECK_STR(pr_str(&p, p.types[i].type), want[i][0], "sample type %d", i);
        CHECK_STR(pr_str(&p, p.types[i].unit), want[i][1], "its unit");
    }
    CHECK_STR(pr_str(&p, p.periodType.type), "space", "period type");
    CHECK_STR(pr_str(&p, p.periodType.unit), "bytes", "period unit");
    CHECK_EQ(p.period, 1, "period: MemProfileRate 1");
    CHECK_EQ(p.nmappings, 1, "one mapping");
    CHECK_STR(pr_str(&p, p.mappingFile), "p", "named after the program");
    CHECK(p.mappingHasFunctions, "whose locations need no symbolization");
    pr_free(&p);
}

CASE("heap profile: a bucket per stack and size; inuse is what the collector has not freed")
{
    PrProfile p;
    if (!CHECK(write_and_read(&p), "writes and reads back: %s", p.why)) return pr_free(&p);
    CHECK_EQ(p.nsamples, 3, "buckets: main.f x 1024, main.f x 48, main.g x 8192");
    const PrSample *s = pr_sample_at(&p, "main.f", 1024);
    if (CHECK(s != NULL, "a main.f sample of 1024-byte objects") && CHECK_EQ(s->nv, 4, "four values")) {
        CHECK_EQ(s->v[0], 3, "alloc_objects");
        CHECK_EQ(s->v[1], 3 * 1024, "alloc_space");
        CHECK_EQ(s->v[2], 2, "inuse_objects: one of three freed");
        CHECK_EQ(s->v[3], 2 * 1024, "inuse_space");
        CHECK_STR(pr_str(&p, s->labelKey), "bytes", "the size label, as Go's");
    }
    s = pr_sample_at(&p, "main.f", 48);
    if (CHECK(s != NULL, "a main.f sample of 48-byte objects")) CHECK_EQ(s->v[1], 48, "alloc_space");
    s = pr_sample_at(&p, "main.g", 8192);
    if (CHECK(s != NULL, "a main.g sample of 8192-byte objects")) {
        CHECK_EQ(s->v[0], 2, "alloc_objects");
        CHECK_EQ(s->v[3], 2 * 8192, "inuse_space: none freed");
    }
    pr_free(&p);
}

CASE("heap profile: an inlined call shares its caller's location, innermost line first")
{
    PrProfile p;
    if (!CHECK(write_and_read(&p), "writes and reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "main.f", 1024);
    if (!CHECK(s != NULL && s->nlocs == 2, "main.f's stack: 2 locations (main.f+main.main, runtime.main)")) return pr_free(&p);
    const PrLoc *l = pr_loc(&p, s->locs[0]);
    if (CHECK(l && l->nlines == 2, "the first location has two lines")) {
        CHECK_STR(pr_loc_func(&p, s->locs[0], 0), "main.f", "line 0: the inlined callee");
        CHECK_EQ(l->lines[0].line, 7, "at its line");
        CHECK_STR(pr_loc_func(&p, s->locs[0], 1), "main.main", "line 1: the caller");
        CHECK_EQ(l->lines[1].line, 12, "at the call's line");
        CHECK_EQ(l->mapping, 1, "in the one mapping");
    }
    CHECK_STR(pr_loc_func(&p, s->locs[1], 0), "runtime.main", "the root");
    const PrFunc *fn = l ? pr_func(&p, l->lines[0].func) : NULL;
    if (CHECK(fn != NULL, "main.f's function")) {
        CHECK_STR(pr_str(&p, fn->file), "/src/p.go", "its file");
        CHECK_EQ(fn->start, 5, "its first line");
    }
    pr_free(&p);
}

CASE("heap profile: a fresh heap (lesson.reset) leaves nothing in use; a room reused unseen was freed")
{
    gh_HeapProfile *hp = gh_heap_profile_new();
    gh_heap_profile_malloc(hp, 0xc000010000, 64, G_AT_20, 3);
    gh_heap_profile_malloc(hp, 0xc000010000, 64, G_AT_20, 3);   /* the same room again, no free seen */
    gh_heap_profile_memprofile(hp);                               /* no GC yet: every cycle folded in */
    gh_HeapView v = gh_heap_profile_view(hp);
    if (CHECK_EQ(v.nbuckets, 1, "one bucket")) {
        CHECK_EQ(v.buckets[0].allocs, 2, "two allocated");
        CHECK_EQ(v.buckets[0].frees, 1, "the first counted freed when its room was taken");
    }
    gh_heap_profile_forget_live(hp);
    gh_heap_profile_memprofile(hp);
    v = gh_heap_profile_view(hp);
    if (v.nbuckets) CHECK_EQ(v.buckets[0].frees, 2, "after the reset neither is in use");
    gh_heap_profile_free(hp);
}

/* The published counts of the bucket of G_AT_20 with objects of `size` bytes. */
static gh_HeapBucket published(gh_HeapProfile *hp, uint64_t size)
{
    gh_heap_profile_memprofile(hp);
    gh_HeapView v = gh_heap_profile_view(hp);
    for (uint32_t i = 0; i < v.nbuckets; i++)
        if (v.buckets[i].size == size) return v.buckets[i];
    return (gh_HeapBucket){0};
}

CASE("heap profile: after runtime.GC() it holds what was allocated before the GC, not what came after (Go's mProf_PostSweep)")
{
    gh_HeapProfile *hp = gh_heap_profile_new();
    gh_heap_profile_malloc(hp, 0xc000010000, 64, G_AT_20, 3);
    gh_heap_profile_malloc(hp, 0xc000010040, 64, G_AT_20, 3);
    gh_heap_profile_gc_end(hp, true);                         /* runtime.GC()'s mark */
    gh_heap_profile_free_object(hp, 0xc000010000);           /* its sweep frees one */
    gh_heap_profile_malloc(hp, 0xc000020000, 128, G_AT_20, 3);  /* after runtime.GC() returned */
    gh_HeapBucket b = published(hp, 64);
    CHECK_EQ(b.allocs, 2, "both 64-byte objects are in the profile");
    CHECK_EQ(b.frees, 1, "and the sweep's free");
    CHECK_EQ(published(hp, 128).allocs, 0, "the object allocated after the GC is not published yet");
    gh_heap_profile_free(hp);
}

CASE("heap profile: a background cycle publishes the allocations of the cycle before it (up to two cycles old)")
{
    gh_HeapProfile *hp = gh_heap_profile_new();
    gh_heap_profile_malloc(hp, 0xc000010000, 64, G_AT_20, 3);   /* cycle 0 */
    gh_heap_profile_gc_end(hp, false);                           /* mark termination 1 */
    gh_heap_profile_malloc(hp, 0xc000020000, 128, G_AT_20, 3);  /* cycle 1 */
    CHECK_EQ(published(hp, 64).allocs, 1, "nothing published yet: every cycle is folded in");
    gh_heap_profile_free(hp);

    hp = gh_heap_profile_new();
    gh_heap_profile_malloc(hp, 0xc000010000, 64, G_AT_20, 3);   /* cycle 0 */
    gh_heap_profile_gc_end(hp, false);                           /* publishes cycle -1: nothing */
    gh_heap_profile_malloc(hp, 0xc000020000, 128, G_AT_20, 3);  /* cycle 1 */
    gh_heap_profile_gc_end(hp, false);                           /* publishes cycle 0 */
    gh_heap_profile_malloc(hp, 0xc000030000, 256, G_AT_20, 3);  /* cycle 2 */
    CHECK_EQ(published(hp, 64).allocs, 1, "cycle 0's object is published at the second mark termination");
    CHECK_EQ(published(hp, 128).allocs, 0, "cycle 1's waits for the third");
    CHECK_EQ(published(hp, 256).allocs, 0, "and cycle 2's for the fourth");
    gh_heap_profile_free(hp);
}

CASE("heap profile: an unwritable path is a clear error naming it, and no file is left")
{
    gh_HeapProfile *hp = gh_heap_profile_new();
    gh_heap_profile_malloc(hp, 0xc000010000, 64, G_AT_20, 3);
    char err[300] = "";
    const char *path = "/nonexistent-dir/x.pb.gz";
    CHECK(!gh_pprof_write(hp, "p", path, err, sizeof err), "the write fails");
    CHECK_STR(err, "cannot write pprof file /nonexistent-dir/x.pb.gz: No such file or directory", "the message");
    CHECK(access(path, F_OK) != 0, "no file");
    gh_heap_profile_free(hp);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
