/* exec_pprof_lib.c — the library's frames in a Go program's heap profile: for an allocation
 * fmt, strings, bytes, errors or sync makes for the program, the frames Go 1.19's profile
 * shows above the program's (innermost first), chosen by what the interpreter knows at the
 * allocation: the library function called (XLibCall.fn), how far a fmt call got (its step),
 * what is allocating (ex->by: the printer, a pool's poolLocal, pp.buf, a reflect copy) and,
 * for pp.buf, the piece of output being written (XFmtAt: a separator, a literal, an
 * integer's digits, a struct's '{', a String() result ...) at which printValue depth.
 *
 * How the table was measured: go1.19.8 linux/amd64, one program per batch with a package
 * variable `var _ = func() int { runtime.MemProfileRate = 1; return 0 }()`, each case a
 * //go:noinline function run after two runtime.GC() (so fmt's printer and its buffer start
 * afresh), pprof.WriteHeapProfile after a last runtime.GC(), read with
 * `go tool pprof -traces -lines -sample_index=alloc_space`; the lines are Go 1.19's sources
 * (fmt/print.go, fmt/format.go, fmt/errors.go, sync/pool.go, strings/builder.go,
 * strings/strings.go, bytes/buffer.go, errors/errors.go, reflect/value.go, runtime/sema.go).
 * Files are named from GOROOT/src, as the runtime's frames here are ("runtime/proc.go").
 * The runtime's own leading frames (mallocgc, growslice, convT, slicebytetostring) are not
 * listed: pprof's writer drops a stack's leading runtime.* frames, so Go's profile never
 * shows them.
 *
 * Why a piece picks the frames: Go's fmt appends to pp.buf from many functions
 * (buffer.writeByte in doPrintln for the separator, buffer.write in fmt.pad for an
 * integer's digits, buffer.writeString in padString for a string, writeByte in printValue
 * for a struct's '{'); the append that passes pp.buf's capacity is the one growslice is
 * called from, so that function and its callers are the allocation's stack. */
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_pprof_lib.h"

#define PRINT "fmt/print.go"
#define FORMAT "fmt/format.go"
#define POOL "sync/pool.go"
#define BUILDER "strings/builder.go"
#define BUFFER "bytes/buffer.go"

typedef struct Out { gh_HeapFrame *f; int n, max; } Out;

static void push(Out *o, const char *fn, const char *file, int line, bool inl)
{
    if (o->n < o->max) o->f[o->n++] = (gh_HeapFrame){fn, file, line, 0, inl};
}

/* The fmt functions a program calls: the one doing the work (Fprintln for Println), its
 * lines for newPrinter, doPrint*, the output (w.Write or string(p.buf)) and p.free(), the
 * printing loop it runs, and the wrapper Go inlines into the caller (fmt.Println). */
typedef struct FmtFn {
    const char *name, *impl, *file;
    int new_line, do_line, out_line, free_line;
    char loop;                  /* 'l' doPrintln, 'p' doPrint, 'f' doPrintf */
    const char *wrapper; int wrapper_line;
} FmtFn;

static const FmtFn FMT_FNS[] = {
    {"Println", "fmt.Fprintln", PRINT, 283, 284, 285, 286, 'l', "fmt.Println", 294},
    {"Fprintln", "fmt.Fprintln", PRINT, 283, 284, 285, 286, 'l', NULL, 0},
    {"Sprintln", "fmt.Sprintln", PRINT, 300, 301, 302, 303, 'l', NULL, 0},
    {"Print", "fmt.Fprint", PRINT, 241, 242, 243, 244, 'p', "fmt.Print", 252},
    {"Fprint", "fmt.Fprint", PRINT, 241, 242, 243, 244, 'p', NULL, 0},
    {"Sprint", "fmt.Sprint", PRINT, 258, 259, 260, 261, 'p', NULL, 0},
    {"Printf", "fmt.Fprintf", PRINT, 203, 204, 205, 206, 'f', "fmt.Printf", 213},
    {"Fprintf", "fmt.Fprintf", PRINT, 203, 204, 205, 206, 'f', NULL, 0},
    {"Sprintf", "fmt.Sprintf", PRINT, 218, 219, 220, 221, 'f', NULL, 0},
    {"Errorf", "fmt.Errorf", "fmt/errors.go", 18, 20, 21, 28, 'f', NULL, 0},
};
enum { ERRORF_NEW_LINE = 24, ERRORF_WRAP_LINE = 26 };   /* errors.New(s), &wrapError{s, err} */

