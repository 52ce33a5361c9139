// chan_worker_pool_cold.go — the first round of a worker pool, measured: four workers range
// over a jobs channel, main sends 100 jobs and waits. As Go's newproc, each new goroutine waits
// in main's runnext (the one before it kicked to main's run queue) until an idle P wakes and
// steals it, which takes longer than main's first sends: no worker finds the channel empty, so
// none parks and the round makes no sudog (main's wg.Wait takes the one cached at start-up)
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

type result struct {
	job, square int
}

func worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- result{j, j * j}
	}
	wg.Done()
}

func main() {
	sum, count := 0, 0
	work := func() {
		jobs := make(chan int, 100)
		results := make(chan result, 100)
		var wg sync.WaitGroup
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go worker(jobs, results, &wg)
		}
		for i := 1; i <= 100; i++ {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(results)
		for r := range results {
			sum += r.square
			count++
		}
	}
	measure("cold", work)
	fmt.Println("count", count)
	fmt.Println("sum", sum)
}
