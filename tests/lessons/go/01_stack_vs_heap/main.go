// Lesson 1, stack vs heap: add keeps c on its stack frame; createSlice's slice outlives
// the call, so both the slice header and its 1000 ints go to the heap.
// Prints "measure.Field value" lines compared with scenes/01_stack_vs_heap.lua.
package main

import (
	"fmt"
	"runtime"
)

var sinkInt int
var sinkSlice *[]int

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
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	measure("add", func() { sinkInt = add(2, 3) })
	measure("createSlice", func() { sinkSlice = createSlice() })
}
