// goroutines_waitgroup.go — ten goroutines that each allocate, joined with a WaitGroup
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

var wg sync.WaitGroup
var results [10]*int

func work(i int) {
	p := new(int)
	*p = i * i
	results[i] = p
	wg.Done()
}

func main() {
	runtime.GOMAXPROCS(1)
	measure("spawn", func() {
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go work(i)
		}
		wg.Wait()
	})
	sum := 0
	for _, p := range results {
		sum += *p
	}
	fmt.Println("sum", sum)
}
