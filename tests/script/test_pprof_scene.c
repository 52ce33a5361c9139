/* test_pprof_scene.c — `gohotel run SCENE --pprof` in process: a scene runs with its heap
 * profile recorded through the stepper, the file is written and read back
 * (tests/pprof_read.h). A scene's stack is its Lua stack: the local function "build" at
 * the make's line, under "main chunk" at the call's line; a go.program statement's stack
 * starts with the Go program's frames (main.grow <- main.fill <- main.main) and ends in
 * the scene line that stepped it. */
#include <unistd.h>
#include "check.h"
#include "pprof_roundtrip.h"
#include "script/stepper.h"

static bool profile_of(const char *scene, PrProfile *p)
{
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    gh_HeapProfile *hp = gh_heap_profile_new();
    bool ok = gh_stepper_load(st, scene) && gh_stepper_pprof(st, hp);
    if (ok) gh_stepper_step(st, GH_STEP_END);
    ok = ok && gh_stepper_finished(st) && !gh_stepper_failed(st);
    if (!ok) fprintf(stderr, "%s\n", gh_stepper_error(st));
    ok = ok && pprof_roundtrip(hp, "scene", p);
    gh_heap_profile_free(hp);
    gh_stepper_free(st);
    return ok;
}

CASE("a scene's ten make([]byte, 1000) in local function build: 10 objects, 10240 bytes, build <- main chunk")
{
    const char *scene = "tests/script/pprof/scene.lua";
    int site = line_of(scene, "-- alloc site"), call = line_of(scene, "-- call site");
    PrProfile p;
    if (!CHECK(profile_of(scene, &p), "the scene runs and its profile reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "build", 1024);
    if (CHECK(s != NULL, "a sample of 1024-byte objects at build")) {
        CHECK_EQ(s->v[0], 10, "alloc_objects");
        CHECK_EQ(s->v[1], 10 * 1024, "alloc_space: the 1024-byte size class");
        CHECK_EQ(s->v[3], 10 * 1024, "inuse_space: all kept");
        const PrLoc *l = s->nlocs ? pr_loc(&p, s->locs[0]) : NULL;
        CHECK(l && l->lines[0].line == site, "build at the make's line (%d)", site);
        if (CHECK_EQ(s->nlocs, 2, "two scene frames")) {
            CHECK_STR(pr_loc_func(&p, s->locs[1], 0), "main chunk", "the scene's top level");
            const PrLoc *c = pr_loc(&p, s->locs[1]);
            CHECK(c && c->lines[0].line == call, "at the call's line (%d)", call);
            const PrFunc *fn = c ? pr_func(&p, c->lines[0].func) : NULL;
            CHECK(fn && strstr(pr_str(&p, fn->file), "tests/script/pprof/scene.lua"), "in the scene file");
        }
    }
    /* the [][]byte of 10 headers: 240 bytes, the 240-byte size class */
    s = pr_sample_at(&p, "build", 240);
    if (CHECK(s != NULL, "the [][]byte itself")) CHECK_EQ(s->v[0], 1, "one object");
    pr_free(&p);
}

CASE("a go.program's allocations: the Go frames first (main.grow <- main.fill <- main.main), then the scene's")
{
    const char *scene = "tests/script/goprog_profile.lua";
    PrProfile p;
    if (!CHECK(profile_of(scene, &p), "the scene runs and its profile reads back: %s", p.why)) return pr_free(&p);
    const PrSample *s = pr_sample_at(&p, "main.grow", 64);
    if (CHECK(s != NULL, "grow(64)'s make: 64-byte objects at main.grow")) {
        CHECK_EQ(s->v[0], 3, "three calls of grow(64): Go 1.19's MemProfile has 3 objects, 192 B");
        CHECK_EQ(s->v[1], 192, "alloc_space");
        if (CHECK(s->nlocs >= 4, "Go frames and then the scene's")) {
            CHECK_STR(pr_loc_func(&p, s->locs[1], 0), "main.fill", "grow's caller");
            CHECK_STR(pr_loc_func(&p, s->locs[2], 0), "main.main", "fill's caller");
            CHECK_STR(pr_loc_func(&p, s->locs[3], 0), "main chunk", "the scene line that ran the program");
        }
    }
    s = pr_sample_at(&p, "main.grow", 1024);
    if (CHECK(s != NULL, "grow(1000)'s make: one 1024-byte object")) CHECK_EQ(s->v[1], 1024, "alloc_space");
    pr_free(&p);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
