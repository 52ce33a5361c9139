// method_values.go — a method value is a closure {F, receiver}: made from a pointer it
// holds the pointer (calls change the original), made from a value it holds a copy taken
// when the method value is made. Kept past its statement it is a heap object; only called
// here it lives on the stack. MemStats deltas show what each one allocates.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func (c counter) get() int { return c.n }

func (c *counter) add(k int) int {
	c.n += k
	return c.n
}

func (c *counter) run(wg *sync.WaitGroup) {
	c.n += 100
	wg.Done()
}

var keep func()
var keepGet func() int

//go:noinline
func save(c *counter) { keep = c.inc }

//go:noinline
func saveVal(c counter) { keepGet = c.get }

// bound returns a method value of a local value with a pointer method: the value moves to
// the heap (the closure holds its address), and the closure is a heap object too.
//go:noinline
func bound() func() {
	var local counter
	local.n = 1000
	return local.inc
}

type pair struct {
	name *string
	k    int
}

func (p pair) label() string { return *p.name }

func twice(f func()) {
	f()
	f()
}

func apply(f func(int) int, k int) int { return f(k) }

var ms runtime.MemStats

func mallocs() (uint64, uint64) {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs, ms.TotalAlloc
}

func main() {
	c := &counter{}
	f := c.inc
	f()
	f()
	fmt.Println("pointer receiver", c.n)

	var v counter
	v.n = 7
	g := v.get
	v.n = 8
	fmt.Println("value receiver", g(), v.n)

	h := v.inc
	h()
	fmt.Println("addressable value", v.n)

	p := &v
	q := p.get
	p.n = 50
	fmt.Println("value method via pointer", q(), v.n)

	twice(c.inc)
	fmt.Println("passed", c.n)
	r := apply(c.add, 10)
	fmt.Println("passed with an argument", r, c.n)

	m0, b0 := mallocs()
	save(c)
	m1, b1 := mallocs()
	fmt.Println("escaping pointer method value mallocs", m1-m0, "bytes", b1-b0)
	keep()
	keep()
	fmt.Println("via package var", c.n)

	m0, b0 = mallocs()
	saveVal(v)
	m1, b1 = mallocs()
	fmt.Println("escaping value method value mallocs", m1-m0, "bytes", b1-b0)
	v.n = 1
	fmt.Println("copied receiver", keepGet(), v.n)

	m0, b0 = mallocs()
	b := bound()
	m1, b1 = mallocs()
	b()
	fmt.Println("returned method value mallocs", m1-m0, "bytes", b1-b0)

	name := "first"
	pr := pair{&name, 3}
	lab := pr.label
	name = "second"
	fmt.Println("receiver with a pointer", lab())

	m0, b0 = mallocs()
	for i := 0; i < 10; i++ {
		loc := c.inc
		loc()
	}
	m1, b1 = mallocs()
	fmt.Println("local method values mallocs", m1-m0, "bytes", b1-b0, "n", c.n)

	var wg sync.WaitGroup
	wg.Add(1)
	go c.run(&wg)
	wg.Wait()
	fmt.Println("go method", c.n)
}
