// embed_iface_field.go — a struct embedding an interface: Framed holds a Shape (two words)
// and has its methods, so f.Area() calls the Area of whatever Shape it holds, and Framed
// itself satisfies Shape; an interface may embed error (Coded has Error and Code)
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

type Shape interface{ Area() int }

type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

type Framed struct {
	Shape
	border int
}

type Coded interface {
	error
	Code() int
}

type NotFound struct{ path string }

func (e *NotFound) Error() string { return "not found: " + e.path }
func (e *NotFound) Code() int     { return 404 }

//go:noinline
func find(p string) error { return &NotFound{p} }

var shapes []Shape

func main() {
	f := Framed{Square{3}, 1}
	fmt.Println(f.Area(), f.Shape.Area(), f.border)
	measure("framed", func() {
		shapes = append(shapes, f, Framed{Square{2}, 0})
	})
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	fmt.Println(t)
	err := find("/x")
	if c, ok := err.(Coded); ok {
		fmt.Println(c.Code(), c.Error())
	}
}
