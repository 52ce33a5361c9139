// fmt_map_kinds.go — the key orders fmtsort gives (bools false first, unsigned and signed
// integers by value, strings by bytes) and what printing costs for other shapes: string
// values are copied (16 B each) like string keys, a map of maps sorts the inner maps too, a
// map in an unexported field prints without methods, and a pointer-shaped value (a map) is
// not copied at all.
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

type holder struct {
	tags map[string]string
}

func main() {
	fmt.Println("warm up")
	flags := map[bool]int{true: 1, false: 0}
	bytes := map[uint8]int8{200: -1, 3: 4, 17: -128}
	names := map[string]string{"zeta": "z", "Alpha": "A", "alpha": "a", "": "empty"}
	nested := map[string]map[int]int{"b": {2: 20, 1: 10}, "a": {}}
	h := holder{map[string]string{"k": "v"}}
	measure("bool_keys", func() { fmt.Println(flags) })
	measure("uint8_keys", func() { fmt.Println(bytes) })
	measure("string_values", func() { fmt.Println(names) })
	measure("nested", func() { fmt.Println(nested) })
	measure("unexported", func() { fmt.Println(h) })
	measure("printf_two", func() { fmt.Printf("%v and %v\n", flags, bytes) })
	var s string
	measure("sprint", func() { s = fmt.Sprint(bytes) })
	fmt.Println(s, len(s))
	var none map[int]int
	measure("nil_map", func() { fmt.Println(none) })
}
