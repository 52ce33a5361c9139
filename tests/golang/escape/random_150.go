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
	b0 := box{v: acc}
	sinkI = b0
	s1 := []*int{&acc}
	acc += len(s1)
	return acc
}

//go:noinline
func f1(n int) int {
	acc := n
	str0 := fmt.Sprint(acc)
	acc += len(str0)
	bb1 := new(box)
	bb1.next = sinkB
	sinkB = bb1
	bb2 := new(box)
	bb2.next = sinkB
	sinkB = bb2
	return acc
}

func main() {
	println(f0(1))
	println(f1(2))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
