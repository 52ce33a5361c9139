// sort_stable_search.go — sort.SliceStable keeps equal elements in their order (Go's
// insertion-sorted blocks of 20 merged by SymMerge: the same calls of less as Go), and
// allocates as sort.Slice does (the boxed slice, Swapper's closure and scratch element);
// sort.Search(n, f) bisects with the program's f and allocates nothing. Also strings.Count,
// LastIndex, TrimSuffix and SplitN.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
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

type entry struct {
	word  string
	count int
}

var parts []string
var s string
var n int

func main() {
	entries := make([]entry, 50)
	for i := range entries {
		entries[i] = entry{fmt.Sprint("w", i), (i * 13) % 5}
	}
	calls := 0
	measure("stable", func() {
		sort.SliceStable(entries, func(i, j int) bool { calls++; return entries[i].count > entries[j].count })
	})
	fmt.Println(calls, entries[0].word, entries[1].word, entries[10].word, entries[49].word)
	small := []int{3, 1, 2}
	measure("stable_ints", func() { sort.SliceStable(small, func(i, j int) bool { return small[i] < small[j] }) })
	fmt.Println(small)
	sorted := []int{1, 3, 5, 7, 9, 11, 13}
	probes := 0
	measure("search", func() {
		n = sort.Search(len(sorted), func(i int) bool { probes++; return sorted[i] >= 8 })
	})
	fmt.Println(n, probes, sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 100 }))
	line := "a/b/c/d.go"
	measure("count", func() { n = strings.Count(line, "/") + strings.Count("cheese", "e") + strings.Count("abc", "") })
	fmt.Println(n)
	measure("lastindex", func() { n = strings.LastIndex(line, "/") + strings.LastIndex(line, "x") })
	fmt.Println(n)
	measure("trimsuffix", func() { s = strings.TrimSuffix(line, ".go") })
	fmt.Println(s, strings.TrimSuffix(line, ".c"))
	measure("splitn", func() { parts = strings.SplitN(line, "/", 2) })
	fmt.Println(len(parts), cap(parts), parts)
	measure("splitn_more", func() { parts = strings.SplitN("x,y", ",", 5) })
	fmt.Println(len(parts), cap(parts), parts)
	measure("splitn_zero", func() { parts = strings.SplitN("x,y", ",", 0) })
	fmt.Println(len(parts), parts == nil)
	measure("splitn_chars", func() { parts = strings.SplitN("hello", "", 3) })
	fmt.Println(len(parts), parts)
}
