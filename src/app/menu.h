/* menu.h — the lesson menu, gohotel's start screen: every lesson in scenes/ (NN_*.lua) with
 * its title, then the other scenes apart under "Scenarios"; chosen with arrows, a
 * clicker's PageUp/PageDown, the mouse wheel and clicks, Enter or F5. The list scrolls so
 * the selection is always on screen. */
#ifndef GH_APP_MENU_H
#define GH_APP_MENU_H
#include <stdbool.h>
#include <SDL.h>
#include <SDL_ttf.h>

enum { GH_MENU_MAX = 64 };
/* gh_menu_event's answers besides a scene index. */
enum { GH_MENU_NOTHING = -1, GH_MENU_QUIT = -2 };

typedef struct gh_Menu {
    char path[GH_MENU_MAX][1024];   /* lessons first (file-name order), then scenarios */
    char title[GH_MENU_MAX][160];
    int n, nlessons, sel;
    int top, visible;               /* first list row drawn, rows that fit (set by draw) */
    TTF_Font *big, *font, *small;
    int fontPx;
    SDL_Rect items[GH_MENU_MAX];    /* on-screen rectangle of each item (w = 0: scrolled away) */
} gh_Menu;

/* List the scenes of dir with their titles; false if the fonts cannot be opened. */
bool gh_menu_open(gh_Menu *m, const char *dir, const char *fontDir, bool projector);
void gh_menu_close(gh_Menu *m);
/* Draw the menu filling the renderer's w×h. */
void gh_menu_draw(gh_Menu *m, SDL_Renderer *r, int w, int h);
/* Handle an event: the index of the chosen scene, GH_MENU_NOTHING, or GH_MENU_QUIT (Esc, Q,
 * the window closed: the caller asks before quitting). */
int gh_menu_event(gh_Menu *m, const SDL_Event *e);
/* The title a scene gives itself: its lesson.title(...) as the scene computes it (the scene
 * runs with its default params up to the title), else its file name. */
void gh_menu_scene_title(const char *path, char *out, int n);
/* Is this file a lesson (its name starts with two digits and '_')? */
bool gh_menu_is_lesson(const char *path);
/* Index of the scene file path in the menu (compared by file name), -1 if absent. */
int gh_menu_find(const gh_Menu *m, const char *path);

#endif
