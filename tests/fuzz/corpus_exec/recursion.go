package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	var pad [32]int
	pad[n%32] = n
	return deep(n-1) + pad[n%32]
}

func main() {
	println(fib(15), deep(500))
}
