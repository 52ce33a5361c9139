// iface_convt_shapes.go — Go boxes a value by its shape, not its kind: Square (a struct of
// one int) goes through convT64, so Square{2} and Square{n} with n = 4 take the runtime's
// static table (no allocation) and Square{300} 8 bytes; a struct of one string is boxed by
// convTstring (the empty one is free); [2]int and a Framed are heap copies
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

type Shape interface{ Area() int }

type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

type Framed struct {
	Shape
	border int
}

type Label struct{ s string }

type Pair struct{ a, b int16 }

var sink Shape
var any interface{}
var n = 4

func main() {
	measure("constant", func() {
		for i := 0; i < 10; i++ {
			sink = Square{2}
		}
	})
	measure("array", func() {
		any = [2]int{1, 2}
	})
	measure("nested", func() {
		any = Framed{Square{3}, 1}
	})
	measure("variable", func() {
		sink = Square{n}
	})
	measure("large", func() {
		sink = Square{n * 75}
	})
	measure("label", func() {
		any = Label{""}
		any = Label{"x"}
	})
	measure("pair", func() {
		any = Pair{1, 2}
		any = Pair{int16(n) * 100, 1}
	})
	fmt.Println(sink.Area(), any.(Pair).a)
}
