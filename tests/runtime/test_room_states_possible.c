/* test_room_states_possible.c — gh_room_states_possible names every state a room can be
 * in at each point of a cycle (the view's legend stops reading the heap once it has seen
 * them all, so a state missing from the answer would vanish from the legend): before a
 * cycle (in use, tiny, garbage, free, stack), while marking (white, grey, black), while
 * sweeping (an unswept floor's black survivors and garbage), and after. */
#include "check.h"
#include "runtime/runtime.h"

/* Every room's state, as bits; fails a check for any state outside `possible`. */
static unsigned present(const gh_Sim *sim, unsigned possible, const char *when)
{
    unsigned set = 0;
    uint8_t st[GH_MAX_OBJS_PER_SPAN];
    for (int32_t id = 0; id < gh_sim_nspans(sim); id++) {
        uint32_t n = gh_room_states(sim, id, st, GH_MAX_OBJS_PER_SPAN);
        for (uint32_t k = 0; k < n; k++) {
            CHECK(possible >> st[k] & 1, "%s: span %d room %u is in state %u, not among the possible 0x%x", when, id, k, st[k],
                  possible);
            set |= 1u << st[k];
        }
    }
    return set;
}

CASE("every room's state is among the possible ones, before, during and after a cycle")
{
    gh_Sim *sim = gh_sim_new(NULL);
    gh_gc_set_background(sim, false);
    gh_newproc(sim);
    gh_frame_push(sim, "main", 256, 1);
    gh_Addr keep = gh_global(sim, "keep", GH_TYPE_POINTER, 8 * 65);
    for (int i = 0; i < 128; i++) { /* half kept, half garbage; tiny values, the first kept */
        gh_Addr a = gh_mallocgc(sim, 48, GH_TYPE_POINTER, true);
        if (i % 2 == 0) gh_store_ptr(sim, keep + (gh_Addr)(i / 2) * 8, a);
        gh_Addr t = gh_mallocgc(sim, 4, GH_TYPE_BYTES, true);
        if (i == 0) gh_store_ptr(sim, keep + 64 * 8, t);
    }
    gh_temps_clear(sim);
    unsigned all = 0, p = gh_room_states_possible(sim);
    unsigned before = present(sim, p, "before the cycle");
    CHECK(before >> GH_ROOM_ALLOC & 1 && before >> GH_ROOM_GARBAGE & 1 && before >> GH_ROOM_TINY & 1,
          "before: in use, garbage and tiny rooms (0x%x)", before);
    CHECK(!(p >> GH_ROOM_WHITE & 1) && !(p >> GH_ROOM_GREY & 1), "outside a cycle no room is white or grey (0x%x)", p);
    all |= before;
    gh_gc_start(sim, true);
    for (int k = 0; k < 6; k++) gh_gc_mark_unit(sim);
    p = gh_room_states_possible(sim);
    unsigned marking = present(sim, p, "while marking");
    CHECK(marking >> GH_ROOM_GREY & 1 && marking >> GH_ROOM_BLACK & 1 && marking >> GH_ROOM_WHITE & 1,
          "mid-mark: white, grey and black rooms (0x%x)", marking);
    CHECK(!(p >> GH_ROOM_ALLOC & 1) && !(p >> GH_ROOM_GARBAGE & 1), "while marking no room is 'in use' or garbage (0x%x)", p);
    while (gh_gc_mark_unit(sim)) {}
    gh_gc_mark_done(sim); /* the cycle is now sweeping */
    p = gh_room_states_possible(sim);
    CHECK(!(p >> GH_ROOM_WHITE & 1) && p >> GH_ROOM_BLACK & 1 && p >> GH_ROOM_GARBAGE & 1,
          "sweeping: survivors (black) and garbage possible, white not (0x%x)", p);
    present(sim, p, "after mark termination");
    gh_gc_finish_sweep(sim);
    present(sim, gh_room_states_possible(sim), "after the sweep");
    gh_sim_free(sim);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
