/* go_lexer.c — the scanner for the Go subset.  Columns count bytes (a tab is one
 * column) exactly as the Go compiler reports them.  A leading byte order mark is
 * skipped; one anywhere else is Go's "invalid BOM in the middle of the file".  A newline or EOF after an
 * identifier, literal, return/break/continue/fallthrough, ++, --, ), ] or }
 * becomes a semicolon, which is Go's automatic semicolon insertion rule.
 */
#include "golang/go_token.h"
#include <ctype.h>
#include <string.h>

static const char *tok_names[GH_T_COUNT] = {
    "EOF", "name", "literal", "literal", "literal", "literal",
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=",
    "&&", "||", "<-", "++", "--", "==", "<", ">", "=", "!",
    "!=", "<=", ">=", ":=", "...", "(", "[", "{", ",", ".",
    ")", "]", "}", ";", ":", "~",
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
    "package", "range", "return", "select", "struct", "switch", "type", "var",
};

const char *gh_go_tok_string(gh_GoTok t)
{
    return (t >= 0 && t < GH_T_COUNT) ? tok_names[t] : "?";
}

void gh_go_scanner_init(gh_GoScanner *s, gh_GoSource *src)
{
    memset(s, 0, sizeof *s);
    s->src = src;
    s->line = 1;
    s->col = 1;
    s->last = GH_T_SEMICOLON;
    /* A byte order mark opening the file is ignored, as Go does (its 3 bytes still count
     * as columns); anywhere else advance() refuses it. */
    if (src->len >= 3 && !memcmp(src->text, "\xEF\xBB\xBF", 3)) { s->off = 3; s->col = 4; }
}

static int peekc(gh_GoScanner *s, size_t k)
{
    return s->off + k < s->src->len ? (unsigned char)s->src->text[s->off + k] : -1;
}

/* Length of the valid UTF-8 sequence at p (n bytes left), or 0 if it is not one: Go's
 * rules, so overlong forms, surrogates and anything past U+10FFFF are invalid. */
static int utf8_len(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    int len;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else return 0;
    if (n < (size_t)len || p[1] < lo || p[1] > hi) return 0;
    for (int i = 2; i < len; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    return len;
}

/* Every byte of the file passes here once, in order, so this is where Go's "invalid UTF-8
 * encoding" is found, at the byte's own line and column, whatever token it is in. */
static void advance(gh_GoScanner *s)
{
    if (s->off >= s->src->len) return;
    unsigned char c = (unsigned char)s->src->text[s->off];
    if (s->cont) {
        s->cont--;
    } else if (c >= 0x80) {
        int n = utf8_len((const unsigned char *)s->src->text + s->off, s->src->len - s->off);
        if (!n) gh_go_fail(s->src, (gh_GoPos){s->line, s->col}, "invalid UTF-8 encoding");
        if (n == 3 && !memcmp(s->src->text + s->off, "\xEF\xBB\xBF", 3))
            gh_go_fail(s->src, (gh_GoPos){s->line, s->col}, "invalid BOM in the middle of the file");
        s->cont = n - 1;
    }
    if (s->src->text[s->off] == '\n') { s->line++; s->col = 1; } else s->col++;
    s->off++;
}

static int needs_semi(gh_GoTok t)
{
    switch (t) {
    case GH_T_IDENT: case GH_T_INT: case GH_T_FLOAT: case GH_T_CHAR: case GH_T_STRING:
    case GH_T_BREAK: case GH_T_CONTINUE: case GH_T_FALLTHROUGH: case GH_T_RETURN:
    case GH_T_INC: case GH_T_DEC: case GH_T_RPAREN: case GH_T_RBRACK: case GH_T_RBRACE:
        return 1;
    default:
        return 0;
    }
}

/* Skips blanks and comments; returns 1 if a newline (or EOF) that ends a
 * statement was crossed and a semicolon must be inserted. */
static int skip_space(gh_GoScanner *s, gh_GoPos *nl_pos)
{
    int semi = needs_semi(s->last);
    for (;;) {
        int c = peekc(s, 0);
        if (c == '\n' && semi) { nl_pos->line = s->line; nl_pos->col = s->col; return 1; }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { advance(s); continue; }
        if (c == '/' && peekc(s, 1) == '/') {
            size_t start = s->off;
            int col = s->col;
            while (peekc(s, 0) != -1 && peekc(s, 0) != '\n') advance(s);
            size_t n = s->off - start;
            if (col == 1 && n >= 13 && strncmp(s->src->text + start, "//go:noinline", 13) == 0)
                s->pending_noinline = 1;
            continue;
        }
        if (c == '/' && peekc(s, 1) == '*') {
            gh_GoPos p = {s->line, s->col};
            advance(s); advance(s);
            int crossed = 0;
            while (!(peekc(s, 0) == '*' && peekc(s, 1) == '/')) {
                if (peekc(s, 0) == -1) gh_go_fail(s->src, p, "comment not terminated");
                if (peekc(s, 0) == '\n') crossed = 1;
                advance(s);
            }
            advance(s); advance(s);
            if (crossed && semi) { nl_pos->line = p.line; nl_pos->col = p.col; return 1; }
            continue;
        }
        if (c == -1 && semi) { nl_pos->line = s->line; nl_pos->col = s->col; return 1; }
        return 0;
    }
}

static const struct { const char *w; gh_GoTok t; } keywords[] = {
    {"break", GH_T_BREAK}, {"case", GH_T_CASE}, {"chan", GH_T_CHAN}, {"const", GH_T_CONST},
    {"continue", GH_T_CONTINUE}, {"default", GH_T_DEFAULT}, {"defer", GH_T_DEFER},
    {"else", GH_T_ELSE}, {"fallthrough", GH_T_FALLTHROUGH}, {"for", GH_T_FOR},
    {"func", GH_T_FUNC}, {"go", GH_T_GO}, {"goto", GH_T_GOTO}, {"if", GH_T_IF},
    {"import", GH_T_IMPORT}, {"interface", GH_T_INTERFACE}, {"map", GH_T_MAP},
    {"package", GH_T_PACKAGE}, {"range", GH_T_RANGE}, {"return", GH_T_RETURN},
    {"select", GH_T_SELECT}, {"struct", GH_T_STRUCT}, {"switch", GH_T_SWITCH},
    {"type", GH_T_TYPE}, {"var", GH_T_VAR},
};

static gh_GoTok scan_ident(gh_GoScanner *s, gh_GoToken *t)
{
    size_t start = s->off;
    while (peekc(s, 0) != -1 && (isalnum(peekc(s, 0)) || peekc(s, 0) == '_' || peekc(s, 0) >= 0x80))
        advance(s);
    size_t n = s->off - start;
    t->text = gh_go_arena_strndup(&s->src->arena, s->src->text + start, n);
    if (n < 2 || n > 11 || t->text[0] < 'b' || t->text[0] > 'v') return GH_T_IDENT; /* no keyword looks so */
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].w[0] == t->text[0] && strlen(keywords[i].w) == n && memcmp(keywords[i].w, t->text, n) == 0)
            return keywords[i].t;
    return GH_T_IDENT;
}

