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

//go:noinline
func f0(n int) int {
	acc := n
	s0 := make([]int, 9000)
	acc += len(s0)
	b1 := box{v: acc}
	sinkI = b1
	return acc
}

func main() {
	println(f0(1))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
