/* go_parser.h — private interface shared by the recursive-descent parser files
 * (declarations/statements in go_parser.c, expressions/types in go_parser_expr.c).
 */
#ifndef GH_GO_PARSER_H
#define GH_GO_PARSER_H
#include "golang/go_ast.h"

typedef struct gh_GoParser {
    gh_GoSource *src;
    gh_GoScanner sc;
    gh_GoToken tok;     /* current token */
    int expr_lev;       /* < 0 inside if/for/switch headers: T{ is not a literal */
    int depth;          /* nesting guard against stack overflow on hostile input */
    gh_GoNode *pending; /* go_parser_embed.c: a field name read while looking for an embedded field */
} gh_GoParser;

void gh_go_parser_next(gh_GoParser *p);
/* Fails with Go's "syntax error: unexpected X, expecting Y" wording. */
void gh_go_parser_expect_fail(gh_GoParser *p, const char *expecting);
gh_GoPos gh_go_parser_want(gh_GoParser *p, gh_GoTok t, const char *expecting);
int gh_go_parser_got(gh_GoParser *p, gh_GoTok t);

gh_GoNode *gh_go_parse_expr(gh_GoParser *p);
gh_GoNode *gh_go_parse_type(gh_GoParser *p);
gh_GoNode *gh_go_parse_functype(gh_GoParser *p, gh_GoPos func_pos);
gh_GoNode *gh_go_parse_block(gh_GoParser *p);
void gh_go_parse_exprlist(gh_GoParser *p, gh_GoNode *into, int which);
/* A statement (NULL for an empty one), and a simple statement (flags: GH_SIMPLE_*). */
gh_GoNode *gh_go_parse_stmt(gh_GoParser *p);
enum { GH_SIMPLE_RANGE = 1, GH_SIMPLE_LABEL = 2, GH_SIMPLE_COMM = 4 /* a select case's: ends at ':' */ };
gh_GoNode *gh_go_parse_simple(gh_GoParser *p, int flags);
/* go_parser_switch.c: switch statements (at the 'switch' keyword) and goto/fallthrough. */
gh_GoNode *gh_go_parse_switch(gh_GoParser *p);
/* The statements of one case clause, into body: up to the next case, default or '}'. */
void gh_go_parse_clause_body(gh_GoParser *p, gh_GoNode *body);
typedef void (*gh_GoCaseHead)(gh_GoParser *p, gh_GoNode *clause);
void gh_go_parse_case_clauses(gh_GoParser *p, gh_GoNode *owner, gh_GoCaseHead head);
/* go_parser_chan.c: channel types (at 'chan' or '<-'; arrow_taken: the '<-' of <-chan T at pos
 * was read already; CHANTYPE: x the element type, cval its GH_CHAN_* direction), the send statement
 * x <- y (lhs: the parsed x, at the arrow), and select statements (at 'select'). */
gh_GoNode *gh_go_parse_chantype(gh_GoParser *p, int arrow_taken, gh_GoPos pos);
gh_GoNode *gh_go_parse_send(gh_GoParser *p, gh_GoNode *node, gh_GoNode *lhs);
gh_GoNode *gh_go_parse_select(gh_GoParser *p);

/* go_parser_embed.c: an embedded struct field (A, *A, pkg.T, *pkg.T) at the current token, or
 * NULL with the name it read in p->pending when the line declares named fields; an embedded
 * interface (Reader, io.Reader) after its first name. Both are FIELDs with define = 1. */
gh_GoNode *gh_go_parse_embedded_field(gh_GoParser *p);
gh_GoNode *gh_go_embedded_iface(gh_GoParser *p, gh_GoNode *name);

#endif
