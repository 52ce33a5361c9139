// goroutine_closure.go — a goroutine started with a closure: the captured variables move to the heap
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
var total int

func main() {
	runtime.GOMAXPROCS(1)
	measure("spawn", func() {
		for i := 0; i < 5; i++ {
			k := i
			wg.Add(1)
			go func() {
				total += k
				wg.Done()
			}()
		}
		wg.Wait()
	})
	fmt.Println("total", total)
}
