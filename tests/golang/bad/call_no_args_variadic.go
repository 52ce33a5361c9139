package main

import "fmt"

func v(a int, b ...string) {}

func main() {
	v()
	fmt.Println()
}
