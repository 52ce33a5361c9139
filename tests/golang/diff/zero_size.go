// zero_size.go — new(struct{}) and make([]struct{}, n) need no room: all point at one zero-size address
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

type empty struct{}

var e *empty
var es []empty

func main() {
	measure("new", func() { e = new(empty) })
	measure("make", func() { es = make([]empty, 1000) })
	measure("zerolen", func() { es = make([]empty, 0) })
	fmt.Println(len(es))
}
