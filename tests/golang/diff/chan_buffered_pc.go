// chan_buffered_pc.go — a producer and a consumer through a buffered channel of pointers: the
// buffer holds the *int values (scanned), every new(int) is the producer's allocation
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

func produce(c chan<- *int, n int) {
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		c <- p
	}
	close(c)
}

func main() {
	sum := 0
	work := func() {
		c := make(chan *int, 16)
		go produce(c, 500)
		for p := range c {
			sum += *p
		}
	}
	measure("cold", work) // main parks first (the cached sudog), the producer once the buffer is full (a new one)
	measure("warm", work)
	fmt.Println("sum", sum)
}
