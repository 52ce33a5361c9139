// Lesson 8, large slices and sync.Pool (GOMAXPROCS=1, as in the scene): n requests that
// each need a 64 KiB buffer, without and with a pool; pooling a []byte directly (each Put
// boxes the slice header: 24 bytes); and what GCs do to a pooled object (victim cache).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const bufSize = 64 << 10

var sink []byte
var news int

//go:noinline
func handle(buf []byte, i int) {
	buf[i%bufSize] = byte(i)
	sink = buf
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func newBuf() any {
	news++
	b := make([]byte, bufSize)
	return &b
}

func main() {
	runtime.GOMAXPROCS(1)
	const n = 50
	measure("nopool", func() {
		for i := 0; i < n; i++ {
			handle(make([]byte, bufSize), i)
		}
	})
	sink = nil
	pool := &sync.Pool{}
	pool.Get() // first use on this P makes the per-P array; not part of the lesson
	pool.New = newBuf
	measure("pool", func() {
		for i := 0; i < n; i++ {
			bp := pool.Get().(*[]byte)
			handle(*bp, i)
			pool.Put(bp)
		}
	})
	fmt.Printf("pool.News %d\n", news)

	raw := &sync.Pool{}
	raw.Get()
	raw.Put(make([]byte, bufSize))
	measure("rawput", func() {
		for i := 0; i < n; i++ {
			b := raw.Get().([]byte)
			handle(b, i)
			raw.Put(b) // a []byte in an interface: the slice header is boxed
		}
	})

	// The victim cache: an object survives one GC in the pool, not two.
	sink = nil
	news = 0
	pool.Put(pool.Get())
	runtime.GC()
	pool.Put(pool.Get())
	fmt.Printf("gc1.News %d\n", news)
	runtime.GC()
	runtime.GC()
	pool.Put(pool.Get())
	fmt.Printf("gc2.News %d\n", news)
}