static const FmtFn *fmt_fn(const gh_GoLibFunc *l)
{
    if (!l || strcmp(l->pkg, "fmt") || l->recv) return NULL;
    for (size_t i = 0; i < sizeof FMT_FNS / sizeof *FMT_FNS; i++)
        if (!strcmp(FMT_FNS[i].name, l->name)) return &FMT_FNS[i];
    return NULL;
}

/* The fmt call's own frame at `line`, then the wrapper inlined into the program. */
static void fmt_outer(Out *o, const FmtFn *f, int line)
{
    push(o, f->impl, f->file, line, false);
    if (f->wrapper) push(o, f->wrapper, PRINT, f->wrapper_line, true);
}

/* sync.Pool's pinSlow, making the pool's per-P array (pool.go:230) or, the allocation
 * after it here, appending the pool to allPools (pool.go:226), under pin and Get or Put. */
static void pool_pin(gh_Exec *ex, const XLibCall *lc, Out *o, bool get, uint64_t size)
{
    int ring = gh_sim_pool_chain_alloc(ex->sim);
    if (ring) {   /* Put's l.shared.pushHead(x) (pool.go:111): a ring's poolChainElt (48 B), then its vals */
        bool elt = size == 48;
        push(o, "sync.(*poolChain).pushHead", "sync/poolqueue.go", ring == 1 ? (elt ? 233 : 234) : (elt ? 251 : 252), false);
        push(o, "sync.(*Pool).Put", POOL, 111, false);
        return;
    }
    bool all_pools = gh_sim_alloc_serial(ex->sim) - lc->pin_serial >= 2;
    push(o, "sync.(*Pool).pinSlow", POOL, all_pools ? 226 : 230, false);
    push(o, "sync.(*Pool).pin", POOL, 209, false);
    push(o, get ? "sync.(*Pool).Get" : "sync.(*Pool).Put", POOL, get ? 131 : 107, false);
}

/* printArg's type switch: the line calling the formatter for a value of unnamed basic type k. */
static int print_arg_line(gh_GoKind k)
{
    switch (k) {
    case GH_K_BOOL: case GH_K_UNTYPED_BOOL: return 693;
    case GH_K_INT: case GH_K_UNTYPED_INT: return 703;
    case GH_K_INT8: return 705;
    case GH_K_INT16: return 707;
    case GH_K_INT32: case GH_K_UNTYPED_RUNE: return 709;
    case GH_K_INT64: return 711;
    case GH_K_UINT: return 713;
    case GH_K_UINT8: return 715;
    case GH_K_UINT16: return 717;
    case GH_K_UINT32: return 719;
    case GH_K_UINT64: return 721;
    case GH_K_UINTPTR: return 723;
    case GH_K_STRING: case GH_K_UNTYPED_STRING: return 725;
    default: return 0;
    }
}

static bool is_unsigned(gh_GoKind k) { return k >= GH_K_UINT && k <= GH_K_UINTPTR; }
static bool is_int(gh_GoKind k) { return (k >= GH_K_INT && k <= GH_K_UINTPTR) || k == GH_K_UNTYPED_INT || k == GH_K_UNTYPED_RUNE; }
static bool is_string(gh_GoKind k) { return k == GH_K_STRING || k == GH_K_UNTYPED_STRING; }
static bool is_pointer(gh_GoKind k) { return k == GH_K_POINTER || k == GH_K_UNSAFEPTR || k == GH_K_FUNC; }

/* fmt.pad (or padString, for a string) writing a value or its padding: Go's writes are
 * buffer.write / writeString, and writePadding for the padding. */
