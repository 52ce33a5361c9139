/* escape_limits.h — the compiler's stack-size limits (Go 1.19's ir.MaxStackVarSize and
 * ir.MaxImplicitStackVarSize): a declared variable larger than the first, and a value of
 * new, &T{} or make larger than the second, goes to the heap. The escape analysis applies
 * them (escape_batch.c); lessons read them as go.limits instead of typing the numbers.
 * No other declarations, so the script layer can include it beside its own type names. */
#ifndef GH_ESCAPE_LIMITS_H
#define GH_ESCAPE_LIMITS_H

enum { GH_ESC_MAX_STACK_VAR = 10 * 1024 * 1024, GH_ESC_MAX_IMPLICIT_STACK_VAR = 64 * 1024 };

#endif
