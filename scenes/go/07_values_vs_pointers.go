// Lesson 7: values vs pointers. A
// Point returned by value is copied
// into the caller's q; returned as
// &p, p must outlive byPointer's
// frame, so it moves to the heap:
// one room per call. Real Go prints
// the same figures
// (tests/lessons/go/07_*).
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Point struct{ X, Y, Z int }

var calls = 100
var kept Point
var sinkP *Point
var before, after runtime.MemStats

//go:noinline
func byValue(i int) Point {
	p := Point{i, i + 1, i + 2}
	return p // a copy goes out
}

//go:noinline
func byPointer(i int) *Point {
	p := Point{i, i + 1, i + 2}
	return &p // p outlives the call
}

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name,
		after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name,
		after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("value", func() {
		var q Point // on this frame
		for i := 1; i <= calls; i++ {
			q = byValue(i)
		}
		kept = q
	})
	measure("pointer", func() {
		for i := 1; i <= calls; i++ {
			sinkP = byPointer(i)
		}
	})
	fmt.Printf("value.lastZ %d\n", kept.Z)
	fmt.Printf("pointer.lastZ %d\n", sinkP.Z)
	fmt.Printf("Point.size %d\n",
		unsafe.Sizeof(kept))
	fmt.Printf("pointer.size %d\n",
		unsafe.Sizeof(sinkP))
}
