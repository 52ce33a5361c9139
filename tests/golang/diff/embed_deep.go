// embed_deep.go — promotion through two levels and shadowing: D embeds C which embeds A, so
// d.x is d.C.A.x, while D's own n hides C's n (the shallower depth wins, as Go's lookup
// goes breadth first); D's method Name hides A's
package main

import "fmt"

type A struct{ x, n int }

func (a A) Name() string { return "A" }
func (a *A) Bump()       { a.x++ }

type C struct {
	A
	n int
}

type D struct {
	C
	n int
}

func (d D) Name() string { return "D" }

type Namer interface{ Name() string }

func main() {
	var d D
	d.x = 1
	d.n = 2
	d.C.n = 3
	d.A.n = 4
	d.Bump()
	d.C.Bump()
	fmt.Println(d.x, d.n, d.C.n, d.C.A.n, d.Name(), d.C.Name())
	var nm Namer = d.C
	fmt.Println(nm.Name())
	nm = &d
	fmt.Println(nm.Name())
}
