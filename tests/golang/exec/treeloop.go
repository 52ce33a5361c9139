// treeloop.go — stack liveness (issue 14): a loop builds a binary tree of depth 12 (8191
// nodes of 16 B) per iteration and keeps only its item count. t is redefined after the
// call to build, so it is dead while build runs: the runtime.GC at build's start frees
// the previous iteration's tree (Go's stack maps leave t out). After its last use t is
// dead too, so the final runtime.GC frees the last tree. A frame that kept every slot
// live would keep one tree (131 056 B) alive at each of those collections.
package main

import (
	"fmt"
	"runtime"
)

type Node struct{ left, right *Node }

var base, m runtime.MemStats
var maxLive uint64 // the most HeapAlloc above base seen right after build's runtime.GC

func bottomUpTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUpTree(depth - 1), bottomUpTree(depth - 1)}
}

func build(depth int) *Node {
	runtime.GC()
	runtime.ReadMemStats(&m)
	if m.HeapAlloc-base.HeapAlloc > maxLive {
		maxLive = m.HeapAlloc - base.HeapAlloc
	}
	return bottomUpTree(depth)
}

func (n *Node) itemCheck() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.itemCheck() + n.right.itemCheck()
}

func main() {
	runtime.GC()
	runtime.ReadMemStats(&base)
	check := 0
	for i := 0; i < 16; i++ {
		t := build(12)
		check += t.itemCheck()
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("check", check)
	// Go's own runtime adds 2 to 6 Mallocs and up to 2 KiB of HeapAlloc from run to run
	// (timers, background goroutines): the figures compared are those it repeats exactly.
	fmt.Println("Frees", m.Frees-base.Frees)
	fmt.Println("PreviousTreeLiveDuringBuild", maxLive >= 8191*16)
	fmt.Println("LastTreeLiveAfterLoop", m.HeapAlloc-base.HeapAlloc >= 8191*16)
}
