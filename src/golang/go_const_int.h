/* go_const_int.h — exact constant arithmetic for the type checker (go_const.c).
 *
 * Go's untyped integer constants are arbitrary precision; Go 1.19's compiler refuses any
 * untyped integer constant wider than 512 bits ("constant shift overflow", "constant
 * multiplication overflow"...).  gohotel does the same: every integer constant is held
 * exactly, and a node whose value does not fit in an int64 keeps it in node->big.
 */
#ifndef GH_GO_CONST_INT_H
#define GH_GO_CONST_INT_H
#include <stdint.h>
#include "golang/go_check_int.h"

/* 18 64-bit words, two's complement: 1152 bits hold a 512-bit constant times another
 * (1024 bits) and a typed 64-bit constant shifted by Go's largest shift count (1074). */
enum { GH_CONST_WORDS = 18, GH_CONST_PREC = 512, GH_CONST_SHIFT_BOUND = 1023 - 1 + 52 };

struct gh_GoConst {
    uint64_t w[GH_CONST_WORDS];  /* the integer value (two's complement, little-endian words) */
    int is_float;                /* an untyped or typed float constant: f holds it instead */
    long double f;                /* (go_const.c says how exact that is) */
};

/* Room for one constant value in the arena (aligned for its long double). */
struct gh_GoConst *gh_go_const_new(gh_GoChecker *c);
/* Sets n's value from its literal spelling (GH_T_INT or GH_T_FLOAT). */
void gh_go_const_literal(gh_GoChecker *c, gh_GoNode *n);
/* Folds n (binary, both operands constant) exactly; reports Go's errors. */
void gh_go_const_binary(gh_GoChecker *c, gh_GoNode *n);
/* Folds n (unary - + ^ !, operand constant). */
void gh_go_const_unary(gh_GoChecker *c, gh_GoNode *n);
/* Go's compile-time checks of a shift or a division whose right operand is constant:
 * negative or too large shift counts, division by zero (before any folding). */
void gh_go_const_check_operands(gh_GoChecker *c, gh_GoNode *n);
/* The same for x op= y (s an assignment statement). */
void gh_go_const_check_assign_op(gh_GoChecker *c, gh_GoNode *s);
/* Constant x is about to take type t.  ctx names the context as Go does in
 * "cannot use ... in CTX (overflows)"; NULL gives "X overflows T", "conversion" gives
 * "cannot convert X to type T", "array length" Go's "array length X must be integer".  Fails with Go's message if x is not representable. */
void gh_go_const_represent(gh_GoChecker *c, gh_GoNode *x, gh_GoType *t, const char *ctx);
/* The length in bytes of the string a Go string literal (its spelling) stands for. */
long long gh_go_const_string_len(const char *lit);
/* The expression as Go's type checker prints it in messages: as written, parentheses
 * included, binary operators spaced ("1 << 31 - 1 + 1"). */
void gh_go_source_expr(const gh_GoNode *n, char *buf, size_t size);
/* Where Go reports an operand: the start of its expression, an opening '(' included. */
gh_GoPos gh_go_start_pos(gh_GoChecker *c, const gh_GoNode *n);
/* A constant operand as Go prints it: "c (untyped int constant 1180591620717411303424)",
 * "a * 4 (constant 4294967296 of type int32)". */
void gh_go_const_operand(const gh_GoNode *n, char *buf, size_t size);
/* Copies constant value from (cval and big) into to. */
void gh_go_const_copy(gh_GoNode *to, const gh_GoNode *from);

#endif
