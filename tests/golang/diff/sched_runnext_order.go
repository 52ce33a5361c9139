// sched_runnext_order.go — the order new goroutines first run in on one P: each go statement
// puts its goroutine in the P's runnext slot and kicks the one there to the tail of the P's
// run queue, so once main blocks the last one created runs first, then the others oldest first
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	order := make([]int, 0, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			order = append(order, i)
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("order", order)
}
