// embed_mutex.go — embedding a library type: Counter embeds sync.Mutex, so c.Lock() and
// c.Unlock() are the mutex's own methods called on &c.Mutex; a Counter is the mutex's 8 bytes
// and n's 8, one 16-byte object when it escapes
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var before, after runtime.MemStats

type Counter struct {
	sync.Mutex
	n int
}

//go:noinline
func (c *Counter) Inc() {
	c.Lock()
	c.n++
	c.Unlock()
}

var counters []*Counter

func main() {
	runtime.ReadMemStats(&before)
	for i := 0; i < 4; i++ {
		c := &Counter{}
		for k := 0; k < 100; k++ {
			c.Inc()
		}
		counters = append(counters, c)
	}
	var local Counter
	local.Lock()
	local.n = 7
	local.Unlock()
	runtime.ReadMemStats(&after)
	fmt.Println(counters[3].n, local.n)
	fmt.Printf("counter.Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Printf("counter.TotalAlloc %d\n", after.TotalAlloc-before.TotalAlloc)
}
