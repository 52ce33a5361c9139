/* cmd_exec.c — `gohotel exec FILE.go [--json] [--gctrace]`: run a Go-subset program on
 * the simulated runtime headless, print its output, then the run report. Exit status is
 * the program's (0, 2 for a panic) or 1 for bad input, 2 for bad usage. */
#include <stdio.h>
#include <string.h>
#include "app/cli.h"
#include "golang/exec.h"
#include "golang/exec_report.h"
#include "runtime/mstats.h"

static const char *const usage = "usage: gohotel exec FILE.go [--json] [--gctrace]\n";

static void on_gc(void *ud, const gh_Event *ev)
{
    gh_Sim *sim = ud;
    if (ev->kind != GH_EV_GC_END || !sim->gc.nhistory) return;
    char line[512];
    gh_gc_format_trace(&sim->gc.history[sim->gc.nhistory - 1], line, sizeof line);
    fprintf(stderr, "%s\n", line);
}

int gh_cmd_exec(int argc, char **argv)
{
    const char *file = NULL;
    bool json = false, gctrace = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) json = true;
        else if (!strcmp(argv[i], "--gctrace")) gctrace = true;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return fputs(usage, stdout), 0;
        else if (argv[i][0] == '-' || file) return fprintf(stderr, "gohotel exec: unexpected %s\n%s", argv[i], usage), 2;
        else file = argv[i];
    }
    if (!file) return fputs(usage, stderr), 2;
    gh_Config cfg = gh_config_default();
    gh_Sim *sim = gh_sim_new(&cfg);
    if (!sim) return fprintf(stderr, "gohotel: out of memory\n"), 1;
    gh_Exec *ex = NULL;
    int rc = gh_exec_source(file, NULL, 0, sim, json ? stderr : stdout, stderr, &ex);
    if (ex && gctrace) {
        for (uint32_t i = 0; i < sim->gc.nhistory; i++) on_gc(sim, &(gh_Event){0, GH_EV_GC_END, 0, 0, 0, 0, 0, 0});
    }
    if (ex && rc != 1) {
        gh_MemStats m;
        gh_ReadMemStats(sim, &m);
        if (json) gh_exec_report_json(stdout, ex, &m);
        else { fputc('\n', stdout); gh_exec_report_text(stdout, ex, &m); }
    }
    gh_exec_free(ex);
    gh_sim_free(sim);
    return rc;
}
