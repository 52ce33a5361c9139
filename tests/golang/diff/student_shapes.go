// student_shapes.go — a first program with interfaces, floats and math: shapes sorted by area,
// formatted with %.2f and joined, constructors inlined (their circles stay off the heap where Go
// keeps them on the stack), MemStats of the whole
package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func NewCircle(r float64) *Circle { return &Circle{r} }

func main() {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	shapes := []Shape{Rect{2, 3}, NewCircle(1), Rect{1.5, 1.5}, NewCircle(0.5)}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	var names []string
	total := 0.0
	for _, s := range shapes {
		names = append(names, fmt.Sprintf("%s:%.2f", s.Name(), s.Area()))
		total += s.Area()
	}
	fmt.Println(strings.Join(names, " "), total, math.Sqrt(total))
	c := NewCircle(2)
	fmt.Printf("%v %6.3f %e\n", c.Area(), c.R, c.Area())
	runtime.ReadMemStats(&m1)
	fmt.Println(m1.Mallocs-m0.Mallocs, m1.TotalAlloc-m0.TotalAlloc)
}
