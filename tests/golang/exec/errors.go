// errors.go — the error interface: nil errors, *T and T with an Error method returned as
// error, e == nil / e != nil, e.Error(), errors printed by fmt, and what errors.New and
// fmt.Errorf allocate (an escaping errors.New is one 16-byte *errors.errorString; one that
// stays in its function costs nothing).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type plainErr string

func (p plainErr) Error() string { return "plain " + string(p) }

var sink error

//go:noinline
func check(x int) error {
	if x < 0 {
		return &codeErr{x}
	}
	if x == 0 {
		return plainErr("zero")
	}
	return nil
}

//go:noinline
func newErr() error { return errors.New("boom") }

//go:noinline
func wrapped(x int) error { return fmt.Errorf("check %d: %w", x, check(x)) }

//go:noinline
func describe(e error) string {
	if e == nil {
		return "no error"
	}
	return "error: " + e.Error()
}

func main() {
	var m1, m2 runtime.MemStats
	fmt.Println("warm up the printers:", check(-1))
	for k := 0; k < 8; k++ {
		runtime.ReadMemStats(&m1)
		if k == 0 {
			sink = check(5)
		} else if k == 1 {
			sink = check(-2)
		} else if k == 2 {
			sink = check(0)
		} else if k == 3 {
			sink = newErr()
		} else if k == 4 {
			local := errors.New("stays here")
			if local == nil {
				fmt.Println("never")
			}
		} else if k == 5 {
			sink = fmt.Errorf("n=%d", 7)
		} else if k == 6 {
			sink = fmt.Errorf("plain text")
		} else {
			sink = wrapped(-3)
		}
		runtime.ReadMemStats(&m2)
		fmt.Println(k, sink == nil, sink != nil, "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
	fmt.Println(sink)
	fmt.Println(check(1), check(0), check(-1))
	fmt.Println(describe(nil), "|", describe(check(-4)), "|", describe(newErr()))
	var p *codeErr = &codeErr{9}
	var e error = check(7)
	fmt.Println(e == nil)
	e = p
	fmt.Println(e, e.Error(), e != nil)
	fmt.Printf("%v|%s|%d\n", e, newErr(), p.code)
	msg := fmt.Errorf("wrap: %w", errors.New("inner")).Error()
	fmt.Println(msg, len(msg))
	// %w takes one error operand; anything else is fmt's bad verb, printed without methods
	fmt.Println(fmt.Errorf("%w", 5), fmt.Errorf("%w|%w", newErr(), newErr()), fmt.Errorf("%w", nil))
	fmt.Printf("%T %T %T %T %z\n", e, newErr(), wrapped(1), check(0), 42)
}
