/* report.h — the sections every run report has, whatever the mutator (`gohotel run` for
 * a scene, `gohotel exec` for a Go program): the GC cycles with their gctrace lines, the
 * final MemStats, and the allocation profile by source line with each line's text; as
 * text for people or as fields of one JSON object for tools. The front ends write their
 * own head (scene and params, or program and exit status) around these. */
#ifndef GH_RUN_REPORT_H
#define GH_RUN_REPORT_H
#include <stdio.h>
#include "run/profile.h"
#include "runtime/runtime.h"

/* The text of line n (1-based) of a source: its first character, the line ending at the
 * first '\n', '\r' or NUL; NULL when there is no such line. Any loader plugs in here. */
typedef const char *(*gh_LineFn)(void *ud, int n);
/* A gh_LineFn over one NUL-terminated text in memory (ud is the text). */
const char *gh_report_line_in(void *text, int n);

/* One source file of a profile: rows name it `name`, its text comes from line(ud, n). */
typedef struct gh_ReportFile {
    const char *name;
    const gh_Profile *prof;
    gh_LineFn line;             /* NULL: no text */
    void *ud;
} gh_ReportFile;

/* "GC cycles: N (F forced)" and a gctrace line per cycle; "MemStats" and a field a line. */
void gh_report_cycles_text(FILE *f, const gh_Sim *sim);
void gh_report_memstats_text(FILE *f, const gh_MemStats *m);
/* "allocation profile by WHAT line" then pprof-top rows: flat, flat%, sum%, cum, cum%,
 * objects, cum objects, FILE:LINE and the line's text (trimmed). */
void gh_report_profile_text(FILE *f, const char *what, const gh_ReportFile *files, int nfiles);

/* A JSON string (quotes, escapes). */
void gh_report_json_str(FILE *f, const char *s);
/* "memstats": {FIELD: VALUE...} */
void gh_report_json_memstats(FILE *f, const gh_MemStats *m);
/* "gc": [{"n", "forced", "start_ns", "heap0", "heap1", "heap2", "goal", "pause_ns", "trace"}] */
void gh_report_json_gc(FILE *f, const gh_Sim *sim);
/* "profile": [{"file", "line", "flat_bytes", "flat_objects", "cum_bytes", "cum_objects", "code"}] */
void gh_report_json_profile(FILE *f, const gh_ReportFile *files, int nfiles);

#endif
