// param_sizes.go — a program whose sizes are package variables, as `gohotel exec --param`
// sets them (n=..., word=..., pointers=...): here with the file's own values against real Go
package main

import (
	"fmt"
	"runtime"
)

var n = 100
var word = "room"
var pointers = false
var half = n / 2 // computed at init: not a constant, so no --param sets it

var before, after runtime.MemStats

var sink []int
var psink []*int

func main() {
	fmt.Println("building", n, word+"s, pointers:", pointers)
	runtime.ReadMemStats(&before)
	if pointers {
		psink = make([]*int, n)
		for i := range psink {
			psink[i] = new(int)
		}
	} else {
		sink = make([]int, n)
	}
	runtime.ReadMemStats(&after)
	fmt.Printf("Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Printf("TotalAlloc %d\n", after.TotalAlloc-before.TotalAlloc)
	fmt.Println("len", len(sink)+len(psink), len(word), half)
}
