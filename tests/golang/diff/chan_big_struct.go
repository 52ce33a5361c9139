// chan_big_struct.go — a channel of a 200-byte struct: the buffer holds whole values (noscan, in
// the hchan's own object), an unbuffered channel copies straight from sender to receiver
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

type record struct {
	id   int
	data [24]int64
}

func main() {
	var c chan record
	measure("make4", func() { c = make(chan record, 4) })
	var r record
	for i := 0; i < 4; i++ {
		r.id = i
		r.data[i] = int64(i * 10)
		c <- r
	}
	fmt.Println("len", len(c))
	total := int64(0)
	for i := 0; i < 4; i++ {
		x := <-c
		total += int64(x.id) + x.data[i]
	}
	fmt.Println("total", total)
	u := make(chan record)
	done := make(chan int64)
	go func() {
		var t int64
		for x := range u {
			t += x.data[23] + int64(x.id)
		}
		done <- t
	}()
	for i := 0; i < 50; i++ {
		var y record
		y.id = i
		y.data[23] = 2
		u <- y
	}
	close(u)
	fmt.Println("unbuffered", <-done)
}
