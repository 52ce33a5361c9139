/* invariants.h — a full consistency check of the simulated heap, for tests and fuzzers. */
#ifndef GH_INVARIANTS_H
#define GH_INVARIANTS_H
#include <stdbool.h>

struct gh_Sim;
/* Check every structural invariant (no overlapping spans or objects, bitmaps agree with
 * counts, pages agree with the span map, MemStats agree with the spans, mcentral sets hold
 * what their names say). On failure returns false and writes the first broken invariant
 * into msg. Read-only. */
bool gh_check_invariants(struct gh_Sim *sim, char *msg, unsigned n);

#endif
