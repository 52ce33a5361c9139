// closure_by_value.go — a closure capturing a variable never reassigned copies its value into the closure
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

var fs []func() int

func main() {
	measure("closures", func() {
		for i := 0; i < 10; i++ {
			k := i * 2
			fs = append(fs, func() int { return k })
		}
	})
	total := 0
	for _, f := range fs {
		total += f()
	}
	fmt.Println("total", total)
}
