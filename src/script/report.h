/* report.h — what a finished (or stopped) scene produced, as `gohotel run` prints it:
 * a text report for people and one JSON object for tools. */
#ifndef GH_REPORT_H
#define GH_REPORT_H
#include <stdio.h>
#include "runtime/mstats.h"
#include "script/stepper.h"

/* Human report: measures, GC cycles, MemStats m, the allocation profile by scene line. */
void gh_report_text(FILE *f, const gh_Stepper *st, const gh_MemStats *m);
/* {"scene", "params", "steps", "checkpoints", "memstats", "measures", "gc", "profile"}. */
void gh_report_json(FILE *f, const gh_Stepper *st, const gh_MemStats *m);

#endif
