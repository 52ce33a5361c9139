/* exec_pprof_lib.h — what the heap profile needs to know about a library call in progress, so
 * that an allocation the library makes for the program is shown under the library's own
 * frames, as Go's profile shows it (fmt.newPrinter <- fmt.Fprintln <- fmt.Println (inline)
 * <- main.main), and a program function the library calls back (a sync.Pool's New, a
 * String method) under the library frames that called it.
 *
 * A library call puts an XLibCall on its host stack and hangs it on the calling frame
 * (XFrame.lib) once its operands are evaluated (their allocations are the caller's). fmt's
 * calls also say how far they got (step) and which piece of output they are writing
 * (XFmtAt), which picks the frames of the function that would be growing pp.buf in Go's
 * fmt. The frames themselves are a table measured from real Go (exec_pprof_lib.c). */
#ifndef GH_EXEC_PPROF_LIB_H
#define GH_EXEC_PPROF_LIB_H
#include <stdbool.h>
#include <stdint.h>
#include "run/heap_profile.h"

struct gh_Exec;
struct gh_GoLibFunc;
struct gh_GoType;

/* How far a fmt call got (Go's Fprintln: newPrinter, doPrintln, w.Write, free). */
typedef enum {
    XL_CALL,        /* any library call: no steps */
    XL_NEW_PRINTER, /* p := newPrinter(): ppFree.Get, its pin, ppFree.New */
    XL_FORMAT,      /* p.doPrint*(a): pp.buf grows, reflect copies operands, String() is called */
    XL_OUTPUT,      /* w.Write(p.buf) or s := string(p.buf) */
    XL_ERROR,       /* fmt.Errorf's errors.New(s) or &wrapError{s, err} */
    XL_FREE,        /* p.free(): ppFree.Put and its pin */
} XLibStep;

/* The piece of output fmt is writing (what Go's fmt is calling p.buf.write* from). */
typedef enum {
    XP_OTHER,       /* text not written by a modelled function: the doPrint* frame alone */
    XP_BADVERB,     /* badVerb's text (%!d(string=...)): XFmtAt.line is badVerb's line */
    XP_MISSING,     /* missingArg's text (%!v(MISSING)): XFmtAt.line is missingArg's line */
    XP_EXTRA,       /* doPrintf's %!(EXTRA ...) text: XFmtAt.line is doPrintf's line */
    XP_SEP,         /* the space between operands (doPrintln, doPrint) */
    XP_NEWLINE,     /* Println's '\n' */
    XP_LITERAL,     /* Printf's text between verbs */
    XP_PERCENT,     /* Printf's %% */
    XP_VALUE,       /* a basic value's text: printArg's or printValue's fmtInteger, fmtString, ... */
    XP_NIL,         /* <nil> of a nil operand or interface */
    XP_TYPE,        /* %T */
    XP_OPEN,        /* '{', '[' or '&' of a struct, slice/array, pointer to one */
    XP_ELEM_SEP,    /* ' ' between fields or elements */
    XP_CLOSE,       /* '}' or ']' */
    XP_METHOD,      /* the result of the value's String() (handleMethods) */
    XP_ERROR,       /* the result of the value's Error() */
} XFmtPiece;

/* What printValue is printing at one depth (the frames of its recursion). */
typedef enum { XV_NONE, XV_STRUCT, XV_SLICE, XV_POINTER, XV_IFACE } XFmtKind;

enum { X_FMT_DEPTH = 10 };

typedef struct XFmtAt {
    uint8_t piece;          /* XFmtPiece */
    uint8_t depth;          /* printValue's depth of the value written (0: the operand) */
    char pad_mode;          /* Printf with a width: 'L' the left padding, 'l' the value after it,
                             * 'r' the value before right padding, 'R' that padding, 'Z' an
                             * integer's zero padding made digits, 'D' fmtInteger's own digit
                             * buffer (a width over 65), 'X' fmtSbx's hex digits; 0 none */
    uint16_t line;          /* XP_BADVERB, XP_MISSING, XP_EXTRA: the Go line writing it */
    struct gh_GoType *type; /* the value written (XP_VALUE picks its leaf frames by its kind) */
    uint8_t kind[X_FMT_DEPTH]; /* XFmtKind at each depth below the value */
} XFmtAt;

