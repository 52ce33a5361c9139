// Lesson 10, finalizers: a 1 MiB object with a finalizer, dropped. GC 1 finds it
// unreachable, runs nothing yet but queues the finalizer and keeps the object; the
// finalizer runs after GC 1; GC 2 frees the memory. KeepAlive keeps an object reachable.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Blob struct{ data [1 << 20]byte }

var ran = make(chan int, 4)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func heap() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func waitRan() int {
	select {
	case <-ran:
		return 1
	case <-time.After(200 * time.Millisecond):
		return 0
	}
}

//go:noinline
func useKept() {
	b := new(Blob)
	runtime.SetFinalizer(b, func(*Blob) { ran <- 2 })
	runtime.GC()
	fmt.Printf("keepalive.RanWhileInUse %d\n", waitRan())
	runtime.KeepAlive(b)
}

func main() {
	runtime.GC()
	base := heap()
	b := new(Blob)
	runtime.SetFinalizer(b, func(*Blob) { ran <- 1 })
	b = nil
	runtime.GC()
	fmt.Printf("gc1.FinalizerRan %d\n", waitRan())
	after1 := heap()
	fmt.Printf("gc1.StillHeld %d\n", b2i(after1-base >= 1<<20))
	runtime.GC()
	after2 := heap()
	fmt.Printf("gc2.StillHeld %d\n", b2i(after2 > base && after2-base >= 1<<20))
	useKept()
	runtime.GC()
	fmt.Printf("keepalive.RanAfterLastUse %d\n", waitRan())
}
