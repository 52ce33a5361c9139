// append_prealloc.go — make with the final capacity first: one allocation instead of a growth sequence
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
	measure("grown", func() {
		var s []int
		for i := 0; i < 1000; i++ {
			s = append(s, i)
		}
		sink = s
	})
	measure("prealloc", func() {
		s := make([]int, 0, 1000)
		for i := 0; i < 1000; i++ {
			s = append(s, i)
		}
		sink = s
	})
}
