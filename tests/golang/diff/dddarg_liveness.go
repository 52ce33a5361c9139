// dddarg_liveness.go — the `... argument` array fmt.Println gets is a stack temporary of the
// caller that Go's stack maps hold live only until the call returns: the box of a 24-byte
// struct it pointed at is garbage at the next GC, although main's frame lives on
package main

import (
	"fmt"
	"runtime"
)

type trio struct{ a, b, c int }

var before, after runtime.MemStats

func main() {
	runtime.GC() // Go's start-up garbage goes here, not into the figures below
	runtime.GC()
	fmt.Println("warm up") // fmt's printer is made and pooled
	t := trio{1, 2, 3}
	runtime.ReadMemStats(&before)
	fmt.Println(t) // boxed: 1 object of 24 bytes, pointed at from the ... array only
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Printf("Frees %d\n", after.Frees-before.Frees)
	runtime.ReadMemStats(&before)
	for i := 0; i < 3; i++ {
		fmt.Println(trio{i, i, i})
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("loop.Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Printf("loop.Frees %d\n", after.Frees-before.Frees)
}
