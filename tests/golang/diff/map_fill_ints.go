// map_fill_ints.go — a map[int]int filled to 1000 entries: the bucket array doubles from 1 bucket to 256, each
// growth evacuated incrementally, overflow buckets taken from the preallocated ones first
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
	measure("fill1000", func() {
		m := make(map[int]int)
		for i := 0; i < 1000; i++ {
			m[i] = i * 2
		}
		sink = m
	})
	sum := 0
	for k, v := range sink {
		sum += k + v
	}
	fmt.Println("len", len(sink), "sum", sum)
	v, ok := sink[999]
	fmt.Println("sink[999]", v, ok)
	v, ok = sink[1000]
	fmt.Println("sink[1000]", v, ok)
}
