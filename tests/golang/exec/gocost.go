package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(wg *sync.WaitGroup) { wg.Done() }

func main() {
	runtime.GOMAXPROCS(1)
	var m1, m2 runtime.MemStats
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		runtime.ReadMemStats(&m1)
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go work(&wg)
		}
		wg.Wait()
		runtime.ReadMemStats(&m2)
		if round > 0 { // the first round creates the g's; later rounds reuse them
			fmt.Println(round, "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
		}
	}
}
