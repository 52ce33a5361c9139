// Lesson 1: stack vs heap.
// add keeps c on its plate (the stack);
// createSlice's slice outlives the call,
// so s and its 1000 ints go to the heap.
// measure prints runtime.ReadMemStats
// deltas; real Go prints the same
// (tests/lessons/go/01_stack_vs_heap).
package main

import (
	"fmt"
	"runtime"
)

var sum int
var kept *[]int
var before, after runtime.MemStats // package level: measure's own plate stays small

//go:noinline
func add(a, b int) int {
	c := a + b
	return c
}

//go:noinline
func createSlice() *[]int {
	s := make([]int, 1000)
	return &s
}

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, after.Mallocs-before.Mallocs, name, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("add", func() { sum = add(2, 3) })
	measure("createSlice", func() { kept = createSlice() })
}
