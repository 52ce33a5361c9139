// map_churn.go — a map whose size stays about 100 while keys come and go: deleted slots are reused, but
// a bucket that once overflowed keeps its overflow bucket, and when the overflow buckets reach 2^B the
// map regrows at the same size (sameSizeGrow) to pack them again; memory is allocated with no growth in len
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
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	measure("churn", func() {
		for i := 100; i < 200000; i++ {
			m[i] = i
			delete(m, i-100)
		}
	})
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println("len", len(m), "sum", sum)
	sink = m
}
