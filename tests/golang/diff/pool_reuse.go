// pool_reuse.go — sync.Pool: Get after Put returns the same buffer, and New runs only when the pool is empty
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
	return new([256]byte)
}}

func main() {
	measure("first", func() { pool.Put(pool.Get()) })
	measure("again", func() {
		for i := 0; i < 10; i++ {
			b := pool.Get().(*[256]byte)
			b[0] = byte(i)
			pool.Put(b)
		}
	})
	fmt.Println("news", news)
}
