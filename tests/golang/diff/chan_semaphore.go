// chan_semaphore.go — a buffered chan struct{} as a counting semaphore: at most 3 of 12
// goroutines hold it at once; struct{} elements take no buffer (the hchan is 96 B at any
// capacity)
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

var mu sync.Mutex
var inside, most, done int

func task(sem chan struct{}, wg *sync.WaitGroup) {
	sem <- struct{}{}
	mu.Lock()
	inside++
	if inside > most {
		most = inside
	}
	mu.Unlock()
	mu.Lock()
	inside--
	done++
	mu.Unlock()
	<-sem
	wg.Done()
}

func main() {
	var sem chan struct{}
	measure("make", func() { sem = make(chan struct{}, 3) })
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go task(sem, &wg)
	}
	wg.Wait()
	fmt.Println("done", done)
	fmt.Println("at most 3 inside", most <= 3)
	fmt.Println("len", len(sem))
}
