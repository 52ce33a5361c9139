// recover_repanic.go — a panic inside a deferred call that runs for a panic replaces it:
// recover in an outer frame gets the newest value; a recovered value re-panicked is caught
// further out; each panic's _defer record comes from the per-P pool after the first
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

var trail []string

func note(s string) { trail = append(trail, s) }

//go:noinline
func inner() {
	defer note("inner's defer")
	defer func() { panic("second") }()
	panic("first")
}

//go:noinline
func middle() (v any) {
	defer func() { v = recover() }()
	inner()
	return "not reached"
}

//go:noinline
func rethrow() {
	defer func() {
		r := recover()
		note(fmt.Sprint("rethrow saw ", r))
		panic(r)
	}()
	var m map[string]int
	m["x"] = 1
}

//go:noinline
func outer() (v any) {
	defer func() { v = recover() }()
	rethrow()
	return nil
}

var got1, got2 any

func main() {
	trail = make([]string, 0, 8)
	measure("nested", func() { got1 = middle() })
	measure("rethrow", func() { got2 = outer() })
	fmt.Println(got1)
	fmt.Println(got2)
	for _, s := range trail {
		fmt.Println(s)
	}
}
