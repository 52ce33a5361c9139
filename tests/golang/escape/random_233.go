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

func f0(n int) int {
	acc := n
	for i := 0; i < 9000; i++ {
		w0 := i
		sinkP = &w0
	}
	for i := 0; i < 1; i++ {
		acc += i
	}
	return acc
}

func f1(n int) int {
	acc := n
	b0 := box{v: acc}
	sinkI = b0
	bb1 := new(box)
	bb1.next = sinkB
	sinkB = bb1
	var sb2 strings.Builder
	sb2.WriteString("ab")
	acc += sb2.Len()
	return acc
}

//go:noinline
func f2(n int) int {
	acc := n
	s0 := make([]int, 9000)
	acc += len(s0)
	for i := 0; i < 100; i++ {
		w1 := i
		sinkP = &w1
	}
	return acc
}

func main() {
	println(f0(1))
	println(f1(2))
	println(f2(3))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
