/* test_desk_keys.c — the front desk never cuts a key ring silently. A P's mcache can hold a
 * key for each of Go's 136 span classes; at 1280x720 in classroom mode a ring has room for
 * about eight chips. The ring then shows as many chips as leave room for a count of the
 * rest ("+59 keys, tiny"), and shown + counted is every key the mcache holds. A ring that
 * fits shows every key and its tiny block, with no count. The key to a floor the lesson
 * highlights comes first, so the one the narration talks about is never the one counted. */
#include "fixture.h"
#include "offscreen.h"

typedef struct Ring { int chips, counted; bool tiny, tinyCounted, more; char first[24]; } Ring;

/* Read P0's ring back from the labels drawn on its row of the front desk. */
static Ring read_ring(const gh_View *v)
{
    Ring g = {0};
    SDL_Rect desk, p0 = {0};
    if (!CHECK(gh_view_panel_rect(v, GH_PANEL_DESK, &desk), "the front desk is shown")) return g;
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect r;
        if (!strcmp(gh_view_label(v, i, &r), "P0") && SDL_HasIntersection(&r, &desk)) p0 = r;
    }
    if (!CHECK(p0.w > 0, "P0's ring has its name")) return g;
    for (int i = 0; i < gh_view_label_count(v); i++) {
        SDL_Rect r;
        const char *s = gh_view_label(v, i, &r);
        if (r.y != p0.y || r.x <= p0.x || !SDL_HasIntersection(&r, &desk)) continue;
        CHECK(!strstr(s, "…"), "no ring label is cut: \"%s\"", s);
        if (s[0] == '+') {
            g.more = true;
            g.counted = atoi(s + 1);
            g.tinyCounted = strstr(s, "tiny") != NULL;
        } else if (!strncmp(s, "tiny ", 5)) g.tiny = true;
        else if (strstr(s, " B") || strstr(s, " KiB")) {
            if (!g.chips++) snprintf(g.first, sizeof g.first, "%s", s);
        }
    }
    return g;
}

/* The layout checker finds nothing wrong with the frame (no text outside its panel). */
static void check_layout(gh_View *v)
{
    char buf[2048];
    int n = gh_view_layout_problems(v, buf, sizeof buf);
    CHECK_EQ(n, 0, "layout problems: %s", buf);
}

static int keys_held(const gh_Sim *sim)
{
    int n = 0;
    for (int spc = 2; spc < GH_NUM_SPAN_CLASSES; spc++) n += gh_sim_mcache_span(sim, 0, spc) >= 0;
    return n;
}

CASE("a ring with more keys than fit shows some and counts the rest, tiny block too")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    if (gh_newproc(sim) < 0 || !gh_frame_push(sim, "main", 64, 1)) exit(1);
    for (int k = 1; k < GH_NUM_SIZE_CLASSES; k++) {           /* a key per size class, noscan */
        CHECK(gh_mallocgc(sim, gh_class_to_size[k], GH_TYPE_BYTES, true) != 0, "a %u B room", gh_class_to_size[k]);
        if (k % 8 == 0) gh_mallocgc(sim, gh_class_to_size[k], GH_TYPE_POINTER, true); /* and some scan ones */
    }
    CHECK(gh_mallocgc(sim, 3, GH_TYPE_BYTES, true) != 0, "a tiny value");
    gh_temps_clear(sim);
    int held = keys_held(sim);
    CHECK(held > 67, "the mcache holds a key per size class and more: %d", held);
    gh_view_set_narration(c.v, "Many keys.");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "desk_many_keys.png");
    Ring g = read_ring(c.v);
    CHECK(g.chips > 0, "some keys are shown as chips");
    CHECK(g.more, "the ring says how many keys it does not show");
    CHECK_EQ(g.chips + g.counted, held, "chips shown + keys counted = keys the mcache holds");
    CHECK(!g.tiny && g.tinyCounted, "the tiny block, not shown after the keys, is named in the count");
    check_layout(c.v);
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("the key to a highlighted floor is shown first, however late its class")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    if (gh_newproc(sim) < 0 || !gh_frame_push(sim, "main", 64, 1)) exit(1);
    gh_Addr last = 0;
    for (int k = 2; k < GH_NUM_SIZE_CLASSES; k++) last = gh_mallocgc(sim, gh_class_to_size[k], GH_TYPE_BYTES, true);
    gh_temps_clear(sim);
    gh_view_set_narration(c.v, "The 32 KiB floor.");
    gh_view_highlight_addr(c.v, GH_HL_FLOOR, last, "32 KiB rooms");
    gh_view_render(c.v, sim, 0);
    Ring g = read_ring(c.v);
    CHECK(g.more, "most keys are counted, not shown");
    CHECK_STR(g.first, "32 KiB", "the highlighted floor's key, the last class, is the first chip");
    CHECK_EQ(g.chips + g.counted, keys_held(sim), "and the count stays honest");
    check_layout(c.v);
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("a ring of scan keys only, more than the row holds, counts the rest and stays inside the desk")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    if (gh_newproc(sim) < 0 || !gh_frame_push(sim, "main", 64, 1)) exit(1);
    for (int k = 10; k < 24; k++) gh_mallocgc(sim, gh_class_to_size[k], GH_TYPE_POINTER, true); /* 128 B .. 640 B* */
    gh_temps_clear(sim);
    gh_view_set_narration(c.v, "Scan keys.");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "desk_scan_keys.png");
    Ring g = read_ring(c.v);
    CHECK(g.more && g.counted > 0, "the ring counts the keys it has no room for");
    CHECK_EQ(g.chips + g.counted, keys_held(sim), "chips shown + keys counted = keys the mcache holds");
    CHECK(!g.tinyCounted, "no tiny block to count");
    check_layout(c.v);
    gh_sim_free(sim);
    vc_close(&c);
}

CASE("a ring that fits shows every key and its tiny block, and no count")
{
    VC c = vc_open(1280, 720, true);
    Fixture f = fx_small();
    gh_view_set_narration(c.v, "A few keys.");
    gh_view_render(c.v, f.sim, 0);
    Ring g = read_ring(c.v);
    CHECK_EQ(g.chips, keys_held(f.sim), "every key is a chip");
    CHECK(g.tiny, "the tiny block is shown");
    CHECK(!g.more, "nothing is counted");
    check_layout(c.v);
    gh_sim_free(f.sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
