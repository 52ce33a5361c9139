// tiny_not_with_pointers.go — a 16-byte struct holding a pointer is not tiny: each gets its own room
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

type ref struct {
	p *int
	n int
}

var keep [32]*ref

func main() {
	measure("refs", func() {
		for i := range keep {
			keep[i] = &ref{n: i}
		}
	})
}
