// panic_recover.go — panic(v) boxes v as any conversion does; recover in a deferred call
// stops the panic; runtime errors are panics too
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

var got any
var caught bool

//go:noinline
func safe(f func()) {
	defer func() {
		got = recover()
		caught = got != nil
	}()
	f()
}

var n = 1000
var zero = 0
var s = []int{1, 2, 3}
var k = 5
var p *int

func main() {
	measure("warm", func() { safe(func() { panic("warm") }) })
	measure("string", func() { safe(func() { panic("boom") }) })
	measure("bigint", func() { safe(func() { panic(n) }) })
	measure("smallint", func() { safe(func() { panic(7) }) })
	measure("index", func() { safe(func() { s[k] = 1 }) })
	measure("div", func() { safe(func() { n = n / zero }) })
	measure("nil", func() { safe(func() { *p = 1 }) })
	measure("none", func() { safe(func() {}) })
	fmt.Println(caught)
}
