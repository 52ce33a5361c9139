// inlined_constructor_closure.go — closures returned by inlinable constructors and called
// through the local that holds them (c := counter(); c()) or directly (adder(5)(p)): Go
// follows c through the inlined constructor to the func literal, inlines the call too, and
// keeps the copy of the closure, its captures and what its body allocates for the caller
// alone on the stack
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

type P struct{ x, y int }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(p *P) int {
	return func(p *P) int { return base + p.x + p.y }
}

func gen() func() *P {
	i := 0
	return func() *P {
		i++
		return &P{i, i}
	}
}

func joiner(s string) func(t string) string {
	return func(t string) string { return s + t }
}

var sink []*P
var total int

func main() {
	measure("counter", func() {
		c := counter()
		c()
		total += c()
	})
	measure("adder_loop", func() {
		add := adder(3)
		for i := 0; i < 4; i++ {
			p := &P{i, i}
			total += add(p)
		}
	})
	measure("gen_kept", func() {
		g := gen()
		for i := 0; i < 3; i++ {
			sink = append(sink, g())
		}
	})
	measure("gen_dropped", func() {
		g := gen()
		for i := 0; i < 3; i++ {
			total += g().x
		}
	})
	measure("joiner", func() {
		j := joiner("ab")
		total += len(j("cd"))
	})
	measure("called_directly", func() {
		total += adder(5)(&P{1, 2})
		total += gen()().y
	})
	fmt.Println(total, len(sink), sink[2].x)
	c := counter()
	fmt.Println(c(), c())
}
