package main

//go:noinline
func apply(n int) int {
	acc := 0
	add := func(d int) {
		acc += d
	}
	for i := 0; i < n; i++ {
		add(i)
	}
	return acc
}

func main() {
	println(apply(5))
}
