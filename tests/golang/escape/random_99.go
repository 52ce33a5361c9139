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
	b0 := &box{v: acc}
	acc += b0.v
	s1 := []*int{&acc}
	acc += len(s1)
	var sb2 strings.Builder
	sb2.WriteString("ab")
	acc += sb2.Len()
	st3 := string(make([]byte, 4))
	acc += len(st3)
	sinkF = func() int { return acc }
	return acc
}

func f1(n int) int {
	acc := n
	s0 := []*int{&acc}
	acc += len(s0)
	if acc > 1 {
		acc -= 1
	} else {
		acc++
	}
	return acc
}

func main() {
	println(f0(1))
	println(f1(2))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
