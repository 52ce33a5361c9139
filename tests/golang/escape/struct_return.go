package main

type pair struct {
	left, right *int
}

//go:noinline
func mk(a, b *int) pair {
	return pair{a, b}
}

//go:noinline
func pick(p pair) *int {
	return p.left
}

func main() {
	x, y := 1, 2
	p := mk(&x, &y)
	println(*pick(p))
}
