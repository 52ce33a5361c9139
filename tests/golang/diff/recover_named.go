// recover_named.go — recover in a deferred named function or method stops the panic too
// (it is the deferred function itself); a function that panics and recovers in a loop
// reuses the one _defer record the first panic took from the heap
package main

import (
	"errors"
	"fmt"
	"runtime"
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

var errFailed = errors.New("failed")
var caught int

// handle is deferred by name: its recover() stops the panic.
func handle() {
	if r := recover(); r != nil {
		caught++
	}
}

type guard struct{ hits int }

func (g *guard) catch() {
	if recover() != nil {
		g.hits++
	}
}

//go:noinline
func risky(i int) (n int) {
	defer handle()
	n = i
	if i%2 == 1 {
		panic(errFailed)
	}
	return i * 10
}

//go:noinline
func guarded(g *guard, i int) {
	defer g.catch()
	if i > 0 {
		panic(i)
	}
}

var results []int

func main() {
	results = make([]int, 0, 16)
	measure("first", func() { results = append(results, risky(1)) })
	measure("loop", func() {
		for i := 0; i < 10; i++ {
			results = append(results, risky(i))
		}
	})
	g := &guard{}
	measure("method", func() {
		for i := 0; i < 5; i++ {
			guarded(g, i)
		}
	})
	fmt.Println(results)
	fmt.Println(caught, g.hits)
}
