/* pprof.c — profile.proto (github.com/google/pprof/proto/profile.proto) of a heap profile.
 *
 * A Profile message is tables linked by ids and by indexes into one string table whose
 * entry 0 is "":
 *   1 sample_type  ValueType{1 type, 2 unit}, one per value of a sample
 *   2 sample       Sample{1 location_id (packed, innermost first), 2 value (packed),
 *                         3 label Label{1 key, 3 num}}
 *   3 mapping      Mapping{1 id, 5 filename, 7..10 has_functions, has_filenames,
 *                  has_line_numbers, has_inline_frames}: one, the whole "binary"
 *   4 location     Location{1 id, 2 mapping_id, 4 line Line{1 function_id, 2 line}} (several lines:
 *                  calls inlined into the location's function, innermost first)
 *   5 function     Function{1 id, 2 name, 3 system_name, 4 filename, 5 start_line}
 *   6 string_table, 11 period_type ValueType, 12 period, 13 comment (string indexes).
 * Go's WriteHeapProfile writes the same sample types and a "bytes" label (the object
 * size) on each sample, and the mappings of the binary with each location's address. A
 * simulated program has no binary: its one mapping is named after the program (what
 * `go run prog.go` names it, shown as pprof's "File:") and says every location already
 * has its function, file, line and inlined calls, so pprof symbolizes nothing; locations
 * carry no address. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "run/gzip.h"
#include "run/pprof.h"

/* profile.proto's field numbers */
enum { P_SAMPLE_TYPE = 1, P_SAMPLE = 2, P_MAPPING = 3, P_LOCATION = 4, P_FUNCTION = 5, P_STRING_TABLE = 6,
       P_PERIOD_TYPE = 11, P_PERIOD = 12, P_COMMENT = 13 };
enum { VT_TYPE = 1, VT_UNIT = 2 };
enum { S_LOCATION_ID = 1, S_VALUE = 2, S_LABEL = 3 };
enum { LB_KEY = 1, LB_NUM = 3 };
enum { M_ID = 1, M_FILENAME = 5, M_HAS_FUNCTIONS = 7, M_HAS_FILENAMES = 8, M_HAS_LINE_NUMBERS = 9,
       M_HAS_INLINE_FRAMES = 10 };
enum { L_ID = 1, L_MAPPING_ID = 2, L_LINE = 4 };
enum { LN_FUNCTION_ID = 1, LN_LINE = 2 };
enum { F_ID = 1, F_NAME = 2, F_SYSTEM_NAME = 3, F_FILENAME = 4, F_START_LINE = 5 };

static const char COMMENT[] = "gohotel: simulated Go 1.19 heap profile; every allocation recorded (MemProfileRate=1)";

/* The string table: each distinct string once, in first-use order. */
typedef struct Strings { const char **s; uint32_t n, cap; bool oom; } Strings;

static uint64_t str_index(Strings *t, const char *s)
{
    for (uint32_t i = 0; i < t->n; i++)
        if (!strcmp(t->s[i], s)) return i;
    if (t->n == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 64;
        const char **v = realloc(t->s, sizeof *v * cap);
        if (!v) return t->oom = true, 0;
        t->s = v;
        t->cap = cap;
    }
    t->s[t->n] = s;
    return t->n++;
}

static void value_type(gh_PBuf *pb, int field, Strings *t, const char *type, const char *unit)
{
    size_t m = gh_pb_begin(pb, field);
    gh_pb_uint(pb, VT_TYPE, str_index(t, type));
    gh_pb_uint(pb, VT_UNIT, str_index(t, unit));
    gh_pb_end(pb, m);
}

static void sample(gh_PBuf *pb, const gh_HeapView *v, const gh_HeapBucket *b, uint64_t bytesKey)
{
    uint64_t locs[256], inuse = b->allocs - b->frees;
    uint32_t n = b->nlocs < 256 ? b->nlocs : 256;
    for (uint32_t i = 0; i < n; i++) locs[i] = v->stacks[b->loc0 + i];
    uint64_t vals[4] = {b->allocs, b->allocs * b->size, inuse, inuse * b->size};
    size_t m = gh_pb_begin(pb, P_SAMPLE);
    gh_pb_packed(pb, S_LOCATION_ID, locs, n);
    gh_pb_packed(pb, S_VALUE, vals, 4);
    size_t lm = gh_pb_begin(pb, S_LABEL);
    gh_pb_uint(pb, LB_KEY, bytesKey);
    gh_pb_uint(pb, LB_NUM, b->size);
    gh_pb_end(pb, lm);
    gh_pb_end(pb, m);
}

