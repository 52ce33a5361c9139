// interface_slice.go — a []interface{} of ints: each int over 255 is boxed in its own 8 bytes
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

var items []interface{}

func main() {
	measure("small", func() {
		items = make([]interface{}, 0, 100)
		for i := 0; i < 100; i++ {
			items = append(items, i)
		}
	})
	measure("big", func() {
		items = make([]interface{}, 0, 100)
		for i := 0; i < 100; i++ {
			items = append(items, i+1000)
		}
	})
}
