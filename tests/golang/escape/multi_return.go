package main

//go:noinline
func both() (*int, *int) {
	a, b := 1, 2
	return &a, &b
}

//go:noinline
func swap(x, y *int) (*int, *int) {
	return y, x
}

func main() {
	p, q := both()
	r, s := 5, 6
	u, v := swap(&r, &s)
	println(*p, *q, *u, *v)
}
