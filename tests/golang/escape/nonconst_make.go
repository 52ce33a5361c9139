package main

//go:noinline
func sum(n int) int {
	xs := make([]int, n)
	ys := make([]int, 16)
	zs := make([]int, 4, n)
	xs[0], ys[0] = 1, 2
	return xs[0] + ys[0] + len(zs)
}

func main() {
	println(sum(20))
}
