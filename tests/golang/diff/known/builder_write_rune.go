// builder_write_rune.go — strings.Builder WriteRune of multi-byte runes grows by bytes, not runes
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
	measure("runes", func() {
		var b strings.Builder
		for i := 0; i < 100; i++ {
			b.WriteRune('é')
		}
		sink = b.String()
	})
	fmt.Println("len", len(sink))
}
