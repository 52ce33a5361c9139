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
enum { GH_SIMPLE_RANGE = 1, GH_SIMPLE_LABEL = 2 };
gh_GoNode *gh_go_parse_simple(gh_GoParser *p, int flags);
/* go_parser_switch.c: switch statements (at the 'switch' keyword) and goto/fallthrough. */
gh_GoNode *gh_go_parse_switch(gh_GoParser *p);

#endif
