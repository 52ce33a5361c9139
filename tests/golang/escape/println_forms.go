package main

import "fmt"

type rec struct{ a, b int }

func main() {
	fmt.Println()
	r := &rec{1, 2}
	fmt.Println(r)
	v := rec{3, 4}
	fmt.Println(v, 7*6, "lit")
	var e error
	fmt.Println(e, nil)
}
