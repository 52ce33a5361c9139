// sort_callbacks.go — sort.Slice, SliceStable, Strings and Search calling back into the program
// while it allocates (a GC may run inside less), grows its stack (depth), and panics (the
// panic leaves the sort and is recovered by main's deferred call): same results as Go.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type item struct {
	key  int
	name string
	tags []string
}

var keep [][]byte

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [64]int
	pad[n%64] = n
	return depth(n-1) + pad[n%64] - n + 1
}

func main() {
	items := make([]item, 3000)
	for i := range items {
		items[i] = item{(i * 7919) % 113, fmt.Sprint("n", i), strings.Split("a,b", ",")}
	}
	calls := 0
	sort.Slice(items, func(i, j int) bool {
		calls++
		if calls%500 == 0 {
			keep = append(keep, make([]byte, 4096))
			depth(40)
		}
		return items[i].key < items[j].key
	})
	fmt.Println(calls, items[0].name, items[1500].name, items[2999].name, len(keep))
	sort.SliceStable(items, func(i, j int) bool { return items[i].name < items[j].name })
	fmt.Println(items[0].name, items[2999].name)
	ws := strings.Fields(strings.Repeat("go is fun ", 300))
	sort.Strings(ws)
	fmt.Println(len(ws), ws[0], ws[899], strings.Join(ws[:5], "+"))
	idx := sort.Search(len(items), func(i int) bool { return items[i].name >= "n2" })
	fmt.Println(idx, items[idx].name)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	sort.Slice(items, func(i, j int) bool {
		if i == 7 {
			panic("less panics")
		}
		return items[i].key > items[j].key
	})
}
