// methval_iface_recursive.go — a method value of an interface whose method returns the interface:
// f := n.Val binds n (formerly refused, now a closure as Go makes it)
package main

import "fmt"

type Node interface {
	Next() Node
	Val() int
}

type N struct{ v int }

func (n *N) Next() Node { return &N{n.v + 1} }
func (n *N) Val() int   { return n.v }

//go:noinline
func mk() Node { return &N{1} }

func main() {
	var n Node = mk()
	for i := 0; i < 3; i++ {
		n = n.Next()
	}
	fmt.Println(n.Val())
	f := n.Val
	fmt.Println(f())
}
