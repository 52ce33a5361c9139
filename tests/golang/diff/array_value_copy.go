// array_value_copy.go — an array assigned or passed by value is copied: no allocation
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

var total int

//go:noinline
func sum(a [64]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	measure("copy", func() {
		var a [64]int
		for i := range a {
			a[i] = i
		}
		b := a
		b[0] = 100
		total = sum(a) + sum(b)
	})
	fmt.Println("total", total)
}
