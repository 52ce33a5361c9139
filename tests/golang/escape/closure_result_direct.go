package main

//go:noinline
func f() int {
	u := 1
	p := func() *int { return &u }()
	return *p
}

//go:noinline
func g() *int {
	w := 2
	return func() *int { return &w }()
}

func main() {
	println(f(), *g())
}
