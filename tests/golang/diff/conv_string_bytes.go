// conv_string_bytes.go — []byte(s) that does not escape uses a 32-byte stack buffer when it fits
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

var short = "tiny"
var long = "a string of more than thirty-two bytes, to be copied"
var n int
var keep []byte

//go:noinline
func count(s string) int {
	b := []byte(s)
	return len(b)
}

func main() {
	measure("short", func() { n = count(short) })
	measure("long", func() { n = count(long) })
	measure("kept", func() { keep = []byte(short) })
}
