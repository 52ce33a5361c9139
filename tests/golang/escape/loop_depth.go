package main

//go:noinline
func outer() int {
	var keep *int
	for i := 0; i < 3; i++ {
		x := i
		keep = &x
	}
	y := 5
	p := &y
	for j := 0; j < 2; j++ {
		p = &y
	}
	return *keep + *p
}

func main() {
	println(outer())
}
