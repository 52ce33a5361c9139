package main

import "fmt"

type node struct {
	val  int
	next *node
	name string
}

func main() {
	var head *node
	for i := 0; i < 5; i++ {
		head = &node{val: i, next: head, name: "n"}
	}
	sum := 0
	for p := head; p != nil; p = p.next {
		sum += p.val
	}
	fmt.Println(sum, *head.next.next, head.name)
}
