// lib_func_values.go — library functions as values, as students pass them around: a
// static function value (Go's `strings.ToUpper·f`, nothing allocated to make one); called
// through a local that always holds it, it is the direct call (Go follows the local); passed
// to a function, the call inside is a call of an unknown function, so its arguments escape
// there (`leaking param: s`); a table of them is a slice of pointers to static words.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
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

//go:noinline
func apply(f func(string) string, s string) string { return f(s) }

//go:noinline
func sortWith(sorter func([]int), xs []int) { sorter(xs) }

var out string
var outs []string

func main() {
	measure("local", func() {
		up := strings.ToUpper
		low := strings.ToLower
		out = up("shout") + low("QUIET")
	})
	fmt.Println(out)
	measure("passed", func() { out = apply(strings.TrimSpace, "  padded  ") + apply(strings.ToUpper, "loud") })
	fmt.Println(out)
	steps := []func(string) string{strings.TrimSpace, strings.ToLower, strings.ToUpper}
	measure("table", func() {
		s := "  Mixed Case  "
		for _, f := range steps[:2] {
			s = f(s)
		}
		out = s
	})
	fmt.Println("[" + out + "]")
	xs := []int{3, 1, 2}
	measure("sorter", func() { sortWith(sort.Ints, xs) })
	fmt.Println(xs)
	itoa := strconv.Itoa
	split := strings.Split
	measure("itoa_split", func() { outs = split(itoa(12345)+","+itoa(7), ",") })
	fmt.Println(outs, len(outs))
}
