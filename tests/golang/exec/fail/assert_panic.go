package main

import "fmt"

//go:noinline
func asInt(x interface{}) int {
	return x.(int)
}

func main() {
	n, ok := interface{}("five").(int)
	fmt.Println(n, ok)
	fmt.Println(asInt(4))
	fmt.Println(asInt("five"))
}
