// new_int_escape.go — new(int) returned to the caller escapes; kept local it does not
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

var keep *int
var n int

//go:noinline
func escapes() *int {
	p := new(int)
	*p = 7
	return p
}

//go:noinline
func stays() int {
	p := new(int)
	*p = 7
	return *p
}

func main() {
	measure("escapes", func() { keep = escapes() })
	measure("stays", func() { n = stays() })
	fmt.Println(*keep, n)
}
