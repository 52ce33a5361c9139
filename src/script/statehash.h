/* statehash.h — one 64-bit fingerprint of a simulator's whole state: spans and their
 * bitmaps, the heap and stack bytes in use, mcaches, mcentrals, statistics, goroutines,
 * frames, globals, the collector and pools. Two states with equal hashes are the same
 * state for every view and test (replay equality is checked with it). */
#ifndef GH_STATEHASH_H
#define GH_STATEHASH_H
#include <stdint.h>

struct gh_Sim;
uint64_t gh_state_hash(const struct gh_Sim *sim);

#endif
