/* go_ast.h — the syntax tree of a Go-subset file, annotated in place by the type
 * checker (types, resolved names, implicit conversions) so both the escape
 * analysis and the statement-by-statement interpreter read one structure.
 */
#ifndef GH_GO_AST_H
#define GH_GO_AST_H
#include "golang/go_source.h"
#include "golang/go_token.h"

typedef struct gh_GoType gh_GoType;
typedef struct gh_GoObj gh_GoObj;
typedef struct gh_GoFunc gh_GoFunc;
typedef struct gh_GoLibFunc gh_GoLibFunc;

typedef enum gh_GoNodeKind {
    /* expressions, as written */
    GH_N_NAME, GH_N_BASICLIT, GH_N_COMPOSITE, GH_N_KEYVALUE, GH_N_FUNCLIT,
    GH_N_SELECTOR, GH_N_INDEX, GH_N_SLICE, GH_N_TYPEASSERT, GH_N_CALL,
    GH_N_STAR, GH_N_UNARY, GH_N_BINARY,
    /* type syntax */
    GH_N_ARRAYTYPE, GH_N_STRUCTTYPE, GH_N_FUNCTYPE, GH_N_INTERFACETYPE, GH_N_MAPTYPE,
    GH_N_CHANTYPE, GH_N_ELLIPSIS, GH_N_FIELD,
    /* inserted by the checker */
    GH_N_CONVIFACE,   /* x: operand; implicit value -> interface conversion */
    GH_N_ADDR_IMPLICIT, /* x: operand; &x for a pointer-receiver method call */
    GH_N_DEREF_IMPLICIT,/* x: operand; *x for a value-receiver call through a pointer */
    GH_N_DDDSLICE,    /* list: variadic arguments packed into a slice ("... argument") */
    /* statements */
    GH_N_EXPRSTMT, GH_N_ASSIGN, GH_N_INCDEC, GH_N_VARDECL, GH_N_BLOCK, GH_N_IF,
    GH_N_FOR, GH_N_RANGE, GH_N_RETURN, GH_N_GO, GH_N_DEFER,
    GH_N_SWITCH, GH_N_TYPESWITCH,   /* go_parser_switch.c: switch x { ... }, switch v := x.(type) { ... } */
    GH_N_BRANCH, GH_N_EMPTY,
    GH_N_CASE,        /* a switch's case or default clause */
    GH_N_LABELED,     /* L: stmt */
    GH_N_SEND,        /* x <- y (pos: the arrow); go_parser_select.c */
    GH_N_SELECT,      /* select { list: CASEs, each x = its SEND or receive statement (NULL: default) } */
    /* declarations */
    GH_N_FUNCDECL, GH_N_TYPEDECL, GH_N_IMPORT, GH_N_CONSTDECL
} gh_GoNodeKind;
_Static_assert(GH_N_CONSTDECL < 256, "gh_GoNode.kind is one byte");
_Static_assert(GH_T_COUNT < 256, "gh_GoNode.tok is one byte");

