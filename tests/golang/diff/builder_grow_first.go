// builder_grow_first.go — Grow(n) before writing: one allocation for the whole string
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

var sink string

func main() {
	measure("grown", func() {
		var b strings.Builder
		b.Grow(500)
		for i := 0; i < 500; i++ {
			b.WriteString("x")
		}
		sink = b.String()
	})
	measure("plain", func() {
		var b strings.Builder
		for i := 0; i < 500; i++ {
			b.WriteString("x")
		}
		sink = b.String()
	})
	fmt.Println("len", len(sink))
}
