/* pprof_exec.h — what the Go-program pprof tests share: run a program with its heap
 * profile on and read the written profile back (pprof_roundtrip.h). */
#ifndef GOHOTEL_TESTS_PPROF_EXEC_H
#define GOHOTEL_TESTS_PPROF_EXEC_H
#include "pprof_roundtrip.h"
#include "golang/exec.h"

/* Run the Go program at path with its heap profile on, write it, read it back into *p. */
static bool profile_of(const char *path, PrProfile *p)
{
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    FILE *null = fopen("/dev/null", "w");
    gh_Exec *ex = gh_exec_load(path, NULL, 0, sim, null, stderr);
    gh_HeapProfile *hp = gh_heap_profile_new();
    bool ok = ex && hp && gh_exec_pprof(ex, hp);
    while (ok && !gh_exec_done(ex)) gh_exec_run(ex, 1000000);
    ok = ok && gh_exec_status(ex) == 0;
    ok = ok && pprof_roundtrip(hp, "prog", p);
    gh_heap_profile_free(hp);
    gh_exec_free(ex);
    gh_sim_free(sim);
    fclose(null);
    return ok;
}
#endif
