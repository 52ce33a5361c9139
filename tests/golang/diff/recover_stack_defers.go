// recover_stack_defers.go — a panic needs a _defer record for the innermost frame whose
// defers are open-coded; when the panicking function's defers are not open-coded (it has
// a defer in a loop) the frame found on the main goroutine is runtime.main's, below
// main.main: the first panic still takes one 80-byte record, later ones reuse it
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

var n = 0
var recovered int

//go:noinline
func stackDefers() {
	defer func() {
		if recover() != nil {
			recovered++
		}
	}()
	for i := 0; i < n; i++ {
		defer println(i)
	}
	panic("x")
}

func main() {
	measure("first", stackDefers)
	measure("again", stackDefers)
	measure("ten", func() {
		for i := 0; i < 10; i++ {
			stackDefers()
		}
	})
	fmt.Println("recovered", recovered)
}
