// inline_stack.go — what a small constructor allocates once Go inlines it: the copy in the
// caller is analysed there, so a result that does not escape the caller stays on its stack
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

type point struct{ x, y int }

type node struct {
	val  int
	next *node
	data [6]int
}

func newPoint(x, y int) *point { return &point{x, y} }

func newPointVar(x, y int) *point {
	p := point{x, y}
	return &p
}

func addr(x int) *int { return &x }

func twice(x, y int) *point { return newPoint(x*2, y*2) }

func newNode(v int, next *node) *node { return &node{val: v, next: next} }

func makeBuf() []byte { return make([]byte, 64) }

//go:noinline
func newPointNoinline(x, y int) *point { return &point{x, y} }

var keep *point

func main() {
	measure("inlined", func() {
		p := newPoint(1, 2)
		p.x += p.y
	})
	measure("inlined_var", func() {
		p := newPointVar(3, 4)
		p.y++
	})
	measure("inlined_param", func() {
		q := addr(5)
		*q += 1
	})
	measure("nested", func() {
		p := twice(1, 2)
		p.x++
	})
	measure("kept", func() { keep = newPoint(7, 8) })
	measure("noinline", func() {
		p := newPointNoinline(1, 2)
		p.x++
	})
	measure("buf", func() {
		b := makeBuf()
		b[0] = 1
	})
	measure("loop", func() {
		sum := 0
		for i := 0; i < 100; i++ {
			n := newNode(i, nil)
			sum += n.val
		}
		fmt.Println("sum", sum)
	})
	measure("method", func() {
		p := &point{1, 2}
		q := p.scaled(3)
		q.x++
	})
	measure("called_literal", func() {
		r := func() *point { return &point{5, 6} }()
		r.y++
	})
	measure("counter_closure", func() {
		c := counter()
		c()
		v := c()
		fmt.Println("count", v)
	})
	measure("list_escapes", func() {
		var head *node
		for i := 0; i < 10; i++ {
			head = newNode(i, head)
		}
		n := 0
		for p := head; p != nil; p = p.next {
			n += p.val
		}
		fmt.Println("list", n)
	})
	// the inlined copy's node on main's stack is a root: what it points to survives a GC
	big := make([]int, 1000+len(keepStr))
	for i := range big {
		big[i] = i
	}
	b := newBox(big)
	big = nil
	runtime.GC()
	runtime.GC()
	fresh := make([]int, 1000)
	for i := range fresh {
		fresh[i] = -1
	}
	sum := 0
	for _, v := range b.s {
		sum += v
	}
	fmt.Println("after GC", sum, len(fresh))
}

var keepStr = ""

func (p *point) scaled(k int) *point { return &point{p.x * k, p.y * k} }

// counter's n and its closure stay on the caller's stack together once counter is inlined
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

type box struct{ s []int }

func newBox(s []int) *box { return &box{s} }
