package main

type A struct{ x int }
type B struct {
	A
	n int
}

func main() {
	b := B{x: 1, n: 2}
	println(b.n)
}
