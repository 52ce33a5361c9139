// string_compare.go — comparing, indexing and ranging over a string allocate nothing
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

var a, b = "alpha", "alphb"
var n int

func main() {
	measure("compare", func() {
		if a < b {
			n++
		}
		if a == b {
			n--
		}
	})
	measure("range", func() {
		for _, r := range a {
			n += int(r)
		}
		n += int(b[2])
	})
	fmt.Println("n", n)
}
