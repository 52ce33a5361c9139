// recover_basic.go — recover() in a deferred func literal stops a panic: the function
// returns normally with its named results as the deferred call left them; recover returns
// the panic value, and nil when nothing panics or when it is not called by the deferred
// function itself
package main

import (
	"errors"
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

// divide reports a division by zero as an error instead of crashing.
//go:noinline
func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = errors.New("division failed")
		}
	}()
	if b == 0 {
		panic("zero divisor")
	}
	return a / b, nil
}

// helper calls recover, but it is not the deferred function: it gets nil.
func helper() any { return recover() }

//go:noinline
func indirect() (got1, got2 any) {
	defer func() {
		got1 = helper()
		got2 = recover()
	}()
	panic(42)
}

//go:noinline
func calm() (r any) {
	defer func() { r = recover() }()
	return "untouched"
}

var q1, q2 int
var e1, e2 error
var g1, g2, c any

func main() {
	measure("ok", func() { q1, e1 = divide(7, 2) })
	measure("zero", func() { q2, e2 = divide(7, 0) })
	measure("indirect", func() { g1, g2 = indirect() })
	measure("calm", func() { c = calm() })
	fmt.Println(q1, e1)
	fmt.Println(q2, e2)
	fmt.Println(g1, g2)
	fmt.Println(c)
}
