// buffer_write_byte.go — bytes.Buffer WriteByte 1000 times: its capacities as it grows
package main

import (
	"bytes"
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

func main() {
	var buf bytes.Buffer
	last := -1
	for i := 0; i < 1000; i++ {
		buf.WriteByte('x')
		if buf.Cap() != last {
			last = buf.Cap()
			fmt.Println("cap", last)
		}
	}
}
