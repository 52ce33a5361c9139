// sort_ints.go — sort.Ints(x) is Sort(IntSlice(x)) inlined: the conversion boxes the slice
// header (24 bytes) on the heap each call, which also makes x's array escape; a nil slice
// boxes nothing (zerobase)
package main

import (
	"fmt"
	"runtime"
	"sort"
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

var data []int

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	measure("once", func() {
		sort.Ints(xs)
	})
	data = make([]int, 1000)
	for i := range data {
		data[i] = (i * 7919) % 1000
	}
	measure("repeat", func() {
		for k := 0; k < 10; k++ {
			sort.Ints(data[k*100 : k*100+100])
		}
	})
	var none []int
	measure("nil", func() {
		sort.Ints(none)
	})
	fmt.Println(xs, data[0], data[99], data[100], data[999], len(none))
}
