// ptrarray.go — a pointer to an array used like the array: len(p) and cap(p) are constants
// (so a nil *[N]T has length N and is never dereferenced for them), p[i] reads and writes the
// array through p, `range p` reads *p element by element (no copy: a write ahead is seen),
// and `for i := range p` over a nil pointer runs N times.
package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func sum(p *[4]int) int {
	t := 0
	for i := 0; i < len(p); i++ {
		t += p[i]
	}
	return t
}

//go:noinline
func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	p := &a
	fmt.Println(len(p), cap(p), p[2], sum(p))
	p[1] = 20
	for i, v := range p {
		if i < 3 {
			p[i+1] += v
		}
		fmt.Println(i, v)
	}
	fmt.Println(a, sum(&a))
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	q := new([4]int)
	fill(q, 10)
	runtime.ReadMemStats(&m2)
	fmt.Println(*q, sum(q), "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	var np *[5]byte
	n := 0
	for i := range np {
		n += i
	}
	for range np {
		n++
	}
	fmt.Println(n, len(np), cap(np), np == nil)
	total := 0
	for _, v := range q {
		total += v
	}
	fmt.Println(total)
}
