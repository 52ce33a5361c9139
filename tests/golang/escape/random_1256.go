package main

import (
	"fmt"
	"strings"
)

type box struct {
	v    int
	next *box
}

var sinkP *int
var sinkB *box
var sinkI interface{}
var sinkS string
var sinkF func() int

//go:noinline
func keep(p *int) *int {
	sinkP = p
	return p
}

//go:noinline
func ident(p *int) *int {
	return p
}

func small(x int) *int {
	return &x
}

func mkbox(v int) *box {
	return &box{v: v}
}

type ring struct {
	buf []int
	n   int
}

func (r *ring) push(v int) {
	r.buf = append(r.buf, v)
	r.n++
}

var sinkR *ring

type pair struct{ a, b *int }

//go:noinline
func first(p pair) *int {
	return p.a
}

//go:noinline
func takeIface(v interface{}) int {
	if v == nil {
		return 0
	}
	return 1
}

//go:noinline
func f0(n int) int {
	acc := n
	bb0 := new(box)
	bb0.next = &box{v: 1}
	acc += bb0.next.v
	sl1 := append([]*int(nil), &acc)
	acc += len(sl1)
	r2 := &ring{}
	r2.push(acc)
	acc += r2.n
	big3 := [300]int{}
	g3 := func() int { return big3[0] }
	acc += g3()
	sl4 := make([]*box, 0, 4)
	sl4 = append(sl4, &box{v: acc})
	acc += sl4[0].v
	return acc
}

func f1(n int) int {
	acc := n
	sl0 := append([]*int(nil), &acc)
	acc += len(sl0)
	if acc > 4 {
		acc -= 4
	} else {
		acc++
	}
	v2 := 8
	p2 := &v2
	*p2 += 1
	acc += *p2
	cl3 := func(p *int) *int { return p }
	acc += *cl3(&acc)
	return acc
}

func f2(n int) int {
	acc := n
	var ii0 interface{} = &acc
	_ = ii0
	str1 := fmt.Sprint(acc)
	acc += len(str1)
	return acc
}

func main() {
	println(f0(1))
	println(f1(2))
	println(f2(3))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
