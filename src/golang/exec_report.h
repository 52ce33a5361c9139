/* exec_report.h — the report `gohotel exec` prints after a Go program ran: GC cycles,
 * MemStats and the allocation profile by source line, as text or JSON.
 */
#ifndef GH_EXEC_REPORT_H
#define GH_EXEC_REPORT_H
#include <stdio.h>
#include "golang/exec.h"

/* Human report of a finished (or stopped) run; m is the final runtime.ReadMemStats. */
void gh_exec_report_text(FILE *f, const gh_Exec *ex, const gh_MemStats *m);
/* {"program", "steps", "finished", "exit_status", "error", "memstats", "gc", "profile"};
 * "gc" and "profile" as `gohotel run --json` has them (run/report.h). */
void gh_exec_report_json(FILE *f, const gh_Exec *ex, const gh_MemStats *m);

#endif
