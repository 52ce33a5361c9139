package main

type node struct {
	val  int
	next *node
}

func second(n *node) int {
	return n.next.val
}

func main() {
	n := &node{val: 1}
	println(second(n))
}
