// heap_alloc_after_gc.go — HeapAlloc drops after a GC by the bytes of the dropped objects' rooms
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

var keep [][]byte

func main() {
	for i := 0; i < 64; i++ {
		keep = append(keep, make([]byte, 4096))
	}
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("dropped", int(before.HeapAlloc)-int(after.HeapAlloc) >= 64*4096)
	fmt.Println("Frees", after.Frees-before.Frees)
}
