/* go_token.h — tokens of the Go subset and the scanner that produces them,
 * including Go's automatic semicolon insertion and the //go:noinline pragma.
 */
#ifndef GH_GO_TOKEN_H
#define GH_GO_TOKEN_H
#include "golang/go_source.h"

typedef enum gh_GoTok {
    GH_T_EOF, GH_T_IDENT, GH_T_INT, GH_T_FLOAT, GH_T_CHAR, GH_T_STRING,
    /* operators */
    GH_T_ADD, GH_T_SUB, GH_T_MUL, GH_T_QUO, GH_T_REM, GH_T_AND, GH_T_OR, GH_T_XOR,
    GH_T_SHL, GH_T_SHR, GH_T_AND_NOT,
    GH_T_ADD_ASSIGN, GH_T_SUB_ASSIGN, GH_T_MUL_ASSIGN, GH_T_QUO_ASSIGN, GH_T_REM_ASSIGN,
    GH_T_AND_ASSIGN, GH_T_OR_ASSIGN, GH_T_XOR_ASSIGN, GH_T_SHL_ASSIGN, GH_T_SHR_ASSIGN,
    GH_T_AND_NOT_ASSIGN,
    GH_T_LAND, GH_T_LOR, GH_T_ARROW, GH_T_INC, GH_T_DEC,
    GH_T_EQL, GH_T_LSS, GH_T_GTR, GH_T_ASSIGN, GH_T_NOT,
    GH_T_NEQ, GH_T_LEQ, GH_T_GEQ, GH_T_DEFINE, GH_T_ELLIPSIS,
    GH_T_LPAREN, GH_T_LBRACK, GH_T_LBRACE, GH_T_COMMA, GH_T_PERIOD,
    GH_T_RPAREN, GH_T_RBRACK, GH_T_RBRACE, GH_T_SEMICOLON, GH_T_COLON, GH_T_TILDE,
    /* keywords */
    GH_T_BREAK, GH_T_CASE, GH_T_CHAN, GH_T_CONST, GH_T_CONTINUE, GH_T_DEFAULT,
    GH_T_DEFER, GH_T_ELSE, GH_T_FALLTHROUGH, GH_T_FOR, GH_T_FUNC, GH_T_GO, GH_T_GOTO,
    GH_T_IF, GH_T_IMPORT, GH_T_INTERFACE, GH_T_MAP, GH_T_PACKAGE, GH_T_RANGE,
    GH_T_RETURN, GH_T_SELECT, GH_T_STRUCT, GH_T_SWITCH, GH_T_TYPE, GH_T_VAR,
    GH_T_COUNT
} gh_GoTok;

typedef struct gh_GoToken {
    gh_GoTok tok;
    gh_GoPos pos;
    const char *text;   /* identifier/literal spelling (arena); operator spelling otherwise */
    int auto_semi;      /* 1 if this ';' was inserted at a newline or EOF */
    int noinline;       /* a //go:noinline line preceded this token */
} gh_GoToken;

typedef struct gh_GoScanner {
    gh_GoSource *src;
    size_t off;
    int line, col;
    gh_GoTok last;        /* previous token, for semicolon insertion */
    int pending_noinline;
    int cont;             /* continuation bytes of the current UTF-8 sequence still to pass */
} gh_GoScanner;

void gh_go_scanner_init(gh_GoScanner *s, gh_GoSource *src);
/* Scans the next token; lexical errors go through gh_go_fail. */
gh_GoToken gh_go_scan(gh_GoScanner *s);
/* Spelling of a token kind ("+", "func", "name"...). */
const char *gh_go_tok_string(gh_GoTok t);

#endif
