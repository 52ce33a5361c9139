/* test_exec_live_mirror.c — the interpreter sets a local's liveness in the runtime only
 * when it changes (exec_live.c), trusting each frame's mirror of the runtime's dead flags
 * (XFrame.dead). This checks that mirror against the runtime's own slots (gh_Slot.dead,
 * what the collector's stack scan reads) before every statement of every Go program in
 * tests/golang/exec: a mismatch would mean a dead local kept as a root, or a live one
 * missed by the collector.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include "check.h"
#include "golang/exec_int.h"

enum { MAX_STEPS = 200000 };

typedef struct { long checked, dead, mismatches; int first_line; } Seen;

/* Compares every frame of every goroutine still running with its simulated frame. */
static void compare_frames(gh_Exec *ex, Seen *s)
{
    for (int i = 0; i < ex->ngs; i++) {
        XG *xg = ex->gs[i];
        if (xg->state == XG_DONE || xg->state == XG_NEW || xg->gid < 1) continue;
        const gh_G *g = gh_sim_g(ex->sim, xg->gid - 1);
        if (!g) continue;
        for (int k = 0; k < xg->nframes; k++) {
            const XFrame *f = &xg->frames[k];
            if (f->gframe >= g->nframes) continue;
            int n = f->fn->nlocals < 64 ? f->fn->nlocals : 64;
            if ((uint32_t)n > gh_frame_nslots(g, f->gframe)) n = (int)gh_frame_nslots(g, f->gframe);
            for (int v = 0; v < n; v++) {
                bool dead = gh_frame_slot(g, f->gframe, (uint32_t)v)->dead;
                s->checked++;
                s->dead += dead;
                if (dead != ((f->dead >> v) & 1) && !s->mismatches++) s->first_line = xg->line;
            }
        }
    }
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

CASE("each frame's mirror of its locals' liveness is the runtime's, before every statement")
{
    const char *dir = "tests/golang/exec";
    char *names[256];
    int n = 0;
    DIR *d = opendir(dir);
    if (!CHECK(d != NULL, "%s opens", dir)) return;
    for (struct dirent *e; (e = readdir(d)) && n < 256;) {
        size_t l = strlen(e->d_name);
        if (l > 3 && !strcmp(e->d_name + l - 3, ".go")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    CHECK(n >= 10, "enough programs (%d)", n);
    long all_dead = 0, all_checked = 0;
    for (int i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *o = fopen("/dev/null", "w"), *e = fopen("/dev/null", "w");
        gh_Config cfg = gh_config_default();
        gh_Sim *sim = gh_sim_new(&cfg);
        gh_Exec *ex = gh_exec_load(path, NULL, 0, sim, o, e);
        Seen s = {0};
        for (int step = 0; ex && step < MAX_STEPS && !gh_exec_done(ex); step++) {
            if (!gh_exec_step(ex)) break;
            compare_frames(ex, &s);
        }
        CHECK(ex != NULL, "%s loads", names[i]);
        CHECK_EQ(s.mismatches, 0, "%s: mirror and runtime agree (first difference before line %d)", names[i], s.first_line);
        all_dead += s.dead;
        all_checked += s.checked;
        if (ex) gh_exec_free(ex);
        gh_sim_free(sim);
        fclose(o);
        fclose(e);
        free(names[i]);
    }
    /* the comparison saw both states: locals the analysis declared dead, and live ones */
    CHECK(all_dead > 1000, "dead locals were seen (%ld)", all_dead);
    CHECK(all_checked > all_dead * 2, "and more live ones (%ld checked)", all_checked);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