static void location(gh_PBuf *pb, const gh_HeapView *v, uint32_t id)
{
    const gh_HeapLoc *l = &v->locs[id - 1];
    size_t m = gh_pb_begin(pb, P_LOCATION);
    gh_pb_uint(pb, L_ID, id);
    gh_pb_uint(pb, L_MAPPING_ID, 1);
    for (uint32_t i = 0; i < l->nlines; i++) {
        const gh_HeapLine *ln = &v->lines[l->line0 + i];
        size_t lm = gh_pb_begin(pb, L_LINE);
        gh_pb_uint(pb, LN_FUNCTION_ID, ln->func);
        gh_pb_uint(pb, LN_LINE, (uint64_t)(int64_t)ln->line);
        gh_pb_end(pb, lm);
    }
    gh_pb_end(pb, m);
}

static void function(gh_PBuf *pb, Strings *t, const gh_HeapFunc *f, uint32_t id)
{
    size_t m = gh_pb_begin(pb, P_FUNCTION);
    gh_pb_uint(pb, F_ID, id);
    uint64_t name = str_index(t, f->name);
    gh_pb_uint(pb, F_NAME, name);
    gh_pb_uint(pb, F_SYSTEM_NAME, name);
    gh_pb_uint(pb, F_FILENAME, str_index(t, f->file));
    gh_pb_uint(pb, F_START_LINE, (uint64_t)(int64_t)f->startLine);
    gh_pb_end(pb, m);
}

static void mapping(gh_PBuf *pb, Strings *t, const char *binary)
{
    size_t m = gh_pb_begin(pb, P_MAPPING);
    gh_pb_uint(pb, M_ID, 1);
    gh_pb_uint(pb, M_FILENAME, str_index(t, binary));
    for (int f = M_HAS_FUNCTIONS; f <= M_HAS_INLINE_FRAMES; f++) gh_pb_uint(pb, f, 1);
    gh_pb_end(pb, m);
}

bool gh_pprof_encode(gh_HeapProfile *hp, const char *binary, gh_PBuf *pb)
{
    if (!gh_heap_profile_ok(hp)) return false;
    gh_heap_profile_memprofile(hp);
    gh_HeapView v = gh_heap_profile_view(hp);
    Strings t = {0};
    str_index(&t, "");
    value_type(pb, P_SAMPLE_TYPE, &t, "alloc_objects", "count");
    value_type(pb, P_SAMPLE_TYPE, &t, "alloc_space", "bytes");
    value_type(pb, P_SAMPLE_TYPE, &t, "inuse_objects", "count");
    value_type(pb, P_SAMPLE_TYPE, &t, "inuse_space", "bytes");
    uint64_t bytesKey = str_index(&t, "bytes");
    for (uint32_t i = 0; i < v.nbuckets; i++) sample(pb, &v, &v.buckets[i], bytesKey);
    mapping(pb, &t, binary);
    for (uint32_t i = 1; i <= v.nlocs; i++) location(pb, &v, i);
    for (uint32_t i = 1; i <= v.nfuncs; i++) function(pb, &t, &v.funcs[i - 1], i);
    value_type(pb, P_PERIOD_TYPE, &t, "space", "bytes");
    gh_pb_uint(pb, P_PERIOD, 1);
    gh_pb_uint(pb, P_COMMENT, str_index(&t, COMMENT));
    for (uint32_t i = 0; i < t.n; i++) gh_pb_string(pb, P_STRING_TABLE, t.s[i]);
    bool ok = !t.oom && !pb->oom;
    free(t.s);
    return ok;
}

bool gh_pprof_write(gh_HeapProfile *hp, const char *binary, const char *path, char *err, size_t n)
{
    gh_PBuf pb = {0};
    if (!gh_pprof_encode(hp, binary, &pb)) {
        gh_pb_free(&pb);
        snprintf(err, n, "cannot write pprof file %s: out of host memory for the profile", path);
        return false;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, n, "cannot write pprof file %s: %s", path, strerror(errno));
        gh_pb_free(&pb);
        return false;
    }
    bool ok = gh_gzip_write(f, pb.b, pb.n);
    int e = errno;
    if (fclose(f) != 0 && ok) ok = false, e = errno;
    gh_pb_free(&pb);
    if (!ok) {
        snprintf(err, n, "cannot write pprof file %s: %s", path, strerror(e));
        remove(path);
    }
    return ok;
}
