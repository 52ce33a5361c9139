// escape_to_global.go — storing a pointer in a package variable moves the value to the heap
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

var global *[4]int
var n int

//go:noinline
func store() {
	var a [4]int
	a[1] = 2
	global = &a
}

//go:noinline
func keepLocal() int {
	var a [4]int
	p := &a
	p[1] = 2
	return a[1]
}

func main() {
	measure("store", store)
	measure("local", func() { n = keepLocal() })
	fmt.Println(global[1], n)
}
