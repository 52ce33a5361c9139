// static_result_call.go — which calls through c := constructor() Go follows to the literal: one
// return of a literal from an inlined constructor only; not two returns, a //go:noinline or too
// big constructor, a reassigned local, nor a go or defer statement's call (their &P{} escape)
package main

import "fmt"

type P struct{ x, y int }

func twoReturns(k bool) func(p *P) int {
	if k {
		return func(p *P) int { return p.x }
	}
	return func(p *P) int { return p.y }
}

//go:noinline
func notInlined() func(p *P) int {
	return func(p *P) int { return p.x }
}

func bigBody() func(p *P) int {
	return func(p *P) int {
		s := 0
		for i := 0; i < 10; i++ {
			s += p.x*i + p.y*i*i - p.x/3 + p.y%7 + i*i*i + p.x*p.y
			s += p.x*i + p.y*i*i - p.x/3 + p.y%7 + i*i*i + p.x*p.y
		}
		return s
	}
}

func keepP() func(p *P) *P {
	return func(p *P) *P { return p }
}

func use(f func(p *P) int) int { return f(&P{1, 2}) }

func main() {
	a := twoReturns(true)
	fmt.Println(a(&P{1, 2}))
	b := notInlined()
	fmt.Println(b(&P{3, 4}))
	c := bigBody()
	fmt.Println(c(&P{5, 6}))
	d := keepP()
	q := d(&P{7, 8})
	fmt.Println(q.x)
	e := bigBody()
	fmt.Println(use(e))
	f := keepP()
	defer f(&P{9, 9})
	g := keepP()
	go g(&P{10, 10})
	h := keepP()
	h = keepP()
	fmt.Println(h(&P{11, 11}).y)
}
