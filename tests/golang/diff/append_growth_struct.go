// append_growth_struct.go — append's capacities for 24-byte elements
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

type point struct{ x, y, z int64 }

var sink []point

func main() {
	var s []point
	last := -1
	for i := 0; i < 1500; i++ {
		s = append(s, point{int64(i), 0, 0})
		if cap(s) != last {
			last = cap(s)
			fmt.Println("cap", last)
		}
	}
	sink = s
}
