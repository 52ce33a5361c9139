package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	c := counter()
	c()
	c()
	k := 3
	fmt.Println(c(), apply(func(x int) int { return x * k }, 7))
	fs := []func() int{c, counter()}
	fmt.Println(fs[0](), fs[1]())
}
