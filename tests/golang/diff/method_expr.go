// method_expr.go — method expressions: P.Sum is the method as a function of the receiver,
// func(P) int, and (*P).Scale is func(*P, int); called directly they are method calls (Go
// inlines P.Add(p, p) like p.Add(p)), stored in a variable they are static functions: nothing
// is allocated to make one, unlike a method value p.Sum, which binds a copy of p
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

func (p P) Sum() int     { return p.x + p.y }
func (p *P) Scale(k int) { p.x *= k; p.y *= k }
func (p P) Add(q P) P    { return P{p.x + q.x, p.y + q.y} }

//go:noinline
func (p P) Clone() *P { return &P{p.x, p.y} }

var sums []func(P) int
var scale func(*P, int)
var bound func() int

//go:noinline
func apply(f func(P) int, ps []P) int {
	t := 0
	for _, p := range ps {
		t += f(p)
	}
	return t
}

func main() {
	p := P{1, 2}
	(*P).Scale(&p, 3)
	fmt.Println(P.Sum(p), P.Add(p, p).Sum(), P.Clone(p).x)
	measure("exprs", func() {
		for i := 0; i < 10; i++ {
			sums = append(sums[:0], P.Sum)
		}
		scale = (*P).Scale
	})
	measure("value", func() {
		bound = p.Sum
	})
	scale(&p, 2)
	fmt.Println(apply(sums[0], []P{p, {5, 5}}), bound())
}
