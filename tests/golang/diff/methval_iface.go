// methval_iface.go — method values of a program's interface methods: f := s.Area binds the
// interface value (both words) in a 24-byte closure, on the stack when f does not escape and
// on the heap when it does; calling f later calls the Area of s's dynamic type with the
// arguments of the call (g := s.Scale; g(2))
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

type Shape interface {
	Area() int
	Scale(k int) int
}

type Sq struct{ s int }

func (q Sq) Area() int         { return q.s * q.s }
func (q *Sq) Scale(k int) int { q.s *= k; return q.s }

type Rect struct{ w, h int }

func (r Rect) Area() int         { return r.w * r.h }
func (r Rect) Scale(k int) int   { return r.w * k }

//go:noinline
func mk(i int) Shape {
	if i%2 == 0 {
		return &Sq{i}
	}
	return Rect{i, 2}
}

var areas []func() int
var scale func(int) int

func main() {
	sh := mk(3)
	local := sh.Area
	fmt.Println(local())
	measure("bound", func() {
		for i := 0; i < 6; i++ {
			areas = append(areas, mk(i).Area)
		}
		scale = mk(4).Scale
	})
	t := 0
	for _, f := range areas {
		t += f()
	}
	fmt.Println(t, scale(3), scale(2))
}
