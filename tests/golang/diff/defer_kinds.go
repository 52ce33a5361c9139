// defer_kinds.go — which defers Go 1.19 open-codes: one in a loop (also a loop made of goto)
// is heap-allocated and makes the function's other defers stack-allocated; more than 8
// defers, or returns × defers over 15, make them all stack-allocated. Stack-allocated and
// open-coded defers allocate nothing; heap ones take a _defer record from the pool
package main

import (
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

var sum int
var order []int

func add(i int) { sum += i; order = append(order, i) }
func tick()     { sum++ }

//go:noinline
func mixed(n int) {
	defer add(100)
	for i := 0; i < n; i++ {
		defer add(i)
	}
	defer func() { sum++ }()
}

//go:noinline
func gotoLoop(n int) {
	i := 0
again:
	defer add(i)
	i++
	if i < n {
		goto again
	}
}

//go:noinline
func nine() {
	defer tick()
	defer tick()
	defer tick()
	defer tick()
	defer tick()
	defer tick()
	defer tick()
	defer tick()
	defer add(9)
}

//go:noinline
func returns(n int) int {
	defer tick()
	defer tick()
	defer tick()
	defer tick()
	if n == 1 {
		return 1
	}
	if n == 2 {
		return 2
	}
	if n == 3 {
		return 3
	}
	return 4
}

func main() {
	order = make([]int, 0, 64)
	measure("mixed1", func() { mixed(1) })
	measure("mixed3", func() { mixed(3) })
	measure("goto3", func() { gotoLoop(3) })
	measure("goto3again", func() { gotoLoop(3) })
	measure("nine", nine)
	measure("returns", func() { returns(3) })
	fmt.Println(sum, order)
}
