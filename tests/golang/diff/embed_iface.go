// embed_iface.go — a type satisfies an interface through promoted methods: B (embedding A)
// has A's value methods, *B also A's pointer methods; C (embedding *A) has both. Converting
// boxes B as any 24-byte struct; a pointer-shaped C (one *A field) is stored in the word
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

type Getter interface{ Get() int }

type GetSetter interface {
	Get() int
	Set(v int)
}

type A struct{ x, y int }

func (a A) Get() int     { return a.x + a.y }
func (a *A) Set(v int)   { a.x = v }

type B struct {
	A
	n int
}

type C struct{ *A }

var gs []Getter
var gss []GetSetter

//go:noinline
func sum(xs []Getter) int {
	t := 0
	for _, g := range xs {
		t += g.Get()
	}
	return t
}

func main() {
	measure("values", func() {
		for i := 0; i < 5; i++ {
			gs = append(gs, B{A{i, 1}, i})
		}
	})
	measure("pointers", func() {
		gss = append(gss, &B{A{1, 1}, 0}, C{&A{2, 2}})
	})
	gss[0].Set(40)
	gss[1].Set(50)
	fmt.Println(sum(gs), gss[0].Get(), gss[1].Get())
	var g Getter = gss[1]
	_, ok := g.(GetSetter)
	var any interface{} = B{}
	_, ok2 := any.(GetSetter)
	_, ok3 := any.(Getter)
	fmt.Println(ok, ok2, ok3)
}
