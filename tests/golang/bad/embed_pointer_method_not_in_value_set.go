package main

type A struct{ x int }

func (a *A) Set(v int) { a.x = v }

type Setter interface{ Set(v int) }

type B struct {
	A
}

func main() {
	var s Setter = B{}
	s.Set(1)
}
