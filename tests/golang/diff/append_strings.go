// append_strings.go — a []string grows like any slice of 16-byte elements
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

var names []string

func main() {
	last := -1
	for i := 0; i < 600; i++ {
		names = append(names, "name")
		if cap(names) != last {
			last = cap(names)
			fmt.Println("cap", last)
		}
	}
}
