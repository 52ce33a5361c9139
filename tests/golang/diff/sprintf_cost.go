// sprintf_cost.go — fmt.Sprintf with an int and a string: the result and the boxing
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
var name = "gopher"

func main() {
	measure("warm", func() { sink = fmt.Sprintf("%d-%s", 7, name) })
	measure("small", func() { sink = fmt.Sprintf("%d-%s", 7, name) })
	measure("big", func() { sink = fmt.Sprintf("%d-%s", 70000, name) })
	fmt.Println(sink)
}
