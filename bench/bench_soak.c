/* bench_soak.c — the soak test: run every lesson headless to its end, again and again, in
 * one process, for a given number of minutes (default 60), printing the resident set size
 * at the start, every few rounds, and at the end. Memory use must stay flat.
 *   ./build/bench_soak [minutes] [scenes-dir] */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "script/stepper.h"

#ifndef GOHOTEL_SOURCE_DIR
#define GOHOTEL_SOURCE_DIR "."
#endif

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

int main(int argc, char **argv)
{
    double minutes = argc > 1 ? atof(argv[1]) : 60;
    const char *dir = argc > 2 ? argv[2] : GOHOTEL_SOURCE_DIR "/scenes";
    char names[64][200];
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) && n < 64)
        if (strlen(e->d_name) > 4 && !strcmp(e->d_name + strlen(e->d_name) - 4, ".lua")) snprintf(names[n++], 200, "%.199s", e->d_name);
    if (d) closedir(d);
    qsort(names, (size_t)n, sizeof names[0], cmp);
    time_t start = time(NULL);
    long rss0 = -1;
    unsigned long rounds = 0, runs = 0, failures = 0;
    while (difftime(time(NULL), start) < minutes * 60) {
        for (int i = 0; i < n; i++) {
            char path[1200];
            snprintf(path, sizeof path, "%.900s/%.199s", dir, names[i]);
            gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = GOHOTEL_SOURCE_DIR "/lua"};
            gh_Stepper *st = gh_stepper_new(&cfg);
            if (gh_stepper_load(st, path)) gh_stepper_step(st, GH_STEP_END);
            if (gh_stepper_failed(st)) {
                failures++;
                fprintf(stderr, "%s\n", gh_stepper_error(st));
            }
            gh_stepper_free(st);
            runs++;
        }
        rounds++;
        if (rss0 < 0) rss0 = rss_kib(); /* after the first round: allocator pools are warm */
        if (rounds % 10 == 0)
            printf("after %4.0f s: %lu rounds, %lu scene runs, RSS %ld KiB\n", difftime(time(NULL), start), rounds, runs,
                   rss_kib());
        fflush(stdout);
    }
    printf("soak: %.0f min, %d scenes, %lu rounds, %lu runs, %lu failures, RSS after round 1 %ld KiB, at the end %ld KiB\n",
           minutes, n, rounds, runs, failures, rss0, rss_kib());
    return failures != 0;
}
