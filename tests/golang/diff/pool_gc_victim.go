// pool_gc_victim.go — a pooled object survives one GC in the victim cache and is gone after two
package main

import (
	"fmt"
	"runtime"
	"sync"
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

var news int
var pool = sync.Pool{New: func() interface{} {
	news++
	return new([64]byte)
}}

func main() {
	runtime.GOMAXPROCS(1) // one P: the pool's per-P cache is always the same one
	pool.Put(pool.Get())
	fmt.Println("news", news)
	runtime.GC()
	pool.Put(pool.Get())
	fmt.Println("after1", news)
	runtime.GC()
	runtime.GC()
	pool.Put(pool.Get())
	fmt.Println("after3", news)
}
