/* test_graph_first_hop.c — an arrow chain reaches the object the program uses. A *[]byte
 * local points at a 24-byte slice header, and the header at its 64 KiB array (a suite): in
 * a fitted hotel at 1280x720 a 24 B room is about 5 px, under the object graph's 8 px
 * minimum, yet the header's arrow to the suite is drawn (the first hop from a local), and it
 * ends inside the suite, half way from the edge it enters by to the centre, off the
 * suite's name. Without that arrow the local's arrow would seem to end on a floor of small
 * rooms (lesson 8's kept). */
#include <math.h>
#include "fixture.h"
#include "offscreen.h"

CASE("a local's pointer to a small header: the header's arrow to its suite is drawn")
{
    VC c = vc_open(1280, 720, true);
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    static const uint8_t hdrMask = 0x1; /* []byte: data pointer, len, cap */
    int32_t hdrType = gh_type_register(sim, "[]uint8", 24, &hdrMask);
    if (gh_newproc(sim) < 0 || !gh_frame_push(sim, "main", 64, 1)) exit(1);
    gh_Addr kept = gh_frame_local(sim, "kept", GH_TYPE_POINTER, 8, false);
    gh_Addr hdr = gh_newobject(sim, hdrType), big = gh_mallocgc(sim, 64 << 10, GH_TYPE_BYTES, true);
    CHECK(hdr && big && gh_store_ptr(sim, hdr, big) && gh_store_ptr(sim, kept, hdr), "kept → header → array");
    for (int k = 3; k < 9; k++) gh_mallocgc(sim, gh_class_to_size[k], GH_TYPE_BYTES, true); /* more floors: thinner ones */
    gh_temps_clear(sim);
    gh_view_set_narration(c.v, "kept points at b's header.");
    gh_view_render(c.v, sim, 0);
    vc_save(&c, "graph_first_hop.png");

    int32_t hs, bs;
    uint32_t hslot, bslot;
    SDL_Rect hr, br;
    bool agg;
    CHECK(gh_find_object(sim, hdr, &hs, &hslot) && gh_view_room_rect(c.v, sim, hs, hslot, &hr, &agg) && !agg, "the header's room is drawn");
    CHECK(hr.w < 8, "its room is smaller than the object graph's 8 px: %d px", hr.w);
    CHECK(gh_find_object(sim, big, &bs, &bslot) && gh_view_room_rect(c.v, sim, bs, bslot, &br, &agg) && !agg, "the suite is drawn");
    /* where the arrow ends: half way from the suite's edge to its centre, on the line from the header */
    float ax = hr.x + hr.w / 2.0f, ay = hr.y + hr.h / 2.0f, cx = br.x + br.w / 2.0f, cy = br.y + br.h / 2.0f;
    float t0 = 0;
    if (ay < br.y) t0 = (br.y - ay) / (cy - ay);
    else if (ay > br.y + br.h) t0 = (ay - (br.y + br.h)) / (ay - cy);
    float u = t0 + (1 - t0) / 2, ex = ax + (cx - ax) * u, ey = ay + (cy - ay) * u;
    float l = sqrtf((cx - ax) * (cx - ax) + (cy - ay) * (cy - ay));
    /* a few pixels back from the tip, inside the arrowhead: not the suite's own fill */
    SDL_Color fill = gh_view_state_color(c.v, gh_view_room_state(sim, bs, bslot));
    int px = (int)(ex - (cx - ax) / l * 5), py = (int)(ey - (cy - ay) / l * 5);
    CHECK(SDL_PointInRect(&(SDL_Point){px, py}, &br), "the arrow's head is inside the suite (%d, %d)", px, py);
    CHECK(!vc_same(vc_pixel(&c, px, py), fill), "the arrowhead is drawn over the suite's fill at (%d, %d)", px, py);
    SDL_Rect name = {0};
    for (int i = 0; i < gh_view_label_count(c.v); i++) {
        SDL_Rect r;
        const char *s = gh_view_label(c.v, i, &r);
        if (!strcmp(s, "[]byte") && SDL_HasIntersection(&r, &br)) name = r;
    }
    CHECK(name.w > 0, "the suite's name is drawn");
    CHECK(!SDL_PointInRect(&(SDL_Point){(int)ex, (int)ey}, &name), "the arrow ends off the suite's name");
    gh_view_set_graph(c.v, 0);
    gh_view_render(c.v, sim, 0);
    CHECK(vc_same(vc_pixel(&c, px, py), fill), "with arrows off the same pixel is the suite's fill");
    gh_sim_free(sim);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
