// Lesson 13: maps. A map is an hmap
// (one room) and an array of buckets
// of 8 keys each (another room). When
// it is full enough, an insert makes
// an array twice as big and moves the
// keys over a few buckets at a time.
// Real Go prints the same figures
// (tests/lessons/go/13_maps).
package main

import (
	"fmt"
	"runtime"
)

var m, hinted map[int]int
var big map[int][32]int
var m0, m1 runtime.MemStats
var bucket uint64 // bytes of a bucket
var grows int     // arrays fill made

// measure prints f's MemStats deltas.
func measure(k string, f func()) {
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	fmt.Printf("%s.Mallocs %d\n", k,
		m1.Mallocs-m0.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", k,
		m1.TotalAlloc-m0.TotalAlloc)
}

// arrays: the bytes of the objects
// bigger than a bucket made from m0 to
// m1. Only a bucket array is so big.
func arrays() uint64 {
	n := uint64(0)
	for i, c := range m1.BySize {
		if uint64(c.Size) > bucket {
			n += uint64(c.Size) *
				(c.Mallocs - m0.BySize[i].Mallocs)
		}
	}
	return n
}

// fill inserts keys len(m), len(m)+1,
// ... until m holds n, and prints each
// insert that made a new array.
func fill(n int) {
	for len(m) < n {
		k := len(m)
		runtime.ReadMemStats(&m0)
		m[k] = k
		runtime.ReadMemStats(&m1)
		if arrays() > 0 {
			grows++
			fmt.Printf("grow%d.insert %d\n",
				grows, k+1)
			fmt.Printf("grow%d.bytes %d\n",
				grows, arrays())
		}
	}
}

func main() {
	measure("make", func() {
		m = make(map[int]int)
	})
	measure("first", func() {
		m[0] = 0
	})
	bucket = m1.TotalAlloc - m0.TotalAlloc
	fill(60)
	runtime.GC() // the old arrays go
	measure("hint", func() {
		hinted = make(map[int]int, 100)
	})
	measure("big", func() {
		big = make(map[int][32]int)
		for k := 0; k < 8; k++ {
			big[k] = [32]int{}
		}
	})
}
