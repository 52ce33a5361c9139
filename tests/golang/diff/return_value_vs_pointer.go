// return_value_vs_pointer.go — returning a struct by value copies it on the stack; returning &p moves p to the heap
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

type point struct{ x, y, z int }

var keep *point
var total int

//go:noinline
func byValue(i int) point {
	return point{i, i, i}
}

//go:noinline
func byPointer(i int) *point {
	p := point{i, i, i}
	return &p
}

func main() {
	measure("value", func() {
		for i := 0; i < 100; i++ {
			q := byValue(i)
			total += q.z
		}
	})
	measure("pointer", func() {
		for i := 0; i < 100; i++ {
			keep = byPointer(i)
		}
	})
	fmt.Println("total", total, "last", keep.z)
}
