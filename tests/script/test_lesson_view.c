/* test_lesson_view.c — what a view reads from the stepper at a stop point, through
 * tests/script/lesson_view.lua: the console (print, fmt.Println; the same after stepping
 * back; echoed to the terminal once however often the scene is replayed), figures (never
 * on the console), the scene line at a pause (the line that called it, not the helper that
 * computed its text), how long highlights last, the profile's pprof-top order and the
 * transcript of pauses. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "script/script.h" /* the scene context behind gh_stepper_script */
#include "script/stepper.h"

static const char *const SCENE = "tests/script/lesson_view.lua";

/* The line of SCENE whose comment carries "@tag " or ends with "@tag". */
static int tag_line(const char *tag)
{
    FILE *f = fopen(SCENE, "r");
    char buf[512], want[64];
    snprintf(want, sizeof want, "@%s", tag);
    int line = 0, found = 0;
    while (f && fgets(buf, sizeof buf, f)) {
        line++;
        char *p = strstr(buf, want);
        if (p && (p[strlen(want)] == '\n' || p[strlen(want)] == ' ' || !p[strlen(want)])) found = line;
    }
    if (f) fclose(f);
    return found;
}

static gh_Stepper *open_scene(FILE *out, FILE *figures)
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua", .out = out, .figures = figures};
    gh_Stepper *st = gh_stepper_new(&cfg);
    if (!gh_stepper_load(st, SCENE)) fprintf(stderr, "load: %s\n", gh_stepper_error(st)), exit(1);
    return st;
}

/* Step to the pause called name; false if the scene ended first. */
static bool to_pause(gh_Stepper *st, const char *name)
{
    while (gh_stepper_step(st, GH_STEP_PAUSE | GH_STEP_END))
        if ((gh_stepper_stop_kind(st) & GH_STEP_PAUSE) && !strcmp(gh_stepper_pause_name(st), name)) return true;
    return false;
}

static int nshown(gh_Stepper *st, const char *label)
{
    const gh_Highlight *hl;
    int n = gh_stepper_highlights(st, &hl), k = 0;
    for (int i = 0; i < n; i++) k += !label || !strcmp(hl[i].label, label);
    return k;
}

static char *file_text(FILE *f)
{
    static char buf[4096];
    fflush(f);
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    return buf;
}

/* At a pause the marker is on the line that called it: kit.step's line, even though the
 * last scene line to run was inside said(), which computed the narration. */
CASE("pause marks the line that called it")
{
    gh_Stepper *st = open_scene(NULL, NULL);
    CHECK(to_pause(st, "helper"), "the scene reaches its first pause");
    CHECK_EQ(gh_stepper_line(st), tag_line("helper_call"), "the marker is on the kit.step line");
    CHECK(gh_stepper_line(st) != tag_line("inside_helper"), "not inside the helper");
    CHECK_STR(gh_stepper_narration(st), "There are 3 rooms.", "the narration has the helper's numbers");
    gh_stepper_free(st);
}

/* Everything printed is on the console at once, with or without a terminal; figures are
 * not. Stepping back gives the same text; the terminal gets each line once. */
CASE("console is the same after back and echoes once")
{
    FILE *out = tmpfile(), *figs = tmpfile();
    gh_Stepper *st = open_scene(out, figs);
    CHECK(to_pause(st, "helper"), "first pause");
    const char *want = "hello\t1\nfmt 2\n";
    CHECK_STR(gh_stepper_console(st), want, "print and fmt.Println are on the console");
    uint64_t at = gh_stepper_position(st);
    gh_stepper_step(st, GH_STEP_END);
    CHECK_STR(gh_stepper_console(st), "hello\t1\nfmt 2\nbye\n", "the console at the end");
    gh_stepper_goto(st, at); /* back: a replay from the start */
    CHECK_STR(gh_stepper_console(st), want, "the console after stepping back is the same text");
    gh_stepper_step(st, GH_STEP_END); /* forward again over known ground */
    CHECK_STR(file_text(out), "hello\t1\nfmt 2\nbye\n", "the terminal got each line once");
    CHECK_STR(file_text(figs), "figure answer 42\nfigure flag 1\n", "figures echoed once, booleans as 1/0");
    const gh_Script *S = gh_stepper_script(st);
    CHECK(S->nfigures == 2 && !strcmp(S->figures[0].name, "answer") && !strcmp(S->figures[1].value, "1"),
          "figures are kept for the report");
    gh_stepper_free(st);
    fclose(out);
    fclose(figs);
}

/* A highlight lasts until the scene goes on past the next pause, unless kept; one made
 * through a variable ends when the variable changes, any room when its object is freed. */
