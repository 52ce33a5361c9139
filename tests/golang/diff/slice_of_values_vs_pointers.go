// slice_of_values_vs_pointers.go — []T of 100 is one allocation; []*T is 101
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

type item struct{ a, b int64 }

var vals []item
var ptrs []*item

func main() {
	measure("values", func() {
		vals = make([]item, 100)
		for i := range vals {
			vals[i].a = int64(i)
		}
	})
	measure("pointers", func() {
		ptrs = make([]*item, 100)
		for i := range ptrs {
			ptrs[i] = &item{a: int64(i)}
		}
	})
	fmt.Println(vals[99].a, ptrs[99].a)
}
