// map_string_keys.go — map[string]int: a bucket holds 8 tophash bytes, 8 string headers (16 B) and
// 8 ints, 208 B with the overflow pointer; keys are constants, so only the map itself allocates
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

var words = []string{"the", "hotel", "has", "rooms", "and", "the", "rooms", "have", "guests",
	"a", "map", "is", "a", "hotel", "inside", "a", "room", "of", "the", "hotel"}

var sink map[string]int

func main() {
	measure("count", func() {
		m := map[string]int{}
		for _, w := range words {
			m[w]++
		}
		sink = m
	})
	fmt.Println("distinct", len(sink), "the", sink["the"], "a", sink["a"], "hotel", sink["hotel"])
	_, ok := sink["zebra"]
	fmt.Println("zebra", ok)
	measure("grow", func() {
		m := make(map[string]int)
		for i := 0; i < 200; i++ {
			m[words[i%len(words)]+words[(i/20)%len(words)]] = i
		}
		sink = m
	})
	fmt.Println("len", len(sink))
}
