// slice_of_slices.go — a [][]int of 10 rows: one allocation for the rows and one for each row
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

var grid [][]int

func main() {
	measure("grid", func() {
		grid = make([][]int, 10)
		for i := range grid {
			grid[i] = make([]int, 10)
		}
	})
	measure("flat", func() {
		cells := make([]int, 100)
		grid = make([][]int, 10)
		for i := range grid {
			grid[i] = cells[i*10 : (i+1)*10]
		}
	})
}
