package main

import "fmt"

//go:noinline
func stackExample() {
	x := 1
	println(x) // stays on stack or in registers, no escape message
}

//go:noinline
func escapeExample() {
	z := 3
	fmt.Println(z) // "z escapes to heap" due to interface boxing
}

//go:noinline
func movedExample() *int {
	y := 2
	return &y // "moved to heap: y"
}

func createSlice() *[]int {
	s := make([]int, 1000)
	return &s
}

func main() {
	stackExample()
	escapeExample()
	_ = movedExample()
	_ = createSlice()
}
