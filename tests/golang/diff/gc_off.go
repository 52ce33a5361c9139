// gc_off.go — with GOGC off (SetGCPercent(-1)) no cycle runs however much is allocated
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
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
	old := debug.SetGCPercent(-1)
	fmt.Println("old", old)
	runtime.ReadMemStats(&before)
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 1024)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC", after.NumGC-before.NumGC)
	debug.SetGCPercent(100)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("forced", after.NumForcedGC-before.NumForcedGC)
}
