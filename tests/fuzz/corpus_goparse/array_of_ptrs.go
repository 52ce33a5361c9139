package main

var sink *int

//go:noinline
func arr() int {
	a, b := 1, 2
	ps := [2]*int{&a, &b}
	sink = ps[1]
	return *ps[0]
}

//go:noinline
func slicePtrArray(p *[4]int) []int {
	return p[:]
}

func main() {
	println(arr())
	var x [4]int
	println(len(slicePtrArray(&x)))
}
