// Lesson 2, escape analysis: the article's three functions plus a small and a large
// slice. `go build -gcflags=-m main.go` prints the diagnostics the lesson shows
// (compared with `gohotel escape`); running it prints the allocations each one costs.
package main

import (
	"fmt"
	"os"
	"runtime"
)

//go:noinline
func stackExample() {
	x := 1
	println(x)
}

//go:noinline
func escapeExample() {
	z := 3
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

var sinkPtr *int
var sinkInt int

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Fprintf(os.Stderr, "%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	measure("stack", func() { stackExample() })
	measure("moved", func() { sinkPtr = movedExample() })
	measure("small", func() { sinkInt = smallSlice() })
	measure("large", func() { sinkInt = largeSlice() })
}