static void pad_frames(Out *o, char mode, bool str)
{
    static const struct { char mode; int pad, pad_string; } lines[] = {
        {0, 92, 110}, {'Z', 99, 117}, {'l', 99, 117}, {'L', 98, 116}, {'r', 102, 120}, {'R', 103, 121},
    };
    int k = 0;
    for (int i = 0; i < 6; i++) if (lines[i].mode == mode) k = i;
    if (mode == 'L' || mode == 'R') push(o, "fmt.(*fmt).writePadding", FORMAT, 73, false);
    else if (str) push(o, "fmt.(*buffer).writeString", PRINT, 82, true);
    else push(o, "fmt.(*buffer).write", PRINT, 78, true);
    push(o, str ? "fmt.(*fmt).padString" : "fmt.(*fmt).pad", FORMAT, str ? lines[k].pad_string : lines[k].pad, false);
}

/* fmtString's frames for a string written with verb (fmtS, or fmtQ for %q). */
static void string_leaf(Out *o, char verb, char mode)
{
    if (verb == 'q') {
        pad_frames(o, mode, false);
        push(o, "fmt.(*fmt).fmtQ", FORMAT, 457, false);
        push(o, "fmt.(*pp).fmtString", PRINT, 483, false);
        return;
    }
    if (verb == 'x' || verb == 'X') {   /* fmtSx's fmtSbx: writePadding left (401, or 395 for ""), the
                                          * digits appended two by two (425), writePadding right (430) */
        if (mode == 'L' || mode == 'R' || mode == 'E') {
            push(o, "fmt.(*fmt).writePadding", FORMAT, 73, false);
            push(o, "fmt.(*fmt).fmtSbx", FORMAT, mode == 'L' ? 401 : mode == 'R' ? 430 : 395, false);
        } else push(o, "fmt.(*fmt).fmtSbx", FORMAT, 425, false);
        push(o, "fmt.(*fmt).fmtSx", FORMAT, 436, true);
        push(o, "fmt.(*pp).fmtString", PRINT, verb == 'x' ? 479 : 481, false);
        return;
    }
    pad_frames(o, mode, true);
    push(o, "fmt.(*fmt).fmtS", FORMAT, 359, false);
    push(o, "fmt.(*pp).fmtString", PRINT, verb == 's' ? 477 : 474, false);
}

/* The formatter's frames for a basic value (an integer's fmtInteger, a string's fmtS ...),
 * up to the function printArg or printValue calls. */
static void value_leaf(Out *o, gh_GoKind k, char verb, char mode, bool nil)
{
    if (is_pointer(k)) {
        if (nil) {
            pad_frames(o, mode, true);
            push(o, "fmt.(*pp).fmtPointer", PRINT, 553, false);
            return;
        }
        if (mode != 'D') pad_frames(o, mode, false);
        push(o, "fmt.(*fmt).fmtInteger", FORMAT, mode == 'D' ? 208 : 319, false);
        push(o, "fmt.(*pp).fmt0x64", PRINT, 396, false);
        push(o, "fmt.(*pp).fmtPointer", PRINT, verb == 'p' ? 559 : 555, false);
        return;
    }
    if (is_string(k)) { string_leaf(o, verb, mode); return; }
    if (k == GH_K_BOOL || k == GH_K_UNTYPED_BOOL) {
        pad_frames(o, mode, true);
        push(o, "fmt.(*fmt).fmtBoolean", FORMAT, 128, false);
        push(o, "fmt.(*pp).fmtBool", PRINT, 385, false);
        return;
    }
    if (!is_int(k)) return;
    if (verb == 'q') {   /* fmtQc: the quoted rune, padded */
        pad_frames(o, mode, false);
        push(o, "fmt.(*fmt).fmtQc", FORMAT, 484, false);
        push(o, "fmt.(*pp).fmtInteger", PRINT, 422, false);
        return;
    }
    if (mode != 'D') pad_frames(o, mode, false); /* 'D': fmtInteger's own bigger buffer (format.go:208) */
    int pp_line = verb == 'd' ? 410 : verb == 'x' ? 416 : verb == 'X' ? 418 : verb == 'c' ? 420 : 407;
    push(o, verb == 'c' ? "fmt.(*fmt).fmtC" : "fmt.(*fmt).fmtInteger", FORMAT, verb == 'c' ? 470 : mode == 'D' ? 208 : 319, false);
    push(o, "fmt.(*pp).fmtInteger", PRINT, pp_line, false);
}

