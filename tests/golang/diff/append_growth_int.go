// append_growth_int.go — append's capacities for a []int from nil to 3000 elements
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
	var s []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Println("cap", last)
		}
	}
	sink = s
}
