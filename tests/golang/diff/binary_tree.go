// binary_tree.go — a binary tree of depth 10 built in a loop: the previous tree is garbage at each GC
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

type tree struct{ l, r *tree }

var keep *tree

func build(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{build(d - 1), build(d - 1)}
}

func count(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.l) + count(t.r)
}

func main() {
	measure("tree", func() { keep = build(10) })
	fmt.Println("nodes", count(keep))
	runtime.ReadMemStats(&before)
	for i := 0; i < 5; i++ {
		keep = build(10)
		runtime.GC()
	}
	runtime.ReadMemStats(&after)
	fmt.Println("Frees", after.Frees-before.Frees)
}
