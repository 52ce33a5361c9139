// Lesson 6: reusing a buffer. Each
// request builds a 200-byte reply from
// ten 20-byte pieces, keeps it as a
// string: a new bytes.Buffer each time,
// one shared Buffer Reset each time, or
// one []byte cut back with [:0].
// Real Go prints the same figures
// (tests/lessons/go/06_reusing_buffers).
package main

import (
	"bytes"
	"fmt"
	"runtime"
)

var requests = 100
var piece = "0123456789abcdefghij"
var sink string
var before, after runtime.MemStats

//go:noinline
func handleFresh() string {
	var buf bytes.Buffer // new each time
	for i := 0; i < 10; i++ {
		buf.WriteString(piece)
	}
	return buf.String() // copies
}

var shared bytes.Buffer

//go:noinline
func handleReused() string {
	shared.Reset() // empty, keeps its room
	for i := 0; i < 10; i++ {
		shared.WriteString(piece)
	}
	return shared.String()
}

var line []byte

//go:noinline
func handleSlice() string {
	line = line[:0] // length 0, same array
	for i := 0; i < 10; i++ {
		line = append(line, piece...)
	}
	return string(line) // copies
}

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name,
		after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name,
		after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("fresh", func() {
		for r := 0; r < requests; r++ {
			sink = handleFresh()
		}
	})
	measure("reused", func() {
		for r := 0; r < requests; r++ {
			sink = handleReused()
		}
	})
	measure("sliced", func() {
		for r := 0; r < requests; r++ {
			sink = handleSlice()
		}
	})
	fmt.Printf("reused.Cap %d\n", shared.Cap())
	fmt.Printf("sliced.Cap %d\n", cap(line))
}
