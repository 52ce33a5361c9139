// map_literals.go — a map literal is make(map, number of entries) and one assignment per entry: up to
// 8 entries no bucket array (one bucket on the first insert, or in the frame when it does not escape), 9 to
// 13 two buckets, nested maps each their own hmap
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

var sink map[string]int
var sinkN map[string]map[string]int
var sinkP map[point]string

//go:noinline
func small() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
	return m["h"]
}

//go:noinline
func nine() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}
	return m["i"]
}

func main() {
	measure("small", func() { small() })
	measure("nine", func() { nine() })
	measure("escaping9", func() {
		sink = map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}
	})
	measure("nested", func() {
		sinkN = map[string]map[string]int{
			"en": {"one": 1, "two": 2},
			"fr": {"un": 1, "deux": 2},
		}
	})
	measure("structkeys", func() {
		sinkP = map[point]string{{1, 2}: "a", {3, 4}: "b"}
	})
	fmt.Println(small(), nine(), len(sink), sinkN["fr"]["deux"], sinkP[point{3, 4}], len(sinkN["de"]))
}
