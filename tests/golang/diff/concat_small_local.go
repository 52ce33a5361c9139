// concat_small_local.go — a concatenation that does not escape and fits 32 bytes uses a stack buffer
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

var a, b = "abc", "def"
var n int

//go:noinline
func short() int {
	s := a + b
	return len(s)
}

//go:noinline
func long() int {
	s := a + b + a + b + a + b + a + b + a + b + a + b
	return len(s)
}

func main() {
	measure("short", func() { n = short() })
	measure("long", func() { n = long() })
	fmt.Println("n", n)
}
