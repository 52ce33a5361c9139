// lib_wait.go — a WaitGroup.Wait that blocks (its goroutine is still working) takes a
// sudog, which Go 1.19's heap profile shows under sync.runtime_Semacquire (sema.go:62) <-
// sync.(*WaitGroup).Wait (waitgroup.go:139): the runtime's acquireSudog and semacquire1
// are leading runtime frames, which pprof drops. Measured with go1.19.8.
package main

import (
	"runtime"
	"sync"
)

var sink []string

//go:noinline
func wait() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		for i := 0; i < 1000; i++ {
			sink = sink[:0]
		}
		wg.Done()
	}()
	wg.Wait() // wait
}

func main() {
	wait()
	runtime.GC()
}
