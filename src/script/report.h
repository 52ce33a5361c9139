/* report.h — what a finished (or stopped) scene produced, as `gohotel run` prints it:
 * a text report for people and one JSON object for tools. */
#ifndef GH_REPORT_H
#define GH_REPORT_H
#include <stdio.h>
#include "runtime/runtime.h"
#include "script/stepper.h"

/* Human report: measures, GC cycles, MemStats m, the allocation profile by scene line. */
void gh_report_text(FILE *f, const gh_Stepper *st, const gh_MemStats *m);
/* {"scene", "title", "params", "steps", "event_digest" (16 hex digits, see
 * gh_stepper_event_digest), "operations", "finished", "checkpoints", "memstats",
 * "measures", "figures" {NAME: VALUE}, "transcript" [{"pause", "step", "text"}],
 * "console" (the last ~4 KiB printed), "gc", "profile"}. */
void gh_report_json(FILE *f, const gh_Stepper *st, const gh_MemStats *m);
/* The lesson as a handout: its title, then each pause passed as "[name] narration",
 * wrapped at `width` columns. */
void gh_report_transcript(FILE *f, const gh_Stepper *st, int width);

#endif
