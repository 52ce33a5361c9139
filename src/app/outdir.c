/* outdir.c — output folders and file names for shot (outdir.h). */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include "app/outdir.h"

void gh_out_file_part(const char *name, char *out, size_t n)
{
    size_t k = 0;
    for (; *name && k + 1 < n; name++) {
        unsigned char c = (unsigned char)*name;
        out[k++] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ? (char)c : '_';
    }
    out[k] = 0;
    if (!k) snprintf(out, n, "pause");
}

bool gh_out_make_dirs(const char *dir)
{
    char p[1024];
    snprintf(p, sizeof p, "%s", dir);
    for (char *q = p + 1; *q; q++) {
        if (*q != '/') continue;
        *q = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) return false;
        *q = '/';
    }
    return mkdir(p, 0777) == 0 || errno == EEXIST;
}
