package main

import "fmt"

func main() {
	x, m := 64, 2
	x >>= m
	fmt.Println(x)
	m -= 5
	x <<= m
	fmt.Println(x)
}
