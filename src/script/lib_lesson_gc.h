/* lib_lesson_gc.h — the part of the Lua module `lesson` that lets a lesson run one GC
 * cycle by hand (start, mark a unit at a time, finish) and read what the janitor sees:
 * an object's colour, the pacer's figures, each P's mcache and the hotel's fixed sizes.
 * Added to the `lesson` table by gh_open_lesson (lib_lesson.c). */
#ifndef GH_LIB_LESSON_GC_H
#define GH_LIB_LESSON_GC_H
#include <lua.h>

/* Add gc_start, gc_mark_step, gc_finish, gc_state, color, mcache and sizes to the table at the top. */
void gh_lesson_gc_register(lua_State *L);

#endif
