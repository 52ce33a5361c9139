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
	sinkS = fmt.Sprintf("%d", acc)
	sinkB = mkbox(acc)
	f2 := func() int { return acc * 2 }
	acc += f2()
	v3 := 2
	sinkP = &v3
	return acc
}

//go:noinline
func f1(n int) int {
	acc := n
	s0 := make([]int, 9000)
	acc += len(s0)
	v1 := 2
	sinkP = &v1
	return acc
}

func main() {
	println(f0(1))
	println(f1(2))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
