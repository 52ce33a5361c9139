/* test_cafeteria_wait.c — a parked goroutine's header in the cafeteria says what it waits
 * on, in Go's traceback words, at classroom size (1280x720, projector): the title carries
 * the reason ("G1 [chan receive] · stack 2 KiB"), and a row under it names the hchan by the
 * address the chan variable's plate shows ("waits on hchan 0xc000…"), whole, inside the
 * panel and over no other text. A woken goroutine, and the running one, wait on nothing
 * and say nothing; a select's several channels are not named. Woken and not run since, a
 * row says which partner's operation woke it ("G2's send handed it the value"). The simulator is put in the
 * state the interpreter leaves when main parks in `v := <-c` (tests/golang/test_gwait.c
 * checks the interpreter gets there; tests/view/parked_receiver.lua shoots the real run). */
#include "offscreen.h"
#include "runtime/runtime.h"

static bool inside(SDL_Rect r, SDL_Rect p) { return r.x >= p.x && r.y >= p.y && r.x + r.w <= p.x + p.w && r.y + r.h <= p.y + p.h; }

/* The first label starting with prefix: its text (NULL when none) and rectangle. */
static const char *label_at(const gh_View *v, const char *prefix, SDL_Rect *r)
{
    for (int i = 0; i < gh_view_label_count(v); i++) {
        const char *s = gh_view_label(v, i, r);
        if (!strncmp(s, prefix, strlen(prefix))) return s;
    }
    return NULL;
}

/* The label is whole (not cut with "…"), inside the cafeteria and over no other label. */
static void check_whole(const gh_View *v, const char *s, SDL_Rect a)
{
    SDL_Rect p, b, o;
    CHECK(gh_view_panel_rect(v, GH_PANEL_CAFETERIA, &p) && inside(a, p), "'%s' is inside the cafeteria", s);
    size_t n = strlen(s);
    CHECK(n < 3 || strcmp(s + n - 3, "…"), "'%s' is not cut", s);
    for (int i = 0; i < gh_view_label_count(v); i++) {
        const char *t = gh_view_label(v, i, &b);
        if (t == s || !SDL_IntersectRect(&a, &b, &o)) continue;
        CHECK(o.w <= 1 || o.h <= 1, "'%s' overlaps '%s' by %dx%d", s, t, o.w, o.h);
    }
}

/* G1: main.main holding c → its hchan (a 96-byte heap room, Go's hchanSize); G2: main.send,
 * running. */
typedef struct Parked { gh_Sim *sim; int32_t main, send; gh_Addr hchan; } Parked;

static Parked parked_main(void)
{
    Parked k = {gh_sim_new(NULL), 0, 0, 0};
    gh_gc_set_background(k.sim, false);
    k.main = gh_newproc(k.sim);
    CHECK(gh_frame_push(k.sim, "main.main", 192, 1), "main's frame");
    gh_Addr c = gh_frame_local(k.sim, "c", GH_TYPE_POINTER, 8, false);
    k.hchan = gh_mallocgc(k.sim, 96, GH_TYPE_BYTES, true);
    gh_store_ptr(k.sim, c, k.hchan);
    k.send = gh_newproc(k.sim);
    gh_gosched_to(k.sim, k.send);
    CHECK(gh_frame_push(k.sim, "main.send", 64, 1), "send's frame");
    gh_frame_local(k.sim, "n", GH_TYPE_INT64, 8, false);
    return k;
}

