// make_stack_limit.go — a constant-size make that does not escape lives on the stack up to 64 KiB
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

var n int

//go:noinline
func small() int {
	b := make([]byte, 1024)
	b[0] = 1
	return len(b)
}

//go:noinline
func limit() int {
	b := make([]byte, 65536)
	b[0] = 1
	return len(b)
}

//go:noinline
func over() int {
	b := make([]byte, 65537)
	b[0] = 1
	return len(b)
}

//go:noinline
func variable(k int) int {
	b := make([]byte, k)
	return len(b)
}

func main() {
	measure("small", func() { n = small() })
	measure("limit", func() { n = limit() })
	measure("over", func() { n = over() })
	measure("variable", func() { n = variable(16) })
}
