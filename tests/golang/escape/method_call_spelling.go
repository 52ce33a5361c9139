// A call of a method Go does not inline is printed as the method expression called with
// the receiver first, as written: t.get() is T.get(t), p.get() T.get(p), t.pget(1)
// (*T).pget(t, 1).
package main

import "fmt"

type T struct{ n int }

//go:noinline
func (t T) get() int { return t.n }

//go:noinline
func (t *T) pget(a int) int { return t.n + a }

func main() {
	t := T{3}
	p := &T{4}
	fmt.Println(t.get(), p.get(), t.pget(1), p.pget(2))
}
