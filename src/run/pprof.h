/* pprof.h — a heap profile (run/heap_profile.h) as the file `go tool pprof` reads: a
 * gzipped profile.proto with Go's four heap sample types, alloc_objects/count,
 * alloc_space/bytes, inuse_objects/count, inuse_space/bytes, period type space/bytes
 * and period 1 (every allocation recorded, as Go with runtime.MemProfileRate = 1). */
#ifndef GH_PPROF_H
#define GH_PPROF_H
#include <stdbool.h>
#include <stddef.h>
#include "run/heap_profile.h"
#include "run/protobuf.h"

/* The profile.proto message of hp (not gzipped) into *pb, read as pprof.WriteHeapProfile
 * reads it (gh_heap_profile_memprofile first: what the last GC published); binary names the program (the
 * profile's one mapping: "alloc10" for alloc10.go). False when out of host memory. */
bool gh_pprof_encode(gh_HeapProfile *hp, const char *binary, gh_PBuf *pb);
/* Write hp gzipped to path. False with err[0..n) saying why ("cannot write pprof file
 * PATH: REASON"); a file that could not be finished is removed. */
bool gh_pprof_write(gh_HeapProfile *hp, const char *binary, const char *path, char *err, size_t n);

#endif
