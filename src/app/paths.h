/* paths.h — where gohotel finds its folders (lua/, scenes/, assets/): the environment
 * (GOHOTEL_LUA_DIR, GOHOTEL_SCENES_DIR, GOHOTEL_FONT_DIR), then the working directory, then the source tree
 * it was built from. */
#ifndef GH_APP_PATHS_H
#define GH_APP_PATHS_H
#include <stddef.h>

enum { GH_APP_PATH_MAX = 1024 };

/* The path of the folder `name` ("lua", "scenes", "assets/fonts") written into the caller's
 * buf (n bytes, GH_APP_PATH_MAX is enough); returns buf. */
const char *gh_app_dir(const char *name, char *buf, size_t n);

#endif
