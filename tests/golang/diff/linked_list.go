// linked_list.go — a linked list of 1000 nodes: 1000 rooms of 16 bytes, and a GC frees them once dropped
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type node struct {
	v    int
	next *node
}

var head *node

func main() {
	measure("build", func() {
		for i := 0; i < 1000; i++ {
			head = &node{i, head}
		}
	})
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println("nodes", n)
	head = nil
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("freed", after.Frees-before.Frees >= 1000)
}
