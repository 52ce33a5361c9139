// Lesson 8: sync.Pool. Each request
// needs a 64 KiB buffer: a new one
// every time, or one Get from a Pool
// and Put back. A []byte Put as it
// is gets boxed. A GC moves a pool
// to its victim cache; the next GC
// drops it. One P: GOMAXPROCS(1).
// Real Go prints the same figures
// (tests/lessons/go/08_sync_pool).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const bufSize = 64 << 10

var requests = 50
var sink []byte
var news int // how often New ran
var before, after runtime.MemStats
var pool, raw sync.Pool

//go:noinline
func handle(buf []byte, i int) {
	buf[i%bufSize] = byte(i)
	sink = buf
}

func newBuf() any {
	news++
	b := make([]byte, bufSize)
	return &b
}

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name,
		after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name,
		after.TotalAlloc-before.TotalAlloc)
}

func main() {
	runtime.GOMAXPROCS(1)
	measure("nopool", func() {
		for i := 0; i < requests; i++ {
			handle(make([]byte, bufSize), i)
		}
	})
	sink = nil
	measure("first", func() {
		pool.Get() // its first use
		pool.New = newBuf
	})
	measure("pool", func() {
		for i := 0; i < requests; i++ {
			bp := pool.Get().(*[]byte)
			handle(*bp, i)
			pool.Put(bp)
		}
	})
	fmt.Printf("pool.News %d\n", news)

	raw.Put(make([]byte, bufSize))
	measure("rawput", func() {
		for i := 0; i < requests; i++ {
			b := raw.Get().([]byte)
			handle(b, i)
			raw.Put(b) // boxes b's header
		}
	})

	sink = nil
	news = 0
	runtime.GC() // pool -> victim cache
	kept := pool.Get().(*[]byte)
	pool.Put(kept)
	fmt.Printf("gc1.News %d\n", news)
	runtime.GC() // pool -> victim cache
	runtime.GC() // victim cache dropped
	fresh := pool.Get().(*[]byte)
	pool.Put(fresh)
	fmt.Printf("gc2.News %d\n", news)
}
