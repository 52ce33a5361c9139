/* exec_runq.c — which goroutines can run, found in constant time however many there are.
 *
 * The interpreter schedules round-robin in spawn order: after goroutine `last`, the next
 * runnable one by index, wrapping around (a blocked goroutine's P runs its runnext first:
 * exec_runqput.c decides who is runnable and on which P). Scanning every goroutine for that made each
 * statement cost O(goroutines): a program that starts a million goroutines (most of them
 * finished long ago) ran for hours. Here a bit per goroutine says "runnable", and a summary
 * bit per 64-goroutine word says "this word has one", so the next runnable index is a few
 * word operations away; counters answer "is anyone else runnable / blocked / finished?".
 * The order chosen is exactly the scan's, so every program's steps and events are the
 * same as before. Every change of a goroutine's state goes through gh_x_set_state. */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"

static bool grow(XRunQ *q, int n)
{
    int words = (n + 63) / 64, sums = (words + 63) / 64;
    if (words <= q->nwords) return true;
    int cap = q->nwords ? q->nwords : 1;
    while (cap < words) cap *= 2;
    int scap = (cap + 63) / 64;
    uint64_t *b = realloc(q->bits, sizeof *b * (size_t)cap);
    if (!b) return false;
    q->bits = b;
    uint64_t *s = realloc(q->sum, sizeof *s * (size_t)scap);
    if (!s) return false;
    q->sum = s;
    memset(q->bits + q->nwords, 0, sizeof *b * (size_t)(cap - q->nwords));
    memset(q->sum + q->nsums, 0, sizeof *s * (size_t)(scap - q->nsums));
    q->nwords = cap;
    q->nsums = scap;
    (void)sums;
    return true;
}

bool gh_x_runq_reserve(gh_Exec *ex, int n) { return grow(&ex->runq, n); }

static void mark(XRunQ *q, int i, bool on)
{
    int w = i / 64;
    if (on) {
        q->bits[w] |= 1ull << (i % 64);
        q->sum[w / 64] |= 1ull << (w % 64);
    } else {
        q->bits[w] &= ~(1ull << (i % 64));
        if (!q->bits[w]) q->sum[w / 64] &= ~(1ull << (w % 64));
    }
}

void gh_x_set_state(gh_Exec *ex, XG *g, XGState st)
{
    if (g->state == st) return;
    if ((st == XG_BLOCKED || st == XG_DONE) && (g->runnext || g->runq_head))
        gh_x_runq_handoff(ex, g);   /* its P runs the runnext goroutine now */
    XRunQ *q = &ex->runq;
    if (g->state == XG_RUNNABLE) q->nrunnable--, mark(q, g->idx, false), ex->prun[g->p]--;
    if (g->state == XG_BLOCKED) q->nblocked--, gh_g_set_wait(ex->sim, g->gid, NULL, 0);   /* awake: no wait reason */
    if (g->state == XG_DONE && g->entry && g->idx > 0) q->ndead--;
    g->state = st;
    if (st == XG_RUNNABLE) {   /* on the P that hands it on, else an idle one (exec_runqput.c) */
        g->p = ex->next_p ? ex->next_p - 1 : gh_x_idle_p(ex);
        ex->next_p = 0;
        q->nrunnable++, mark(q, g->idx, true), ex->prun[g->p]++;
    }
    if (st == XG_BLOCKED) q->nblocked++;
    if (st == XG_DONE && g->entry && g->idx > 0) q->ndead++, gh_x_gfput(ex, g->p);
}

/* The first runnable index in [from, ngs), or -1. */
static int first_from(const XRunQ *q, int from, int ngs)
{
    if (from >= ngs) return -1;
    int w = from / 64;
    uint64_t bits = q->bits[w] & (~0ull << (from % 64));
    if (bits) {
        int i = w * 64 + __builtin_ctzll(bits);
        return i < ngs ? i : -1;
    }
    /* the next word with a runnable goroutine, through the summary */
    int nw = w + 1, nwords = (ngs + 63) / 64;
    while (nw < nwords) {
        uint64_t s = q->sum[nw / 64] & (~0ull << (nw % 64));
        if (s) {
            int word = (nw / 64) * 64 + __builtin_ctzll(s);
            if (word >= nwords) return -1;
            int i = word * 64 + __builtin_ctzll(q->bits[word]);
            return i < ngs ? i : -1;
        }
        nw = (nw / 64 + 1) * 64;
    }
    return -1;
}

int gh_x_runq_next(const gh_Exec *ex, int last)
{
    if (!ex->runq.nrunnable) return -1;
    int start = last < 0 ? 0 : last + 1;
    int i = first_from(&ex->runq, start, ex->ngs);
    return i >= 0 ? i : first_from(&ex->runq, 0, ex->ngs);
}

bool gh_x_others_runnable(const gh_Exec *ex)
{
    int self = ex->cur >= 0 && ex->gs[ex->cur]->state == XG_RUNNABLE;
    return ex->runq.nrunnable - self > 0;
}

void gh_x_runq_free(gh_Exec *ex)
{
    free(ex->runq.bits);
    free(ex->runq.sum);
    memset(&ex->runq, 0, sizeof ex->runq);
}
