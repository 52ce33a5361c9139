package main

//go:noinline
func count(xs ...*int) int {
	return len(xs)
}

var kept []*int

//go:noinline
func keepAll(xs ...*int) {
	kept = xs
}

func main() {
	a, b := 1, 2
	println(count(&a, &b))
	c := 3
	keepAll(&c)
}
