// new_struct_sizes.go — new of structs of 8 to 1000 bytes: each room is the struct's size class
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

type s8 struct{ a int64 }
type s24 struct{ a, b, c *int }
type s40 struct{ a [5]*int }
type s100 struct{ a [100]byte }
type s200 struct{ a [25]*int }
type s1000 struct{ a [125]int64 }

var k8 *s8
var k24 *s24
var k40 *s40
var k100 *s100
var k200 *s200
var k1000 *s1000

func main() {
	measure("s8", func() { k8 = new(s8) })
	measure("s24", func() { k24 = new(s24) })
	measure("s40", func() { k40 = new(s40) })
	measure("s100", func() { k100 = new(s100) })
	measure("s200", func() { k200 = new(s200) })
	measure("s1000", func() { k1000 = new(s1000) })
}
