/* bench_frame.c — frame times of the view at 1920×1080 on SDL's software renderer, for
 * heaps of 1, 16 and 64 MiB of live small objects (a linked list, so a mark has work): idle frames, frames while the program
 * allocates a little each frame, frames while the janitor marks, the hotel picture with
 * motion on (the janitor walking, over 300 ms, to each new place the mark reaches), the smooth
 * zoom between tiers (a wheel notch in or out every 20 frames), and full
 * repaints; plus startup to the first frame. Prints median and p95 of wall time and of the
 * thread's CPU time (what the frame cost, whatever else the machine runs); never fails on
 * time. `bench_frame 64` measures only the 64 MiB heap. */
#include <stdlib.h>
#include <time.h>
#include "../tests/view/fixture.h"
#include "view/view.h"

enum { W = 1920, H = 1080, FRAMES = 120 };

static double now_ms(void) { return (double)SDL_GetPerformanceCounter() * 1000.0 / (double)SDL_GetPerformanceFrequency(); }
/* The CPU time this thread used: on a machine shared with other work, wall time also counts
 * the time the scheduler gave to others; the CPU time says what the frame itself cost. */
static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

typedef struct Ctx { gh_View *v; gh_Sim *sim; } Ctx;
static void listen(void *ud, const gh_Event *ev)
{
    Ctx *c = ud;
    if (c->v) gh_view_event(c->v, c->sim, ev);
}

static void report(const char *what, double *t, double *cpu, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp);
    qsort(cpu, (size_t)n, sizeof *cpu, cmp);
    printf("  %-28s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   cpu: median %6.2f p95 %6.2f ms\n", what, t[n / 2],
           t[n * 95 / 100], t[n - 1], cpu[n / 2], cpu[n * 95 / 100]);
}

typedef enum { IDLE, ALLOC, MARK, MOTION, ZOOM, REPAINT } Mode;

static void frames(Ctx *c, Mode m, const char *what)
{
    double t[FRAMES], cpu[FRAMES];
    int moved = 0; /* MOTION: frames in which the janitor was drawn somewhere new */
    SDL_Rect was = {0};
    if (m == MARK || m == MOTION) gh_gc_start(c->sim, true); /* MOTION goes on with MARK's cycle */
    gh_view_set_reduced_motion(c->v, m != MOTION && m != ZOOM);
    for (int i = 0; i < FRAMES; i++) {
        if (m == ALLOC) for (int k = 0; k < 8; k++) gh_mallocgc(c->sim, 48, GH_TYPE_BYTES, true);
        if (m == MARK || m == MOTION) for (int k = 0; k < 64; k++) gh_gc_mark_unit(c->sim);
        if (m == REPAINT) gh_view_invalidate(c->v);
        if (m == ZOOM && i % 20 == 0) /* a notch in or out every 20 frames: the smooth zoom runs 300 ms of each 320 */
            gh_view_zoom(c->v, i % 40 ? 0.8f : 1.25f, W / 2, H / 2);
        /* 60 frames a second; MOTION's clock goes on past the earlier cases' (a time of 0 is a still) */
        uint32_t at = (uint32_t)(m == MOTION ? 100000 + (i + 1) * 16 : m == ZOOM ? 200000 + (i + 1) * 16 : i * 16);
        double t0 = now_ms(), c0 = cpu_ms();
        gh_view_render(c->v, c->sim, at);
        t[i] = now_ms() - t0;
        cpu[i] = cpu_ms() - c0;
        SDL_Rect j;
        if (m == MOTION && gh_view_janitor_rect(c->v, &j)) {
            if (i > 0 && !SDL_RectEquals(&j, &was)) moved++;
            was = j;
        }
    }
    report(what, t, cpu, FRAMES);
    if (m == MOTION) printf("  %-28s the janitor moved in %d of %d frames\n", "", moved, FRAMES);
}

/* The heap: live objects of eight size classes, taken in turn (as fx_big), each a pointer
 * array whose first word points to the object allocated after it, and a global holding the
 * first: a linked list through the whole heap. The mark walks it one object a unit, and as
 * consecutive objects sit on different floors the janitor has a new place every frame. */
static gh_Sim *linked_heap(uint64_t bytes, gh_EventFn fn, void *ud)
{
    gh_Sim *sim = fx_bench_sim(fn, ud);
    gh_Addr head = gh_global(sim, "head", GH_TYPE_POINTER, 8), prev = 0;
    if (!head) fx_die("gh_global");
    static const uint32_t sizes[] = {16, 32, 48, 64, 128, 24, 256, 512};
    for (uint64_t i = 0, used = 0; used < bytes; i++) {
        uint32_t sz = sizes[i % 8];
        gh_Addr p = gh_mallocgc(sim, sz, GH_TYPE_POINTER, true);
        if (!p || !gh_store_ptr(sim, prev ? prev : head, p)) fx_die("mallocgc");
        prev = p;
        used += sz;
    }
    return sim;
}

static void bench(uint64_t mib)
{
    SDL_Surface *surf;
    SDL_Renderer *r;
    Ctx c = {0};
    double t0 = now_ms();
    c.sim = linked_heap(mib << 20, listen, &c);
    double built = now_ms();
    if (!gh_view_offscreen(W, H, &surf, &r)) { fprintf(stderr, "offscreen: %s\n", SDL_GetError()); exit(1); }
    c.v = gh_view_new(r, W, H, NULL);
    gh_view_set_title(c.v, "benchmark");
    gh_view_set_narration(c.v, "A heap full of small objects of eight size classes.");
    gh_view_render(c.v, c.sim, 0);
    double first = now_ms();
    uint64_t objects = 0;
    for (int32_t i = 0; i < gh_sim_nspans(c.sim); i++) objects += gh_sim_span(c.sim, i)->allocCount;
    printf("%3llu MiB heap: %llu live objects in %d spans; building the heap %.0f ms; view startup to first frame %.1f ms\n",
           (unsigned long long)mib, (unsigned long long)objects, gh_sim_nspans(c.sim), built - t0, first - built);
    frames(&c, IDLE, "idle (nothing changed)");
    frames(&c, ALLOC, "allocating 8 objects/frame");
    frames(&c, MARK, "marking 64 units/frame");
    frames(&c, MOTION, "marking, motion on (walking)");
    frames(&c, ZOOM, "zooming, motion on (smooth)");
    frames(&c, REPAINT, "full repaint every frame");
    gh_view_free(c.v);
    gh_sim_free(c.sim);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
}

/* bench_frame [MIB...]: the heaps to measure (default 1, 16 and 64 MiB). */
int main(int argc, char **argv)
{
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    printf("gohotel view frame times at %dx%d, SDL software renderer, %d frames each\n", W, H, FRAMES);
    if (argc < 2) {
        bench(1);
        bench(16);
        bench(64);
    }
    for (int i = 1; i < argc; i++) {
        long mib = strtol(argv[i], NULL, 10);
        if (mib < 1 || mib > 1024) { fprintf(stderr, "bench_frame: heap size %s: want 1..1024 MiB\n", argv[i]); return 2; }
        bench((uint64_t)mib);
    }
    return 0;
}
