/* test_watchdog.c — the wall-clock limit on one step of a scene (src/script/watchdog.c):
 * a step that reaches its stop points in time is never stopped, a step that runs past the
 * limit raises the flag the count hook turns into the scene's error, time the scene spends
 * without control does not count, and a step stuck in C past the grace period ends the
 * process with status 124 and one clear line on stderr. Timings have wide margins: a limit
 * of 0.2 s against a step held 10 times as long, beats every 10 ms against a limit of 1 s. */
#define _GNU_SOURCE
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"
#include "script/watchdog.h"

static void sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) != 0) {}
}

CASE("a step that keeps reaching its stop points is never stopped, however long the scene runs")
{
    gh_Watchdog *w = gh_watchdog_new(1.0, 60, "scene.lua");
    if (!CHECK(w != NULL, "the watcher thread starts")) return;
    gh_watchdog_enter(w, 1);
    for (int i = 0; i < 150; i++) { /* 1.5 s in all, a beat every 10 ms */
        sleep_ms(10);
        gh_watchdog_beat(w, 2);
    }
    CHECK(!gh_watchdog_fired(w), "150 steps of 10 ms each are each well under 1 s");
    gh_watchdog_leave(w);
    gh_watchdog_free(w);
}

CASE("a step that runs past the limit raises the flag the count hook stops the scene on")
{
    gh_Watchdog *w = gh_watchdog_new(0.2, 60, "scene.lua");
    if (!CHECK(w != NULL, "the watcher thread starts")) return;
    CHECK_NEAR(gh_watchdog_limit(w), 0.2, 1e-9, "the limit the message names");
    gh_watchdog_enter(w, 7);
    sleep_ms(2000);
    CHECK(gh_watchdog_fired(w), "one step of 2 s with a limit of 0.2 s");
    gh_watchdog_leave(w);
    gh_watchdog_free(w);
}

CASE("time the scene spends suspended (the stepper holds control) is not a step")
{
    gh_Watchdog *w = gh_watchdog_new(0.2, 60, "scene.lua");
    if (!CHECK(w != NULL, "the watcher thread starts")) return;
    gh_watchdog_enter(w, 1);
    gh_watchdog_leave(w);
    sleep_ms(1500); /* a teacher thinking between two steps */
    CHECK(!gh_watchdog_fired(w), "1.5 s between steps is nobody's step");
    gh_watchdog_free(w);
}

CASE("a step stuck in C past the grace period ends the process with status 124 and says why")
{
    int fds[2];
    if (!CHECK(pipe(fds) == 0, "a pipe for the child's stderr")) return;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) { /* the scene: takes control and never comes back to a stop point */
        dup2(fds[1], 2);
        close(fds[0]);
        gh_Watchdog *w = gh_watchdog_new(0.2, 0.3, "tests/stuck.lua");
        if (!w) _exit(99);
        gh_watchdog_enter(w, 12);
        sleep_ms(30000);
        _exit(0);
    }
    close(fds[1]);
    char err[1024];
    size_t n = 0;
    ssize_t k;
    while (n < sizeof err - 1 && (k = read(fds[0], err + n, sizeof err - 1 - n)) > 0) n += (size_t)k;
    err[n] = 0;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status), "the process exited (was not killed by a signal)");
    CHECK_EQ(WEXITSTATUS(status), GH_WATCHDOG_EXIT, "the watchdog's own exit status");
    CHECK_EQ(GH_WATCHDOG_EXIT, 124, "as timeout(1) reports a command it had to end");
    CHECK_STR(err,
              "gohotel: tests/stuck.lua:12: stopped: one step ran longer than 0.2 s and did not stop within 0.3 s "
              "more (stuck in C code, where no Lua hook runs); gohotel ends here\n",
              "one line on stderr naming the scene line and both limits");
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
