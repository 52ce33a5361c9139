// liveness_objects.go — stack liveness of address-taken variables (issue 14). Go 1.19 keeps
// a non-escaping variable whose address is taken as a "stack object": the collector scans
// it only while the variable itself or a live pointer to it (p := &holder, q := id(&b),
// pa := &arr) is still used. Once neither is, what the object points to is garbage, so the
// final runtime.GC frees every node the program made (Frees equals the nodes allocated).
package main

import (
	"fmt"
	"runtime"
)

type Node struct{ left, right *Node }

func tree(d int) *Node {
	if d <= 0 {
		return &Node{}
	}
	return &Node{tree(d - 1), tree(d - 1)}
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.left) + count(n.right)
}

type Box struct {
	n   *Node
	arr [4]*Node
}

func (b *Box) fill() {
	for i := range b.arr {
		b.arr[i] = tree(3)
		runtime.GC()
	}
}

func (b *Box) total() int {
	t := count(b.n)
	for _, n := range b.arr {
		t += count(n)
	}
	return t
}

func id(p *Box) *Box { return p }

var base, m runtime.MemStats

// nodes freed since base, after a full collection
func freed() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.Frees - base.Frees
}

func main() {
	runtime.GC()
	runtime.ReadMemStats(&base)
	var holder Node
	p := &holder
	p.left = tree(10)
	fmt.Println("holder", count(p))
	// fmt's own allocations add a few frees that vary with Go's runtime: compare with
	// the 2047 nodes of the tree only
	fmt.Println("treeFreedAfterHolder", freed() >= 2047)
	var b Box
	b.n = tree(4)
	b.fill()
	q := id(&b)
	runtime.GC()
	fmt.Println("box", q.total())
	var arr [3]*Node
	for i := range arr {
		arr[i] = tree(2)
	}
	pa := &arr
	total := 0
	for _, n := range pa {
		runtime.GC()
		total += count(n)
	}
	fmt.Println("arr", total)
	fmt.Println("allNodesFreedAtEnd", freed() >= 2047+91+21)
}
