// buffer_growth.go — bytes.Buffer's capacities as it grows, one WriteString at a time
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
	var buf bytes.Buffer
	last := -1
	for i := 0; i < 300; i++ {
		buf.WriteString("abcdefg")
		if buf.Cap() != last {
			last = buf.Cap()
			fmt.Println("cap", last)
		}
	}
	sink = buf.Bytes()
	fmt.Println("len", buf.Len())
}
