// goprog_direct.go — the Go program tests/script/goprog_direct.lua directs: two calls of
// one function, a recursion, a heap allocation, a forced GC, a loop, a closure with
// captured variables and a function that is never called.
package main

import "runtime"

var total int
var keep []*int

//go:noinline
func leaf(n int) int {
	x := n * 2
	return x
}

//go:noinline
func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func unused() {
	total = -1
}

func main() {
	a := leaf(3)
	b := leaf(4)
	total = a + b
	p := new(int)
	*p = total
	keep = append(keep, p)
	name := "gohotel"
	f := fact(4)
	runtime.GC()
	for i := 0; i < 3; i++ {
		total += i
	}
	count := 0
	step := 5
	bump := func() {
		count += step
	}
	bump()
	bump()
	println(name, f, total, count)
}
