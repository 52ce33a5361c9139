// poolown.go — sync.Pool's own allocations (GOMAXPROCS=1). The first Get or Put of a pool
// allocates its per-P poolLocal array (128 B a P: padded against false sharing) and appends
// the pool to allPools (a []*Pool grown by append); each GC empties allPools and moves the
// arrays to the victim cache, so the first Get/Put after a GC pays both again.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var pool = sync.Pool{New: func() interface{} { return new([64]byte) }}
var pool2, pool3 sync.Pool

func main() {
	runtime.GOMAXPROCS(1)
	var m1, m2 runtime.MemStats
	var r [6][3]uint64
	for k := 0; k < 6; k++ {
		if k == 2 || k == 4 {
			runtime.GC() // outside the measured stretch: the GC's own workers allocate
		}
		runtime.ReadMemStats(&m1)
		if k == 0 || k == 1 || k == 2 {
			x := pool.Get()
			pool.Put(x)
		} else if k == 3 {
			pool2.Put(new([64]byte))
		} else if k == 4 {
			pool3.Put(new([32]byte))
			pool2.Put(new([64]byte))
		} else {
			pool.Put(nil)
			_ = pool3.Get()
		}
		runtime.ReadMemStats(&m2)
		r[k] = [3]uint64{m2.Mallocs - m1.Mallocs, m2.TotalAlloc - m1.TotalAlloc, m2.HeapAlloc - m1.HeapAlloc}
	}
	names := []string{"first Get+Put (New runs)", "second Get+Put", "Get+Put after a GC (object from the victim)",
		"Put into a second pool", "after a GC: Put into a third and the second pool", "Put(nil) and Get of a pinned pool"}
	for k, name := range names {
		fmt.Println(name, "Mallocs", r[k][0], "TotalAlloc", r[k][1], "HeapAlloc", r[k][2])
	}
}
