// chan_pointer_sends.go — a value sent on a channel is stored where the sender no longer sees it,
// so escape analysis moves a variable whose address is sent to the heap; a sent int costs nothing
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

type point struct {
	x, y int
}

//go:noinline
func sendAddrs(c chan *point, n int) {
	for i := 0; i < n; i++ {
		p := point{i, -i}
		c <- &p
	}
}

//go:noinline
func sendLits(c chan *point, n int) {
	for i := 0; i < n; i++ {
		c <- &point{i, i}
	}
}

//go:noinline
func sendValues(c chan point, n int) {
	for i := 0; i < n; i++ {
		c <- point{i, i}
	}
}

func main() {
	pc := make(chan *point, 10)
	vc := make(chan point, 10)
	measure("addrs", func() { sendAddrs(pc, 10) })
	s := 0
	for i := 0; i < 10; i++ {
		s += (<-pc).x
	}
	measure("lits", func() { sendLits(pc, 10) })
	for i := 0; i < 10; i++ {
		s += (<-pc).y
	}
	measure("values", func() { sendValues(vc, 10) })
	for i := 0; i < 10; i++ {
		p := <-vc
		s += p.x + p.y
	}
	fmt.Println("s", s)
}
