// Lesson 1, stack vs heap: add keeps c on its stack frame; createSlice's slice outlives
// the call, so both the slice header s and its 1000 ints go to the heap. The program
// measures itself with runtime.ReadMemStats around each call and prints
// "measure.Field value" lines: real Go 1.19 prints tests/lessons/go/01_stack_vs_heap/
// expected.txt, and scenes/01_stack_vs_heap.lua, which runs this file, must find the same.
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
