// fmt_map_print.go — printing a map: fmt sorts the keys (internal/fmtsort) before it prints
// map[k:v ...], and the sort allocates: a SortedMap, its Key and Value slices of reflect.Value,
// and the map iterator; each key and value it prints goes through an interface.
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

type pair struct {
	m map[int]int
	n int
}

func main() {
	fmt.Println("warm up")
	mi := map[int]int{}
	ms := map[string]int{}
	measure("int0", func() { fmt.Println(mi) })
	measure("str0", func() { fmt.Println(ms) })
	mi[5] = 50
	ms["b"] = 2
	measure("int1", func() { fmt.Println(mi) })
	measure("str1", func() { fmt.Println(ms) })
	mi[300] = 3
	mi[-2] = 7
	ms["a"] = 1
	ms["ccc"] = 3
	measure("int3", func() { fmt.Println(mi) })
	measure("int3_v", func() { fmt.Printf("%v\n", mi) })
	measure("str3", func() { fmt.Println(ms) })
	for i := 0; i < 7; i++ {
		mi[i*1000] = i
		ms[fmt.Sprint("k", i)] = i
	}
	measure("int10", func() { fmt.Println(mi) })
	measure("str10", func() { fmt.Println(ms) })
	p := pair{mi, 4}
	measure("struct", func() { fmt.Println(p) })
	sl := []map[string]int{ms, ms}
	measure("slice", func() { fmt.Println(sl) })
}
