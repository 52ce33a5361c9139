/* go_inlsite.h — escape verdicts inside the bodies Go 1.19 inlines, kept for the
 * interpreter.  Go's compiler analyses a caller after copying its small callees into it,
 * so `p := newP()` may keep newP's `&P{}` on main's stack although newP's own body lets
 * it escape.  The escape analysis (escape_call.c) walks such a copy once per call site;
 * this table remembers, per site, what it decided there, and the interpreter (which runs
 * the callee as a real frame) asks it:
 *   a site is a chain of inlined calls from a function that is not itself inlined there
 *   (its "home": the frame whose stack holds what the copy keeps on the stack); site 0 is
 *   the home's own body.  child(S, call) is the site of `call` inlined inside site S.
 *   verdict(S, x) is 1 (escapes) or 2 (stays on the home's stack) for an allocating
 *   expression or a variable x of the callee at site S, 0 if the copy never saw it.
 * Ids are dense from 1 in the order the escape analysis met the calls: deterministic. */
#ifndef GH_GO_INLSITE_H
#define GH_GO_INLSITE_H
#include "golang/go_check.h"

typedef struct gh_GoInlVerdict {
    int site;
    const void *key;       /* a gh_GoNode (allocating expression) or a gh_GoObj (variable) */
    int escapes;           /* 1 heap, 2 stack */
    int is_var;            /* key is a gh_GoObj */
    int next;              /* the home's next verdict (index + 1), 0: last */
} gh_GoInlVerdict;

typedef struct gh_GoInlSites gh_GoInlSites;

/* The site of call inlined at parent (0: the home's body); 0 if it was not inlined there.
 * create: the escape analysis registers the copy it is walking. */
int gh_go_inlsite_child(gh_GoProgram *p, int parent, const gh_GoNode *call, int create);
/* Records what the copy at site decided for key; home is the function whose frame holds it. */
void gh_go_inlsite_set(gh_GoProgram *p, int site, const void *key, int is_var, int escapes, const gh_GoFunc *home);
/* The verdict for key at site, or NULL if the copy there never saw it. */
const gh_GoInlVerdict *gh_go_inlsite_verdict(const gh_GoProgram *p, int site, const void *key);
/* The verdicts whose home is fn: the first index + 1 (0: none); follow ->next. */
int gh_go_inlsite_first(const gh_GoProgram *p, const gh_GoFunc *fn);
const gh_GoInlVerdict *gh_go_inlsite_at(const gh_GoProgram *p, int index1);

#endif
