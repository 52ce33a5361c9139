// recursion_stack.go — deep recursion grows the goroutine stack, not the heap
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

var depth = 2000
var total int

//go:noinline
func down(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return down(n-1) + pad[n%8] - n + 1
}

func main() {
	measure("recurse", func() { total = down(depth) })
	fmt.Println("total", total)
}
