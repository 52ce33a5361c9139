// map_delete_reinsert.go — deleting keys frees no memory (the slots are marked empty), so reinserting
// them allocates nothing; a map never shrinks
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

var sink map[int]int

func main() {
	m := make(map[int]int)
	measure("insert100", func() {
		for i := 0; i < 100; i++ {
			m[i] = i
		}
	})
	measure("delete100", func() {
		for i := 0; i < 100; i++ {
			delete(m, i)
		}
	})
	fmt.Println("after delete len", len(m))
	measure("reinsert100", func() {
		for i := 0; i < 100; i++ {
			m[i] = -i
		}
	})
	measure("deletemissing", func() {
		delete(m, 5000)
		var nilmap map[int]int
		delete(nilmap, 1)
		_ = nilmap[3]
	})
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("len", len(m), "sum", sum)
	sink = m
}
