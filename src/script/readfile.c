/* readfile.c — a whole file into memory, NUL-terminated: the scene's source for the report,
 * a Go program of the scene's folder for go.program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "script/script.h"

char *gh_read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (len) *len = 0;
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, k;
    char chunk[4096];
    while (n < max && (k = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (n + k + 1 > cap) {
            cap = (n + k + 1) * 2;
            char *nb = realloc(buf, cap);
            if (!nb) break;
            buf = nb;
        }
        memcpy(buf + n, chunk, k);
        n += k;
    }
    fclose(f);
    if (buf) buf[n] = 0;
    if (len) *len = n;
    return buf;
}
