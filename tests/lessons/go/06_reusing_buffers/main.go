// Lesson 6, reusing buffers: n requests each build a 200-byte reply from ten 20-byte
// pieces in a bytes.Buffer and keep reply string. A fresh buffer per request against one
// buffer that is Reset and reused.
package main

import (
	"bytes"
	"fmt"
	"runtime"
)

var sink string
var piece = "0123456789abcdefghij" // 20 bytes

//go:noinline
func handleFresh() string {
	var buf bytes.Buffer
	for i := 0; i < 10; i++ {
		buf.WriteString(piece)
	}
	return buf.String()
}

var shared bytes.Buffer

//go:noinline
func handleReused() string {
	shared.Reset()
	for i := 0; i < 10; i++ {
		shared.WriteString(piece)
	}
	return shared.String()
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	const n = 100
	measure("fresh", func() {
		for i := 0; i < n; i++ {
			sink = handleFresh()
		}
	})
	measure("reused", func() {
		for i := 0; i < n; i++ {
			sink = handleReused()
		}
	})
	fmt.Printf("reused.Cap %d\n", shared.Cap())
}
