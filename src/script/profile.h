/* profile.h — the allocation profile by scene source line, as `go tool pprof -top` shows
 * an alloc_space/alloc_objects profile: flat = allocated while this line ran, cum = also
 * counting the lines of go.func calls on the simulated call stack. */
#ifndef GH_PROFILE_H
#define GH_PROFILE_H
#include <stdbool.h>
#include <stdint.h>

enum { GH_PROFILE_DEPTH = 64 };

typedef struct gh_ProfileLine {
    uint64_t flatBytes, flatObjects, cumBytes, cumObjects;
} gh_ProfileLine;

typedef struct gh_Profile {
    gh_ProfileLine *lines;      /* index = scene line */
    int nlines;
    int calls[GH_PROFILE_DEPTH];/* scene lines of the go.func calls in progress */
    int ncalls;
    uint64_t totalBytes, totalObjects;
} gh_Profile;

/* Charge one allocation of `bytes` (0 for a tiny-block fit) made at scene line `line`. */
void gh_profile_add(gh_Profile *p, int line, uint64_t bytes);
/* A go.func call at `line` begins / ends. */
void gh_profile_call(gh_Profile *p, int line);
void gh_profile_return(gh_Profile *p);
void gh_profile_free(gh_Profile *p);

/* One line of `pprof -top`; file is the name given to gh_profile_top_files (NULL otherwise). */
typedef struct gh_ProfileRow { int line; gh_ProfileLine v; const char *file; int fileIndex; } gh_ProfileRow;
/* The lines that allocated (cum objects > 0) in pprof-top order: flat bytes descending,
 * ties by line ascending. Returns the count; *rows is malloc'ed (NULL when out of memory
 * or empty), the caller frees it. */
int gh_profile_top(const gh_Profile *p, gh_ProfileRow **rows);
/* The same over several profiles, one per source file (the scene, then each Go program it
 * stepped through): flat bytes descending, ties by file order, then line. */
int gh_profile_top_files(const gh_Profile *const *p, const char *const *files, int nfiles, gh_ProfileRow **rows);

#endif
