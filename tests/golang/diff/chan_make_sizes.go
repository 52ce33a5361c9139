// chan_make_sizes.go — make(chan T, n) is one 96-byte hchan plus its buffer: one noscan object
// (size class of 96 + n*size(T)) when T has no pointers, two objects when it has
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

type big struct {
	a [25]int64
}

type node struct {
	next *node
	v    int
}

var ci chan int
var cp chan *int
var cs chan string
var ce chan struct{}
var cb chan big
var cn chan node
var cby chan [100]byte

func main() {
	measure("unbuffered", func() { ci = make(chan int) })
	measure("int1", func() { ci = make(chan int, 1) })
	measure("int10", func() { ci = make(chan int, 10) })
	measure("int100", func() { ci = make(chan int, 100) })
	measure("ptr10", func() { cp = make(chan *int, 10) })
	measure("string4", func() { cs = make(chan string, 4) })
	measure("empty1000", func() { ce = make(chan struct{}, 1000) })
	measure("big3", func() { cb = make(chan big, 3) })
	measure("node8", func() { cn = make(chan node, 8) })
	measure("bytes5", func() { cby = make(chan [100]byte, 5) })
	n := 7
	measure("int_var", func() { ci = make(chan int, n) })
	fmt.Println(cap(ci), cap(cp), cap(cs), cap(ce), cap(cb), cap(cn), cap(cby), len(ci))
}
