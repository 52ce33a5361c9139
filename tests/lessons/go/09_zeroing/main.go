// Lesson 9, zeroing: memory from make is always zero, whether the room is brand new or a
// room the janitor just freed (and someone had filled with 0xFF). GOMAXPROCS=1.
// A neighbour on the same floor stays alive, so the floor is kept and the freed room is
// handed out again.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

var sink, keep []byte

func allZero(b []byte) int {
	for _, c := range b {
		if c != 0 {
			return 0
		}
	}
	return 1
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	runtime.GOMAXPROCS(1)
	sink = make([]byte, 1024)
	first := uintptr(unsafe.Pointer(&sink[0]))
	keep = make([]byte, 1024) // a neighbour stays, so the floor stays in use
	fmt.Printf("fresh.Zero %d\n", allZero(sink))
	for i := range sink {
		sink[i] = 0xFF
	}
	sink = nil
	runtime.GC() // the room is freed
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	sink = make([]byte, 1024)
	runtime.ReadMemStats(&b)
	again := uintptr(unsafe.Pointer(&sink[0]))
	fmt.Printf("reused.SameRoom %d\n", b2i(again == first))
	fmt.Printf("reused.Zero %d\n", allZero(sink))
	fmt.Printf("reused.Mallocs %d\nreused.TotalAlloc %d\n", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}
