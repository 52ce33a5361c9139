// buffer_reset.go — a bytes.Buffer Reset and reused costs nothing after its first growth
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

var shared bytes.Buffer
var sink string

func fill() {
	shared.Reset()
	for i := 0; i < 40; i++ {
		shared.WriteString("0123456789")
	}
}

func main() {
	measure("first", fill)
	measure("second", fill)
	measure("third", fill)
	measure("reply", func() { sink = shared.String() })
	fmt.Println("cap", shared.Cap())
}
