// boxing_small_ints.go — an int below 256 boxed into an interface costs nothing; a bigger one costs 8 bytes
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

var sink interface{}

func main() {
	for _, v := range []int{0, 7, 255, 256, 1000, -1} {
		v := v
		measure(fmt.Sprintf("box%d", v+1), func() { sink = v })
	}
}
