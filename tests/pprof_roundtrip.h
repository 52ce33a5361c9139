/* pprof_roundtrip.h — what the in-process pprof tests share: the line of a marker comment
 * in a test program, and a recorded heap profile written to a temporary file by the real
 * writer (run/pprof.h) and read back by the independent decoder (pprof_read.h). */
#ifndef GOHOTEL_TESTS_PPROF_ROUNDTRIP_H
#define GOHOTEL_TESTS_PPROF_ROUNDTRIP_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pprof_read.h"
#include "run/pprof.h"

/* The 1-based line of the first line of path holding marker; 0 when none does. */
static int line_of(const char *path, const char *marker)
{
    FILE *f = fopen(path, "r");
    char buf[512];
    int line = 0, found = 0;
    while (f && !found && fgets(buf, sizeof buf, f)) line++, found = strstr(buf, marker) != NULL;
    if (f) fclose(f);
    return found ? line : 0;
}

/* Writes hp as the profile of program `name` to a temporary file, reads it into *p and
 * removes the file; false (with the writer's error on stderr) when either step fails. */
static bool pprof_roundtrip(gh_HeapProfile *hp, const char *name, PrProfile *p)
{
    char out[] = "/tmp/gohotel-pprof-XXXXXX", err[300] = "";
    int fd = mkstemp(out);
    if (fd < 0) return false;
    close(fd);
    bool ok = gh_pprof_write(hp, name, out, err, sizeof err);
    if (err[0]) fprintf(stderr, "%s\n", err);
    ok = ok && pr_read_file(out, p);
    unlink(out);
    return ok;
}
#endif
