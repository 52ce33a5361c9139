/* paths.c — resolving gohotel's resource folders (see paths.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app/paths.h"

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

const char *gh_app_dir(const char *name, char *buf, size_t n)
{
    const char *env = !strcmp(name, "lua")            ? getenv("GOHOTEL_LUA_DIR")
                      : !strcmp(name, "scenes")       ? getenv("GOHOTEL_SCENES_DIR")
                      : !strcmp(name, "assets/fonts") ? getenv("GOHOTEL_FONT_DIR")
                                                      : NULL;
    if (env && *env) snprintf(buf, n, "%s", env);
    else if (is_dir(name)) snprintf(buf, n, "%s", name);
    else snprintf(buf, n, "%s/%s", GOHOTEL_SOURCE_DIR, name);
    return buf;
}
