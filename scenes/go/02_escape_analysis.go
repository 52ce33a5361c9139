// Lesson 2: escape analysis.
// The compiler puts each
// variable on a plate
// (stack) or in a room
// (heap). Its verdicts:
//   go build -gcflags=-m
// measure prints what each
// call allocated.
package main

import (
	"fmt"
	"runtime"
)

var sinkPtr *int
var sinkInt int
var before, after runtime.MemStats

//go:noinline
func stackExample() {
	x := 1
	println(x)
}

//go:noinline
func escapeExample() {
	z := 1000
	fmt.Println(z)
}

//go:noinline
func movedExample() *int {
	y := 2
	return &y
}

//go:noinline
func smallSlice() int {
	s := make([]int, 1000)
	s[0] = 1
	return s[0]
}

//go:noinline
func largeSlice() int {
	s := make([]int, 10000)
	s[0] = 1
	return s[0]
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
	measure("stack", stackExample)
	measure("escape", escapeExample)
	measure("moved", func() { sinkPtr = movedExample() })
	measure("small", func() { sinkInt = smallSlice() })
	measure("large", func() { sinkInt = largeSlice() })
}
