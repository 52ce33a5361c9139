// finalizer_cycles.go — a finalizer given as a named func: the object it guards survives
// the first cycle that finds it unreachable (the finalizer runs on its own goroutine after
// it) and is freed by the next one; KeepAlive holds an object until that line; a
// finalizer removed with SetFinalizer(x, nil) never runs.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var pending sync.WaitGroup
var ran []int // ids of the finalized objects, in order

type tagged struct {
	id  int
	buf [1 << 20]byte
}

func finish(t *tagged) {
	ran = append(ran, t.id)
	pending.Done()
}

func stats() (heapMiB uint64, numGC uint32) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20, m.NumGC
}

//go:noinline
func inUse() {
	t := &tagged{id: 2}
	pending.Add(1)
	runtime.SetFinalizer(t, finish)
	runtime.GC()
	runtime.GC()
	fmt.Println("while in use, finalizers run:", len(ran))
	runtime.KeepAlive(t)
}

func main() {
	runtime.GC()
	h0, n0 := stats()
	t := &tagged{id: 1}
	pending.Add(1)
	runtime.SetFinalizer(t, finish)
	t = nil
	gcs := 0
	for {
		runtime.GC()
		gcs++
		if gcs == 1 {
			pending.Wait()
			h, _ := stats()
			fmt.Println("after GC 1: finalizer ran", ran, "heap MiB above start", h-h0)
		}
		if h, _ := stats(); h == h0 {
			break
		}
	}
	_, n := stats()
	fmt.Println("freed after", gcs, "cycles; NumGC grew by", n-n0)

	inUse()
	runtime.GC()
	pending.Wait()
	fmt.Println("after the last use:", ran)

	u := &tagged{id: 3}
	runtime.SetFinalizer(u, finish)
	runtime.SetFinalizer(u, nil)
	u = nil
	runtime.GC()
	runtime.GC()
	h, _ := stats()
	fmt.Println("removed finalizer: ran", ran, "heap MiB above start", h-h0)
}
