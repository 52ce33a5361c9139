// finalizer_once.go — a finalizer runs after the first GC that finds its object unreachable
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

// (an object of 16 bytes or less without pointers would be a tiny allocation, which
// may share its block with others and is then never finalized)
type res struct {
	id   int
	name [24]byte
}

var wg sync.WaitGroup
var ran int

func done(r *res) {
	ran += r.id
	wg.Done()
}

//go:noinline
func open() {
	r := &res{id: 5}
	runtime.SetFinalizer(r, done)
}

func main() {
	wg.Add(1)
	open()
	runtime.GC()
	wg.Wait()
	fmt.Println("ran", ran)
}
