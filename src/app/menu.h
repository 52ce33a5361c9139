/* menu.h — the lesson menu, gohotel's start screen: every scene in scenes/ with its title,
 * chosen with arrows, a clicker's PageUp/PageDown, the mouse, Enter or F5. */
#ifndef GH_APP_MENU_H
#define GH_APP_MENU_H
#include <stdbool.h>
#include <SDL.h>
#include <SDL_ttf.h>

enum { GH_MENU_MAX = 64 };

typedef struct gh_Menu {
    char path[GH_MENU_MAX][1024];
    char title[GH_MENU_MAX][160];
    int n, sel;
    TTF_Font *big, *font, *small;
    int fontPx;
    SDL_Rect items[GH_MENU_MAX];
} gh_Menu;

/* List the scenes of dir; false if the fonts cannot be opened. */
bool gh_menu_open(gh_Menu *m, const char *dir, const char *fontDir, bool projector);
void gh_menu_close(gh_Menu *m);
/* Draw the menu filling the renderer's w×h. */
void gh_menu_draw(gh_Menu *m, SDL_Renderer *r, int w, int h);
/* Handle an event: returns the index of the chosen scene, -1 nothing, -2 quit. */
int gh_menu_event(gh_Menu *m, const SDL_Event *e);
/* Find the title of a scene file (its lesson.title("...")), or its file name. */
void gh_menu_scene_title(const char *path, char *out, int n);

#endif
