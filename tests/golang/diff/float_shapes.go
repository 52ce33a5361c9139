// float_shapes.go — a student's first interface: shapes with Area and Perimeter in float64,
// through an interface (each Circle and Rect boxed into a Shape), printed by fmt
package main

import (
	"fmt"
	"math"
	"runtime"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }

var before, after runtime.MemStats

func total(shapes []Shape) (area, perim float64) {
	for _, s := range shapes {
		area += s.Area()
		perim += s.Perimeter()
	}
	return
}

func main() {
	fmt.Println("warm up")
	runtime.ReadMemStats(&before)
	shapes := []Shape{Circle{1}, Rect{3, 4}, Circle{0.5}, Rect{W: 2.5, H: 0.1}}
	runtime.ReadMemStats(&after)
	fmt.Printf("shapes.Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Printf("shapes.TotalAlloc %d\n", after.TotalAlloc-before.TotalAlloc)
	for i, s := range shapes {
		fmt.Printf("%d %T %v area=%.3f perimeter=%6.2f\n", i, s, s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Println("total", a, p)
	fmt.Printf("%.2f %e %g\n", a, p, a/p)
	big := Circle{1e10}
	fmt.Println(big.Area(), big, Rect{}.Area(), -Circle{2}.Area())
}
