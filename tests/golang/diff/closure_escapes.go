// closure_escapes.go — a returned closure and the variable it captures both move to the heap
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

var next func() int
var n int

//go:noinline
func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

//go:noinline
func local() int {
	c := 0
	inc := func() { c++ }
	inc()
	inc()
	return c
}

func main() {
	measure("returned", func() { next = counter() })
	measure("calls", func() {
		next()
		n = next()
	})
	measure("local", func() { n = local() })
	fmt.Println("n", n)
}
