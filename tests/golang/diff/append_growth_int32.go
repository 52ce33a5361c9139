// append_growth_int32.go — append's capacities for a []int32, 4-byte elements
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

var sink []int32

func main() {
	var s []int32
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, int32(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Println("cap", last)
		}
	}
	sink = s
}
