// goprog_switch.go — a goroutine started with go, and main woken from wg.Wait: the
// program tests/script/goprog_switch.lua stops in before either runs a statement.
package main

import (
	"fmt"
	"sync"
)

var count int

func work(wg *sync.WaitGroup) {
	count = 7
	count++
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go work(&wg)
	wg.Wait()
	fmt.Println("count", count)
}
