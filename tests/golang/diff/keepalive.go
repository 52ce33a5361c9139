// keepalive.go — runtime.KeepAlive keeps an object (and its finalizer) alive up to that line
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

type file struct {
	fd   int
	name [32]byte
}

var wg sync.WaitGroup
var closed int

func closeIt(f *file) {
	closed++
	wg.Done()
}

func main() {
	f := &file{fd: 3}
	wg.Add(1)
	runtime.SetFinalizer(f, closeIt)
	runtime.GC()
	fmt.Println("closedBefore", closed)
	runtime.KeepAlive(f)
	runtime.GC()
	wg.Wait()
	fmt.Println("closedAfter", closed)
}
