package main

func sumTo(n int) *int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return &s
}

var g *int

func main() {
	a := sumTo(3)
	g = sumTo(4)
	println(*a, *g)
}
