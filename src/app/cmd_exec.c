/* cmd_exec.c — `gohotel exec FILE.go [--param K=V]... [--json] [--gctrace] [--gcpacertrace] [--gogc N|off] [--procs N]
 * [--max-ops N] [--max-memory SIZE] [--pprof FILE]`: run a Go-subset program on the simulated runtime headless, print its
 * output, then the run report; --param K=V sets the package-level `var K = <constant>` (int,
 * string or bool) to V before main runs, as `go build -ldflags=-X main.K=V` does (go_param.c); --gctrace and
 * --gcpacertrace print GODEBUG=gctrace=1 and gcpacertrace=1's lines per cycle on stderr; --pprof also writes the heap profile for `go tool pprof`
 * (every allocation recorded, run/pprof.h). A program stops after --max-ops operations (default
 * 50 000 000; a statement counts 1, a goroutine switch 20, a go statement and a GC cycle
 * 1000: a few seconds of an endless loop here), so `for {}` ends with a clear message. Exit status is the program's (0, 2 for a panic) or 1 for bad input or a
 * program stopped at the limit, 2 for bad usage. */
#include <stdio.h>
#include "app/cli.h"
#include "app/pprof_out.h"
#include "golang/exec.h"
#include "golang/exec_report.h"
#include "runtime/runtime.h"

enum { EXEC_MAX_STATEMENTS = 50000000 };

static const gh_OptionSpec SPEC = {
    .cmd = "exec",
    .accepts = GH_OPT_PARAM | GH_OPT_JSON | GH_OPT_GCTRACE | GH_OPT_GCPACERTRACE | GH_OPT_GOGC | GH_OPT_PROCS | GH_OPT_MAX_OPS | GH_OPT_MAX_MEMORY | GH_OPT_PPROF,
    .usage = "usage: gohotel exec FILE.go [--param K=V]... [--json] [--gctrace] [--gcpacertrace] [--gogc N|off]\n"
             "                    [--procs N] [--max-ops N] [--max-memory SIZE] [--pprof FILE]\n"
             "  --param K=V  set the package-level `var K = <constant>` (int, string or bool) to V\n"
             "               before main runs, as go build -ldflags=-X main.K=V does\n",
    .fileNoun = "Go file",
};

int gh_cmd_exec(int argc, char **argv)
{
    gh_RunOptions o;
    int prc = gh_run_options_parse(&o, &SPEC, argc, argv);
    if (prc) return prc < 0 ? 0 : prc;
    const char *file = o.file;
    bool json = o.json, gctrace = o.gctrace, pacertrace = o.gcpacertrace;
    gh_PprofOut pp;
    if (!gh_pprof_out_open(&pp, "exec", o.pprof)) return 1;
    gh_Sim *sim = gh_sim_new(&o.cfg);
    if (!sim) return gh_pprof_out_close(&pp, file, false), fprintf(stderr, "gohotel: out of memory\n"), 1;
    FILE *out = json ? stderr : stdout;
    gh_Exec *ex = gh_exec_load_params(file, NULL, 0, o.params, o.nparams, sim, out, stderr);
    int rc = 1;
    if (ex && pp.hp && !gh_exec_pprof(ex, pp.hp)) {
        fprintf(stderr, "gohotel exec: out of memory for the --pprof profile\n");
        gh_exec_free(ex);
        ex = NULL;
    }
    if (ex) {
        if (gctrace) gh_exec_gctrace(ex, stderr);
        if (pacertrace) gh_exec_gcpacertrace(ex, stderr);
        long long max = o.maxOps ? (long long)o.maxOps : EXEC_MAX_STATEMENTS;
        char how[96];
        snprintf(how, sizeof how, "--max-ops N allows more than %lld", max);
        gh_exec_limit(ex, max, how);
        while (!gh_exec_done(ex)) gh_exec_run(ex, 1000000);
        fflush(out);
        if (gh_exec_error(ex)) fprintf(stderr, "%s\n", gh_exec_error(ex));
        rc = gh_exec_status(ex);
    }
    if (ex && rc != 1) {
        gh_MemStats m;
        gh_ReadMemStats(sim, &m);
        if (json) gh_exec_report_json(stdout, ex, &m);
        else { fputc('\n', stdout); gh_exec_report_text(stdout, ex, &m); }
    }
    if (!gh_pprof_out_close(&pp, file, ex != NULL) && rc == 0) rc = 1;
    gh_exec_free(ex);
    gh_sim_free(sim);
    return rc;
}