/* printValue's recursion from depth d - 1 back to printArg: the line each level calls the
 * next from (a struct's field, a slice's element, a pointer's target, an interface's value). */
static void print_value_chain(Out *o, const XFmtAt *at, int d)
{
    for (int k = d - 1; k >= 0; k--) {
        int line = 0;
        switch (at->kind[k < X_FMT_DEPTH ? k : X_FMT_DEPTH - 1]) {
        case XV_STRUCT: line = 837; break;
        case XV_SLICE: line = 896; break;
        case XV_POINTER: line = 907; break;
        case XV_IFACE: line = 850; break;
        default: line = 0;
        }
        if (line) push(o, "fmt.(*pp).printValue", PRINT, line, false);
    }
    push(o, "fmt.(*pp).printArg", PRINT, 743, false);
}

/* The printing loop's line for this piece (doPrintln's separator, operand, newline ...). */
static int loop_line(const FmtFn *f, const XLibCall *lc, XFmtPiece piece)
{
    if (f->loop == 'f' && piece == XP_MISSING) return 1143;                  /* p.missingArg(verb) */
    if (f->loop == 'f' && piece == XP_EXTRA) return lc->at.line;             /* doPrintf's own writes */
    if (f->loop == 'f' && lc->in_extra) return 1173;                         /* p.printArg(arg, 'v') */
    switch (f->loop) {
    case 'l': return piece == XP_SEP ? 1198 : piece == XP_NEWLINE ? 1202 : 1200;
    case 'p': return piece == XP_SEP ? 1186 : 1188;
    default: return piece == XP_LITERAL ? 1018 : piece == XP_PERCENT ? 1139 : lc->slow ? 1153 : 1057;
    }
}

static const char *loop_name(const FmtFn *f)
{
    return f->loop == 'l' ? "fmt.(*pp).doPrintln" : f->loop == 'p' ? "fmt.(*pp).doPrint" : "fmt.(*pp).doPrintf";
}

/* handleMethods calling the value's String() or Error(), and what called it: printArg for
 * an operand, printValue (after value.Interface()) for a value inside one. */
static void method_chain(Out *o, const XFmtAt *at)
{
    push(o, "fmt.(*pp).handleMethods", PRINT, at->piece == XP_ERROR ? 651 : 657, false);
    if (at->depth == 0) {
        push(o, "fmt.(*pp).printArg", PRINT, 740, false);
        return;
    }
    push(o, "fmt.(*pp).printValue", PRINT, 754, false);
    print_value_chain(o, at, at->depth);
}

/* Who called the formatter of a basic value: printArg's type switch (an unnamed basic
 * operand), else printValue at its kind's line and printValue's recursion up to printArg. */
static void value_callers(Out *o, const XFmtAt *at, gh_GoKind k)
{
    int d = at->depth, arg_line = d == 0 && at->type && at->type->kind != GH_K_NAMED ? print_arg_line(k) : 0;
    if (arg_line) {
        push(o, "fmt.(*pp).printArg", PRINT, arg_line, false);
        return;
    }
    int line = is_pointer(k) ? 913 : is_string(k) ? 788 : k == GH_K_BOOL ? 774 : is_unsigned(k) ? 778 : 776;
    push(o, "fmt.(*pp).printValue", PRINT, line, false);
    print_value_chain(o, at, d);
}

/* The formatter that called badVerb for the value at (fmtString for a string given %d ...)
 * and its callers; a nil operand's badVerb is printArg's own (print.go:674). */
