// method_expr_wrappers.go — method expressions that name Go's generated wrappers: (*P).Sum of
// a value method loads *p and calls P.Sum, B.Sum walks to the embedded P, Shape.Area calls
// the argument's dynamic type's method. A wrapper is not inlined, so (*P).Sum(&p) passes &p to
// an unknown function and p moves to the heap (one 16-byte object), as Go reports
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }

func (p *P) Grow() { p.x++ }

type B struct {
	*P
	tag string
}

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

//go:noinline
func mk(s int) Shape { return Sq{s} }

var sums []func(B) int
var grow func(B)
var area func(Shape) int

func main() {
	runtime.ReadMemStats(&before)
	p := P{1, 2}
	n := (*P).Sum(&p)
	runtime.ReadMemStats(&after)
	fmt.Println(n, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
	b := B{&P{3, 4}, "b"}
	sums = append(sums, B.Sum)
	grow = B.Grow
	grow(b)
	area = Shape.Area
	fmt.Println(sums[0](b), B.Sum(b), area(mk(5)), Shape.Area(mk(6)))
}
