// substring_shares.go — a substring or a reslice shares its array: no allocation
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

var text = "the quick brown fox"
var sink string
var bs []byte
var part []byte

func main() {
	bs = make([]byte, 64)
	measure("substring", func() { sink = text[4:9] })
	measure("reslice", func() { part = bs[8:16] })
	measure("copy", func() { copy(bs, "copied") })
	fmt.Println(sink, len(part))
}
