// struct_pointer_fields.go — a struct of pointers to fresh values: one room for each value and one for the struct
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

type pair struct{ a, b *int }

var keep *pair

//go:noinline
func mk(x, y int) *pair {
	return &pair{&x, &y}
}

func main() {
	measure("pair", func() { keep = mk(1, 2) })
	fmt.Println(*keep.a + *keep.b)
}
