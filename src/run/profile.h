/* profile.h — the allocation profile by source line, as `go tool pprof -top` shows an
 * alloc_space/alloc_objects profile: flat = allocated while this line ran, cum = also
 * counting the lines on the call stack (go.func calls of a scene, frames of a Go program).
 * One profile per source file; `gohotel run` and `gohotel exec` report them the same way
 * (run/report.h). */
#ifndef GH_PROFILE_H
#define GH_PROFILE_H
#include <stdbool.h>
#include <stdint.h>

enum { GH_PROFILE_DEPTH = 64 };

typedef struct gh_ProfileLine {
    uint64_t flatBytes, flatObjects, cumBytes, cumObjects;
} gh_ProfileLine;

typedef struct gh_Profile {
    gh_ProfileLine *lines;      /* index = source line (grows on demand) */
    int nlines;
    int calls[GH_PROFILE_DEPTH];/* lines of the calls in progress (gh_profile_call) */
    int ncalls;
    uint64_t totalBytes, totalObjects; /* of the flat charges: the whole profile */
} gh_Profile;

/* Charge one allocation of `bytes` made at line `flat` (none when flat < 0): flat to that
 * line, cum once to each distinct line of cum[0..ncum) that is not negative (a line on the
 * stack twice, as in recursion, is charged once, as pprof does). */
bool gh_profile_charge(gh_Profile *p, int flat, uint64_t bytes, const int *cum, int ncum); /* false: out of host memory */
/* Charge one allocation made at `line` (negative: line 0) with the calls in progress:
 * flat and cum to the line, cum to each call's line. */
bool gh_profile_add(gh_Profile *p, int line, uint64_t bytes); /* false: out of host memory */
/* A call at `line` begins / ends (kept for gh_profile_add's cum). */
void gh_profile_call(gh_Profile *p, int line);
void gh_profile_return(gh_Profile *p);
void gh_profile_free(gh_Profile *p);

/* One line of `pprof -top`; file is the name given to gh_profile_top_files (NULL otherwise). */
typedef struct gh_ProfileRow { int line; gh_ProfileLine v; const char *file; int fileIndex; } gh_ProfileRow;
/* The lines that allocated (flat or cum objects > 0) in pprof-top order: flat bytes
 * descending, ties by line ascending. Returns the count; *rows is malloc'ed (NULL when out
 * of memory or empty), the caller frees it. */
int gh_profile_top(const gh_Profile *p, gh_ProfileRow **rows);
/* The same over several profiles, one per source file (the scene, then each Go program it
 * stepped through): flat bytes descending, ties by file order, then line. */
int gh_profile_top_files(const gh_Profile *const *p, const char *const *files, int nfiles, gh_ProfileRow **rows);

#endif