/* What an expression node turned out to be after type checking. */
typedef enum gh_GoOp {
    GH_OP_NONE,
    GH_OP_TYPE,          /* the node denotes a type */
    GH_OP_CONST,         /* constant value (literal or folded expression) */
    GH_OP_VAR, GH_OP_FUNCNAME, GH_OP_NIL, GH_OP_PKG,
    GH_OP_DOT, GH_OP_DOTPTR, GH_OP_PKGMEMBER, GH_OP_METHOD,
    GH_OP_INDEX_ARRAY, GH_OP_INDEX_SLICE, GH_OP_INDEX_STRING,
    GH_OP_SLICE_SLICE, GH_OP_SLICE_ARRAY, GH_OP_SLICE_STRING,
    GH_OP_ADDSTR, GH_OP_ARITH, GH_OP_COMPARE, GH_OP_LOGIC,
    GH_OP_ADDR, GH_OP_PTRLIT, GH_OP_DEREF, GH_OP_NEG,
    GH_OP_SLICELIT, GH_OP_STRUCTLIT, GH_OP_ARRAYLIT,
    GH_OP_CALLFUNC,      /* static call of a declared function */
    GH_OP_CALLMETH,      /* static call of a declared method */
    GH_OP_CALLDYN,       /* call of a func value */
    GH_OP_CALLLIB,       /* call of a library function or method (fmt, strings...) */
    GH_OP_CONV,          /* value conversion with no allocation */
    GH_OP_CONVIFACE,     /* explicit conversion to an interface */
    GH_OP_STR2BYTES, GH_OP_BYTES2STR,
    GH_OP_RUNE2STR,      /* string(integer): Go's intstring (a constant one is folded) */
    GH_OP_STR2RUNES, GH_OP_RUNES2STR,   /* []rune(s) and string(runes) */
    GH_OP_LEN, GH_OP_CAP, GH_OP_NEW, GH_OP_MAKESLICE, GH_OP_APPEND, GH_OP_COPY,
    GH_OP_PRINT, GH_OP_PRINTLN, GH_OP_PANIC, GH_OP_RECOVER,
    GH_OP_DOTTYPE,
    GH_OP_IMETHOD,       /* x.M of an interface value x (error's Error) */
    GH_OP_CALLIFACE,     /* call of an interface method: the callee is x's dynamic type's method */
    /* maps (go_check_map.c, exec_gomap.c) */
    GH_OP_INDEX_MAP,     /* m[k]; tok == GH_T_COMMA: the comma-ok form v, ok := m[k] */
    GH_OP_MAPLIT,        /* map[K]V{k: v, ...} */
    GH_OP_MAKEMAP,       /* make(map[K]V[, hint]) */
    GH_OP_DELETE,        /* delete(m, k) */
    /* channels (go_check_chan.c, exec_chan.c) */
    GH_OP_RECV,          /* <-x (UNARY); define == 1: the comma-ok form v, ok := <-x */
    GH_OP_MAKECHAN,      /* make(chan T[, n]) */
    GH_OP_CLOSE          /* close(c) */
} gh_GoOp;
_Static_assert(GH_OP_CLOSE < 256, "gh_GoNode.op is one byte");
/* string(r), []rune(s), string(runes): the conversions that go through the runtime's rune code */
static inline int gh_go_op_is_rune_conv(int op) { return op == GH_OP_RUNE2STR || op == GH_OP_STR2RUNES || op == GH_OP_RUNES2STR; }

typedef struct gh_GoNode gh_GoNode;
/* A file of 100 000 functions holds about 7 million nodes, so the layout matters:
 * pointers first, then the 4-byte fields, then the enums and flags as single bytes
 * (144 bytes with the exact-constant pointer; it was 192). */
struct gh_GoNode {
    const char *name;      /* identifier, selector, literal spelling */
    gh_GoNode *x, *y, *z, *w;   /* children; meaning per kind (see go_parser.c) */
    gh_GoNode **list;
    gh_GoNode **list2;
    /* filled by the checker */
    gh_GoType *type;
    gh_GoObj *obj;         /* resolved name, field owner, or declared var */
    gh_GoFunc *fn;         /* callee or function literal */
    gh_GoLibFunc *lib;     /* library callee */
    struct gh_GoConst *big; /* checker: the exact value when cval cannot hold it (go_const.c) */
    long long cval;        /* constant value when op == GH_OP_CONST (ints, bools; a string's length in bytes) */
    gh_GoPos pos;          /* where Go's compiler says this node is */
    gh_GoPos end;          /* closing brace of blocks / function bodies */
    int nlist, nlist2;
    int field;             /* checker: struct field index for selectors / keyed elements */
    unsigned short parens;     /* how many parentheses enclose the expression */
    unsigned char kind;        /* gh_GoNodeKind */
    unsigned char tok;         /* gh_GoTok: operator, assignment op, literal kind, branch keyword */
    unsigned char op;          /* gh_GoOp, checker: what the expression turned out to be */
    unsigned char define;      /* := in assignment / range; TYPEASSERT: the comma-ok form v, ok = x.(T) */
    unsigned char dotdotdot;   /* f(xs...) */
    unsigned char noinline;    /* func decl preceded by //go:noinline */
    unsigned char conv_name_pos; /* checker, CONVIFACE: printed position came from context */
    unsigned char implicit;    /* checker, STAR: the *p Go inserts to index or slice a pointer to an array */
    /* filled by the inliner and the escape analysis */
    unsigned char inl;         /* call site that Go 1.19 inlines */
    unsigned char esc;         /* allocating expression: 1 escapes to heap, 2 stays on stack */
};
_Static_assert(sizeof(gh_GoNode) <= 144, "a syntax node stays within 144 bytes");

gh_GoNode *gh_go_node_new(gh_GoSource *src, gh_GoNodeKind kind, gh_GoPos pos);
/* Appends child to n->list (which = 1) or n->list2 (which = 2). */
void gh_go_node_append(gh_GoSource *src, gh_GoNode *n, int which, gh_GoNode *child);

/* Parses a whole file; NULL on error (see src->err_msg). */
gh_GoNode *gh_go_parse_file(gh_GoSource *src);

#endif
