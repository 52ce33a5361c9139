/* bounded.h — Lua library functions rewritten so that the sandbox's guards see their
 * loops: a C loop inside Lua's own string and table libraries runs no Lua instructions,
 * so the count hook that stops runaway scenes never fires inside it. */
#ifndef GH_BOUNDED_H
#define GH_BOUNDED_H
#include <stdint.h>
#include <lua.h>

/* Replace string.find/match/gmatch/gsub (lua_pattern.c), string.rep and table.move in the
 * scene's state; the string and table libraries must be open. */
void gh_bounded_open(lua_State *L);
/* lua_pattern.c: install the step-counted pattern functions into the table at index t. */
void gh_pattern_install(lua_State *L, int t);
/* Charge n steps of work done in C to the scene's idle budget (instructions without a
 * runtime operation). Once the budget would be spent, stop the scene (pcall cannot catch
 * it) with "runaway WHAT for more than N steps without any runtime operation": what names
 * the kind and the function, e.g. "pattern: string.find backtracked". Also where a long C
 * loop meets the watchdog's flag (watchdog.h). */
void gh_bounded_charge(lua_State *L, uint64_t n, const char *what);
#endif
