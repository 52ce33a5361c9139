/* watchdog.h — the wall-clock limit on one step of a scene: the last line of defence
 * against a hang the instruction guard cannot see (Lua instructions that each spend long
 * in C, a library loop, a runtime operation that never returns).
 *
 * A step is the scene's run from one stop point to the next while it has control (the
 * stepper handed it over and it has not yet yielded or ended). Every stop point is a
 * beat; a watcher thread notices when no beat came for longer than the limit, and then
 *   1. raises a flag the sandbox's count hook turns into the scene's error
 *      "stopped: one step ran longer than N s" (pcall cannot catch it), and
 *   2. if the scene does not reach its next stop point within the grace period after that
 *      (it is stuck in C, where no hook runs), writes why on stderr and ends the process
 *      with GH_WATCHDOG_EXIT: better than a classroom window that hangs for ever.
 * The scene thread only stores to atomics on its side (two relaxed stores a beat), so a
 * scene that finishes its steps in time runs exactly as without the watchdog. */
#ifndef GH_WATCHDOG_H
#define GH_WATCHDOG_H
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

enum { GH_WATCHDOG_EXIT = 124 }; /* the status of a process ended by the watchdog (as timeout(1)) */
#define GH_WATCHDOG_DEFAULT_SECONDS 10.0
#define GH_WATCHDOG_GRACE_SECONDS 3.0

typedef struct gh_Watchdog gh_Watchdog;

/* A watchdog for the scene file `scene` (named in the message), its watcher thread
 * started: a step may run `limit` seconds, then `grace` more before the process ends.
 * NULL if no thread can be made (the scene then runs unwatched). */
gh_Watchdog *gh_watchdog_new(double limit, double grace, const char *scene);
/* Stop the watcher thread and free it (NULL is fine). */
void gh_watchdog_free(gh_Watchdog *w);
/* The scene takes control (a step begins) / gives it back (the step ended). */
void gh_watchdog_enter(gh_Watchdog *w, int line);
void gh_watchdog_leave(gh_Watchdog *w);
/* A stop point: the scene is making progress; line is the scene line now. */
void gh_watchdog_beat(gh_Watchdog *w, int line);
/* Has the current step run past the limit? (the count hook asks, every 1000 instructions) */
bool gh_watchdog_fired(const gh_Watchdog *w);
double gh_watchdog_limit(const gh_Watchdog *w);

#endif
