// make_large_pages.go — over 32 KiB a make is a large object: a whole number of 8 KiB pages
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

var sink []byte

func main() {
	for _, n := range []int{32768, 32769, 40000, 65536, 65537, 100000, 1 << 20} {
		n := n
		measure(fmt.Sprintf("make%d", n), func() { sink = make([]byte, n) })
	}
}