static void bad_callers(Out *o, const XFmtAt *at)
{
    if (!at->type) {
        push(o, "fmt.(*pp).printArg", PRINT, 674, false);
        return;
    }
    gh_GoKind k = gh_go_under(at->type)->kind;
    if (is_pointer(k)) push(o, "fmt.(*pp).fmtPointer", PRINT, 563, false);
    else if (is_string(k)) push(o, "fmt.(*pp).fmtString", PRINT, 485, false);
    else if (k == GH_K_BOOL || k == GH_K_UNTYPED_BOOL) push(o, "fmt.(*pp).fmtBool", PRINT, 387, false);
    else if (is_int(k)) push(o, "fmt.(*pp).fmtInteger", PRINT, 426, false);
    else if (k == GH_K_FLOAT32 || k == GH_K_FLOAT64 || k == GH_K_UNTYPED_FLOAT) push(o, "fmt.(*pp).fmtFloat", PRINT, 443, false);
    value_callers(o, at, k);
}

/* The buffer method an error text's line calls: writeRune for the verb (not inlined: Go's
 * profile names it at print.go:91), writeByte for one byte, writeString for the rest. */
static void write_leaf(Out *o, int line)
{
    if (line == 364 || line == 1001) push(o, "fmt.(*buffer).writeRune", PRINT, 91, false);
    else if (line == 365 || line == 369 || line == 373 || line == 378 || line == 1172 || line == 1176)
        push(o, "fmt.(*buffer).writeByte", PRINT, 86, true);
    else push(o, "fmt.(*buffer).writeString", PRINT, 82, true);
}

bool gh_x_fmt_via_print_arg(const struct gh_GoType *t, int depth)
{
    return depth == 0 && t && t->kind != GH_K_NAMED && print_arg_line(gh_go_under((gh_GoType *)t)->kind);
}

/* The frames of a piece of fmt output, from the buffer's write up to the printing loop. */
static void fmt_piece(Out *o, const FmtFn *f, const XLibCall *lc, const XFmtAt *at)
{
    XFmtPiece piece = at->piece;
    gh_GoKind k = at->type ? gh_go_under(at->type)->kind : GH_K_TUPLE;
    int d = at->depth;
    char verb = lc->verb ? lc->verb : 'v';
    XFmtKind here = d < X_FMT_DEPTH ? at->kind[d] : XV_NONE;
    switch (piece) {
    case XP_SEP: case XP_NEWLINE: case XP_PERCENT:
        push(o, "fmt.(*buffer).writeByte", PRINT, 86, true);
        break;
    case XP_LITERAL:
        push(o, "fmt.(*buffer).writeString", PRINT, 82, true);
        break;
    case XP_TYPE:
        pad_frames(o, at->pad_mode, true);
        push(o, "fmt.(*fmt).fmtS", FORMAT, 359, false);
        push(o, "fmt.(*pp).printArg", PRINT, 683, false);
        break;
    case XP_NIL:
        if (is_pointer(k)) {
            value_leaf(o, k, verb, at->pad_mode, true);
            push(o, "fmt.(*pp).printValue", PRINT, 913, false);
            print_value_chain(o, at, d);
        } else if (d == 0) {   /* a nil operand: printArg's padString(nilAngleString) */
            pad_frames(o, at->pad_mode, true);
            push(o, "fmt.(*pp).printArg", PRINT, 672, false);
        } else {               /* a nil interface inside a value */
            push(o, "fmt.(*buffer).writeString", PRINT, 82, true);
            push(o, "fmt.(*pp).printValue", PRINT, 768, false);
            print_value_chain(o, at, d);
        }
        break;
    case XP_VALUE:
        value_leaf(o, d == 0 && verb == 'p' ? GH_K_POINTER : k, verb, at->pad_mode, false);
        if (d == 0 && verb == 'p') push(o, "fmt.(*pp).printArg", PRINT, 686, false);
        else value_callers(o, at, k);
        break;
    case XP_BADVERB:
        write_leaf(o, at->line);
        push(o, "fmt.(*pp).badVerb", PRINT, at->line, false);
        bad_callers(o, at);
        break;
    case XP_MISSING:
        write_leaf(o, at->line);
        push(o, "fmt.(*pp).missingArg", PRINT, at->line, false);
        break;
    case XP_EXTRA:
        write_leaf(o, at->line);
        break;
    case XP_METHOD: case XP_ERROR:
        string_leaf(o, verb, at->pad_mode);
        method_chain(o, at);
        break;
    case XP_OPEN: case XP_ELEM_SEP: case XP_CLOSE: {
        push(o, "fmt.(*buffer).writeByte", PRINT, 86, true);
        int line;
        if (piece == XP_OPEN) line = here == XV_STRUCT ? 822 : here == XV_SLICE ? 891 : 906;
        else if (piece == XP_ELEM_SEP) line = here == XV_STRUCT ? 828 : 894;
        else line = here == XV_STRUCT ? 839 : 898;
        push(o, "fmt.(*pp).printValue", PRINT, line, false);
        print_value_chain(o, at, d);
        break;
    }
    default:   /* text no modelled function writes: the printing loop's frame alone */
        break;
    }
    if (lc->in_bad && piece != XP_BADVERB) { /* the operand's value, printed by badVerb */
        push(o, "fmt.(*pp).badVerb", PRINT, 370, false);
        bad_callers(o, &lc->bad_at);
    }
    push(o, loop_name(f), PRINT, loop_line(f, lc, piece), false);
}

