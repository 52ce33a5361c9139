/* pprof_out.h — the --pprof FILE of `gohotel run` and `gohotel exec`: the file is tried
 * for writing before the run (a bad path is reported at once, not after a long run), the
 * heap profile is filled during it and written at its end. */
#ifndef GH_APP_PPROF_OUT_H
#define GH_APP_PPROF_OUT_H
#include <stdbool.h>
#include "run/heap_profile.h"

typedef struct gh_PprofOut {
    const char *cmd;            /* "run", "exec": errors start "gohotel CMD: " */
    const char *path;           /* NULL: no --pprof */
    gh_HeapProfile *hp;         /* NULL: no --pprof */
} gh_PprofOut;

/* No path: nothing to do (true). Else create the file and the profile; false after
 * printing why on stderr ("gohotel run: cannot write pprof file X: Permission denied"). */
bool gh_pprof_out_open(gh_PprofOut *pp, const char *cmd, const char *path);
/* write: write the profile of the run of file (the scene or program: the profile's binary
 * is named after it), else remove the file tried at open. Frees the profile; false after
 * printing why the file could not be written. */
bool gh_pprof_out_close(gh_PprofOut *pp, const char *file, bool write);

#endif
