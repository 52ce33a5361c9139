// map_range.go — range over a map: for a map whose buckets hold no pointers the iterator first makes
// hmap.extra and its overflow list (mapiterinit's createOverflow, 24 + 24 bytes), once; a map of
// pointers needs neither. A non-escaping map with a variable hint keeps its hmap in the frame.
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

var sinkP map[int]*int

//go:noinline
func sized(n int) int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 5; i++ {
		m[i] = i * i
	}
	sum := 0
	measure("range1", func() {
		for _, v := range m {
			sum += v
		}
	})
	measure("range2", func() {
		for k := range m {
			sum += k
		}
	})
	fmt.Println("sum", sum)
	p := make(map[int]*int)
	for i := 0; i < 5; i++ {
		x := i
		p[i] = &x
	}
	measure("rangeptrs", func() {
		for _, v := range p {
			sum += *v
		}
	})
	sinkP = p
	measure("sized4", func() { sized(4) })
	measure("sized20", func() { sized(20) })
	v, ok := m[3]
	_, ok2 := m[7]
	fmt.Println("m[3]", v, ok, ok2, sum)
}
