// make_class_sizes.go — make([]byte, n) that escapes costs its size class, not n
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

var sink []byte

func main() {
	for _, n := range []int{1, 8, 9, 16, 17, 24, 25, 33, 48, 49, 100, 500, 1000, 1025, 2000, 3000, 5000, 10000} {
		n := n
		measure(fmt.Sprintf("make%d", n), func() { sink = make([]byte, n) })
	}
}
