// defer_loop.go — a defer inside a loop cannot be open-coded: each one gets a _defer record
// (from the per-P pool after the first) and its arguments are boxed in a heap closure
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

func add(i int) { sum += i }

func tick() { sum++ }

//go:noinline
func loopArgs(n int) {
	for i := 0; i < n; i++ {
		defer add(i)
	}
}

//go:noinline
func loopNoArgs(n int) {
	for i := 0; i < n; i++ {
		defer tick()
	}
}

//go:noinline
func loopClosure(n int) {
	for i := 0; i < n; i++ {
		defer func() { sum += i }()
	}
}

func main() {
	measure("args1", func() { loopArgs(1) })
	measure("args3", func() { loopArgs(3) })
	measure("args40", func() { loopArgs(40) })
	measure("noargs3", func() { loopNoArgs(3) })
	measure("noargs40", func() { loopNoArgs(40) })
	measure("closure3", func() { loopClosure(3) })
	fmt.Println("sum", sum)
}
