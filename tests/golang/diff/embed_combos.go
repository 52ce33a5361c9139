// embed_combos.go — promotion combined with the rest: a method value of a method promoted from an
// embedded interface (fr.Shape.Area), go statements and method values of a method promoted through
// an embedded pointer, sync.WaitGroup's methods promoted twice, a method expression of a promoted
// interface method (Framed.Area)
package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Framed struct {
	Shape
	b int
}

type Worker struct {
	sync.WaitGroup
	n int
}

//go:noinline
func (w *Worker) Run(k int) { w.n += k; w.Done() }

type Job struct{ *Worker }

//go:noinline
func asShape(f Framed) Shape { return f }

func main() {
	fr := Framed{Sq{3}, 1}
	f := fr.Area
	fmt.Println(f())
	j := Job{&Worker{}}
	j.Add(2)
	go j.Run(3)
	go j.Worker.Run(4)
	j.Wait()
	fmt.Println(j.n)
	g := j.Run
	j.Add(1)
	g(5)
	fmt.Println(j.n)
	s := asShape(fr)
	fmt.Println(s.Area(), Framed.Area(fr))
}