/* bytes.Buffer's grow: its first small buffer (make([]byte, n, 64) at buffer.go:128), or
 * growSlice's new array; only the first is 64 bytes (growSlice at least doubles 64). */
static void buffer_grow(Out *o, uint64_t size)
{
    if (size == 64) { push(o, "bytes.(*Buffer).grow", BUFFER, 128, false); return; }
    push(o, "bytes.growSlice", BUFFER, 240, false);
    push(o, "bytes.(*Buffer).grow", BUFFER, 142, false);
}

static void fmt_frames(gh_Exec *ex, const XLibCall *lc, const FmtFn *f, bool innermost, uint64_t size, Out *o)
{
    const char *by = ex->by ? ex->by : "";
    if (!innermost) {   /* a String() or Error() method fmt called: under handleMethods */
        method_chain(o, &lc->at);
        push(o, loop_name(f), PRINT, loop_line(f, lc, XP_METHOD), false);
        fmt_outer(o, f, f->do_line);
        return;
    }
    switch (lc->step) {
    case XL_NEW_PRINTER:
        if (!strcmp(by, "fmt's printer (fmt.pp)")) {
            push(o, "fmt.glob..func1", PRINT, 132, false);
            push(o, "sync.(*Pool).Get", POOL, 151, false);
        } else {
            pool_pin(ex, lc, o, true, size);
        }
        push(o, "fmt.newPrinter", PRINT, 137, false);
        fmt_outer(o, f, f->new_line);
        return;
    case XL_FREE:
        pool_pin(ex, lc, o, false, size);
        push(o, "fmt.(*pp).free", PRINT, 161, false);
        fmt_outer(o, f, f->free_line);
        return;
    case XL_OUTPUT:
        if (lc->writer == 'S') push(o, "strings.(*Builder).Write", BUILDER, 90, false);
        else if (lc->writer == 'B') {
            buffer_grow(o, size);
            push(o, "bytes.(*Buffer).Write", BUFFER, 170, false);
        }
        fmt_outer(o, f, f->out_line);
        return;
    case XL_ERROR:   /* errorString is 16 bytes, wrapError 32 */
        if (size != 32) push(o, "errors.New", "errors/errors.go", 59, true);
        fmt_outer(o, f, size == 32 ? ERRORF_WRAP_LINE : ERRORF_NEW_LINE);
        return;
    case XL_FORMAT:
        if (!strcmp(by, "the copy fmt's reflect makes of an operand")) {
            push(o, "reflect.packEface", "reflect/value.go", 122, false);
            push(o, "reflect.valueInterface", "reflect/value.go", 1508, false);
            push(o, "reflect.Value.Interface", "reflect/value.go", 1478, true);
            push(o, "fmt.(*pp).printValue", PRINT, 753, false);
            print_value_chain(o, &lc->at, lc->at.depth);
            push(o, loop_name(f), PRINT, loop_line(f, lc, XP_VALUE), false);
        } else if (!strcmp(by, "fmt's output buffer (pp.buf)") || !strcmp(by, GH_X_BY_FMT_DIGITS)) {
            fmt_piece(o, f, lc, &lc->at);
        }
        fmt_outer(o, f, f->do_line);
        return;
    default:
        fmt_outer(o, f, f->do_line);
    }
}

