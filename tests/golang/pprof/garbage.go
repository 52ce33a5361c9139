// garbage.go — a goroutine makes 100 buffers of 4096 bytes in a function Go does not
// inline, keeping only the last; after runtime.GC() the profile holds 100 allocated and
// 1 in use there, on the stack main.garbage <- main.main.func1 (a goroutine's stack ends
// in the function its go statement started).
package main

import (
	"runtime"
	"sync"
)

var keep []byte

//go:noinline
func garbage() {
	for i := 0; i < 100; i++ {
		keep = make([]byte, 4096) // alloc site
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		garbage() // call site
		wg.Done()
	}()
	wg.Wait()
	runtime.GC()
}
