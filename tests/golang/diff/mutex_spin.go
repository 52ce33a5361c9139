// mutex_spin.go — 4 goroutines each Lock/Unlock a shared global sync.Mutex 1000 times around a
// tiny critical section. Go 1.19's lockSlow spins (4 × procyield(30)) before it parks, so a
// Lock contended by a holder running on another P usually gets the mutex without a sudog:
// the heap sees only the 4 g's and allgs' growth (8 → 16)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var before, after runtime.MemStats

var mu sync.Mutex
var wg sync.WaitGroup
var total int

func worker() {
	for i := 0; i < 1000; i++ {
		mu.Lock()
		total++
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	runtime.ReadMemStats(&before)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker()
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	fmt.Println("total", total)
	fmt.Println("Mallocs", after.Mallocs-before.Mallocs)
	fmt.Println("TotalAlloc", after.TotalAlloc-before.TotalAlloc)
}
