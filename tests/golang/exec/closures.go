package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func double(x int) int { return 2 * x }

func main() {
	next := counter()
	next()
	next()
	fmt.Println("counter", next())
	other := counter()
	fmt.Println("other", other(), "next", next())
	k := 10
	add := func(x int) int { return x + k }
	fmt.Println(apply([]int{1, 2, 3}, add), apply([]int{1, 2, 3}, double))
	fib := make([]int, 0)
	var step func(a, b, n int)
	step = func(a, b, n int) {
		if n == 0 {
			return
		}
		fib = append(fib, a)
		step(b, a+b, n-1)
	}
	step(0, 1, 12)
	fmt.Println(fib)
}
