// gc_cycles_gogc50.go — GC cycles while 64 MiB of 1 KiB garbage is made over a 4 MiB live set, GOGC=50
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

var live [][]byte
var sink []byte

func main() {
	debug.SetGCPercent(50)
	for i := 0; i < 4096; i++ {
		live = append(live, make([]byte, 1024))
	}
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 65536; i++ {
		sink = make([]byte, 1024)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC", after.NumGC-before.NumGC)
}
