// tiny_strings_gc.go — 3-byte strings (tiny allocations sharing 16-byte blocks) kept only through a linked
// list survive a GC cycle: a new tiny block taken from a freshly refilled span during marking is allocated
// black like any other (gohotel once took it for a fit in the old block and left it white)
package main

import (
	"fmt"
	"runtime/debug"
)

type node struct {
	name string
	next *node
}

var sinkb2 [][]byte

func main() {
	debug.SetGCPercent(10)
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	var head *node
	for i := 0; i < 20000; i++ {
		k := names[i%8] + names[(i/8)%8] + names[(i/64)%8]
		head = &node{name: k, next: head}
		_ = make([]byte, 64)
	}
	i := 19999
	for p := head; p != nil; p = p.next {
		k := names[i%8] + names[(i/8)%8] + names[(i/64)%8]
		if p.name != k {
			fmt.Println("bad", k, p.name, i)
			return
		}
		i--
	}
	fmt.Println("ok")
}
