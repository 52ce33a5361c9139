package main

import "fmt"

func main() {
	n := 42
	word := "hello"
	fmt.Println(n, word)
	var anything interface{} = n
	_ = anything
}
