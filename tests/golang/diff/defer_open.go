// defer_open.go — defers outside loops are open-coded by Go 1.19: no _defer record, no heap
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

var order []int

func note(i int) { order = append(order, i) }

//go:noinline
func three() {
	defer note(1)
	defer note(2)
	x := 3
	defer note(x)
	x = 30
	defer func() { note(x) }()
}

//go:noinline
func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func main() {
	order = make([]int, 0, 16)
	measure("three", func() { three() })
	fmt.Println(order)
	measure("double", func() { sum = double(20) })
	fmt.Println("sum", sum)
}

var sum int
