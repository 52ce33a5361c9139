// recover.go — what recover returns and what a recovered function returns: the panic's
// value (an error's text, a Stringer's, a runtime error's, nil after panic(nil) in Go
// 1.19), a deep panic recovered at the top, defers in a loop that run before the recover,
// a deferred panic, `defer recover()` (not called by a deferred function: no effect), and
// recover outside a panic.
package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

var trail []int

func deep(n int) {
	if n == 0 {
		panic(&myErr{7})
	}
	defer func() { trail = append(trail, n) }()
	deep(n - 1)
}

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func count(n int) (total int) {
	defer func() {
		if recover() != nil {
			total = -total
		}
	}()
	for i := 1; i <= n; i++ {
		defer func(k int) { total += k }(i)
	}
	panic("counted")
}

func main() {
	fmt.Println(try(func() { deep(5) }), trail)
	fmt.Println(try(func() { panic(S("x")) }))
	fmt.Println(try(func() { panic(errors.New("plain")) }))
	fmt.Println(try(func() { defer panic("deferred panic") }))
	fmt.Println(try(func() { defer recover(); panic("not stopped by defer recover()") }))
	fmt.Println(try(func() { var i any = "s"; _ = i.(int) }))
	fmt.Println(try(func() { panic(nil) }))
	fmt.Println(try(func() {}))
	for i := 0; i < 3; i++ {
		fmt.Println(try(func() { panic(i * i) }))
	}
	fmt.Println(count(4))
	fmt.Println(recover())
}
