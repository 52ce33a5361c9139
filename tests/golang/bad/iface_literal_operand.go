package main

type Shape interface {
	Zed() int
	Area() int
}
type R struct{ a, b int }

func main() {
	var s Shape
	s = R{1, 2}
	_ = s
}
