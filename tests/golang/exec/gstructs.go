// gstructs.go — what goroutines cost the heap (GOMAXPROCS=1): each `go work(&wg)` allocates
// a 16-byte closure for the call; a goroutine needs a g (416 B) unless a dead one can be
// reused from the free list; new g's are appended to allgs (grown as append grows); a
// goroutine blocked in wg.Wait holds a 96-byte sudog, kept in a cache afterwards.
// The first round is not printed: what it costs depends on the runtime's own goroutines
// (real Go sometimes has a sudog cached or dead g's free before main: 43, 42 or 39 Mallocs
// seen); from the second round on the figures are Go's every run.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(wg *sync.WaitGroup) { wg.Done() }

func main() {
	runtime.GOMAXPROCS(1)
	var m1, m2 runtime.MemStats
	var wg sync.WaitGroup
	var r [4][3]uint64
	for round := 0; round < 4; round++ {
		n := 20
		if round > 0 {
			n = 40
		}
		runtime.ReadMemStats(&m1)
		for i := 0; i < n; i++ {
			wg.Add(1)
			go work(&wg)
		}
		wg.Wait()
		runtime.ReadMemStats(&m2)
		r[round] = [3]uint64{m2.Mallocs - m1.Mallocs, m2.TotalAlloc - m1.TotalAlloc, m2.BySize[23].Mallocs - m1.BySize[23].Mallocs}
	}
	for round := 1; round < 4; round++ {
		fmt.Println("round", round, "Mallocs", r[round][0], "TotalAlloc", r[round][1], "g structs (416-byte class)", r[round][2])
	}
	fmt.Println("size class 23 is", m2.BySize[23].Size, "bytes")
}
