/* go_param.h — `gohotel exec FILE.go --param K=V`: a run's parameters for a Go program, the
 * way `go build -ldflags=-X main.K=V` sets a package variable before main runs. */
#ifndef GH_GO_PARAM_H
#define GH_GO_PARAM_H
#include <stdbool.h>
#include <stddef.h>
#include "golang/go_check.h"

/* Overrides, for each "K=V" of params, the initializer of the package-level variable K,
 * declared `var K = <constant>` (or `var K T = <constant>`) of type int, string or bool,
 * by V read as a value of that type. The program must be checked and not yet analysed.
 * False with why ("param.go:5:5: --param n=abc: ...") on an unknown K, a variable of
 * another type or without a constant initializer, or a V that is not of K's type. */
bool gh_go_param_apply(gh_GoProgram *prog, const char *const *params, int nparams, char *why, size_t cap);

#endif
