// startup_garbage.go — what Go's runtime start-up leaves on the heap for the program's first
// GC: a program that allocates nothing itself still sees that GC free 9 objects at GOMAXPROCS
// 4 (8 at 1..3): internal/cpu's options (160 and 320 B), the allgs arrays outgrown before
// main (8, 16, 32 B) and the 64 B one the mark workers outgrow, gcenable's channel (112 B)
// and its two 16 B closures. The second GC frees only the 2 values the Printf calls boxed.
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func main() {
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("first.Frees %d\n", after.Frees-before.Frees)
	fmt.Printf("first.NumGC %d\n", after.NumGC-before.NumGC)
	for i := range after.BySize {
		if n := after.BySize[i].Frees - before.BySize[i].Frees; n > 0 {
			fmt.Printf("first.freed.%d %d\n", after.BySize[i].Size, n)
		}
	}
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("second.Frees %d\n", after.Frees-before.Frees)
	fmt.Printf("second.NumGC %d\n", after.NumGC-before.NumGC)
}
