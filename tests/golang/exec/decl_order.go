// Package declarations in any order: an array type takes its length from a constant
// declared below it, a constant is typed with a type declared below it, and a struct
// holds a pointer to its own type. Constants get no storage.
package main

import "fmt"

type row [width * 2]byte

type node struct {
	next *node
	cells [height]row
}

const width = 4
const height Count = 3

type Count int

var grid [height]row

func main() {
	var n node
	n.next = &n
	fmt.Println(len(row{}), len(n.cells), len(grid), height, n.next == &n)
	fmt.Printf("%T %v\n", height, height*2)
}
