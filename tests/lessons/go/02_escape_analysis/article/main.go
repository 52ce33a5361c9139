package main

import "fmt"

//go:noinline
func stackExample() {
	x := 1
	println(x)
}

//go:noinline
func escapeExample() {
	z := 3
	fmt.Println(z)
}

//go:noinline
func movedExample() *int {
	y := 2
	return &y
}

//go:noinline
func smallSlice() int {
	s := make([]int, 1000)
	s[0] = 1
	return s[0]
}

//go:noinline
func largeSlice() int {
	s := make([]int, 10000)
	s[0] = 1
	return s[0]
}

//go:noinline
func createSlice() *[]int {
	s := make([]int, 1000)
	return &s
}

func main() {
	stackExample()
	escapeExample()
	_ = movedExample()
	_ = smallSlice()
	_ = largeSlice()
	_ = createSlice()
}
