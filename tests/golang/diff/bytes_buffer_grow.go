// bytes_buffer_grow.go — bytes.Buffer Grow(n) first: one allocation for all the writes
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

var sink []byte

func main() {
	measure("grown", func() {
		var buf bytes.Buffer
		buf.Grow(4000)
		for i := 0; i < 1000; i++ {
			buf.WriteString("abcd")
		}
		sink = buf.Bytes()
	})
	measure("plain", func() {
		var buf bytes.Buffer
		for i := 0; i < 1000; i++ {
			buf.WriteString("abcd")
		}
		sink = buf.Bytes()
	})
}
