// recover_runtime_errors.go — a runtime error is a panic whose value is a runtime.Error:
// a boxed runtime.boundsError (24 B) for an index or slice out of range, a value made once
// at start-up for a division by zero or a nil dereference, a constant for a nil map. fmt
// prints it through its Error method, which builds the text (one allocation), except for
// the nil map's plainError, which is its own text; a failed type assertion boxes a
// *runtime.TypeAssertionError (48 B)
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

var got any

//go:noinline
func catch(f func()) {
	defer func() { got = recover() }()
	f()
}

var s = []int{1, 2, 3}
var k = 5
var lo, hi = 2, 1
var zero = 0
var p *int
var m map[string]int
var i any = "s"
var neg = -1

func main() {
	measure("warm", func() { catch(func() { panic("warm") }) })
	measure("index", func() { catch(func() { s[k] = 1 }) })
	fmt.Println(got)
	measure("slice", func() { catch(func() { _ = s[lo:hi] }) })
	fmt.Println(got)
	measure("slicecap", func() { catch(func() { _ = s[:k] }) })
	fmt.Println(got)
	measure("div", func() { catch(func() { k = k / zero }) })
	fmt.Println(got)
	measure("nil", func() { catch(func() { *p = 1 }) })
	fmt.Println(got)
	measure("nilmap", func() { catch(func() { m["x"] = 1 }) })
	fmt.Println(got)
	measure("printplain", func() { fmt.Println(got) })
	catch(func() { k = k / zero })
	measure("printdiv", func() { fmt.Println(got) })
	catch(func() { s[k] = 1 })
	measure("printindex", func() { fmt.Println(got) })
	err, ok := got.(error)
	fmt.Println(ok, err.Error())
	measure("errorcall", func() { _ = err.Error() })
	measure("assert", func() { catch(func() { _ = i.(int) }) })
	measure("printassert", func() { fmt.Println(got) })
	measure("makeslice", func() { catch(func() { _ = make([]int, neg) }) })
	fmt.Println(got)
	measure("shift", func() { catch(func() { k = 1 << neg }) })
	fmt.Println(got)
}
