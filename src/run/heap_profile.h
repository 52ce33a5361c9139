/* heap_profile.h — Go's heap profile (runtime.MemProfile, written by pprof's
 * WriteHeapProfile) of a simulated run, with every allocation recorded: a bucket per call
 * stack and object size, holding how many objects and bytes were allocated there and how
 * many of them the collector has not freed yet. `gohotel exec --pprof` and `gohotel run
 * --pprof` fill one from the event stream and write it as pprof's profile.proto
 * (run/pprof.h). Like Go's, it is published GC by GC: at the end it holds the heap as of
 * the last mark termination, not the moment the program stopped. Real Go samples about one
 * allocation per 512 KiB (MemProfileRate) and scales the counts up; here the rate is 1, so
 * every figure is an exact count. */
#ifndef GH_HEAP_PROFILE_H
#define GH_HEAP_PROFILE_H
#include <stdbool.h>
#include <stdint.h>

/* One frame of an allocation's call stack, innermost first. inlined: Go's compiler
 * inlined this call into the next frame (the caller), so both share one location, as in
 * Go's profiles ("main.f (inline)"). */
enum { GH_HEAP_NAME_MAX = 160 };   /* bytes of a frame's function name a front end builds, with its NUL */
typedef struct gh_HeapFrame {
    const char *func;           /* "main.f", "main.(*T).M", "main chunk" */
    const char *file;           /* the source file */
    int line;                   /* the line running in this frame */
    int startLine;              /* the function's first line (0: unknown) */
    bool inlined;
} gh_HeapFrame;

typedef struct gh_HeapProfile gh_HeapProfile;

gh_HeapProfile *gh_heap_profile_new(void);  /* NULL: out of host memory */
void gh_heap_profile_free(gh_HeapProfile *hp);
/* An object of `size` bytes (its size class or pages, as Go's profile counts) at addr,
 * allocated with the call stack frames[0..n) (innermost first). */
void gh_heap_profile_malloc(gh_HeapProfile *hp, uint64_t addr, uint64_t size, const gh_HeapFrame *frames, int n);
/* The collector freed the object at addr (nothing when it was not recorded). */
void gh_heap_profile_free_object(gh_HeapProfile *hp, uint64_t addr);
/* A GC cycle's mark termination (GC_END): Go's mProf_NextCycle and mProf_Flush publish
 * the allocations of two cycles ago and the frees of the last sweep. forced: the cycle of a
 * runtime.GC(), which publishes the state as of this mark termination once its sweep is
 * done (mProf_PostSweep). */
void gh_heap_profile_gc_end(gh_HeapProfile *hp, bool forced);
/* What runtime.MemProfile does before it reads the buckets (pprof.WriteHeapProfile at
 * the end of the program): a runtime.GC's pending post-sweep publish, and, when no cycle
 * has published anything yet, every cycle folded in (Go's "absolutely no data" case, so a
 * program that never collected still has a profile). Call it before viewing. */
void gh_heap_profile_memprofile(gh_HeapProfile *hp);
/* A fresh heap (lesson.reset): the objects recorded so far are gone with the old one. */
void gh_heap_profile_forget_live(gh_HeapProfile *hp);
/* False once a record failed for want of host memory (the profile is incomplete). */
bool gh_heap_profile_ok(const gh_HeapProfile *hp);

/* What the writer reads (run/pprof.c): ids are 1-based, as profile.proto's. */
typedef struct gh_HeapLine { uint32_t func; int line; } gh_HeapLine;
typedef struct gh_HeapLoc { uint32_t line0, nlines; } gh_HeapLoc;       /* lines[line0..+nlines), innermost first */
typedef struct gh_HeapFunc { const char *name, *file; int startLine; } gh_HeapFunc;
/* Objects allocated and freed in one heap-profile cycle (Go's memRecordCycle). */
typedef struct gh_HeapCycle { uint64_t allocs, frees; } gh_HeapCycle;
typedef struct gh_HeapBucket {
    uint32_t loc0, nlocs;       /* locs[loc0..+nlocs): location ids, innermost first */
    uint64_t size;              /* bytes of one object */
    uint64_t allocs, frees;     /* published (Go's memRecord.active): what the profile shows */
    gh_HeapCycle future[3];     /* counted, not yet published (memRecord.future) */
} gh_HeapBucket;
typedef struct gh_HeapView {
    const gh_HeapFunc *funcs; uint32_t nfuncs;         /* function id i + 1 = funcs[i] */
    const gh_HeapLoc *locs; uint32_t nlocs;            /* location id i + 1 = locs[i] */
    const gh_HeapLine *lines;
    const gh_HeapBucket *buckets; uint32_t nbuckets;
    const uint32_t *stacks;                            /* the buckets' location ids */
} gh_HeapView;
gh_HeapView gh_heap_profile_view(const gh_HeapProfile *hp);

#endif