static gh_GoTok scan_number(gh_GoScanner *s, gh_GoToken *t)
{
    size_t start = s->off;
    gh_GoTok k = GH_T_INT;
    if (peekc(s, 0) == '0' && (peekc(s, 1) == 'x' || peekc(s, 1) == 'X' || peekc(s, 1) == 'b' ||
                               peekc(s, 1) == 'B' || peekc(s, 1) == 'o' || peekc(s, 1) == 'O')) {
        bool hex = peekc(s, 1) == 'x' || peekc(s, 1) == 'X';
        advance(s); advance(s);
        while (peekc(s, 0) != -1 && (isxdigit(peekc(s, 0)) || peekc(s, 0) == '_')) advance(s);
        if (hex && peekc(s, 0) == '.') {   /* a hexadecimal float: 0x1.8p1 */
            k = GH_T_FLOAT; advance(s);
            while (peekc(s, 0) != -1 && isxdigit(peekc(s, 0))) advance(s);
        }
        if (hex && (peekc(s, 0) == 'p' || peekc(s, 0) == 'P')) {   /* its binary exponent: 0x1p-2 (strtod reads it) */
            k = GH_T_FLOAT; advance(s);
            if (peekc(s, 0) == '+' || peekc(s, 0) == '-') advance(s);
            while (peekc(s, 0) != -1 && isdigit(peekc(s, 0))) advance(s);
        }
    } else {
        while (peekc(s, 0) != -1 && (isdigit(peekc(s, 0)) || peekc(s, 0) == '_')) advance(s);
        if (peekc(s, 0) == '.') { k = GH_T_FLOAT; advance(s); }
        while (peekc(s, 0) != -1 && isdigit(peekc(s, 0))) advance(s);
        if (peekc(s, 0) == 'e' || peekc(s, 0) == 'E') {
            k = GH_T_FLOAT; advance(s);
            if (peekc(s, 0) == '+' || peekc(s, 0) == '-') advance(s);
            while (peekc(s, 0) != -1 && isdigit(peekc(s, 0))) advance(s);
        }
    }
    t->text = gh_go_arena_strndup(&s->src->arena, s->src->text + start, s->off - start);
    return k;
}

