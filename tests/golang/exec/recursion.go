package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type big struct {
	pad [128]int
}

func depth(n int) int {
	var b big
	b.pad[0] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + b.pad[0] - n
}

func main() {
	fmt.Println(fib(20))
	fmt.Println(depth(200))
}
