// make_int_slices.go — make([]int, n) that escapes: 8n bytes rounded to the size class
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

var sink []int

func main() {
	for _, n := range []int{1, 3, 5, 7, 10, 50, 100, 1000, 4096, 5000} {
		n := n
		measure(fmt.Sprintf("ints%d", n), func() { sink = make([]int, n) })
	}
}
