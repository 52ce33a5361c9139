// gcpace: the pacing workload of issue 3, in real Go, for comparison with the simulator.
// A live set of LIVE_MIB MiB of 1 KiB objects held from a global slice, then
// GARBAGE_MIB MiB of short-lived 64-byte pointerful objects; prints NumGC.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"time"
)

type garbage struct {
	next *garbage
	a, b *int
	pad  [5]uint64
}

var live []*[1024]byte
var sink *garbage

func main() {
	L, _ := strconv.Atoi(os.Getenv("LIVE_MIB"))
	G, _ := strconv.Atoi(os.Getenv("GARBAGE_MIB"))
	for i := 0; i < L*1024; i++ {
		live = append(live, new([1024]byte))
	}
	runtime.GC()
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	t0 := time.Now()
	n := G << 20 / 64
	for i := 0; i < n; i++ {
		g := &garbage{}
		g.next = sink
		sink = g
		if i%2 == 0 {
			sink = nil
		}
	}
	el := time.Since(t0)
	runtime.ReadMemStats(&m2)
	fmt.Printf("LIVE=%d GARBAGE=%d GOMAXPROCS=%d NumGC=%d ns=%d Mallocs=%d TotalAlloc=%d NextGC=%d\n",
		L, G, runtime.GOMAXPROCS(0), m2.NumGC-m1.NumGC, el.Nanoseconds(), m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc, m2.NextGC)
}
