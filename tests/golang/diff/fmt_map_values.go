// fmt_map_values.go — what reflect copies when fmt prints a map's entries: an interface,
// slice, struct or array value is copied into its own object (copyVal), a pointer is not, a
// zero-size value costs nothing; keys with a String method sort by their integer value but
// print through the method.
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type T struct{ a, b int }

type level int

func (l level) String() string { if l == 0 {
		return "low"
	}
	if l == 1 {
		return "mid"
	}
	return "high" }

func main() {
	fmt.Println("warm up")
	anys := map[string]any{"i": 7, "s": "x", "t": T{1, 2}, "n": nil}
	slices := map[int][]int{2: {1, 2}, 1: nil}
	ptrs := map[int]*T{1: &T{3, 4}, 0: nil}
	set := map[string]struct{}{"b": {}, "a": {}}
	structs := map[int]T{5: {1, 2}, 4: {3, 4}}
	levels := map[level]level{2: 0, 0: 1, 1: 2}
	big := map[int32][3]int64{9: {1, 2, 3}, -9: {4, 5, 6}}
	measure("anys", func() { fmt.Println(anys) })
	measure("slices", func() { fmt.Println(slices) })
	measure("ptrs", func() { fmt.Println(len(fmt.Sprint(ptrs)) > 0) })
	measure("set", func() { fmt.Println(set) })
	measure("structs", func() { fmt.Println(structs) })
	measure("levels", func() { fmt.Println(levels) })
	measure("big", func() { fmt.Println(big) })
}
