// recover_goroutines.go — each goroutine has its own panics: a worker that panics and
// recovers in its own deferred call does not stop the others; `defer wg.Done()` runs
// whether the worker panics or not
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var failed, done int

func work(i int) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			mu.Lock()
			failed++
			mu.Unlock()
		}
	}()
	if i%3 == 0 {
		panic(fmt.Sprint("worker ", i))
	}
	mu.Lock()
	defer mu.Unlock()
	done++
}

func main() {
	for i := 0; i < 9; i++ {
		wg.Add(1)
		go work(i)
	}
	wg.Wait()
	fmt.Println("failed", failed)
	fmt.Println("done", done)
}