typedef struct XLibCall {
    const struct gh_GoLibFunc *fn; /* the library function called */
    struct XLibCall *prev;  /* the frame's XFrame.lib before this call */
    int frame;              /* the calling frame's index in its goroutine */
    uint8_t step;           /* XLibStep */
    char verb;              /* fmt: the operand's verb ('v' for Print*) */
    bool slow;              /* Printf: the verb went through doPrintf's general path (a width, an
                             * upper-case verb), so printArg is called at print.go:1153, not 1057 */
    char writer;            /* Fprint*: 'S' *strings.Builder, 'B' *bytes.Buffer, 0 a file */
    bool ascii;             /* WriteRune: the rune is ASCII (written as a byte) */
    uint32_t pin_serial;    /* the allocation serial before a sync.Pool pin (its 1st and 2nd allocation) */
    XFmtAt at;              /* the piece being written */
    bool in_bad;            /* printing the value inside badVerb (print.go:370) of bad_at's operand */
    bool in_extra;          /* printing an extra operand's value (doPrintf's printArg at print.go:1173) */
    char bad_verb;          /* the verb badVerb reports (lc->verb is 'v' while it prints the value) */
    XFmtAt bad_at;          /* the operand badVerb is reporting */
} XLibCall;

/* The library call fn begins in the running frame (its operands evaluated), and ends. */
void gh_x_lib_enter(struct gh_Exec *ex, XLibCall *lc, const struct gh_GoLibFunc *fn);
void gh_x_lib_leave(struct gh_Exec *ex, XLibCall *lc);
/* The running frame's library call, NULL if none. */
XLibCall *gh_x_lib_now(struct gh_Exec *ex);
/* fmt is about to write `piece` of a value of type t at printValue depth `depth`. */
void gh_x_fmt_piece(struct gh_Exec *ex, XFmtPiece piece, int depth, struct gh_GoType *t);
/* The next write is the text of an error (piece XP_BADVERB, XP_MISSING or XP_EXTRA) Go writes
 * at `line` (for XP_BADVERB the value and depth stay the last gh_x_fmt_piece's). */
void gh_x_fmt_error(struct gh_Exec *ex, XFmtPiece piece, int line);
/* badVerb is about to print its operand's value (on), or has printed it (!on); the extra
 * operands of doPrintf are being printed (on) or are done. */
void gh_x_fmt_in_bad(struct gh_Exec *ex, bool on);
void gh_x_fmt_in_extra(struct gh_Exec *ex, bool on);
/* Does Go's printArg format a value of type t at depth itself (an unnamed basic operand: then
 * badVerb reports p.arg, print.go:368-370), rather than printValue (p.value, 372-374)? */
bool gh_x_fmt_via_print_arg(const struct gh_GoType *t, int depth);
/* The next write of a padded value is its padding or the value itself (XFmtAt.pad_mode). */
void gh_x_fmt_pad(struct gh_Exec *ex, char mode);
/* printValue at `depth` is printing a struct, slice, pointer or interface. */
void gh_x_fmt_kind(struct gh_Exec *ex, int depth, XFmtKind k);
/* A sync.Pool is about to be pinned (its first allocation is the poolLocal array). */
void gh_x_lib_pin(struct gh_Exec *ex);

/* The library's frames, innermost first, for an allocation of `size` bytes made while lc
 * runs (innermost: lc's frame is the goroutine's newest) or for the program function it
 * called back (innermost false). Returns how many were written to out (at most max). */
int gh_x_lib_frames(struct gh_Exec *ex, const XLibCall *lc, bool innermost, uint64_t size, gh_HeapFrame *out, int max);

#endif
