// builder_write_rune.go — WriteRune of a multi-byte rune first makes room for utf8.UTFMax (4)
// bytes, in a strings.Builder and in a bytes.Buffer alike, then writes the rune's bytes
package main

import (
	"bytes"
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
var bsink []byte

func main() {
	measure("runes", func() {
		var b strings.Builder
		for i := 0; i < 100; i++ {
			b.WriteRune('é')
		}
		sink = b.String()
	})
	fmt.Println("len", len(sink))
	measure("wide", func() { // 3- and 4-byte runes, after ASCII ones
		var b strings.Builder
		for i := 0; i < 30; i++ {
			b.WriteRune('a')
			b.WriteRune('€')
			b.WriteRune('😀')
		}
		sink = b.String()
	})
	fmt.Println("len", len(sink))
	measure("buffer", func() {
		var b bytes.Buffer
		for i := 0; i < 100; i++ {
			b.WriteRune('é')
		}
		bsink = b.Bytes()
	})
	fmt.Println("len", len(bsink))
	measure("bufwide", func() { // past bytes.Buffer's first 64-byte array
		var b bytes.Buffer
		for i := 0; i < 50; i++ {
			b.WriteRune('a')
			b.WriteRune('€')
			b.WriteRune('😀')
		}
		bsink = b.Bytes()
	})
	fmt.Println("len", len(bsink))
}
