// tiny_allocs.go — small pointer-free values share 16-byte tiny blocks: TotalAlloc counts the blocks
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

var keep [64]*int8
var keep32 [64]*int32

func main() {
	measure("int8", func() {
		for i := range keep {
			keep[i] = new(int8)
		}
	})
	measure("int32", func() {
		for i := range keep32 {
			keep32[i] = new(int32)
		}
	})
}
