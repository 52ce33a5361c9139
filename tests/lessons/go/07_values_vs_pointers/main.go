// Lesson 7, values vs pointers: a 24-byte Point returned by value stays in registers and
// stack frames; returned as &p it moves to the heap, one allocation per call.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y, Z int }

var sinkV Point
var sinkP *Point

//go:noinline
func byValue(i int) Point {
	p := Point{i, i + 1, i + 2}
	return p
}

//go:noinline
func byPointer(i int) *Point {
	p := Point{i, i + 1, i + 2}
	return &p
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	const n = 100
	var q Point // main's own variable: each result is copied onto main's frame
	measure("value", func() {
		for i := 0; i < n; i++ {
			q = byValue(i)
		}
	})
	sinkV = q
	measure("pointer", func() {
		for i := 0; i < n; i++ {
			sinkP = byPointer(i)
		}
	})
}
