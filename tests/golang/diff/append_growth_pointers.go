// append_growth_pointers.go — append's capacities for a []*int: the same steps as []int, and each new(int) its own room
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

var sink []*int

func main() {
	var s []*int
	last := -1
	measure("fill", func() {
		for i := 0; i < 300; i++ {
			s = append(s, new(int))
		}
	})
	for i := 1; i <= len(s); i++ {
		if cap(s[:i]) != last {
			last = cap(s[:i])
		}
	}
	fmt.Println("cap", cap(s))
	sink = s
}
