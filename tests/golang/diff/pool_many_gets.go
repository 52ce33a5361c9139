// pool_many_gets.go — a sync.Pool drained by Gets without Puts runs New each time
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
	return new([128]byte)
}}
var keep []*[128]byte

func main() {
	runtime.GOMAXPROCS(1)
	pool.Put(new([128]byte))
	measure("gets", func() {
		for i := 0; i < 5; i++ {
			keep = append(keep, pool.Get().(*[128]byte))
		}
	})
	fmt.Println("news", news)
}
