// boxing_in_println.go — fmt.Println boxes each argument that does not fit an interface word
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

var n = 1000
var s = "words"

func main() {
	fmt.Println("warm up")
	measure("ints", func() { fmt.Println(n, n+1, n+2) })
	measure("strings", func() { fmt.Println(s, s) })
	measure("small", func() { fmt.Println(1, 2, 3) })
}
