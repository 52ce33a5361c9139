/* exec_report.c — what `gohotel exec` prints after the program's own output: its head
 * (program, steps, exit status), then the sections every run report has (run/report.h):
 * GC cycles with their gctrace lines, final MemStats, the allocation profile by source
 * line; as text or as one JSON object.
 */
#include "golang/exec_int.h"
#include "golang/exec_report.h"
#include "run/report.h"

/* The program's one source file, as the shared report sections take it. */
static gh_ReportFile source_file(const gh_Exec *ex)
{
    return (gh_ReportFile){ex->prog->src->base, &ex->prof, gh_report_line_in, (void *)ex->prog->src->text};
}

void gh_exec_report_text(FILE *f, const gh_Exec *ex, const gh_MemStats *m)
{
    fprintf(f, "program %s\nsteps %lld, exit status %d%s\n", ex->prog->src->path, ex->steps, ex->status,
            ex->done ? "" : " (stopped before the end)");
    gh_report_cycles_text(f, ex->sim);
    gh_report_memstats_text(f, m);
    gh_ReportFile src = source_file(ex);
    gh_report_profile_text(f, "source", &src, 1);
}

void gh_exec_report_json(FILE *f, const gh_Exec *ex, const gh_MemStats *m)
{
    fprintf(f, "{\"program\": ");
    gh_report_json_str(f, ex->prog->src->path);
    fprintf(f, ", \"steps\": %lld, \"finished\": %s, \"exit_status\": %d, \"error\": ", ex->steps,
            ex->done ? "true" : "false", ex->status);
    if (ex->errmsg) gh_report_json_str(f, ex->errmsg);
    else fprintf(f, "null");
    fprintf(f, ", ");
    gh_report_json_memstats(f, m);
    fprintf(f, ", ");
    gh_report_json_gc(f, ex->sim);
    fprintf(f, ", ");
    gh_ReportFile src = source_file(ex);
    gh_report_json_profile(f, &src, 1);
    fprintf(f, "}\n");
}
