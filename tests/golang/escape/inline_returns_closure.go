package main

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

var f func(int) int

func main() {
	g := adder(1)
	println(g(2))
	f = adder(3)
}
