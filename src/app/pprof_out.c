/* pprof_out.c — opening and finishing the --pprof file (app/pprof_out.h). A FIFO is
 * refused before it is opened: opening one for writing waits for a reader, and a run never
 * hangs on its options. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "app/pprof_out.h"
#include "run/pprof.h"

bool gh_pprof_out_open(gh_PprofOut *pp, const char *cmd, const char *path)
{
    *pp = (gh_PprofOut){cmd, path, NULL};
    if (!path) return true;
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISFIFO(sb.st_mode)) {
        fprintf(stderr, "gohotel %s: cannot write pprof file %s: it is a named pipe (FIFO), not a file\n", cmd, path);
        return false;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "gohotel %s: cannot write pprof file %s: %s\n", cmd, path, strerror(errno));
        return false;
    }
    fclose(f);
    pp->hp = gh_heap_profile_new();
    if (!pp->hp) {
        remove(path);
        fprintf(stderr, "gohotel %s: out of memory for the --pprof profile\n", cmd);
        return false;
    }
    return true;
}

/* What `go run` names the binary of a program: its file's base name without the extension. */
static void binary_name(const char *file, char *out, size_t n)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    snprintf(out, n, "%s", base);
    char *dot = strrchr(out, '.');
    if (dot && dot != out) *dot = 0;
}

bool gh_pprof_out_close(gh_PprofOut *pp, const char *file, bool write)
{
    if (!pp->path) return true;
    char err[512], binary[256];
    binary_name(file, binary, sizeof binary);
    bool ok = true;
    if (!write) remove(pp->path);
    else if (!(ok = gh_pprof_write(pp->hp, binary, pp->path, err, sizeof err))) fprintf(stderr, "gohotel %s: %s\n", pp->cmd, err);
    gh_heap_profile_free(pp->hp);
    pp->hp = NULL;
    return ok;
}
