/* paths.h — where gohotel finds its folders (lua/, scenes/, assets/): the environment
 * (GOHOTEL_LUA_DIR, GOHOTEL_SCENES_DIR, GOHOTEL_FONT_DIR), then the working directory, then the source tree
 * it was built from. */
#ifndef GH_APP_PATHS_H
#define GH_APP_PATHS_H

/* Path of the folder `name` ("lua", "scenes", "assets/fonts"); static storage per name. */
const char *gh_app_dir(const char *name);

#endif