static bool is(const gh_GoLibFunc *l, const char *pkg, const char *recv, const char *name)
{
    return !strcmp(l->pkg, pkg) && !strcmp(l->name, name) && (recv ? l->recv && !strcmp(l->recv, recv) : !l->recv);
}

/* strings.Builder's methods: WriteString, Write and WriteByte are inlined appends;
 * WriteRune of a non-ASCII rune and Grow go through b.grow. */
static void builder_frames(const XLibCall *lc, const char *m, Out *o)
{
    if (!strcmp(m, "WriteString")) push(o, "strings.(*Builder).WriteString", BUILDER, 124, true);
    else if (!strcmp(m, "Write")) push(o, "strings.(*Builder).Write", BUILDER, 90, true);
    else if (!strcmp(m, "WriteByte")) push(o, "strings.(*Builder).WriteByte", BUILDER, 98, true);
    else if (!strcmp(m, "WriteRune") && lc->ascii) push(o, "strings.(*Builder).WriteRune", BUILDER, 108, false);
    else if (!strcmp(m, "WriteRune")) {
        push(o, "strings.(*Builder).grow", BUILDER, 68, true);
        push(o, "strings.(*Builder).WriteRune", BUILDER, 113, false);
    } else if (!strcmp(m, "Grow")) {
        push(o, "strings.(*Builder).grow", BUILDER, 68, true);
        push(o, "strings.(*Builder).Grow", BUILDER, 82, true);
    }
}

/* bytes.Buffer's methods: each grows through b.grow (String copies: string(b.buf[b.off:])). */
static void buffer_frames(const XLibCall *lc, const char *m, uint64_t size, Out *o)
{
    if (!strcmp(m, "String")) { push(o, "bytes.(*Buffer).String", BUFFER, 65, true); return; }
    buffer_grow(o, size);
    if (!strcmp(m, "WriteString")) push(o, "bytes.(*Buffer).WriteString", BUFFER, 182, false);
    else if (!strcmp(m, "Write")) push(o, "bytes.(*Buffer).Write", BUFFER, 170, false);
    else if (!strcmp(m, "WriteByte")) push(o, "bytes.(*Buffer).WriteByte", BUFFER, 280, false);
    else if (!strcmp(m, "WriteRune") && lc->ascii) {
        push(o, "bytes.(*Buffer).WriteByte", BUFFER, 280, false);
        push(o, "bytes.(*Buffer).WriteRune", BUFFER, 293, false);
    } else if (!strcmp(m, "WriteRune")) push(o, "bytes.(*Buffer).WriteRune", BUFFER, 299, false);
    else if (!strcmp(m, "Grow")) push(o, "bytes.(*Buffer).Grow", BUFFER, 159, true);
}

