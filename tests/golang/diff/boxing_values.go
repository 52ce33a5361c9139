// boxing_values.go — boxing a string, a struct, a byte and a pointer into interface{}
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

type pt struct{ x, y int }

var sink interface{}
var s = "hello"
var p = pt{1, 2}
var b byte = 200
var ip *int

func main() {
	ip = new(int)
	measure("string", func() { sink = s })
	measure("struct", func() { sink = p })
	measure("byte", func() { sink = b })
	measure("pointer", func() { sink = ip })
	measure("bool", func() { sink = true })
}
