// range_array_copy.go — `for i, v := range arr` ranges over a copy of the array, made once
// on the stack: writes to arr in the body do not change v, and nothing is allocated.
// Over a *[N]T, or a slice, v reads the current element (no copy).
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

type grid struct {
	cells [4]int
	names [2]string
}

//go:noinline
func fresh() [3]int { return [3]int{7, 8, 9} }

var out []int

func main() {
	sum := 0
	measure("copy", func() {
		arr := [3]int{1, 2, 3}
		for i, v := range arr {
			arr[2] = 100
			arr[1] = 50
			sum += v * (i + 1)
		}
		sum += arr[1] + arr[2]
		var g grid
		g.names = [2]string{"a", "b"}
		for _, v := range g.cells {
			g.cells[3] = 9
			sum += v
		}
		for i, s := range g.names {
			g.names[1] = "changed"
			sum += len(s) * (i + 10)
		}
		for _, v := range fresh() {
			sum += v
		}
	})
	measure("pointer", func() {
		arr := [3]int{1, 2, 3}
		p := &arr
		for _, v := range p {
			p[2] = 30
			sum += v
		}
		sl := []int{1, 2, 3}
		for _, v := range sl {
			sl[2] = 300
			sum += v
		}
	})
	measure("index_only", func() {
		arr := [4]int{1, 2, 3, 4}
		for i := range arr {
			arr[3] = 40
			sum += arr[i]
		}
	})
	fmt.Println(sum)
}
