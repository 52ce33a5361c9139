// embed_wrapper_order.go — the wrappers of promoted methods, in Go 1.19's order: the itab of
// *C first (its method set's wrappers, then the descriptor of C, which writes A's first),
// then the other types' descriptors by name; (*B).Set and (*C).Set are tail calls (nothing
// inlined, nothing reported), C.Set inlines (*A).Set
package main

type A struct{ x int }

func (a A) Get() int   { s := make([]int, 3); return len(s) + a.x }
func (a A) Put() int   { s := make([]int, 5); return len(s) + a.x }
func (a *A) Set(v int) { s := make([]int, 4); a.x = v + len(s) }

type B struct {
	A
	n int
}

type D struct{ n int }

func (d D) Get() int { s := make([]int, 6); return len(s) }

type Getter interface{ Get() int }

var g Getter

type C struct {
	*A
	n int
}

func main() {
	g = D{}
	g = &C{}
}
