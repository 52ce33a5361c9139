/* iface.h — boxing values into interfaces (Go's convT* in runtime/iface.go): what
 * fmt.Println(x) costs when x escapes "to heap" through an interface. */
#ifndef GH_IFACE_H
#define GH_IFACE_H
#include <stdbool.h>
#include <stdint.h>
#include "runtime/gostring.h"

struct gh_Sim;
/* convT64: an integer value; 0..255 point into the static table (no allocation), others
 * take 8 noscan bytes (the tiny allocator). Returns the data word of the interface. */
gh_Addr gh_convT64(struct gh_Sim *sim, uint64_t v);
/* convTstring: "" is free; any other string copies its 16-byte header to the heap. */
gh_Addr gh_convTstring(struct gh_Sim *sim, gh_String s);
/* convT / convTnoptr: any other value of a type: a heap copy of `size` bytes. */
gh_Addr gh_convT(struct gh_Sim *sim, int32_t type, const void *value);
/* runtime.NumGoroutine. */
int32_t gh_NumGoroutine(const struct gh_Sim *sim);

#endif