CASE("main parked on <-c: its title says [chan receive] and a row names c's hchan, whole")
{
    VC c = vc_open(1280, 720, true);
    Parked k = parked_main();
    gh_g_set_wait(k.sim, k.main, "chan receive", k.hchan);
    gh_view_render(c.v, k.sim, 0);
    vc_save(&c, "cafeteria_wait_parked.png");
    SDL_Rect t, row, plate;
    char want[64];
    snprintf(want, sizeof want, "G%d [chan receive]", k.main);
    const char *title = label_at(c.v, want, &t);
    if (CHECK(title != NULL, "the title starts with %s", want)) check_whole(c.v, title, t);
    snprintf(want, sizeof want, "waits on hchan %#llx", (unsigned long long)k.hchan);
    const char *named = label_at(c.v, "waits on hchan", &row);
    if (CHECK(named != NULL, "a row names the channel")) {
        CHECK_STR(named, want, "by the hchan's address");
        check_whole(c.v, named, row);
        CHECK(title && row.y > t.y && row.x == t.x, "under the title (title y %d, row y %d)", t.y, row.y);
    }
    CHECK(gh_view_frame_rect(c.v, k.main, 0, &plate) && named && plate.y >= row.y + row.h,
          "main's plate comes after the row, not under it");
    snprintf(want, sizeof want, "G%d (running)", k.send);
    CHECK(label_at(c.v, want, &t) != NULL, "the sender runs: %s", want);
    gh_sim_free(k.sim);
    vc_close(&c);
}

CASE("woken, main's title and rows say nothing of a wait")
{
    VC c = vc_open(1280, 720, true);
    Parked k = parked_main();
    gh_g_set_wait(k.sim, k.main, "chan receive", k.hchan);
    gh_g_set_wait(k.sim, k.main, NULL, 0);   /* the send handed it the value: goready */
    gh_view_render(c.v, k.sim, 0);
    SDL_Rect r;
    CHECK(!vc_has_label(c.v, "[chan receive]"), "no reason once runnable");
    CHECK(!label_at(c.v, "waits on hchan", &r), "no channel once runnable");
    char want[32];
    snprintf(want, sizeof want, "G%d · stack", k.main);
    CHECK(label_at(c.v, want, &r) != NULL, "the plain title: %s", want);
    gh_sim_free(k.sim);
    vc_close(&c);
}

CASE("woken by a partner's send and not run since: a row says the sender handed it the value")
{
    VC c = vc_open(1280, 720, true);
    Parked k = parked_main();
    gh_g_set_wait(k.sim, k.main, "chan receive", k.hchan);
    gh_g_set_wait(k.sim, k.main, NULL, 0);                 /* goready */
    gh_g_set_woken(k.sim, k.main, k.send, "send");         /* by G2's c <- n */
    gh_view_render(c.v, k.sim, 0);
    vc_save(&c, "cafeteria_wait_handed.png");
    SDL_Rect r, t;
    char want[64], title[32];
    snprintf(want, sizeof want, "G%d's send handed it the value", k.send);
    const char *row = label_at(c.v, want, &r);
    if (CHECK(row != NULL, "the row: %s", want)) check_whole(c.v, row, r);
    snprintf(title, sizeof title, "G%d · stack", k.main);
    CHECK(label_at(c.v, title, &t) && row && r.y > t.y, "under main's plain title");
    gh_g_set_woken(k.sim, k.main, 0, NULL);                /* main ran */
    gh_view_render(c.v, k.sim, 0);
    CHECK(!vc_has_label(c.v, "handed it the value"), "once main has run, the hand-off is not shown");
    gh_g_set_woken(k.sim, k.main, k.send, "close");
    gh_view_render(c.v, k.sim, 0);
    snprintf(want, sizeof want, "woken by G%d's close", k.send);
    CHECK(vc_has_label(c.v, want), "a close says so: %s", want);
    gh_sim_free(k.sim);
    vc_close(&c);
}

CASE("a select's several channels: [select] and no channel row; the running goroutine shows no reason")
{
    VC c = vc_open(1280, 720, true);
    Parked k = parked_main();
    gh_g_set_wait(k.sim, k.main, "select", 0);
    gh_g_set_wait(k.sim, k.send, "chan send", k.hchan);   /* a stale wait on the running g: never drawn */
    gh_view_render(c.v, k.sim, 0);
    SDL_Rect r;
    char want[32];
    snprintf(want, sizeof want, "G%d [select]", k.main);
    CHECK(label_at(c.v, want, &r) != NULL, "the title says %s", want);
    CHECK(!label_at(c.v, "waits on hchan", &r), "one sudog per case: no one channel to name");
    CHECK(!vc_has_label(c.v, "[chan send]"), "the running goroutine waits on nothing");
    gh_sim_free(k.sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
