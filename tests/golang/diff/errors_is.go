// errors_is.go — errors.Is walks an error's chain without allocating: err == target, then
// err's own Is method, then the error it wraps (fmt.Errorf's %w, a NumError's Err, the
// program's Unwrap methods), until none is left; only the []bool literal allocates
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

var before, after runtime.MemStats

var ErrNotFound = errors.New("not found")
var ErrOther = errors.New("other")

type QueryError struct {
	q   string
	err error
}

func (e *QueryError) Error() string { return e.q + ": " + e.err.Error() }
func (e *QueryError) Unwrap() error { return e.err }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == 0 || t == c)
}

//go:noinline
func find(q string) error {
	return fmt.Errorf("find: %w", &QueryError{q, ErrNotFound})
}

func main() {
	e1 := find("x")
	e2 := error(Code(404))
	_, e3 := strconv.Atoi("z")
	runtime.ReadMemStats(&before)
	r := []bool{
		errors.Is(e1, ErrNotFound), errors.Is(e1, ErrOther), errors.Is(nil, ErrOther), errors.Is(nil, nil),
		errors.Is(e2, Code(404)), errors.Is(e2, Code(0)), errors.Is(e2, Code(500)), errors.Is(e3, ErrOther),
	}
	runtime.ReadMemStats(&after)
	fmt.Println(r)
	fmt.Printf("is.Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Println(e1, e2)
}
