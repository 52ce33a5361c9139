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

func f0(n int) int {
	acc := n
	x0 := acc
	go func(p *int) { sinkP = p }(&x0)
	sinkB = mkbox(acc)
	return acc
}

func main() {
	println(f0(1))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
