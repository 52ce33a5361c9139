// map_of_structs.go — values are stored in the bucket; a value over 128 bytes is stored
// indirectly (the bucket holds a pointer, each insert allocates the value)
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

type point struct{ x, y int }

type big struct {
	data [20]int
}

var sinkP map[int]point
var sinkB map[int]big

func main() {
	measure("points", func() {
		m := make(map[int]point)
		for i := 0; i < 100; i++ {
			m[i] = point{i, -i}
		}
		sinkP = m
	})
	p, ok := sinkP[7]
	fmt.Println("point", p.x, p.y, ok)
	measure("bigs", func() {
		m := make(map[int]big)
		for i := 0; i < 20; i++ {
			var b big
			b.data[0] = i
			m[i] = b
		}
		sinkB = m
	})
	b := sinkB[19]
	fmt.Println("big", b.data[0], len(sinkB))
}
