// concat_loop.go — s += "ab" a hundred times: a new, longer string each time
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

func main() {
	measure("concat", func() {
		s := ""
		for i := 0; i < 100; i++ {
			s += "ab"
		}
		sink = s
	})
	fmt.Println("len", len(sink))
}
