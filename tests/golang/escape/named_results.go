package main

//go:noinline
func split(p *int) (a *int, b int) {
	a = p
	b = *p
	return
}

//go:noinline
func alloc() (r *int) {
	x := 5
	r = &x
	return r
}

func main() {
	v := 1
	a, b := split(&v)
	println(*a, b, *alloc())
}
