// iface_recursive.go — an interface whose method returns the interface (Next() Node): each
// &N{...} made behind it escapes (the call through the interface is opaque); N holds no
// pointers and is 8 bytes, so Go's tiny allocator packs them; the interface is two words
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

type Node interface {
	Next() Node
	Val() int
}

type N struct{ v int }

func (n *N) Next() Node { return &N{n.v + 1} }
func (n *N) Val() int   { return n.v }

//go:noinline
func mk() Node { return &N{1} }

var n Node

func main() {
	n = mk()
	measure("next", func() {
		for i := 0; i < 5; i++ {
			n = n.Next()
		}
	})
	fmt.Println(n.Val())
}
