package main

type node struct {
	val  int
	next *node
}

var head *node

//go:noinline
func push(v int) {
	n := &node{val: v}
	n.next = head
	head = n
}

//go:noinline
func local() int {
	a := node{val: 1}
	b := node{val: 2, next: &a}
	return b.next.val
}

func main() {
	push(1)
	println(local())
}
