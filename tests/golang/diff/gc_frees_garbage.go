// gc_frees_garbage.go — runtime.GC frees every unreachable object: Frees grows by what was dropped
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

type blob struct{ data [100]byte }

var keep []*blob

func main() {
	for i := 0; i < 500; i++ {
		keep = append(keep, &blob{})
	}
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep = keep[:100]
	for i := 100; i < 500; i++ {
		keep[:500][i] = nil
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("Frees", after.Frees-before.Frees)
	fmt.Println("HeapObjects", int(before.HeapObjects)-int(after.HeapObjects))
}
