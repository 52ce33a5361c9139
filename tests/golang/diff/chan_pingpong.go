// chan_pingpong.go — an unbuffered ping-pong: each hand-off parks one goroutine on a sudog from
// the sudog cache; once the cache holds enough sudogs (the first round), a round costs only the
// channels, the goroutine (a dead one's g reused) and its closure
package main

import (
	"fmt"
	"runtime"
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

var total int

func round() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 1000; i++ {
		ping <- i
		total += <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed", !ok)
}

func main() {
	round()
	measure("pingpong", round)
	fmt.Println("total", total)
}
