// mutex_spin_arg.go — mutex_spin with the Mutex inside a counter struct passed to each
// goroutine by pointer (go c.work(&wg)): the counter escapes (one 16-byte object, the mutex's
// 8 bytes and n's 8), the WaitGroup too; the go statements with arguments allocate a closure
// each. The contended Locks spin in lockSlow before they would park
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var before, after runtime.MemStats

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) work(wg *sync.WaitGroup) {
	for i := 0; i < 1000; i++ {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
	wg.Done()
}

func main() {
	runtime.ReadMemStats(&before)
	c := &counter{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go c.work(&wg)
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	fmt.Println("n", c.n)
	fmt.Println("Mallocs", after.Mallocs-before.Mallocs)
	fmt.Println("TotalAlloc", after.TotalAlloc-before.TotalAlloc)
}
