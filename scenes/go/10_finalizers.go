// Lesson 10: finalizers. A 1 MiB Blob
// gets a finalizer, then is dropped.
// GC 1 finds it garbage but keeps it
// and queues cleanup, which runs on
// the finalizer goroutine; GC 2 frees
// the room. runtime.KeepAlive keeps
// an object in use down to its line.
// Real Go prints the same figures
// (tests/lessons/go/10_finalizers).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Blob struct{ data [1 << 20]byte }

var pending sync.WaitGroup // not run yet
var ran int                // finalizers run
var base uint64            // HeapAlloc at start

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
	pending.Done()
}

//go:noinline
func useKept() {
	k := new(Blob)
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
	b := new(Blob)
	pending.Add(1)
	runtime.SetFinalizer(b, cleanup)
	made := held()
	b = nil // now garbage
	dropped := numGC()
	runtime.GC() // GC 1
	gc1 := held()
	pending.Wait() // until cleanup ran
	fmt.Println("made.HeldMiB", made)
	fmt.Println("gc1.HeldMiB", gc1)
	fmt.Println("gc1.Ran", ran)
	runtime.GC() // GC 2
	gc2 := held()
	cycles := numGC() - dropped
	fmt.Println("gc2.HeldMiB", gc2)
	fmt.Println("freed.Cycles", cycles)
	useKept()
	runtime.GC() // k is garbage now
	pending.Wait()
	fmt.Println("keepalive.RanAfter", ran)
}
