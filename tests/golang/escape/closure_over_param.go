package main

//go:noinline
func adder(base int) func(int) int {
	return func(d int) int {
		return base + d
	}
}

//go:noinline
func addrOf(x int) func() *int {
	return func() *int {
		return &x
	}
}

func main() {
	f := adder(1)
	g := addrOf(2)
	println(f(2), *g())
}
