/* goprog_mapbucket.h — the bytes of one bucket of a Go map type (goprog_mapbucket.c). */
#ifndef GH_GOPROG_MAPBUCKET_H
#define GH_GOPROG_MAPBUCKET_H
struct gh_GoType;
/* Go 1.19's bucket size for a map type on linux/amd64 (144 for map[int]int); 0 when t is
 * not a map type. */
long long gh_goprog_map_bucket_size(struct gh_GoType *t);
#endif
