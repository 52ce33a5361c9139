/* go_library.h — the extra diagnostics that Go 1.19 prints when it inlines a
 * library method into the caller (the copied body allocates in the caller).
 */
#ifndef GH_GO_LIBRARY_H
#define GH_GO_LIBRARY_H

typedef enum gh_GoLibEffect {
    GH_LIBFX_NONE,
    GH_LIBFX_SB_COPYCHECK,  /* strings.(*Builder).copyCheck's panic value is boxed */
    GH_LIBFX_SB_GROW,       /* copyCheck + Grow's panic + grow's make */
    GH_LIBFX_BB_GROW,       /* bytes.(*Buffer).Grow: self-assignment note + panic box */
    GH_LIBFX_BB_STRING,     /* bytes.(*Buffer).String: string(b.buf[b.off:]) */
    GH_LIBFX_BB_RESET,      /* bytes.(*Buffer).Reset: self-assignment note */
    GH_LIBFX_ERRORS_NEW,    /* errors.New: &errors.errorString{...} allocated in the caller */
    GH_LIBFX_SORT_INTS,     /* sort.Ints: Sort(IntSlice(x)) boxes the slice header in the caller */
    GH_LIBFX_SORT_STRINGS   /* sort.Strings: Sort(StringSlice(x)), the same box */
} gh_GoLibEffect;

#endif