CASE("highlights last until the next pause or their object")
{
    gh_Stepper *st = open_scene(NULL, NULL);
    CHECK(to_pause(st, "both"), "pause both");
    CHECK_EQ(nshown(st, NULL), 2, "the room through sink and the floor show at their pause");
    const gh_Highlight *hl;
    gh_stepper_highlights(st, &hl);
    CHECK(hl[0].kind == GH_TARGET_ROOM && hl[0].addr >= 0xc000000000ull, "the room is sink's object");
    CHECK(to_pause(st, "after"), "pause after");
    CHECK_EQ(nshown(st, NULL), 0, "neither was kept past the pause");
    CHECK(to_pause(st, "kept"), "pause kept");
    CHECK_EQ(nshown(st, "kept"), 1, "a kept highlight shows");
    CHECK(to_pause(st, "still kept"), "pause still kept");
    CHECK_EQ(nshown(st, "kept"), 1, "and still shows at the next pause");
    CHECK(to_pause(st, "changed"), "pause changed");
    CHECK_EQ(nshown(st, NULL), 0, "sink changed: its highlight ended, kept or not");
    CHECK(to_pause(st, "freed"), "pause freed");
    CHECK_EQ(nshown(st, NULL), 0, "the room was freed by the GC: its highlight ended");
    uint64_t at = gh_stepper_position(st);
    gh_stepper_goto(st, 0);
    gh_stepper_goto(st, at);
    CHECK_EQ(nshown(st, NULL), 0, "the same after a replay");
    gh_stepper_free(st);
}

/* go.program's label of its newest room shows alone, and goes when the lesson highlights
 * something itself: two labels side by side would compete for the class's eye. */
CASE("a Go program's room label steps aside for the lesson's own highlight")
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    CHECK(gh_stepper_load(st, "tests/script/goprog_label.lua"), "load: %s", gh_stepper_error(st));
    const gh_Highlight *hl;
    CHECK(to_pause(st, "labelled"), "pause labelled");
    int n = gh_stepper_highlights(st, &hl);
    CHECK(n == 1 && hl[0].kind == GH_TARGET_ROOM && !strcmp(hl[0].label, "line 6: new(*int) escapes to heap"),
          "the newest room says the compiler's verdict (%d: %s)", n, n ? hl[0].label : "");
    CHECK(to_pause(st, "lesson's own"), "pause lesson's own");
    n = gh_stepper_highlights(st, &hl);
    CHECK(n == 1 && hl[0].kind == GH_TARGET_FRAME && !strcmp(hl[0].label, "main's plate"),
          "only the lesson's highlight shows (%d: %s)", n, n ? hl[0].label : "");
    gh_stepper_free(st);
}

/* The runtime's rooms from before main (exec_startup.c: this program imports nothing, so 8:
 * internal/cpu's options, allgs 8, 16 and 32 B, gcenable's channel and closures) say so in
 * their tooltips rather than naming a program line. */
CASE("rooms Go's runtime made before main say so in their tooltips")
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    CHECK(gh_stepper_load(st, "tests/script/goprog_label.lua"), "load: %s", gh_stepper_error(st));
    CHECK(to_pause(st, "labelled"), "pause labelled");
    char note[512];
    int runtime = 0, cpu = 0, program = 0;
    for (uint64_t a = GH_ARENA_BASE; a < GH_ARENA_BASE + (64 << 10); a += 8) {
        if (gh_script_room_note(gh_stepper_script(st), a, note, sizeof note) <= 0) continue;
        if (strstr(note, "made before main.main by") && strstr(note, "Go's runtime start-up")) runtime++;
        if (strstr(note, "internal/cpu's GODEBUG options")) cpu++;
        if (strstr(note, "allocated by line")) program++;
    }
    CHECK_EQ(runtime, 8, "8 rooms are the runtime's start-up's");
    CHECK_EQ(cpu, 1, "one of them internal/cpu's options");
    CHECK_EQ(program, 1, "and one the program's line 6 made");
    gh_stepper_free(st);
}

/* lesson.profile() and the report list lines as pprof -top does: the biggest line first. */
CASE("profile rows come in pprof -top order")
{
    gh_Stepper *st = open_scene(NULL, NULL);
    gh_stepper_step(st, GH_STEP_END);
    CHECK(!gh_stepper_failed(st), "the scene's own order checkpoints pass");
    if (gh_stepper_failed(st)) fprintf(stderr, "  %s\n", gh_stepper_error(st));
    gh_ProfileRow *r;
    int n = gh_profile_top(&gh_stepper_script(st)->prof, &r);
    CHECK(n >= 3, "three lines allocated");
    CHECK_EQ(r[0].line, tag_line("big"), "the 5000-byte make is first");
    int small = -1, again = -1;
    for (int i = 0; i < n; i++) {
        if (r[i].line == tag_line("small")) small = i;
        if (r[i].line == tag_line("small_again")) again = i;
    }
    CHECK(small >= 0 && again == small + 1, "equal flat bytes: the earlier line first");
    free(r);
    gh_stepper_free(st);
}

/* The transcript: each pause with its stop point and the narration it showed. */
CASE("transcript lists every pause")
{
    gh_Stepper *st = open_scene(NULL, NULL);
    CHECK(to_pause(st, "helper"), "first pause");
    uint64_t first = gh_stepper_position(st);
    gh_stepper_step(st, GH_STEP_END);
    const gh_Script *S = gh_stepper_script(st);
    CHECK_EQ(S->ntranscript, 8, "eight pauses");
    CHECK(!strcmp(S->transcript[0].pause, "helper") && !strcmp(S->transcript[0].text, "There are 3 rooms."),
          "the first pause and its narration");
    CHECK_EQ(S->transcript[0].step, first, "with the step it stops at");
    CHECK(!strncmp(S->transcript[7].text, "The biggest line allocated 5", 28), "the last one has the simulator's number");
    gh_stepper_free(st);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