int gh_x_lib_frames(gh_Exec *ex, const XLibCall *lc, bool innermost, uint64_t size, gh_HeapFrame *out, int max)
{
    Out o = {out, 0, max};
    const gh_GoLibFunc *l = lc ? lc->fn : NULL;
    if (!l) return 0;
    const FmtFn *f = fmt_fn(l);
    if (f) { fmt_frames(ex, lc, f, innermost, size, &o); return o.n; }
    const char *by = ex->by ? ex->by : "";
    if (!innermost) {   /* the program function the library called: a Pool's New */
        if (is(l, "sync", "Pool", "Get")) push(&o, "sync.(*Pool).Get", POOL, 151, false);
        return o.n;
    }
    if (is(l, "errors", NULL, "New")) push(&o, "errors.New", "errors/errors.go", 59, true);
    else if (is(l, "strings", NULL, "Repeat") || is(l, "strings", NULL, "ToUpper")) {
        push(&o, "strings.(*Builder).grow", BUILDER, 68, true);
        push(&o, "strings.(*Builder).Grow", BUILDER, 82, true);
        push(&o, l->name[0] == 'R' ? "strings.Repeat" : "strings.ToUpper", "strings/strings.go", l->name[0] == 'R' ? 545 : 575, false);
    } else if (l->recv && !strcmp(l->recv, "Builder")) builder_frames(lc, l->name, &o);
    else if (l->recv && !strcmp(l->recv, "Buffer")) buffer_frames(lc, l->name, size, &o);
    else if (l->recv && !strcmp(l->recv, "Pool") && strstr(by, "poolLocal")) pool_pin(ex, lc, &o, l->name[0] == 'G', size);
    else if (is(l, "sync", "WaitGroup", "Wait") && strstr(by, "sudog")) {
        push(&o, "sync.runtime_Semacquire", "runtime/sema.go", 62, false);
        push(&o, "sync.(*WaitGroup).Wait", "sync/waitgroup.go", 139, false);
    } else if (is(l, "sync", "Mutex", "Lock") && strstr(by, "sudog")) {
        push(&o, "sync.runtime_SemacquireMutex", "runtime/sema.go", 77, false);
        push(&o, "sync.(*Mutex).lockSlow", "sync/mutex.go", 171, false);
        push(&o, "sync.(*Mutex).Lock", "sync/mutex.go", 90, true);
    }
    return o.n;
}

/* --- what the interpreter reports as a library call runs --- */

XLibCall *gh_x_lib_now(gh_Exec *ex)
{
    XG *g = gh_x_g(ex);
    return g && g->nframes ? g->frames[g->nframes - 1].lib : NULL;
}

void gh_x_lib_enter(gh_Exec *ex, XLibCall *lc, const gh_GoLibFunc *fn)
{
    XG *g = gh_x_g(ex);
    memset(lc, 0, sizeof *lc);
    lc->fn = fn;
    lc->frame = g ? g->nframes - 1 : -1;
    lc->verb = 'v';
    if (lc->frame < 0) return;
    lc->prev = g->frames[lc->frame].lib;
    g->frames[lc->frame].lib = lc;
}

void gh_x_lib_leave(gh_Exec *ex, XLibCall *lc)
{
    XG *g = gh_x_g(ex);
    if (g && lc->frame >= 0 && lc->frame < g->nframes && g->frames[lc->frame].lib == lc) g->frames[lc->frame].lib = lc->prev;
}

void gh_x_fmt_piece(gh_Exec *ex, XFmtPiece piece, int depth, gh_GoType *t)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (!lc) return;
    lc->at.piece = (uint8_t)piece;
    lc->at.depth = (uint8_t)(depth < 0 ? 0 : depth > 255 ? 255 : depth);
    lc->at.type = t;
}

void gh_x_fmt_error(gh_Exec *ex, XFmtPiece piece, int line)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (!lc) return;
    lc->at.piece = (uint8_t)piece;
    lc->at.line = (uint16_t)line;
}

void gh_x_fmt_in_bad(gh_Exec *ex, bool on)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (!lc) return;
    if (on) lc->bad_at = lc->at, lc->bad_verb = lc->verb, lc->verb = 'v'; /* badVerb prints it with %v */
    else lc->verb = lc->bad_verb;
    lc->in_bad = on;
}

void gh_x_fmt_in_extra(gh_Exec *ex, bool on)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (lc) lc->in_extra = on;
}

void gh_x_fmt_pad(gh_Exec *ex, char mode)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (lc) lc->at.pad_mode = mode;
}

void gh_x_fmt_kind(gh_Exec *ex, int depth, XFmtKind k)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (lc && depth >= 0 && depth < X_FMT_DEPTH) lc->at.kind[depth] = (uint8_t)k;
}

void gh_x_lib_pin(gh_Exec *ex)
{
    XLibCall *lc = gh_x_lib_now(ex);
    if (lc) lc->pin_serial = gh_sim_alloc_serial(ex->sim);
}
