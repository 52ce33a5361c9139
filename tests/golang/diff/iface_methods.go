// iface_methods.go — a user interface with methods: converting a value to Shape boxes it as
// converting to interface{} does (a 16-byte Rect is copied to the heap, a *Circle is stored
// as it is, a small Meters uses Go's static table); the itab is not a heap object; calls
// through the interface reach each type's method; s.(Shape) only checks the method set
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

type Rect struct{ w, h int }

func (r Rect) Area() int       { return r.w * r.h }
func (r Rect) Scale(k int) int { return r.w * r.h * k * k }

type Circle struct{ r int }

func (c *Circle) Area() int       { return 3 * c.r * c.r }
func (c *Circle) Scale(k int) int { c.r *= k; return c.Area() }

type Meters int

func (m Meters) Area() int       { return int(m) * int(m) }
func (m Meters) Scale(k int) int { return int(m) * k }

var shapes []Shape
var sum int

//go:noinline
func total(ss []Shape) int {
	t := 0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

//go:noinline
func grow(s Shape, k int) int { return s.Scale(k) }

//go:noinline
func asShape(x interface{}) bool {
	_, ok := x.(Shape)
	return ok
}

func main() {
	measure("rects", func() {
		for i := 0; i < 10; i++ {
			shapes = append(shapes[:0], Rect{i, 2})
		}
	})
	measure("circle", func() {
		shapes = append(shapes, &Circle{2})
	})
	measure("meters", func() {
		shapes = append(shapes, Meters(5))
	})
	fmt.Println(len(shapes), total(shapes))
	measure("calls", func() {
		for _, s := range shapes {
			sum += grow(s, 2)
		}
	})
	fmt.Println(sum, total(shapes))
	var x interface{} = shapes[0]
	fmt.Println(asShape(x), asShape(sum), asShape(shapes[1]))
}
