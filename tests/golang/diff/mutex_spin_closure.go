// mutex_spin_closure.go — mutex_spin with the Mutex, the WaitGroup and the counter local to
// main and captured by the goroutines' func literal: all three move to the heap (new(sync.Mutex),
// new(sync.WaitGroup), new(int)) and each go statement allocates a closure holding their
// addresses; a contended Lock still spins (lockSlow) before it parks, so no sudog is needed
// when the holder, running on another P, unlocks within the spin
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var before, after runtime.MemStats

func main() {
	runtime.ReadMemStats(&before)
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			for j := 0; j < 1000; j++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	fmt.Println("total", total)
	fmt.Println("Mallocs", after.Mallocs-before.Mallocs)
	fmt.Println("TotalAlloc", after.TotalAlloc-before.TotalAlloc)
}
