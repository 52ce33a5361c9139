// builder_growth.go — strings.Builder's capacities as 2000 bytes are written one at a time
package main

import (
	"fmt"
	"runtime"
	"strings"
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

func main() {
	var b strings.Builder
	last := -1
	grew := 0
	for i := 0; i < 2000; i++ {
		b.WriteByte('x')
		if b.Cap() != last {
			last = b.Cap()
			grew++
			fmt.Printf("cap%d %d\n", grew, last)
		}
	}
	fmt.Println("growths", grew)
}
