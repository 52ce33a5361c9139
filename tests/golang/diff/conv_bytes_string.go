// conv_bytes_string.go — string(b) copies the bytes unless the result stays small and local
package main

import (
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

var data = []byte("some bytes here")
var big []byte
var sink string
var n int

//go:noinline
func local(b []byte) int {
	s := string(b)
	return len(s)
}

func main() {
	big = make([]byte, 100)
	measure("kept", func() { sink = string(data) })
	measure("local", func() { n = local(data) })
	measure("localbig", func() { n = local(big) })
}
