/* escape_switch.c — the escape analysis of switch statements and labels, as Go 1.19's
 * escape/stmt.go walks them.
 *
 * An expression switch evaluates its tag and case values for their own sake only (they
 * are compared, never stored): discarded.  A type switch `switch v := x.(type)` assigns x
 * to each clause's v: a concrete non-pointer type reads the value x's data word points to
 * (one dereference: case int copies the int out of its box), a pointer-shaped or interface
 * type copies x itself, so `case *T: return v` leaks x to the result.  x is walked once,
 * into a tee of every clause's v that can hold a pointer.  Each v is declared at the loop
 * depth of the switch.
 *
 * A label that a later goto jumps back to starts a loop Go cannot see as a for: from the
 * label to the end of its block the loop depth is one more (go_check_branch.c marks such a
 * label looping: define = 1 on its LABELED node).
 */
#include "golang/escape_int.h"

static void type_switch(gh_EscState *e, const gh_GoNode *s)
{
    gh_EscHole ks[64];
    int n = 0;
    for (int i = 0; i < s->nlist; i++) {
        const gh_GoNode *cl = s->list[i];
        gh_GoObj *v = cl->obj;
        if (!v) continue;
        gh_EscLoc *l = gh_esc_var_loc(e, v);
        if (l) l->loop_depth = e->loop_depth;
        if (!gh_go_type_has_pointers(v->type) || n == 64) continue;
        gh_EscHole k = l ? gh_esc_hole(l) : gh_esc_heap_hole(e);
        if (!gh_go_type_is_interface(v->type) && !gh_go_type_is_direct_iface(v->type)) k = gh_esc_deref(k);
        ks[n++] = k;
    }
    gh_esc_expr(e, gh_esc_tee(e, ks, n), s->z);
}

int gh_esc_switch_stmt(gh_EscState *e, const gh_GoNode *s)
{
    switch (s->kind) {
    case GH_N_SWITCH: case GH_N_TYPESWITCH:
        gh_esc_stmt(e, s->x);
        if (s->kind == GH_N_TYPESWITCH) type_switch(e, s);
        else if (s->y) gh_esc_discard(e, s->y);
        for (int i = 0; i < s->nlist; i++) {
            const gh_GoNode *cl = s->list[i];
            if (s->kind == GH_N_SWITCH)
                for (int k = 0; k < cl->nlist; k++) gh_esc_discard(e, cl->list[k]);
            gh_esc_block(e, cl->z);
        }
        return 1;
    case GH_N_LABELED:
        if (s->define) e->loop_depth++;   /* a looping label (gotos jump back to it) */
        gh_esc_stmt(e, s->x);
        return 1;
    default:
        return 0;
    }
}
