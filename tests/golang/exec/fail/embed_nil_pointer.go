// embed_nil_pointer.go — B.Sum of a B whose embedded *P is nil: the wrapper loads through the
// nil pointer and panics with Go's nil dereference
package main

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }

type B struct {
	*P
	tag string
}

func main() {
	println(B.Sum(B{}))
}
