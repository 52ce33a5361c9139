// commaok_convert.go — comma-ok forms stored into variables declared before, of a type the
// value is only assignable to: Go converts after its escape analysis (order's as2ok), so an
// int, a string or a struct going into an interface{} is boxed in the heap (a small integer
// and a bool take staticuint64s, a pointer is its own data word), with no escape line
package main

import (
	"fmt"
	"runtime"
)

type flag bool

type seat struct{ row, col int }

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

var v, w interface{}
var ok bool
var there flag

func main() {
	ints := map[string]int{"small": 7, "big": 1000}
	words := map[int]string{1: "one"}
	seats := map[int]seat{1: {3, 4}}
	ptrs := map[int]*seat{1: &seat{5, 6}}
	var x interface{} = 1000
	var y interface{} = "hall"
	measure("small", func() { v, ok = ints["small"] })
	fmt.Println(v, ok)
	measure("big", func() { v, ok = ints["big"] })
	fmt.Println(v, ok)
	measure("missing", func() { v, ok = ints["none"] })
	fmt.Println(v, ok)
	measure("string", func() { v, there = words[1] })
	fmt.Println(v, there)
	measure("struct", func() { v, w = seats[1] })
	fmt.Println(v, w)
	measure("pointer", func() { v, ok = ptrs[1] })
	fmt.Println(v.(*seat).row, ok)
	measure("assert", func() { v, ok = x.(int) })
	fmt.Println(v, ok)
	measure("assert_fail", func() { v, there = y.(int) })
	fmt.Println(v, there)
	measure("assert_string", func() { w, ok = y.(string) })
	fmt.Println(w, ok)
	var z interface{}
	z, found := ints["big"] // := redeclares nothing here: z is new; found is new
	fmt.Println(z, found)
	z, found2 := ints["small"] // z already declared: stored into it, converted
	fmt.Println(z, found2)
}
