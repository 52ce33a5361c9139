// tuple_call_convert.go — a call's results stored into variables of an interface type: Go's
// type checker rewrites `a, b = f()` into `t1, t2 := f(); a, b = t1, t2` (RewriteMultiValueCall),
// temporaries named .autotmp_N after the N variables declared so far, each conversion at the
// last left-hand side; its escape analysis reports them (".autotmp_3 escapes to heap") and a
// box that does not escape stays on the stack
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

type seat struct{ row, col int }

//go:noinline
func pair(k int) (int, string) { return k * 1000, "row" }

//go:noinline
func place(k int) (seat, *seat) { return seat{k, k}, &seat{k, 1} }

//go:noinline
func look(a, b interface{}) bool { return a != nil && b != nil }

var sink, sink2 interface{}

func main() {
	measure("escapes", func() {
		var n, s interface{}
		n, s = pair(3) // both boxed in the heap: they go to package variables
		sink, sink2 = n, s
	})
	fmt.Println(sink, sink2)
	measure("stays", func() {
		var n, s interface{}
		n, s = pair(4) // look keeps neither: the boxes are stack temporaries
		fmt.Println(look(n, s))
	})
	measure("struct_and_pointer", func() {
		var v, p interface{}
		v, p = place(5) // a 16-byte struct is boxed; a pointer is its own data word
		sink, sink2 = v, p
	})
	fmt.Println(sink, sink2.(*seat).row)
	measure("redeclared", func() {
		var n interface{}
		n, word := pair(6) // := defines word and stores into the n declared before
		sink = n
		fmt.Println(len(word))
	})
	fmt.Println(sink)
	measure("declared", func() {
		var a, b interface{} = pair(7)
		sink, sink2 = a, b
	})
	fmt.Println(sink, sink2)
	measure("twice", func() {
		var x, y interface{}
		x, y = pair(8)
		x, y = pair(9) // the second rewrite's temporaries are numbered after the first's
		sink, sink2 = x, y
	})
	fmt.Println(sink, sink2)
}
