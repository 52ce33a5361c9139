/* watchdog.c — the wall-clock limit on one step of a scene (see watchdog.h).
 *
 * The watcher thread wakes every `interval` (a tenth of the limit, between 10 ms and
 * 250 ms) and reads the beat counter. While the scene has control and the counter has not
 * moved, the time since it was first seen at that value grows; past the limit the flag is
 * raised, past limit + grace the process ends. That time is measured from a wake-up at or
 * after the real beat, so the watchdog may fire up to two intervals late but never early:
 * "ran longer than N s" is always true. The thread sleeps on a condition variable (on the
 * monotonic clock), so freeing the watchdog wakes and joins it at once. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "script/watchdog.h"

struct gh_Watchdog {
    _Atomic uint64_t beat;      /* bumped at every stop point and whenever control changes hands */
    _Atomic int line;           /* the scene line at the last beat (for the message) */
    _Atomic bool running;       /* the scene has control */
    _Atomic bool fired;         /* this step ran past the limit */
    double limit, grace, interval;
    char scene[512];
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool quit;                  /* under mu: gh_watchdog_free wants the thread gone */
};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The scene did not honour the flag: it is stuck where no hook runs. End the process
 * with a message rather than hang (write(2) and _exit: nothing of the scene's state, whose
 * thread is still running, is touched). */
static _Noreturn void end_process(gh_Watchdog *w)
{
    char msg[800];
    int n = snprintf(msg, sizeof msg,
                     "gohotel: %s:%d: stopped: one step ran longer than %g s and did not stop within %g s more "
                     "(stuck in C code, where no Lua hook runs); gohotel ends here\n",
                     w->scene, atomic_load_explicit(&w->line, memory_order_relaxed), w->limit, w->grace);
    if (n > (int)sizeof msg - 1) n = (int)sizeof msg - 1;
    for (int off = 0; n > off;) {
        ssize_t k = write(2, msg + off, (size_t)(n - off));
        if (k <= 0) break;
        off += (int)k;
    }
    _exit(GH_WATCHDOG_EXIT);
}

static void *watch(void *arg)
{
    gh_Watchdog *w = arg;
    uint64_t seen = atomic_load(&w->beat);
    double since = now();
    pthread_mutex_lock(&w->mu);
    while (!w->quit) {
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        long ns = until.tv_nsec + (long)(w->interval * 1e9);
        until.tv_sec += ns / 1000000000L;
        until.tv_nsec = ns % 1000000000L;
        pthread_cond_timedwait(&w->cv, &w->mu, &until);
        if (w->quit) break;
        uint64_t b = atomic_load_explicit(&w->beat, memory_order_relaxed);
        double t = now();
        if (b != seen || !atomic_load_explicit(&w->running, memory_order_relaxed)) {
            seen = b;
            since = t;
            continue;
        }
        if (t - since >= w->limit) atomic_store(&w->fired, true);
        if (t - since >= w->limit + w->grace) end_process(w);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

gh_Watchdog *gh_watchdog_new(double limit, double grace, const char *scene)
{
    gh_Watchdog *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->limit = limit;
    w->grace = grace;
    w->interval = limit / 10 < 0.01 ? 0.01 : limit / 10 > 0.25 ? 0.25 : limit / 10;
    snprintf(w->scene, sizeof w->scene, "%s", scene);
    pthread_condattr_t ca;
    bool ok = pthread_condattr_init(&ca) == 0;
    ok = ok && pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0 && pthread_cond_init(&w->cv, &ca) == 0;
    if (!ok) return free(w), NULL;
    pthread_condattr_destroy(&ca);
    pthread_mutex_init(&w->mu, NULL);
    if (pthread_create(&w->thread, NULL, watch, w) != 0) {
        pthread_cond_destroy(&w->cv);
        pthread_mutex_destroy(&w->mu);
        free(w);
        return NULL;
    }
    return w;
}

void gh_watchdog_free(gh_Watchdog *w)
{
    if (!w) return;
    pthread_mutex_lock(&w->mu);
    w->quit = true;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->cv);
    pthread_mutex_destroy(&w->mu);
    free(w);
}

void gh_watchdog_beat(gh_Watchdog *w, int line)
{
    atomic_store_explicit(&w->line, line, memory_order_relaxed);
    atomic_store_explicit(&w->beat, atomic_load_explicit(&w->beat, memory_order_relaxed) + 1, memory_order_relaxed);
}

void gh_watchdog_enter(gh_Watchdog *w, int line)
{
    gh_watchdog_beat(w, line);
    atomic_store_explicit(&w->running, true, memory_order_relaxed);
}

void gh_watchdog_leave(gh_Watchdog *w)
{
    atomic_store_explicit(&w->running, false, memory_order_relaxed);
    gh_watchdog_beat(w, atomic_load_explicit(&w->line, memory_order_relaxed));
}

bool gh_watchdog_fired(const gh_Watchdog *w) { return atomic_load_explicit(&w->fired, memory_order_relaxed); }
double gh_watchdog_limit(const gh_Watchdog *w) { return w->limit; }
