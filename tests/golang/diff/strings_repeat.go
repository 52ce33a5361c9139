// strings_repeat.go — strings.Repeat makes one string of the whole length, rounded to its size class
package main

import (
	"fmt"
	"runtime"
	"strings"
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

var sink string

func main() {
	for _, n := range []int{1, 8, 9, 16, 17, 100, 1000, 4000} {
		n := n
		measure(fmt.Sprintf("repeat%d", n), func() { sink = strings.Repeat("z", n) })
	}
}
