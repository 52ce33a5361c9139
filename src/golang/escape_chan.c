/* escape_chan.c — the escape analysis of channel statements, as Go 1.19's escape/stmt.go
 * walks them.
 *
 * A send `c <- v` stores v where the sending goroutine no longer sees it: in the channel's
 * buffer or a waiting receiver's variable, so v flows to the heap (assignHeap "send"): a
 * pointer sent on a channel makes what it points to escape ("moved to heap: x",
 * "&T{...} escapes to heap"). The channel itself is only read (discarded).
 * A receive `<-c` reads the channel (discarded) and its value comes from the heap, so
 * assigning it leaks nothing (exprs in escape_walk.c; `v, ok := <-c` as a map's comma-ok).
 * make(chan T, n) prints no verdict: makechan always allocates the hchan on the heap, so Go's
 * escape analysis never gives it a location (OMAKECHAN only discards its size).
 * A select walks each case's communication as the statement it is, then the case's body.
 */
#include "golang/escape_int.h"

int gh_esc_chan_stmt(gh_EscState *e, const gh_GoNode *s)
{
    switch (s->kind) {
    case GH_N_SEND:
        gh_esc_discard(e, s->x);
        gh_esc_expr(e, gh_esc_heap_hole(e), s->y);
        return 1;
    case GH_N_SELECT:
        for (int i = 0; i < s->nlist; i++) {
            const gh_GoNode *cl = s->list[i];
            if (cl->x) gh_esc_stmt(e, cl->x);
            gh_esc_block(e, cl->z);
        }
        return 1;
    default:
        return 0;
    }
}
