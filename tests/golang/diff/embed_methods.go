// embed_methods.go — promoted methods: b.Get() calls b.A.Get(), b.Set(v) passes &b.A to a
// pointer method, through an embedded *A the pointer itself; a method value of a promoted
// method binds the embedded field (f := b.Get copies b.A, g := b.Set takes &b.A)
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

type A struct{ x int }

func (a A) Get() int { return a.x }

//go:noinline
func (a *A) Set(v int) { a.x = v }

type B struct {
	A
	n int
}

type C struct {
	*A
}

var keep func() int
var keepSet func(int)

func main() {
	b := B{A{1}, 2}
	b.Set(7)
	fmt.Println(b.Get(), b.x, b.n)
	c := C{&A{3}}
	c.Set(9)
	fmt.Println(c.Get(), c.A.x)
	measure("methvals", func() {
		f := b.Get
		b.Set(8)
		keep = f
		keepSet = c.Set
	})
	keepSet(11)
	fmt.Println(keep(), b.Get(), c.Get())
	p := &b
	p.Set(12)
	fmt.Println(p.Get(), p.x)
}
