package main

//go:noinline
func f(a int) int { return a }

func main() {
	println(f(1, 2))
}
