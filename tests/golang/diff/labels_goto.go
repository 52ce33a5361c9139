// labels_goto.go — break and continue naming an outer loop, and a loop written with goto;
// the goto loop's label makes Go count a loop depth, so &x kept outside it moves x to the heap
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

//go:noinline
func pairs(n int) int {
	count := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch {
			case j > i:
				continue outer
			case i*j > 20:
				break outer
			}
			count++
		}
	}
	return count
}

var keep *int

//go:noinline
func gotoLoop(n int) int {
	i := 0
	total := 0
again:
	x := i * i
	keep = &x
	total += x
	i++
	if i < n {
		goto again
	}
	return total
}

func main() {
	p := 0
	measure("pairs", func() { p = pairs(10) })
	t := 0
	measure("goto", func() { t = gotoLoop(10) })
	fmt.Println(p, t, *keep)
}
