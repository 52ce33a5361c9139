// concat_three.go — a + b + c in one expression is one allocation of the whole length
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

var sink string
var a, b, c = "hello, ", "gopher", "!"

func main() {
	measure("once", func() { sink = a + b + c })
	measure("twice", func() {
		s := a + b
		sink = s + c
	})
	fmt.Println(sink)
}
