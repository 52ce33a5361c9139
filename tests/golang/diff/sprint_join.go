// sprint_join.go — fmt.Sprint of two strings versus s + t
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

var a, b = "left", "right"
var sink string

func main() {
	measure("warm", func() { sink = fmt.Sprint(a, b) })
	measure("sprint", func() { sink = fmt.Sprint(a, b) })
	measure("concat", func() { sink = a + b })
	fmt.Println(sink)
}
