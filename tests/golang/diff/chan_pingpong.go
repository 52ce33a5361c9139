// chan_pingpong.go — an unbuffered ping-pong: each hand-off parks one goroutine on a sudog from
// the sudog cache. The first round allocates one sudog (main's first wait takes the one Go's
// runtime init left in the cache; the woken goroutine sits in runnext until main parks again,
// so the reply's sender needs a second); the second round costs only the channels, the
// goroutine's closure (a dead g reused) and nothing for sudogs
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
	measure("cold", round) // the second hand-off parks a goroutine while the first still holds its sudog
	measure("warm", round) // the sudog cache has two now
	fmt.Println("total", total)
}
