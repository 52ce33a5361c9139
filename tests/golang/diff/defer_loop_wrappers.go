// defer_loop_wrappers.go — a defer in a loop is heap-allocated: besides its _defer record
// (from the per-P pool once warm) Go 1.19 wraps the call in a heap closure holding what the
// call needs that is not a constant: the receiver, an interface value, a func literal
// called with arguments, the non-constant arguments (fmt's already converted to interface)
package main

import (
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

var sum int

type acc struct{ n int }

func (a *acc) count()    { a.n++ }
func (a acc) show()      { sum += a.n }
func (a *acc) add(i int) { a.n += i }

type Counter interface{ count() }

func add(i int) { sum += i }

func tick() { sum++ }

//go:noinline
func warm(n int) {
	for i := 0; i < n; i++ {
		defer tick()
	}
}

//go:noinline
func constArg(n int) {
	for i := 0; i < n; i++ {
		defer add(5)
	}
}

//go:noinline
func exprArg(n int) {
	for i := 0; i < n; i++ {
		defer add(i * 2)
	}
}

//go:noinline
func method(a *acc, n int) {
	for i := 0; i < n; i++ {
		defer a.count()
	}
}

//go:noinline
func methodArg(a *acc, n int) {
	for i := 0; i < n; i++ {
		defer a.add(i)
	}
}

//go:noinline
func valueMethod(a acc, n int) {
	for i := 0; i < n; i++ {
		defer a.show()
	}
}

//go:noinline
func iface(c Counter, n int) {
	for i := 0; i < n; i++ {
		defer c.count()
	}
}

//go:noinline
func funcValue(f func(), n int) {
	for i := 0; i < n; i++ {
		defer f()
	}
}

//go:noinline
func literalArg(n int) {
	for i := 0; i < n; i++ {
		defer func(x int) { sum += x }(i)
	}
}

//go:noinline
func printLoop(n int) {
	for i := 0; i < n; i++ {
		defer println("p", i)
	}
}

//go:noinline
func fmtLoop(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("i", i)
	}
}

func main() {
	measure("warm", func() { warm(8) })
	a := &acc{}
	measure("const", func() { constArg(3) })
	measure("expr", func() { exprArg(3) })
	measure("method", func() { method(a, 3) })
	measure("methodArg", func() { methodArg(a, 3) })
	measure("valueMethod", func() { valueMethod(*a, 3) })
	measure("iface", func() { iface(a, 3) })
	measure("funcValue", func() { funcValue(tick, 3) })
	measure("literalArg", func() { literalArg(3) })
	measure("println", func() { printLoop(3) })
	measure("fmt", func() { fmtLoop(3) })
	fmt.Println(sum, a.n)
}
