// embed_fields.go — embedded struct fields: B holds an A inside it (its bytes are part of
// B's, so &B{} is one allocation of A's and B's fields together), b.x reads and writes
// b.A.x, an embedded *A is a pointer field followed on every access; keyed literals name
// the embedded field by its type's name (B{A: A{1, 2}, n: 3})
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

type A struct{ x, y int }

type B struct {
	A
	n int
}

type C struct {
	*A
	name string
}

var bs []*B
var cs []C

func main() {
	b := B{A: A{1, 2}, n: 3}
	b.x += 10
	b.A.y = 20
	fmt.Println(b.x, b.y, b.n, b.A)
	measure("boxes", func() {
		for i := 0; i < 8; i++ {
			bs = append(bs, &B{A{i, i}, i})
		}
	})
	measure("shared", func() {
		a := &A{5, 6}
		for i := 0; i < 4; i++ {
			cs = append(cs, C{a, "c"})
		}
		cs[0].x = 50
	})
	fmt.Println(cs[3].x, cs[2].A.y, len(bs), bs[7].x+bs[7].n)
	c2 := C{name: "z"}
	fmt.Println(c2.A == nil, c2.name)
}
