package main

import "fmt"

func main() {
	m := map[any]int{1: 1, "a": 2}
	fmt.Println(len(m))
	fmt.Println(m)
}
