// Lesson 10: finalizers. A 1 MiB Blob
// gets a finalizer, then is dropped.
// The next GC finds it garbage but
// keeps it and queues cleanup, which
// runs on the finalizer goroutine; the
// GC after that frees the room.
// runtime.KeepAlive keeps an object in
// use down to its line.
// Real Go prints the same figures
// (tests/lessons/go/10_finalizers).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Blob struct {
	id   int
	data [1 << 20]byte
}

var pending sync.WaitGroup // not run yet
var ran int                // finalizers run
var last int               // last Blob's id
var base uint64            // HeapAlloc at start
var mib uint64             // held(), last read
var dropped uint32         // NumGC at b = nil
var cycles uint32          // NumGC since then

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// HeapAlloc above base, in whole MiB.
func held() uint64 {
	h := heapAlloc()
	if h < base {
		return 0
	}
	return (h - base) >> 20
}

func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

// The finalizer: Go calls it with the
// object, on its own goroutine.
func cleanup(b *Blob) {
	ran++
	last = b.id // b is usable here
	pending.Done()
}

//go:noinline
func useKept() {
	k := &Blob{id: 2}
	pending.Add(1)
	runtime.SetFinalizer(k, cleanup)
	runtime.GC() // k is still in use
	inUse := ran
	fmt.Println("keepalive.RanInUse", inUse)
	runtime.KeepAlive(k) // used down to here
}

func main() {
	runtime.GC()
	base = heapAlloc()
	b := &Blob{id: 1}
	pending.Add(1)
	runtime.SetFinalizer(b, cleanup)
	mib = held()
	fmt.Println("made.HeldMiB", mib)
	b = nil // now garbage
	dropped = numGC()
	fmt.Println("dropped.NumGC", dropped)
	runtime.GC() // finds b's Blob garbage
	mib = held()
	fmt.Println("gc1.HeldMiB", mib)
	pending.Wait() // until cleanup ran
	fmt.Println("gc1.Ran", ran)
	runtime.GC() // the next cycle
	mib = held()
	fmt.Println("gc2.HeldMiB", mib)
	cycles = numGC() - dropped
	fmt.Println("freed.Cycles", cycles)
	useKept()
	runtime.GC() // k is garbage now
	pending.Wait()
	fmt.Println("keepalive.RanAfter", ran)
}