static gh_GoTok scan_quoted(gh_GoScanner *s, gh_GoToken *t, int q)
{
    size_t start = s->off;
    advance(s);
    for (;;) {
        int c = peekc(s, 0);
        if (c == '\n' && q != '`') {
            gh_GoPos here = {s->line, s->col};
            gh_go_fail(s->src, here, q == '\'' ? "newline in rune literal" : "newline in string");
        }
        if (c == -1)
            gh_go_fail(s->src, t->pos, q == '\'' ? "rune literal not terminated" : "string literal not terminated");
        advance(s);
        if (c == q) break;
        if (c == '\\' && q != '`') advance(s);
    }
    t->text = gh_go_arena_strndup(&s->src->arena, s->src->text + start, s->off - start);
    return q == '\'' ? GH_T_CHAR : GH_T_STRING;
}

/* Longest-match operator table; order matters (longer spellings first). */
static const struct { const char *op; gh_GoTok t; } ops[] = {
    {"<<=", GH_T_SHL_ASSIGN}, {">>=", GH_T_SHR_ASSIGN}, {"&^=", GH_T_AND_NOT_ASSIGN},
    {"...", GH_T_ELLIPSIS},
    {"+=", GH_T_ADD_ASSIGN}, {"-=", GH_T_SUB_ASSIGN}, {"*=", GH_T_MUL_ASSIGN},
    {"/=", GH_T_QUO_ASSIGN}, {"%=", GH_T_REM_ASSIGN}, {"&=", GH_T_AND_ASSIGN},
    {"|=", GH_T_OR_ASSIGN}, {"^=", GH_T_XOR_ASSIGN}, {"<<", GH_T_SHL}, {">>", GH_T_SHR},
    {"&^", GH_T_AND_NOT}, {"&&", GH_T_LAND}, {"||", GH_T_LOR}, {"<-", GH_T_ARROW},
    {"++", GH_T_INC}, {"--", GH_T_DEC}, {"==", GH_T_EQL}, {"!=", GH_T_NEQ},
    {"<=", GH_T_LEQ}, {">=", GH_T_GEQ}, {":=", GH_T_DEFINE},
    {"+", GH_T_ADD}, {"-", GH_T_SUB}, {"*", GH_T_MUL}, {"/", GH_T_QUO}, {"%", GH_T_REM},
    {"&", GH_T_AND}, {"|", GH_T_OR}, {"^", GH_T_XOR}, {"<", GH_T_LSS}, {">", GH_T_GTR},
    {"=", GH_T_ASSIGN}, {"!", GH_T_NOT}, {"(", GH_T_LPAREN}, {"[", GH_T_LBRACK},
    {"{", GH_T_LBRACE}, {",", GH_T_COMMA}, {".", GH_T_PERIOD}, {")", GH_T_RPAREN},
    {"]", GH_T_RBRACK}, {"}", GH_T_RBRACE}, {";", GH_T_SEMICOLON}, {":", GH_T_COLON},
    {"~", GH_T_TILDE},
};

gh_GoToken gh_go_scan(gh_GoScanner *s)
{
    gh_GoToken t;
    memset(&t, 0, sizeof t);
    gh_GoPos nl;
    if (skip_space(s, &nl)) {
        t.tok = GH_T_SEMICOLON; t.pos = nl; t.text = "newline"; t.auto_semi = 1;
        if (peekc(s, 0) == -1) t.text = "EOF";
        s->last = GH_T_SEMICOLON;
        return t;
    }
    t.pos.line = s->line;
    t.pos.col = s->col;
    t.noinline = s->pending_noinline;
    int c = peekc(s, 0);
    if (c == -1) { t.tok = GH_T_EOF; t.text = "EOF"; s->last = GH_T_EOF; return t; }
    if (isalpha(c) || c == '_' || c >= 0x80) t.tok = scan_ident(s, &t);
    else if (isdigit(c) || (c == '.' && peekc(s, 1) != -1 && isdigit(peekc(s, 1)))) t.tok = scan_number(s, &t);
    else if (c == '"' || c == '`' || c == '\'') t.tok = scan_quoted(s, &t, c);
    else {
        size_t i;
        for (i = 0; i < sizeof ops / sizeof ops[0]; i++) {
            if (ops[i].op[0] != c) continue; /* cheap first-byte filter before strlen/memcmp */
            size_t n = strlen(ops[i].op);
            if (s->off + n <= s->src->len && memcmp(s->src->text + s->off, ops[i].op, n) == 0) break;
        }
        if (i == sizeof ops / sizeof ops[0])
            gh_go_fail(s->src, t.pos, "invalid character U+%04X%s", c, c == '#' ? " '#'" : "");
        for (size_t k = 0; k < strlen(ops[i].op); k++) advance(s);
        t.tok = ops[i].t;
        t.text = ops[i].op;
    }
    /* a pragma belongs to the next declaration only */
    if (t.tok == GH_T_FUNC || t.tok == GH_T_TYPE || t.tok == GH_T_VAR || t.tok == GH_T_IMPORT ||
        t.tok == GH_T_CONST)
        s->pending_noinline = 0;
    s->last = t.tok;
    return t;
}
