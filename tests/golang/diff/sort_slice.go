// sort_slice.go — sort.Slice(x, less) as students write it: x is boxed into an interface
// ("people escapes to heap", 24 B), reflectlite.Swapper makes the swap function (a 32-byte
// closure for ints, strings and pointers; a scratch element plus a 48-byte closure for
// other structs; nothing for 0 or 1 elements), the less func literal stays on the stack;
// with more than 12 elements and equal keys the order of equals is pdqsort's, as in Go.
// sort.Strings boxes its slice like sort.Ints.
package main

import (
	"fmt"
	"runtime"
	"sort"
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

type person struct {
	name string
	age  int
}

type point struct{ x, y int32 }

func main() {
	people := []person{{"ann", 30}, {"bob", 25}, {"cy", 35}, {"di", 25}}
	measure("structs", func() {
		sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	})
	fmt.Println(people)
	ints := []int{5, 2, 8, 1, 9, 3}
	measure("ints", func() { sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] }) })
	fmt.Println(ints)
	one := ints[:1]
	measure("one", func() { sort.Slice(one, func(i, j int) bool { return one[i] < one[j] }) })
	var none []int
	measure("none", func() { sort.Slice(none, func(i, j int) bool { return none[i] < none[j] }) })
	ptrs := []*person{&people[0], &people[1], &people[2]}
	measure("pointers", func() { sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].name > ptrs[j].name }) })
	fmt.Println(ptrs[0].name, ptrs[1].name, ptrs[2].name)
	pts := []point{{3, 1}, {1, 2}, {2, 3}}
	measure("points", func() { sort.Slice(pts, func(i, j int) bool { return pts[i].x < pts[j].x }) })
	fmt.Println(pts)
	words := []string{"pear", "fig", "apple", "kiwi"}
	measure("strings", func() { sort.Strings(words) })
	fmt.Println(words)
	byLen := []string{"pear", "fig", "apple", "kiwi", "plum", "lime"}
	measure("bylen", func() { sort.Slice(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) }) })
	fmt.Println(byLen)
	// 60 people in 7 age groups: pdqsort's partitions decide the order inside a group
	many := make([]person, 60)
	for i := range many {
		many[i] = person{fmt.Sprint("p", i), (i * 37) % 7}
	}
	calls := 0
	measure("many", func() {
		sort.Slice(many, func(i, j int) bool { calls++; return many[i].age < many[j].age })
	})
	fmt.Println(calls, many[0].name, many[1].name, many[9].name, many[30].name, many[59].name)
	for _, p := range many[:12] {
		fmt.Print(p.name, " ")
	}
	fmt.Println()
}
