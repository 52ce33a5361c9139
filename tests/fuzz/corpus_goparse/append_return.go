package main

//go:noinline
func grow(xs []*int, v *int) []*int {
	return append(xs, v)
}

//go:noinline
func fresh() []*int {
	a := 1
	return grow(nil, &a)
}

func main() {
	println(len(fresh()))
}
