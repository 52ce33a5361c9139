// builder_reset.go — strings.Builder Reset drops its buffer: the next writes allocate again
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

var b strings.Builder
var sink string

func fill() {
	for i := 0; i < 100; i++ {
		b.WriteString("abc")
	}
}

func main() {
	measure("first", fill)
	sink = b.String()
	b.Reset()
	measure("after", fill)
	fmt.Println("len", b.Len())
}
