// method_value_summary.go — a method value x.m not called where it is written: Go's escape
// analysis flows x into m's receiver by m's summary and takes m's results to the heap (it
// cannot know who calls the bound func), so a receiver m returns a pointer into escapes,
// one m only reads does not; the arguments of the call through the func value escape
package main

import (
	"fmt"
	"runtime"
)

type counter struct{ n int }

func (c *counter) add(p *int) { c.n += *p }

func (c counter) get() int { return c.n }

type box struct{ a [4]int }

func (b box) sum(k int) int { return b.a[0] + k }

func (b *box) first() *int { return &b.a[0] }

func (b *box) total() int { return b.a[0] + b.a[1] + b.a[2] + b.a[3] }

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

var sink int

func main() {
	measure("leaks_to_result", func() {
		p := &box{} // first returns &b.a[0]: bound into fp, the box escapes
		fp := p.first
		*fp() = 3
		sink = p.a[0]
	})
	measure("only_reads", func() {
		p := &box{} // total only reads b: the box stays on the stack
		ft := p.total
		sink = ft()
	})
	measure("pointer_receiver", func() {
		c := &counter{}
		x := 1 // an argument of a call through a func value: moved to heap
		f := c.add
		f(&x)
		sink = c.n
	})
	measure("value_receiver", func() {
		var b box
		s := b.sum
		sink = s(4)
	})
	fmt.Println(sink)
}
