// map_indirect.go — keys and values over 128 bytes are stored indirectly: each new key or value is its
// own heap object and the bucket holds a pointer to it (the bucket of map[[20]int][20]int is 144 B, as
// map[int]int's); a map whose values hold pointers has scanned buckets and needs no overflow list
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

type key [20]int

var sinkK map[key]int
var sinkS map[string][]int

var names = []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}

func main() {
	measure("bigkeys", func() {
		m := make(map[key]int)
		for i := 0; i < 20; i++ {
			var k key
			k[19] = i
			m[k] = i
		}
		sinkK = m
	})
	var k key
	k[19] = 7
	fmt.Println("bigkeys", len(sinkK), sinkK[k])
	measure("overwrite", func() {
		for i := 0; i < 20; i++ {
			var k key
			k[19] = i
			sinkK[k] = -i
		}
	})
	measure("slices", func() {
		m := make(map[string][]int)
		for i := 0; i < 100; i++ {
			m[names[i%10]+names[i/10]] = nil
		}
		sinkS = m
	})
	fmt.Println("slices", len(sinkS))
}
