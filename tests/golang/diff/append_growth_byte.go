// append_growth_byte.go — append's capacities for a []byte: rounded up to the size classes
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
	var s []byte
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, 'a')
		if cap(s) != last {
			last = cap(s)
			fmt.Println("cap", last)
		}
	}
	sink = s
}
