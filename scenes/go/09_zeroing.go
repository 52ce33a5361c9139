// Lesson 9: make hands
// out memory cleared to zero,
// on a fresh floor and in a
// room the janitor freed after
// we filled it with 0xFF. keep,
// a neighbour, holds the floor,
// so the freed room comes back.
// Real Go prints the same figures
// (tests/lessons/go/09_zeroing).
package main

import (
	"fmt"
	"runtime"
)

var sink, keep []byte
var a, b runtime.MemStats

// room: where b's array starts,
// as text, which keeps nothing
// alive.
//
//go:noinline
func room(b []byte) string {
	return fmt.Sprintf("%p", &b[0])
}

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
	first := room(sink)
	keep = make([]byte, 1024)
	fmt.Printf("fresh.Zero %d\n",
		allZero(sink))
	for i := range sink {
		sink[i] = 0xFF
	}
	sink = nil
	runtime.GC() // frees the room
	runtime.ReadMemStats(&a)
	sink = make([]byte, 1024)
	runtime.ReadMemStats(&b)
	again := room(sink)
	fmt.Printf("reused.SameRoom %d\n",
		b2i(again == first))
	fmt.Printf("reused.Zero %d\n",
		allZero(sink))
	fmt.Printf("reused.Mallocs %d\n",
		b.Mallocs-a.Mallocs)
	fmt.Printf("reused.TotalAlloc %d\n",
		b.TotalAlloc-a.TotalAlloc)
}
