// map_make_hints.go — make(map[int]int, hint): hint 0 and 8 give no bucket array until the first insert,
// 9 gives 2 buckets, 100 gives 16 (and overflow buckets preallocated with B >= 4), 1000 gives 256;
// a negative or huge variable hint is taken as 0
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

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i
	}
}

func main() {
	measure("hint0", func() { sink = make(map[int]int, 0) })
	measure("hint8", func() { sink = make(map[int]int, 8) })
	measure("hint9", func() { sink = make(map[int]int, 9) })
	measure("hint100", func() { sink = make(map[int]int, 100) })
	measure("hint1000", func() { sink = make(map[int]int, 1000) })
	measure("hint8fill8", func() { m := make(map[int]int, 8); fill(m, 8); sink = m })
	measure("hint100fill100", func() { m := make(map[int]int, 100); fill(m, 100); sink = m })
	measure("hint1000fill1000", func() { m := make(map[int]int, 1000); fill(m, 1000); sink = m })
	n := 50
	measure("hintvar50", func() { sink = make(map[int]int, n) })
	neg, huge := -1, 1<<50 // makemap treats a hint it cannot allocate for as 0: no panic
	measure("hintneg", func() { sink = make(map[int]int, neg) })
	measure("hinthuge", func() { sink = make(map[int]int, huge) })
	fmt.Println("len", len(sink))
}
