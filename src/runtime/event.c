/* event.c — names of the event kinds; emission itself is inline in sim.h. */
#include "runtime/runtime.h"

static const char *const names[] = {
#define GH_EV_NAME(name, text) text,
    GH_EVENT_KINDS(GH_EV_NAME)
#undef GH_EV_NAME
};
static const char *const ids[] = {
#define GH_EV_ID(name, text) #name,
    GH_EVENT_KINDS(GH_EV_ID)
#undef GH_EV_ID
};

const char *gh_event_name(uint32_t kind) { return kind < GH_EV_COUNT ? names[kind] : "unknown event"; }
const char *gh_event_id(uint32_t kind) { return kind < GH_EV_COUNT ? ids[kind] : "UNKNOWN"; }
