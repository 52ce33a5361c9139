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
	b0 := box{v: acc}
	sinkI = b0
	var sb1 strings.Builder
	sb1.WriteString("ab")
	acc += sb1.Len()
	bs2 := []byte("hello")
	acc += len(bs2)
	return acc
}

//go:noinline
func f1(n int) int {
	acc := n
	b0 := box{v: acc}
	sinkI = b0
	for i := 0; i < 9000; i++ {
		acc += i
	}
	return acc
}

//go:noinline
func f2(n int) int {
	acc := n
	sinkI = acc
	sl1 := append([]*int(nil), &acc)
	acc += len(sl1)
	sinkI = acc
	m3 := small(acc)
	acc += *m3
	s4 := make([]int, 1)
	acc += len(s4)
	return acc
}

func main() {
	println(f0(1))
	println(f1(2))
	println(f2(3))
	_ = strings.ToUpper
	_ = fmt.Sprint
}
