package main

import "fmt"

type ID uint32
type names []string
type handler func(int) int

//go:noinline
func twice(h handler, x int) (r int, err error) {
	r = h(h(x))
	return
}

const a = 1
const b = a << 1
const c = b << 1

func main() {
	var id ID = 7
	ns := names{"a", "b"}
	r, err := twice(func(x int) int { return x + 1 }, int(id))
	fmt.Println(id, ns, r, err, a, b, c)
}
