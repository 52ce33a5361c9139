// Lesson 4, the janitor: keep a live set of 4 MiB (8 KiB chunks), then make 64 MiB of
// short-lived 1 KiB garbage, once each with GOGC 50, 100 and 200. Prints the GC cycles
// and the peak of HeapAlloc above the live set (sampled every 64 allocations) for each
// setting: how much garbage the heap holds at most before the janitor catches up, also as
// a percentage of the garbage the pacer's goal allows.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var live [][]byte
var sink []byte

func run(gogc int) {
	debug.SetGCPercent(gogc)
	live = make([][]byte, 0, 4*128)
	for i := 0; i < 4*128; i++ {
		live = append(live, make([]byte, 8192))
	}
	runtime.GC()
	var a, b, m runtime.MemStats
	runtime.ReadMemStats(&a)
	peak := uint64(0)
	for i := 1; i <= 64*1024; i++ {
		sink = make([]byte, 1024)
		if i%64 == 0 {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak {
				peak = m.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("gogc%d.NumGC %d\ngogc%d.PeakGarbageKiB %d\n", gogc, b.NumGC-a.NumGC, gogc, (peak-a.HeapAlloc)>>10)
	// the same peak as a percentage of the room the pacer allowed (goal minus live data):
	// independent of how big this binary's globals are (they count in Go's goal)
	fmt.Printf("gogc%d.PeakOverGoalPct %d\n", gogc, 100*(peak-a.HeapAlloc)/(a.NextGC-a.HeapAlloc))
	live, sink = nil, nil
	runtime.GC()
}

func main() {
	for _, g := range []int{50, 100, 200} {
		run(g)
	}
}
