// rangebytes.go — `for i, c := range []byte(s)` reads s's own bytes: Go's compiler does not
// copy the string for the range (0 allocations), while []byte(s) kept in a variable that
// escapes is a copy.
package main

import (
	"fmt"
	"runtime"
)

var s = "hello, world: a string long enough not to fit in a 32-byte stack buffer"
var sink []byte

func main() {
	var m1, m2 runtime.MemStats
	n := 0
	runtime.ReadMemStats(&m1)
	for i, c := range []byte(s) {
		n += i + int(c)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("range []byte(s): Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc, "sum", n)
	runtime.ReadMemStats(&m1)
	sink = []byte(s)
	runtime.ReadMemStats(&m2)
	fmt.Println("sink = []byte(s): Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc, "len", len(sink))
}
